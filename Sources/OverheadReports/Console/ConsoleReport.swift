import OverheadAnalysis

/// The console report: the verdict summary first (one screen), then the original's sections
/// (average latency with overhead, P95, verdict line, bottleneck table, top bottlenecks, resource
/// usage) for every scale, then the intervals, noise floor, scaling, why each open criterion is
/// open, failures, conservation and warnings it did not have.
public struct ConsoleReport: ReportRenderer {
    public var formatName: String { "console" }

    public init() {}

    public func render(_ result: AnalysisResult, options: ReportOptions) throws -> [UInt8] {
        var out = ConsoleWriter(style: ConsoleStyle(color: options.color))
        out.summary(result, policy: options.inconclusivePolicy)
        if options.summaryOnly { return Array(out.text.utf8) }
        out.line()
        out.header(result)
        out.latency(result)
        out.bottlenecks(result)
        out.profile(result)
        out.intervals(result)
        out.noiseAndScaling(result)
        out.latencyPerTest(result)
        out.resources(result)
        out.criteria(result)
        out.notes(result)
        return Array(out.text.utf8)
    }
}

/// Accumulates report lines; one extension per group of sections.
struct ConsoleWriter {
    let style: ConsoleStyle
    private(set) var lines: [String] = []

    init(style: ConsoleStyle) { self.style = style }

    var text: String { lines.joined(separator: "\n") + "\n" }

    mutating func line(_ s: String = "") { lines.append(s) }

    mutating func append(_ more: [String]) { lines += more }

    /// The original's banner: a rule, a title, a rule.
    mutating func banner(_ title: String) {
        line()
        line("==========================================")
        line(style.bold(title))
        line("==========================================")
    }

    mutating func heading(_ title: String) {
        line()
        line(style.bold("=== \(title) ==="))
    }

    /// Label padded to the original's 35-column value position.
    mutating func labelled(_ label: String, _ value: String, width: Int = 35) {
        line(DisplayWidth.pad(label, to: width - 1) + " " + value)
    }

    static func safe(_ s: String) -> String { TextSanitizer.terminalLine(s) }
}
