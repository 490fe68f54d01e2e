import OverheadAnalysis
import OverheadReports

/// libFuzzer entry: compare mode on OLD and NEW split from the input (`FuzzInput.split`; the whole
/// input on both sides when it has no `----` line), rendered by every renderer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCompare(_ data: UnsafeRawPointer, _ count: Int) -> Int32 {
    let (old, rest) = FuzzInput.split(UnsafeRawBufferPointer(start: data, count: count))
    let new = rest ?? old
    guard let a = FuzzInput.recording(old, name: "old.jsonl"), let b = FuzzInput.recording(new, name: "new.jsonl"),
        let comparison = try? Comparator.compare(old: a, new: b)
    else { return 0 }
    let renderers: [any ReportRenderer] = [ConsoleReport(), JSONReport(), JUnitReport(), HTMLReport()]
    for renderer in renderers {
        _ = try? renderer.render(comparison, options: ReportOptions(color: renderer is ConsoleReport))
    }
    return 0
}
