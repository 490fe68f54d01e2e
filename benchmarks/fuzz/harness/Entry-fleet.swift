import OverheadAnalysis
import OverheadReports

/// libFuzzer entry: fleet mode on the recordings split from the input (`FuzzInput.split`; the whole
/// input when it has no `----` line), pooled as four hosts (the two parts, then each again, so the
/// pooling, the prediction and the odd-host check all run), rendered by every fleet renderer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFleet(_ data: UnsafeRawPointer, _ count: Int) -> Int32 {
    let (first, rest) = FuzzInput.split(UnsafeRawBufferPointer(start: data, count: count))
    guard let a = FuzzInput.recording(first, name: "a-results.jsonl"),
        let b = FuzzInput.recording(rest ?? first, name: "b-results.jsonl"),
        let fleet = try? FleetAnalyzer.analyze([a, b, a, b])
    else { return 0 }
    let renderers: [any ReportRenderer] = [
        ConsoleReport(), JSONReport(), JUnitReport(), HTMLReport(), MarkdownReport(), CSVReport(),
    ]
    for renderer in renderers {
        _ = try? renderer.render(fleet, options: ReportOptions(color: renderer is ConsoleReport))
    }
    return 0
}
