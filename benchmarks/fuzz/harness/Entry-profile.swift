import OverheadAnalysis
import OverheadFormat
import OverheadReports

/// libFuzzer entry: the profile reader, the profile joined to an analysis whose every component
/// is over its limit (so every finding is made), and every renderer plus the folded stacks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProfile(_ data: UnsafeRawPointer, _ count: Int) -> Int32 {
    let path = FuzzInput.file("run.profile.jsonl", UnsafeRawBufferPointer(start: data, count: count))
    guard let read = try? ProfileReader.read(path, options: ReadOptions(maxDiagnostics: 20)) else { return 0 }
    let result = ProfileAnalysis.attach(read.profile, to: ProfileFuzzBase.analysis)
    FuzzInput.renderAll(result)
    _ = try? FoldedStacksReport().render(result, options: ReportOptions())
    return 0
}

enum ProfileFuzzBase {
    /// Summaries at one agent count whose components all exceed their limits.
    static let analysis: AnalysisResult = {
        let series = [
            ("baseline", "message_send", 1.0), ("metrics_integration", "message_send_with_metrics", 1.5),
            ("health_integration", "health_report", 0.5), ("rate_limiting_integration", "capacity_check", 0.5),
            ("full_integration", "complete_operation", 2.5),
        ]
        let text =
            series.map { test, operation, ms in
                #"{"type":"statistics","timestamp":"2026-11-26T18:53:05.362Z","test_name":"\#(test)","agent_count":1,"operation":"\#(operation)","avg_ms":\#(ms),"stddev_ms":0.01,"p50_ms":\#(ms),"p95_ms":\#(ms),"p99_ms":\#(ms),"count":40}"#
            }.joined(separator: "\n") + "\n"
        let recording = Array(text.utf8).withUnsafeBytes { FuzzInput.recording($0, name: "base.jsonl") }
        return try! Analyzer.analyze(recording!)
    }()
}
