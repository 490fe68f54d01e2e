import OverheadAnalysis

/// What the fleet page shows, every figure already formatted (the template only loops).
struct FleetViewModel: Sendable {
    var title: String
    var subtitle: String
    var overall: Badge
    var tally: String
    var warnings: [String]
    var hasWarnings: Bool
    var criteria: [CriterionRow]
    var groups: [ScaleGroup]
    var method: String
    var footer: String

    struct ScaleGroup: Sendable {
        var scale: String
        var chart: FleetChart
        var spread: String?
        var rows: [Row]
    }

    struct Row: Sendable {
        var host: String
        var overhead: String
        var interval: String
        var weight: String
        var badge: Badge?
        var note: String
        var odd: Bool
        var summary: Bool
    }
}

/// One scale's hosts as a forest plot: per host its total overhead with its interval (the square
/// sized by its weight), then the pooled estimate as a diamond spanning its interval and the
/// prediction interval for a new host as a bar; the zero line and the limit (dashed).
struct FleetChart: Sendable {
    var width: String
    var height: String
    var ticks: [Tick]
    var tickY: String
    var plotTop: String
    var plotBottom: String
    var zeroX: String
    var limitX: String
    var rows: [Line]
    var pooled: Pooled?

    struct Line: Sendable {
        var label: String
        var textY: String
        var x1: String
        var x2: String
        var y: String
        var caps: [String]
        var capTop: String
        var capBottom: String
        var arrows: [String]
        var hasPoint: Bool
        var squareX: String
        var squareY: String
        var squareSize: String
        var cssClass: String
        var title: String
    }

    struct Pooled: Sendable {
        var label: String
        var textY: String
        var diamond: String
        var title: String
        var prediction: Prediction?
    }

    struct Prediction: Sendable {
        var label: String
        var textY: String
        var x1: String
        var x2: String
        var y: String
        var caps: [String]
        var capTop: String
        var capBottom: String
        var arrows: [String]
        var title: String
    }
}
