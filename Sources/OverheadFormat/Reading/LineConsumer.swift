/// Receives the lines of a byte range, one at a time, straight out of the read buffer.
protocol LineConsumer {
    /// `line` excludes the newline and a trailing carriage return; it is valid only during the call.
    /// Returns false to stop reading.
    mutating func consume(line: UnsafeRawBufferPointer, number: Int) -> Bool
    /// A line longer than the limit, skipped without being buffered; `bytes` is its full length.
    mutating func overlong(number: Int, bytes: Int) -> Bool
    /// Called once after the last line (not after a stop).
    mutating func finish()
}
