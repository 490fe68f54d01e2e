import OverheadFormat

/// libFuzzer entry: the perf-log reader (beside a one-line results file, which the reader needs).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPerfLogReader(_ data: UnsafeRawPointer, _ count: Int) -> Int32 {
    let results = Array(FuzzSeeds.oneRecord.utf8)
    let resultsPath = results.withUnsafeBytes { FuzzInput.file("results.jsonl", $0) }
    let perfPath = FuzzInput.file("perf.log", UnsafeRawBufferPointer(start: data, count: count))
    _ = try? RecordingReader.read(resultsFiles: [resultsPath], perfLogs: [perfPath])
    return 0
}

enum FuzzSeeds {
    static let oneRecord =
        #"{"type":"end","timestamp":"2026-11-26T18:53:05.363Z","samples":0,"failures":0,"evictions":0}"# + "\n"
}
