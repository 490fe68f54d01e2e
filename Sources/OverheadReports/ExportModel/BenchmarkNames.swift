import OverheadAnalysis

/// The benchmark names the benchmark-tracker exports (BMF, github-action-benchmark) give each
/// figure, so the two name the same thing alike: `<test>/<operation>/agents=<n>` for a series,
/// `overhead/<name>/agents=<n>` for an overhead or component, `criterion/<id>[/agents=<n>]` for
/// another criterion. Untrusted parts are made inert.
enum BenchmarkNames {
    static func series(_ s: SeriesStatistics) -> String {
        InertText.visible(s.testName) + "/" + InertText.visible(s.operation) + "/agents=" + String(s.agentCount)
    }

    static func figure(_ f: OverheadFigure) -> String {
        let head = f.kind == .criterion ? "criterion/" : "overhead/"
        return head + InertText.visible(f.name) + (f.scale.map { "/agents=" + String($0) } ?? "")
    }
}
