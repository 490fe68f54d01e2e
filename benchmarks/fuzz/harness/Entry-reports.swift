import OverheadAnalysis

/// libFuzzer entry: reader, analysis and every renderer (console, JSON, JUnit, HTML).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReports(_ data: UnsafeRawPointer, _ count: Int) -> Int32 {
    guard let recording = FuzzInput.recording(UnsafeRawBufferPointer(start: data, count: count)),
        let result = try? Analyzer.analyze(recording)
    else { return 0 }
    FuzzInput.renderAll(result)
    return 0
}
