/// Horizontal bars of overhead per component, grouped by scale, with the interval as an error bar
/// and the component's limit as a marker.
struct OverheadChart: Sendable {
    var width: String
    var height: String
    var plotTop: String
    var plotBottom: String
    var zeroX: String
    var ticks: [Tick]
    var axisLabelX: String
    var axisLabelY: String
    var groups: [Group]

    struct Group: Sendable {
        var label: String
        var labelY: String
        var bandY: String
        var bandHeight: String
        var rows: [Row]
    }

    struct Row: Sendable {
        var label: String
        var textY: String
        var barX: String
        var barY: String
        var barWidth: String
        var barHeight: String
        var cssClass: String
        var value: String
        var valueX: String
        var error: ErrorBar?
        var limit: LimitMark?
    }

    struct ErrorBar: Sendable {
        var x1: String
        var x2: String
        var y: String
        var capTop: String
        var capBottom: String
    }

    struct LimitMark: Sendable {
        var x: String
        var y1: String
        var y2: String
        var title: String
    }
}
