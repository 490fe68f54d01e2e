import OverheadAnalysis

/// libFuzzer entry: the reader and the analysis.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalyzer(_ data: UnsafeRawPointer, _ count: Int) -> Int32 {
    guard let recording = FuzzInput.recording(UnsafeRawBufferPointer(start: data, count: count)) else { return 0 }
    _ = try? Analyzer.analyze(recording)
    return 0
}
