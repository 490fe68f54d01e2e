import Glibc
import OverheadFormat

extension ShellTargetFactory {
    static let profileLogName = "shell-target.profile.stderr.log"

    /// Starts a driver that sources the library and then the profiler's script, runs the
    /// profiling phase (`ShellProfiler`) and closes it. Its scratch files live in the bus root.
    public func profile(busRoot: String, settings: ProfileSettings, shouldStop: @escaping () -> Bool) throws
        -> Profile?
    {
        let scratch = ShellLibrary.join(busRoot, ".shell-profile")
        try ShellFileIO.makeDirectories(scratch)
        let tracePath = ShellLibrary.join(scratch, "trace")
        let kindsPath = ShellLibrary.join(scratch, "kinds")
        let scriptPath = ShellLibrary.join(scratch, "profiler.sh")
        try Self.write(ShellProfilerScript.text(tracePath: tracePath, kindsPath: kindsPath), to: scriptPath)
        try Self.write("", to: tracePath)
        let target = try makeTarget(
            busRoot: busRoot, name: "profile", logName: Self.profileLogName, extraSources: [scriptPath])
        defer { target.close() }
        let profiler = ShellProfiler(
            target: target, settings: settings, tracePath: tracePath, kindsPath: kindsPath,
            sources: ShellProfiler.readSources(library.sourceOrder), shouldStop: shouldStop)
        return try profiler.run()
    }

    private static func write(_ text: String, to path: String) throws {
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw ShellTargetError.startFailed(ShellFileIO.errorText("cannot create", path)) }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw ShellTargetError.startFailed(ShellFileIO.errorText("cannot write", path))
        }
    }
}
