import Glibc
import OverheadFormat
import Synchronization

/// `--target shell`: opens `ShellTarget`s over a user's bash library.
///
/// `init` checks that every role's file can be read and computes the checksums for the manifest;
/// `open` starts bash, sources the files and checks every required function is defined, so a
/// broken library is reported before any measurement.
public final class ShellTargetFactory: BusTargetFactory {
    public let configuration: ShellTargetConfiguration
    public let info: TargetInfo
    let library: ShellLibrary
    /// State variables the library defaults to shared locations, redirected into each bus root.
    let redirections: [ShellStateScanner.Redirection]
    /// Absolute shared-memory paths the library uses directly, which a run cannot redirect.
    /// Also written at the top of each stderr log.
    public let warnings: [String]
    /// Number of no-op calls `calibrate` times.
    public var calibrationCalls = 200
    private let opened = Mutex(0)

    public init(configuration: ShellTargetConfiguration) throws {
        guard configuration.callTimeoutSeconds > 0, configuration.callTimeoutSeconds.isFinite else {
            throw ShellTargetError.startFailed(
                "the call timeout must be a positive number of seconds, got \(configuration.callTimeoutSeconds)")
        }
        self.configuration = configuration
        library = try ShellLibrary.resolve(
            directory: configuration.libraryDirectory, overrides: configuration.fileOverrides)
        try library.checkFilesReadable()
        info = try library.targetInfo()
        let texts = try library.sourceOrder.map {
            (path: $0, text: String(decoding: try ShellFileIO.readAll($0), as: UTF8.self))
        }
        let scan = ShellStateScanner.scan(texts, alreadySet: Set(ShellEnvironment.stateLocations.map(\.name)))
        redirections = scan.redirections
        warnings = scan.warnings
    }

    public func open(busRoot: String) throws -> BusTarget {
        let number = opened.withLock { count -> Int in
            count += 1
            return count
        }
        return try makeTarget(busRoot: busRoot, name: "driver-\(number)", logName: Self.stderrLogName(number))
    }

    /// The stderr log of the `number`th driver (1-based).
    static func stderrLogName(_ number: Int) -> String {
        number == 1 ? "shell-target.stderr.log" : "shell-target.\(number).stderr.log"
    }

    static let calibrationLogName = "shell-target.calibration.stderr.log"

    /// Every stderr log a run with `drivers` drivers writes, calibration included.
    public func ownOutputFiles(drivers: Int) -> [String] {
        (1...max(1, drivers)).map { ShellLibrary.join(configuration.logDirectory, Self.stderrLogName($0)) }
            + [
                ShellLibrary.join(configuration.logDirectory, Self.calibrationLogName),
                ShellLibrary.join(configuration.logDirectory, Self.backgroundLogName),
            ]
    }

    /// `MAX_INBOX_SIZE` when the environment sets it (the original library's variable), else its default.
    public var inboxCapacity: Int {
        getenv("MAX_INBOX_SIZE").flatMap { Int(String(cString: $0)) }.flatMap { $0 > 0 ? $0 : nil }
            ?? RecorderDefaults.inboxCapacity
    }

    public func libraryStderr(drivers: Int) -> LibraryStderr? {
        ShellStderrSummary.summarize(ownOutputFiles(drivers: drivers))
    }

    /// Times `calibrationCalls` no-op calls through a fresh driver, two ways: the recorder's round
    /// trip (the driver's own cost, kept out of the samples) and bash's own timing, as every sample
    /// is timed (the call floor: what a library function call pays beyond its body).
    public func calibrate(busRoot: String) throws -> Calibration? {
        let target = try makeTarget(busRoot: busRoot, name: "calibration", logName: Self.calibrationLogName)
        defer { target.close() }
        for _ in 0..<10 { try target.noop() }
        var roundTrips: [Double] = []
        var floors: [Double] = []
        roundTrips.reserveCapacity(calibrationCalls)
        floors.reserveCapacity(calibrationCalls)
        for _ in 0..<max(1, calibrationCalls) {
            let start = ShellClock.monotonicSeconds()
            try target.noop()
            roundTrips.append((ShellClock.monotonicSeconds() - start) * 1000)
            floors.append((target.lastCallInnerSeconds ?? 0) * 1000)
        }
        roundTrips.sort()
        floors.sort()
        return Calibration(
            timestamp: ShellClock.isoTimestamp(), noopMedianMs: Self.quantile(roundTrips, 0.5),
            noopP95Ms: Self.quantile(roundTrips, 0.95), count: roundTrips.count,
            callFloorMedianMs: Self.quantile(floors, 0.5), callFloorP95Ms: Self.quantile(floors, 0.95))
    }

    /// `extraSources` are sourced after the library's files (the profiler's script).
    func makeTarget(busRoot: String, name: String, logName: String, extraSources: [String] = []) throws -> ShellTarget {
        let environment = ShellEnvironment(busRoot: busRoot, redirections: redirections)
        for directory in environment.directories { try ShellFileIO.makeDirectories(directory) }
        let scratch = ShellLibrary.join(busRoot, ".shell-driver")
        try ShellFileIO.makeDirectories(scratch)
        try ShellFileIO.makeDirectories(configuration.logDirectory)
        let paths = ShellDriver.Paths(
            commandFile: ShellLibrary.join(scratch, "\(name).command"),
            stdoutFile: ShellLibrary.join(scratch, "\(name).stdout"),
            stderrLog: ShellLibrary.join(configuration.logDirectory, logName))
        var sourced = library
        sourced.files += extraSources.map { ShellLibrary.File(role: "profiler", path: $0) }
        let driver = try ShellDriver(
            library: sourced, environment: environment.environment(inheriting: Self.currentEnvironment()),
            paths: paths, callTimeoutSeconds: configuration.callTimeoutSeconds)
        for warning in warnings { driver.note("warning: \(warning)") }
        let messages = environment.assignments.first { $0.name == "MESSAGE_BASE_DIR" }!.value
        return ShellTarget(driver: driver, messageBaseDirectory: messages)
    }

    static func currentEnvironment() -> [String] {
        var out: [String] = []
        var pointer = environ
        while let entry = pointer.pointee {
            out.append(String(cString: entry))
            pointer += 1
        }
        return out
    }

    /// Linear interpolation between closest ranks (numpy's default) over sorted values.
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }
}
