import OverheadFormat

extension AnalyzerCommand {
    /// Reads `--profile FILE`: its diagnostics go to stderr like a recording's; nil (after saying
    /// why) when it cannot be read, or has bad lines under `--strict`.
    func loadProfile(_ path: String, strict: Bool, maxDiagnostics: Int) -> Profile? {
        let read: ProfileReader.Result
        do {
            read = try ProfileReader.read(path, options: ReadOptions(strict: strict, maxDiagnostics: maxDiagnostics))
        } catch {
            fail("--profile: \(error)")
            return nil
        }
        for d in read.diagnostics.prefix(maxDiagnostics) { console.err("\(d)\n") }
        if read.skippedLines > 0 {
            let count = "\(read.skippedLines) malformed profile line\(read.skippedLines == 1 ? "" : "s")"
            warn("\(count) skipped")
        }
        return read.profile
    }
}
