/// Which perf log goes with a fleet's results file: one named with `--perf-log RESULTS=PERF`, or
/// the one the recorder writes beside it.
///
/// The recorder names its two files alike (`results.jsonl` and `perf.log` in a directory,
/// `phase1-overhead-results.jsonl` and `phase1-overhead-perf.log` by default): the perf log
/// beside `DIR/NAMEresultsSUFFIX.json[l]` is `DIR/NAMEperfSUFFIX.log`, the last `results` in the
/// file name replaced.
enum PerfLogPairing {
    /// `RESULTS=PERF` split at its first `=`; nil without one or with an empty side.
    static func parse(_ text: String) -> (results: String, perfLog: String)? {
        guard let eq = text.firstIndex(of: "=") else { return nil }
        let results = String(text[..<eq])
        let perf = String(text[text.index(after: eq)...])
        return results.isEmpty || perf.isEmpty ? nil : (results, perf)
    }

    /// The perf log's path beside `results`, or nil when the name has no `results` to replace.
    static func beside(_ results: String) -> String? {
        let slash = results.lastIndex(of: "/")
        let directory = slash.map { String(results[...$0]) } ?? ""
        var name = slash.map { String(results[results.index(after: $0)...]) } ?? results
        for ext in [".jsonl", ".json"] where name.hasSuffix(ext) {
            name.removeLast(ext.count)
            guard let range = name.range(of: "results", options: .backwards) else { return nil }
            name.replaceSubrange(range, with: "perf")
            return directory + name + ".log"
        }
        return nil
    }
}
