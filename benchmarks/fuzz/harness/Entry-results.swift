/// libFuzzer entry: the results-file reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzResultsReader(_ data: UnsafeRawPointer, _ count: Int) -> Int32 {
    _ = FuzzInput.recording(UnsafeRawBufferPointer(start: data, count: count))
    return 0
}
