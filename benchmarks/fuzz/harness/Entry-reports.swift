import OverheadAnalysis

/// libFuzzer entry: reader, analysis and every renderer (console, JSON, JUnit, HTML), on a results
/// file and, after a `----` line, a perf log (`FuzzInput.split`), so the resource charts are fuzzed too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReports(_ data: UnsafeRawPointer, _ count: Int) -> Int32 {
    let (results, perf) = FuzzInput.split(UnsafeRawBufferPointer(start: data, count: count))
    guard let recording = FuzzInput.recording(results, perf: perf),
        let result = try? Analyzer.analyze(recording)
    else { return 0 }
    FuzzInput.renderAll(result)
    return 0
}
