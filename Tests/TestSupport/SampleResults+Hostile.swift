import OverheadAnalysis
import OverheadFormat

extension SampleResults {
    /// Text a report must neither break on nor execute: quotes, markup, a CDATA end, XML-forbidden
    /// control characters (NUL, BEL, ESC, VT, U+FFFE), the replacement character left by invalid UTF-8,
    /// emoji (with a zero-width joiner), CR/LF and tab.
    public static let hostileText =
        "q\"uote 'apos' <script>alert(1)</script> ]]> &amp; \u{0}\u{7}\u{1B}[31m\u{B}\u{FFFE} bad\u{FFFD}utf8 🚀👩‍💻 line\r\nbreak\ttab"

    /// `full` with hostile text in every string field a renderer prints.
    public static var hostile: AnalysisResult {
        let h = hostileText
        var r = full
        r.manifest = manifest(hostname: "host " + h, cpuModel: "cpu " + h, libraryPath: "/lib/" + h)
        r.inputs.files = ["results " + h + ".jsonl"]
        r.inputs.perfLogs = ["perf " + h + ".log"]
        r.inputs.diagnostics = ["results.jsonl:3: " + h]
        r.inputs.partialReason = "interrupted " + h
        r.series = r.series.map { s in
            var s = s
            if s.testName == "baseline" && s.operation == "message_receive" {
                s.testName = "test " + h
                s.operation = "op " + h
            }
            return s
        }
        r.scales = r.scales.map { s in
            var s = s
            s.components = s.components.map { c in
                var c = c
                c.advice = c.advice.map { $0 + " " + h }
                return c
            }
            return s
        }
        r.criteria = r.criteria.map { c in
            var c = c
            c.title += " " + h
            if c.id == "memory_stable" { c.unit = "MB/min " + h }
            return c
        }
        r.failures = r.failures.map { f in
            var f = f
            f.testName = "test " + h
            f.lastReason = "reason " + h
            f.lastStderrTail = "stderr " + h
            return f
        }
        r.warnings.append(.partialRecording(reason: "warning " + h, detail: "detail " + h))
        return r
    }
}
