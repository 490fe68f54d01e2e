#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the perf log: space- or tab-delimited `timestamp cpu_percent memory_mb tmpfs_mb`, then
/// optionally `recorder_cpu_percent recorder_rss_mb` and `recorder_output_mb` (so 4, 6 and 7 column
/// logs all read); further positional columns are ignored (later additions). Then `name=value` fields:
/// the system under test's figures (`SUTColumns`, read by `SUTFields`) and the phase; unknown names are ignored. Blank lines, `#` comments and a header line (first word `timestamp`) are skipped.
public struct PerfLogParser: LineConsumer {
    static let columnNames = [
        "timestamp", "cpu_percent", "memory_mb", "tmpfs_mb", "recorder_cpu_percent", "recorder_rss_mb",
        "recorder_output_mb",
    ]

    let file: String
    let strict: Bool
    let maxLineBytes: Int
    var builder: RecordingBuilder
    private(set) var stopped = false

    init(file: String, options: ReadOptions) {
        self.file = file
        self.strict = options.strict
        self.maxLineBytes = options.maxLineBytes
        self.builder = RecordingBuilder(maxDiagnostics: options.maxDiagnostics)
    }

    mutating func consume(line: UnsafeRawBufferPointer, number: Int) -> Bool {
        // Fields as byte ranges; a perf log is small, so an array per line is fine.
        var ranges: [Range<Int>] = []
        var k = 0
        let n = line.count
        while k < n {
            while k < n, line[k] == 0x20 || line[k] == 0x09 { k += 1 }
            guard k < n else { break }
            if ranges.isEmpty && line[k] == UInt8(ascii: "#") { return true }
            let s = k
            while k < n, line[k] != 0x20 && line[k] != 0x09 { k += 1 }
            ranges.append(s..<k)
        }
        let fields = ranges.count
        if fields == 0 { return true }
        func field(_ f: Int) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: line[ranges[f]]) }
        let first = field(0)
        if first.elementsEqual("timestamp".utf8) { return true }
        guard fields >= 4 else {
            bad(number, "expected at least 4 columns (timestamp cpu_percent memory_mb tmpfs_mb), found \(fields)")
            return !stopped
        }
        // Positional columns end at the first `name=value` field.
        let positional = (0..<fields).first { field($0).contains(UInt8(ascii: "=")) } ?? fields
        guard positional >= 4 else {
            bad(number, "expected at least 4 columns (timestamp cpu_percent memory_mb tmpfs_mb), found \(positional)")
            return !stopped
        }
        var values: [Double] = []
        values.reserveCapacity(Self.columnNames.count)
        for f in 0..<min(positional, Self.columnNames.count) {
            let text = field(f)
            guard let v = Self.number(text) else {
                bad(number, "column \(f + 1) (\(Self.columnNames[f])) is not a number: \"\(Diagnostic.excerpt(text))\"")
                return !stopped
            }
            guard v.isFinite else {
                bad(number, "column \(f + 1) (\(Self.columnNames[f])) is not finite: \"\(Diagnostic.excerpt(text))\"")
                return !stopped
            }
            guard v >= 0 else {
                bad(number, "column \(f + 1) (\(Self.columnNames[f])) is negative (\(v))")
                return !stopped
            }
            values.append(v)
        }
        var named = SUTFields()
        for f in positional..<fields {
            if let problem = named.add(field(f)) {
                bad(number, problem)
                return !stopped
            }
        }
        let sut: SUTResources?
        switch named.resources() {
        case .success(let value): sut = value
        case .failure(let problem):
            bad(number, problem.message)
            return !stopped
        }
        builder.perf.append(
            PerfSample(
                unixTime: values[0], cpuPercent: values[1], memoryMB: values[2], tmpfsMB: values[3],
                recorderCPUPercent: values.count > 4 ? values[4] : nil,
                recorderRSSMB: values.count > 5 ? values[5] : nil,
                recorderOutputMB: values.count > 6 ? values[6] : nil, sut: sut, phase: named.phase))
        return true
    }

    mutating func overlong(number: Int, bytes: Int) -> Bool {
        bad(
            number,
            "line is \(ResultsLineParser.size(bytes)), over the \(ResultsLineParser.size(maxLineBytes)) limit; skipped")
        return !stopped
    }

    mutating func finish() {}

    private mutating func bad(_ line: Int, _ message: String) {
        builder.report(Diagnostic(file: file, line: line, message: message))
        if strict { stopped = true }
    }

    /// A decimal number as `strtod` reads it, which must use the whole field (no hex, no `inf`
    /// spellings beyond what is reported as not finite).
    static func number(_ text: UnsafeRawBufferPointer) -> Double? {
        guard text.count > 0, text.count < 64 else { return nil }
        for b in text {
            let ok =
                (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: ".") || b == UInt8(ascii: "-")
                || b == UInt8(ascii: "+") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
                || b == UInt8(ascii: "i") || b == UInt8(ascii: "n") || b == UInt8(ascii: "f") || b == UInt8(ascii: "a")
                || b == UInt8(ascii: "I") || b == UInt8(ascii: "N") || b == UInt8(ascii: "F") || b == UInt8(ascii: "A")
            if !ok { return nil }
        }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: text.count + 1) { buf -> Double? in
            for k in 0..<text.count { buf[k] = CChar(bitPattern: text[k]) }
            buf[text.count] = 0
            var endPointer: UnsafeMutablePointer<CChar>? = nil
            let v = strtod(buf.baseAddress!, &endPointer)
            guard let endPointer, endPointer - buf.baseAddress! == text.count else { return nil }
            return v
        }
    }
}
