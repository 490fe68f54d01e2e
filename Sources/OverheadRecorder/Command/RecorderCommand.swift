import ArgumentParser
import Glibc

/// The `overhead-record` program as a function, so the whole command line is testable:
/// `main.swift` only calls `RecorderCommand.main(CommandLine.arguments, environment)` and exits.
public enum RecorderCommand {
    /// - Parameters:
    ///   - arguments: the arguments after the program name.
    ///   - environment: the process environment (for the original's variables, TMPDIR).
    ///   - output: the stdout writer.
    ///   - errors: the stderr writer.
    ///   - ownsProcess: true in the `overhead-record` program: the recorder becomes the subreaper
    ///     of what it starts and ends every leftover process before it exits (`ProcessReaper`).
    /// - Returns: the exit code (`RecorderExitCode`).
    public static func main(
        _ arguments: [String], environment: [String: String],
        output: (String) -> Void = { write(1, $0) },
        errors: @escaping (String) -> Void = { write(2, $0) },
        ownsProcess: Bool = false
    ) -> Int32 {
        let options: RecorderOptions
        do {
            options = try RecorderOptions.parse(arguments)
        } catch {
            if RecorderOptions.exitCode(for: error) == .success {
                output(RecorderOptions.fullMessage(for: error) + "\n")
                return RecorderExitCode.complete
            }
            errors("overhead-record: error: \(RecorderOptions.message(for: error))\n")
            errors("Usage: \(RecorderOptions.usageString())\n  See 'overhead-record --help' for more information.\n")
            return RecorderExitCode.usage
        }
        if options.measureRecorderCost {
            do {
                output(
                    try RecorderCost.measure(
                        monitorInterval: options.sampleInterval ?? RecorderDefaults.sampleIntervalSeconds
                    ).text)
                return RecorderExitCode.complete
            } catch {
                errors("overhead-record: error: \(error)\n")
                return RecorderExitCode.ioError
            }
        }
        let config: RecorderConfiguration
        let factory: BusTargetFactory
        do {
            config = try RecorderConfiguration.resolve(
                options, environment: environment, isDirectory: isDirectory,
                randomSeed: randomSeed)
            factory = try TargetSelection.factory(for: config)
        } catch {
            errors("overhead-record: error: \(error)\n")
            return RecorderExitCode.usage
        }
        if ownsProcess { ProcessReaper.becomeSubreaper() }
        return Recorder.run(
            config, factory: factory, decide: DecisionRules.standard, errors: errors,
            endLeftoverProcesses: ownsProcess)
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    static func randomSeed() -> UInt64 {
        var system = SystemRandomNumberGenerator()
        return system.next()
    }

    public static func write(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    }
}
