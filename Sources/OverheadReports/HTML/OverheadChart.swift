/// Horizontal bars of overhead per component, grouped by scale, with the interval as an error bar
/// and the component's limit as a marker. Each scale is its own panel with its own axis, so one
/// scale's outlier cannot squeeze the others' bars and limits into slivers.
struct OverheadChart: Sendable {
    var width: String
    var height: String
    var axisLabelX: String
    var axisLabelY: String
    var groups: [Group]

    struct Group: Sendable {
        var label: String
        var labelY: String
        var bandY: String
        var bandHeight: String
        var rows: [Row]
        /// The panel's own axis: ticks, the zero line and the vertical extent of both.
        var ticks: [Tick]
        var zeroX: String
        var plotTop: String
        var plotBottom: String
        var tickY: String
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
        /// A backdrop behind the value label, so a whisker running through it does not strike it out.
        var valueBoxX: String
        var valueBoxY: String
        var valueBoxWidth: String
        var error: ErrorBar?
        var limit: LimitMark?
    }

    /// The interval's whisker; an end beyond the axis is drawn as an arrow at the axis edge
    /// instead of a cap, so a huge interval does not squash every bar.
    struct ErrorBar: Sendable {
        var x1: String
        var x2: String
        var y: String
        var capTop: String
        var capBottom: String
        /// Cap positions (x) of the ends that lie on the axis.
        var caps: [String]
        /// Arrow heads (SVG polygon points) for the ends clipped at the axis edge.
        var arrows: [String]
        /// The interval in words, for the arrows' tooltip.
        var title: String
    }

    struct LimitMark: Sendable {
        var x: String
        var y1: String
        var y2: String
        var title: String
    }
}
