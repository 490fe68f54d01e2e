import OverheadAnalysis
import OverheadFormat

/// The analysis as InfluxDB line protocol, for InfluxDB 1.x/2.x and engines that take it
/// (VictoriaMetrics, QuestDB, …): one measurement per kind of figure —
/// `overheadbench_latency`, `overheadbench_overhead`, `overheadbench_resources`,
/// `overheadbench_verdict` — tagged `host`, `run_id`, `target` and where they apply `scale`, `test`,
/// `operation`, `kind`, `name`, `criterion`; stamped with the recording's start time in nanoseconds
/// (no timestamp without a manifest: the server's clock then decides).
public struct InfluxReport: ReportRenderer {
    public var formatName: String { "Influx line protocol" }

    public init() {}

    public func render(_ result: AnalysisResult, options: ReportOptions) throws -> [UInt8] {
        let run = RunLabels(result.manifest).pairs
        let time = result.manifest.flatMap { UTCDateTime.unixNanoseconds(iso8601: $0.startTime) }
        var lines = Self.latency(result, run: run) + Self.overhead(result, run: run)
        lines += Self.resources(result, run: run) + Self.verdicts(result, run: run)
        return Array(lines.map { $0.text(timestamp: time) }.joined().utf8)
    }

    static func scale(_ n: Int?) -> String { n.map(String.init) ?? "all" }

    static func latency(_ r: AnalysisResult, run: [(String, String)]) -> [InfluxLine] {
        r.series.map { s in
            var line = InfluxLine(
                measurement: "overheadbench_latency",
                tags: run + [("scale", scale(s.agentCount)), ("test", s.testName), ("operation", s.operation)])
            line.field("n", int: s.count)
            for (k, v) in [
                ("mean_ms", s.mean), ("stddev_ms", s.stddev), ("p50_ms", s.p50), ("p95_ms", s.p95), ("p99_ms", s.p99),
                ("min_ms", s.min), ("max_ms", s.max),
            ] {
                line.field(k, v)
            }
            return line
        }
    }

    static func overhead(_ r: AnalysisResult, run: [(String, String)]) -> [InfluxLine] {
        OverheadFigure.all(r).map { f in
            var line = InfluxLine(
                measurement: "overheadbench_overhead",
                tags: run + [("scale", scale(f.scale)), ("kind", f.kind.rawValue), ("name", f.name)])
            line.field("estimate", f.estimate?.value)
            line.field("lower", f.estimate?.lower)
            line.field("upper", f.estimate?.upper)
            line.field("confidence", f.estimate?.confidence)
            line.field("n", int: f.estimate?.n)
            line.field("limit", f.limit)
            line.field("unit", string: f.unit)
            line.field("verdict", string: f.verdict)
            return line
        }
    }

    static func resources(_ r: AnalysisResult, run: [(String, String)]) -> [InfluxLine] {
        guard let res = r.resources else { return [] }
        func line(_ scaleTag: String, _ test: String?, _ s: ResourceStats) -> InfluxLine {
            var line = InfluxLine(
                measurement: "overheadbench_resources", tags: run + [("scale", scaleTag), ("test", test ?? "")])
            line.field("samples", int: s.samples)
            for (k, v) in [
                ("cpu_avg_percent", s.cpuAvg), ("cpu_max_percent", s.cpuMax), ("memory_avg_mb", s.memoryAvgMB),
                ("memory_max_mb", s.memoryMaxMB), ("tmpfs_avg_mb", s.tmpfsAvgMB), ("tmpfs_max_mb", s.tmpfsMaxMB),
            ] {
                line.field(k, v)
            }
            return line
        }
        var overall = line("all", nil, res.overall)
        overall.field("memory_slope_mb_per_min", res.memorySlopeMBPerMin?.value)
        overall.field("tmpfs_slope_mb_per_min", res.tmpfsSlopeMBPerMin?.value)
        return [overall] + (res.perScale + res.perWindow).map { line(String($0.agentCount), $0.testName, $0.stats) }
    }

    static func verdicts(_ r: AnalysisResult, run: [(String, String)]) -> [InfluxLine] {
        func line(_ criterion: String, _ scaleTag: String, _ v: Verdict) -> InfluxLine {
            var line = InfluxLine(
                measurement: "overheadbench_verdict", tags: run + [("scale", scaleTag), ("criterion", criterion)])
            line.field("verdict", string: v.rawValue)
            for (k, state) in [
                ("pass", Verdict.pass), ("fail", .fail), ("inconclusive", .inconclusive),
                ("not_evaluated", .notEvaluated),
            ] {
                line.field(k, int: v == state ? 1 : 0)
            }
            return line
        }
        return r.criteria.map { line($0.id, scale($0.agentCount), $0.verdict) }
            + [line("overall", "all", ReportFacts.tally(r.criteria).overall)]
    }
}
