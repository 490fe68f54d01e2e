/// Turns the lines of a results file into records: the sample fast path first, then the
/// general parser; bad lines become diagnostics.
///
/// Both layouts are read by the same rules. A line that holds a whole value is a record (our JSON
/// Lines). A line that starts a value without finishing it begins a multi-line value (the original
/// tool's pretty-printed stream), collected until its brackets close; its diagnostics cite the
/// line where it starts. A line starting at column 0 with `{` or `[` always starts a new value, so
/// a truncated line in a JSON Lines file costs only itself.
struct ResultsLineParser: LineConsumer {
    let file: String
    let strict: Bool
    let maxValueBytes: Int
    var builder: RecordingBuilder
    private(set) var stopped = false

    /// The multi-line value being collected, if any.
    private var pending: [UInt8] = []
    private var pendingLine = 0
    private var pendingActive = false
    private var pendingTooLong = false
    private var depth = 0
    private var inString = false
    private var escaped = false

    init(file: String, options: ReadOptions) {
        self.file = file
        self.strict = options.strict
        self.maxValueBytes = options.maxLineBytes
        self.builder = RecordingBuilder(maxDiagnostics: options.maxDiagnostics)
        self.builder.maxSeries = options.maxSeries
    }

    mutating func consume(line: UnsafeRawBufferPointer, number: Int) -> Bool {
        guard let base = line.baseAddress?.assumingMemoryBound(to: UInt8.self), line.count > 0 else {
            return true
        }
        if pendingActive {
            let first = base[0]
            if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
                closePendingAsTruncated(before: number)
                if stopped { return false }
            } else {
                continuePending(line, number: number)
                return !stopped
            }
        }
        if let hit = SampleScanner.scan(base, line.count) {
            if !builder.addSample(
                test: UnsafeRawBufferPointer(start: base + hit.testStart, count: hit.testCount),
                operation: UnsafeRawBufferPointer(start: base + hit.operationStart, count: hit.operationCount),
                agentCount: hit.agentCount, elapsedMs: hit.elapsedMs, run: hit.run,
                iteration: hit.iteration, warmup: hit.warmup)
            {
                tooManySeries(number)
            }
            return !stopped
        }
        var k = 0
        while k < line.count, Self.isWhitespace(base[k]) { k += 1 }
        if k == line.count { return true }
        parseValue(line, startLine: number, allowContinuation: true)
        return !stopped
    }

    mutating func overlong(number: Int, bytes: Int) -> Bool {
        if pendingActive { closePendingAsTruncated(before: number) }
        if stopped { return false }
        bad(number, "line is \(Self.size(bytes)), over the \(Self.size(maxValueBytes)) limit; skipped")
        return !stopped
    }

    mutating func finish() {
        if pendingActive { closePendingAsTruncated(before: nil) }
    }

    // MARK: - Values

    /// Parses one complete value (a line, or a collected multi-line value).
    private mutating func parseValue(_ bytes: UnsafeRawBufferPointer, startLine: Int, allowContinuation: Bool) {
        let base = bytes.baseAddress!.assumingMemoryBound(to: UInt8.self)
        if let badByte = UTF8Validation.firstInvalidByte(base, bytes.count) {
            bad(
                startLine,
                "invalid UTF-8 (byte 0x\(String(base[badByte], radix: 16, uppercase: true)) \(position(bytes, badByte, startLine)))"
            )
            return
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            if error.endOfInput && allowContinuation && startsValue(bytes) {
                startPending(bytes, line: startLine)
                return
            }
            bad(
                startLine,
                "not valid JSON: \(error.message) (\(position(bytes, min(error.offset, bytes.count), startLine)))")
            return
        }
        switch value {
        case .object(let o):
            record(o, line: startLine, element: nil)
        case .array(let items):
            // A top-level array of records (e.g. the output of `jq -s`).
            for (k, item) in items.enumerated() {
                guard case .object(let o) = item else {
                    bad(startLine, "array element \(k) is \(item.kindName), not a record object")
                    if stopped { return }
                    continue
                }
                record(o, line: startLine, element: k)
                if stopped { return }
            }
        default:
            bad(startLine, "expected a JSON object (a record), found \(value.kindName)")
        }
    }

    private mutating func record(_ object: JSONObject, line: Int, element: Int?) {
        do {
            if !builder.add(try Record.decode(object)) { tooManySeries(line) }
        } catch {
            let prefix = element.map { "array element \($0): " } ?? ""
            bad(line, prefix + error.message)
        }
    }

    private func startsValue(_ bytes: UnsafeRawBufferPointer) -> Bool {
        for b in bytes where !Self.isWhitespace(b) {
            return b == UInt8(ascii: "{") || b == UInt8(ascii: "[")
        }
        return false
    }

    // MARK: - Multi-line values

    private mutating func startPending(_ line: UnsafeRawBufferPointer, line number: Int) {
        pending.removeAll(keepingCapacity: true)
        pendingActive = true
        pendingTooLong = false
        pendingLine = number
        depth = 0
        inString = false
        escaped = false
        append(line)
    }

    private mutating func continuePending(_ line: UnsafeRawBufferPointer, number: Int) {
        append(line)
        if pendingTooLong {
            // Already reported: swallow the rest of the value until it closes or a new one starts.
            if depth <= 0 { resetPending() }
            return
        }
        if pending.count > maxValueBytes {
            bad(pendingLine, "JSON value starting here runs over the \(Self.size(maxValueBytes)) limit; skipped")
            pendingTooLong = true
            pending.removeAll(keepingCapacity: false)
            if depth <= 0 { resetPending() }
            return
        }
        if depth <= 0 {
            let start = pendingLine
            let value = pending
            resetPending()
            value.withUnsafeBytes { parseValue($0, startLine: start, allowContinuation: false) }
        }
    }

    private mutating func closePendingAsTruncated(before next: Int?) {
        let start = pendingLine
        let tooLong = pendingTooLong
        let lastLine = start + pending.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } - 1
        resetPending()
        if tooLong { return }
        let end =
            next.map { "before line \(Diagnostic.lineAfter($0 - start)) starts a new value" }
            ?? "at the end of the file"
        bad(
            start,
            "truncated JSON value: it starts here and is still open \(end) (last line \(Diagnostic.lineAfter(lastLine - start)))"
        )
    }

    private mutating func resetPending() {
        pendingActive = false
        pendingTooLong = false
        pending.removeAll(keepingCapacity: pending.capacity <= 1 << 16)
        depth = 0
    }

    /// Adds a line (and its newline) to the pending value and tracks bracket depth outside strings.
    private mutating func append(_ line: UnsafeRawBufferPointer) {
        for b in line {
            if inString {
                if escaped {
                    escaped = false
                } else if b == UInt8(ascii: "\\") {
                    escaped = true
                } else if b == UInt8(ascii: "\"") {
                    inString = false
                }
            } else if b == UInt8(ascii: "\"") {
                inString = true
            } else if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
                depth += 1
            } else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
                depth -= 1
            }
        }
        if !pendingTooLong {
            pending.append(contentsOf: line)
            pending.append(0x0A)
        }
    }

    // MARK: - Diagnostics

    private mutating func tooManySeries(_ line: Int) {
        bad(
            line,
            "sample of a new series beyond the limit of \(builder.maxSeries) distinct (test, operation, agent count) series; skipped"
        )
    }

    private mutating func bad(_ line: Int, _ message: String) {
        builder.report(Diagnostic(file: file, line: line, message: message))
        if strict { stopped = true }
    }

    /// "column N", or "line L column N" inside a multi-line value.
    private func position(_ bytes: UnsafeRawBufferPointer, _ offset: Int, _ startLine: Int) -> String {
        var line = startLine
        var lineStart = 0
        for k in 0..<min(offset, bytes.count) where bytes[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        let column = offset - lineStart + 1
        return line == startLine
            ? "at column \(column)" : "at line \(Diagnostic.lineAfter(line - startLine)) column \(column)"
    }

    static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 20 { return "\(bytes) bytes (\(bytes >> 20) MiB)" }
        return "\(bytes) bytes"
    }

    @inline(__always)
    static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A }
}
