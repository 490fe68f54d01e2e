import OverheadAnalysis
import OverheadFormat
import OverheadReports

#if canImport(Glibc)
    import Glibc
#endif

/// What every harness shares: the fuzzer's bytes as a file the streaming reader can open (it
/// reads paths, as the analyzer does), and the reader, analyzer and renderers the harnesses drive.
/// Errors are expected answers to bad input; only a crash, a hang or a leak is a finding.
enum FuzzInput {
    /// One scratch folder per process, its files rewritten for every input: under
    /// `OVERHEAD_FUZZ_SCRATCH` (run.sh's, removed when it ends), else on tmpfs when there is one.
    static let directory: String = {
        let base =
            getenv("OVERHEAD_FUZZ_SCRATCH").map { String(cString: $0) }
            ?? (access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp")
        return base + "/overhead-fuzz-\(getpid())"
    }()

    static func path(_ name: String) -> String {
        mkdir(directory, 0o700)
        return directory + "/" + name
    }

    /// Writes `bytes` to the scratch file `name` and returns its path.
    static func file(_ name: String, _ bytes: UnsafeRawBufferPointer) -> String {
        let p = path(name)
        let fd = open(p, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        precondition(fd >= 0, "cannot create \(p)")
        var offset = 0
        while offset < bytes.count {
            let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            precondition(n > 0, "cannot write \(p)")
            offset += n
        }
        close(fd)
        return p
    }

    /// The harness's input as a results file (and `perf` as a perf log), read as the analyzer reads
    /// them (nil when rejected).
    static func recording(
        _ bytes: UnsafeRawBufferPointer, perf: UnsafeRawBufferPointer? = nil, name: String = "results.jsonl"
    ) -> Recording? {
        let p = file(name, bytes)
        let logs = perf.map { [file("perf.log", $0)] } ?? []
        return try? RecordingReader.read(resultsFiles: [p], perfLogs: logs, options: ReadOptions(maxDiagnostics: 20))
    }

    /// Splits the input at its first line holding only `----`: what is before and after it (nil
    /// when there is none). Compare reads OLD and NEW from the two parts, the reports harness a
    /// results file and a perf log.
    static func split(_ bytes: UnsafeRawBufferPointer) -> (UnsafeRawBufferPointer, UnsafeRawBufferPointer?) {
        let marker = Array("\n----\n".utf8)
        if bytes.count >= marker.count {
            for i in 0...(bytes.count - marker.count)
            where bytes[i] == marker[0] && (0..<marker.count).allSatisfy({ bytes[i + $0] == marker[$0] }) {
                return (
                    UnsafeRawBufferPointer(rebasing: bytes[0..<(i + 1)]),
                    UnsafeRawBufferPointer(rebasing: bytes[(i + marker.count)...])
                )
            }
        }
        return (bytes, nil)
    }

    /// Every renderer of an analysis, with and without colour.
    static func renderAll(_ result: AnalysisResult) {
        let renderers: [any ReportRenderer] = [ConsoleReport(), JSONReport(), JUnitReport(), HTMLReport()]
        for renderer in renderers {
            _ = try? renderer.render(result, options: ReportOptions(color: renderer is ConsoleReport))
        }
    }
}
