import OverheadFormat

/// Results files an adversary could hand the analyzer, as JSON Lines text: each once crashed it,
/// hung it or made it allocate gigabytes. Built from a small simulated recording so every file is
/// otherwise well-formed and analysable; the process, analysis and report tests all use these, and
/// `fuzz/corpus/` holds the same files as seeds.
public enum HostileRecordings {
    /// A small, valid recording: two scales, three measured blocks and one warm-up block each.
    public static var base: [Record] {
        RecordingSimulator(
            .init(seed: 7, agentCounts: [1, 3], blocks: 3, warmupBlocks: 1, iterations: 20, noise: .quiet)
        ).records()
    }

    /// Every hostile file by name (the names of `fuzz/corpus/` entries).
    public static var all: [(name: String, text: String)] {
        [
            ("conservation-int-max", conservationOverflow), ("statistics-count-int-max", summaryCountOverflow),
            ("one-subnormal-latency", oneSubnormalLatency), ("huge-latencies", hugeLatencies),
            ("subnormal-series", subnormalSeries), ("many-agent-counts", manyAgentCounts(100_000)),
            ("end-claims-more", endClaimsMore), ("zero-latencies", zeroLatencies), ("bidi-names", bidiNames),
        ]
    }

    /// One `conservation` record per window, each receiving `Int.max` messages.
    public static var conservationOverflow: String {
        var out = base
        out.insert(
            contentsOf: [1, 3].map {
                .conservation(
                    Conservation(
                        testName: "baseline", agentCount: $0, run: 1, sent: 10, received: Int.max, drained: 0,
                        evicted: 0))
            }, at: 1)
        return text(out)
    }

    /// Summaries only: two `statistics` records per series, each claiming `Int.max` samples.
    public static var summaryCountOverflow: String {
        text(summaries(agentCounts: [1, 3], count: Int.max).flatMap { [$0, $0] })
    }

    /// The smallest positive double as one measured latency.
    public static var oneSubnormalLatency: String {
        var done = false
        return text(
            base.map { r in
                guard !done, case .sample(var s) = r, !s.warmup else { return r }
                done = true
                s.elapsedMs = Double.leastNonzeroMagnitude
                return .sample(s)
            })
    }

    /// Every latency near the largest double.
    public static var hugeLatencies: String { text(base.map { mapSample($0) { $0.elapsedMs = 1.7e308 } }) }

    /// One series of subnormal latencies (of several magnitudes), the others ordinary.
    public static var subnormalSeries: String {
        var k = 0
        return text(
            base.map {
                mapSample($0) {
                    guard $0.testName == "metrics_integration" else { return }
                    k += 1
                    $0.elapsedMs = Double.leastNonzeroMagnitude * Double(1 + k % 7)
                }
            })
    }

    /// Summaries of a baseline and a full-integration series at `count` distinct agent counts.
    public static func manyAgentCounts(_ count: Int) -> String { text(summaries(agentCounts: 1...count, count: 40)) }

    /// `statistics` records of the baseline send and the full operation at each agent count.
    static func summaries<S: Sequence>(agentCounts: S, count: Int) -> [Record] where S.Element == Int {
        agentCounts.flatMap { agents in
            [("baseline", "message_send", 0.02), ("full_integration", "complete_operation", 0.021)].map {
                Record.statistics(
                    StatisticsSummary(
                        timestamp: "2026-11-26T18:53:05.362Z", testName: $0.0, agentCount: agents, operation: $0.1,
                        avgMs: $0.2, stddevMs: 0.001, p50Ms: $0.2, p95Ms: $0.2 * 1.5, p99Ms: $0.2 * 2, count: count))
            }
        }
    }

    /// An `end` record claiming 999,999,999 samples.
    public static var endClaimsMore: String {
        text(
            base.map {
                guard case .end(var e) = $0 else { return $0 }
                e.samples = 999_999_999
                return .end(e)
            })
    }

    /// Every latency zero.
    public static var zeroLatencies: String { text(base.map { mapSample($0) { $0.elapsedMs = 0 } }) }

    /// Right-to-left overrides and other bidirectional controls in a test name and the hostname.
    public static let bidiText =
        "\u{202E}evil\u{202A}\u{202B}\u{202C}\u{202D}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{061C}"

    public static var bidiNames: String {
        text(
            base.map { r in
                switch r {
                case .manifest(var m):
                    m.host.hostname = "host" + bidiText
                    return .manifest(m)
                case .sample(var s) where s.testName == "health_integration":
                    s.testName += bidiText
                    return .sample(s)
                default: return r
                }
            })
    }

    static func mapSample(_ r: Record, _ change: (inout Sample) -> Void) -> Record {
        guard case .sample(var s) = r else { return r }
        change(&s)
        return .sample(s)
    }

    public static func text(_ records: [Record]) -> String { records.map(\.jsonLine).joined(separator: "\n") + "\n" }
}
