/// The original README's "Bottleneck Analysis" advice, verbatim, for a component over its limit —
/// advice about a bash library's code, so only for recordings of one: the shell target, or the
/// original tool's files (no manifest). The embedded bus runs none of that code: no advice.
enum BottleneckAdvice {
    static func texts(for component: Component, targetKind: String?) -> [String] {
        guard targetKind == nil || targetKind == "shell" else { return [] }
        switch component {
        case .metrics:
            return [
                "Check flock contention on metrics.lock",
                "Consider batching emit_metric() calls",
                "Verify tmpfs write performance",
            ]
        case .health:
            return [
                "Reduce liveness probe frequency (default: 5s)",
                "Check jq JSON construction overhead",
                "Verify flock timeout on health.lock",
            ]
        case .rateLimiting:
            return [
                "Optimize check_inbox_capacity() (currently uses `find`)",
                "Consider caching inbox counts",
                "Review backpressure retry logic",
            ]
        case .residual, .synthetic:
            return []
        }
    }
}
