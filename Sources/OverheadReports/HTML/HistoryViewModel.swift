/// What the history page shows, every figure and coordinate already formatted (the template only loops).
struct HistoryViewModel: Sendable {
    var title: String
    var subtitle: String
    var empty: Bool
    var groups: [Group]
    var scaleHeaders: [String]
    var rows: [Row]
    var footnote: String
    var footer: String

    struct Group: Sendable {
        var scale: String
        var lead: String
        var ci: String
        var chart: HistoryChart
        var hasChanges: Bool
        var changeRows: [ChangeRow]
    }

    struct ChangeRow: Sendable {
        var recording: String
        var before: String
        var after: String
        var change: String
        var p: String
    }

    struct Row: Sendable {
        var id: String
        var time: String
        var label: String
        var badge: Badge
        var cells: [String]
    }
}

/// One series over the recordings: the estimates joined by a line inside their interval band,
/// each segment's mean with its interval, and a dashed line at each change point.
struct HistoryChart: Sendable {
    var width: String
    var height: String
    var plotLeft: String
    var plotRight: String
    var plotTop: String
    var plotBottom: String
    var labelX: String
    var xLabelY: String
    var unitY: String
    var zeroY: String
    var yTicks: [Tick]
    var xTicks: [Tick]
    var band: String
    var line: String
    var points: [Point]
    var segments: [Segment]
    var changes: [Change]

    struct Point: Sendable {
        var x: String
        var y: String
        var r: String
        var title: String
    }

    struct Segment: Sendable {
        var x: String
        var x2: String
        var w: String
        var y: String
        var h: String
        var meanY: String
        var title: String
    }

    struct Change: Sendable {
        var x: String
        var title: String
    }
}
