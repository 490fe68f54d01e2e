import OverheadAnalysis

/// What the comparison page shows, every figure already formatted (the template only loops).
struct ComparisonViewModel: Sendable {
    var title: String
    var subtitle: String
    var overall: Badge
    var tally: String
    var warnings: [String]
    var hasWarnings: Bool
    var footnote: String
    var groups: [ScaleGroup]
    var footer: String

    struct ScaleGroup: Sendable {
        var scale: String
        var chart: ComparisonChart
        var rows: [Row]
    }

    struct Row: Sendable {
        var series: String
        var old: String
        var new: String
        var change: String
        var interval: String
        var badge: Badge
    }
}

/// One scale's changes as a forest plot: per series the change with its interval, a zero line and
/// the allowed regression as a dashed line; clipped ends get arrows.
struct ComparisonChart: Sendable {
    var width: String
    var height: String
    var ticks: [Tick]
    var tickY: String
    var plotTop: String
    var plotBottom: String
    var zeroX: String
    var limitX: String
    var rows: [Line]

    struct Line: Sendable {
        /// Two lines, so long names fit: the test (small) above the operation.
        var test: String
        var testY: String
        var label: String
        var textY: String
        var x1: String
        var x2: String
        var y: String
        var pointX: String
        var cssClass: String
        var caps: [String]
        var capTop: String
        var capBottom: String
        var arrows: [String]
        var title: String
    }
}
