/// One scale's latency distributions: a small histogram per series and a box on a shared log axis.
struct LatencyChart: Sendable {
    var title: String
    var width: String
    var height: String
    var plotTop: String
    var plotBottom: String
    var ticks: [Tick]
    var axisLabelX: String
    var axisLabelY: String
    var histogramHeader: String
    var rows: [Row]
    var table: [Row]
    var hasExtremes: Bool

    struct Row: Sendable {
        var label: String
        var testLabel: String
        var operationLabel: String
        var textY: String
        var testY: String
        var operationY: String
        var stripeY: String
        var stripeHeight: String
        var odd: Bool
        var bars: [Bar]
        var noHistogram: Bool
        var noHistogramText: String
        var noHistogramX: String
        var whiskerX1: String
        var whiskerX2: String
        var boxX: String
        var boxWidth: String
        var boxY: String
        var boxHeight: String
        var boxBottom: String
        var medianX: String
        var p99X: String
        var meanX: String
        var midY: String
        var meanText: String
        var meanTextX: String
        var tooltip: String
        // Table columns.
        var test: String
        var operation: String
        var n: String
        var mean: String
        var p50: String
        var p95: String
        var p99: String
        var max: String
    }

    struct Bar: Sendable {
        var x: String
        var y: String
        var width: String
        var height: String
    }
}
