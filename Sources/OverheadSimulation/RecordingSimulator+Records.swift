import OverheadFormat

extension RecordingSimulator {
    /// The simulated run as the records a results file holds, in file order (manifest, then
    /// block plans, window marks and samples as they happen, then the end record), for writing
    /// JSONL with `Record.jsonLine` and reading it back.
    public func records() -> [Record] {
        var out: [Record] = [.manifest(manifest())]
        var samples = 0
        simulate(
            event: { e in
                samples += 1
                out.append(
                    .sample(
                        Sample(
                            timestamp: Self.isoTimestamp(e.unixTime), testName: e.test.rawValue,
                            agentCount: e.agentCount, operation: e.operation.rawValue, elapsedMs: e.elapsedMs,
                            cpuPercent: nil, memoryMB: nil, run: e.run, iteration: e.iteration,
                            warmup: e.warmup)))
            },
            marker: { m in
                switch m {
                case .block(let plan): out.append(.block(plan))
                case .window(let event, let test, let n, let run, let warmup, let time):
                    out.append(
                        .window(
                            WindowMark(
                                event: event, timestamp: Self.isoTimestamp(time), unixTime: time,
                                testName: test.rawValue, agentCount: n, run: run, warmup: warmup)))
                }
            })
        let endTime: Double = {
            if case .window(let w)? = out.last { return w.unixTime }
            return configuration.startUnixTime
        }()
        out.append(.end(RunEnd(timestamp: Self.isoTimestamp(endTime), samples: samples, failures: 0, evictions: 0)))
        return out
    }
}

extension RecordingSimulator {
    /// ISO 8601 UTC with milliseconds (`2026-11-26T17:30:00.123Z`) from Unix seconds, without a
    /// date formatter (the simulator formats a timestamp per sample).
    public static func isoTimestamp(_ unixTime: Double) -> String {
        let totalMs = Int64((unixTime * 1000).rounded(.down))
        let ms = Int(totalMs % 1000)
        let secs = totalMs / 1000
        let days = Int(secs / 86_400)
        let rem = Int(secs % 86_400)
        // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func pad(_ v: Int, _ w: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return
            "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(rem / 3600, 2)):\(pad(rem % 3600 / 60, 2)):\(pad(rem % 60, 2)).\(pad(ms, 3))Z"
    }
}

extension RecordingSimulator {
    /// The simulated run as the text of a results file: one JSON object per line, newline-terminated.
    public func jsonLines() -> String {
        var text = ""
        for record in records() {
            text += record.jsonLine
            text += "\n"
        }
        return text
    }
}
