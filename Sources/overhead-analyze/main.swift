import AnalyzerCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// A closed stdout (e.g. `| head`) must end the program quietly, not kill it with SIGPIPE.
signal(SIGPIPE, SIG_IGN)
let command = AnalyzerCommand(console: .standard, loader: FileRecordingLoader(), reports: .builtIn)
exit(command.run(arguments: Array(CommandLine.arguments.dropFirst())))
