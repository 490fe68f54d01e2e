/// Everything the HTML templates print, already formatted: strings are XML-safe (forbidden
/// characters removed; escaping is the template engine's job), numbers are SVG coordinates
/// computed in Swift. Templates only use sections and loops over these fields.
struct HTMLViewModel: Sendable {
    var title: String
    var subtitle: String
    var overall: Badge
    var tally: String
    var meta: [KeyValue]
    var diagnostics: [String]
    var hasDiagnostics: Bool
    var partialReason: String?
    var warnings: [String]
    var hasWarnings: Bool
    var calibration: String?
    var criteria: [CriterionRow]
    var hasCriteria: Bool
    var overheadChart: OverheadChart?
    var overheadRows: [OverheadRow]
    var latencyCharts: [LatencyChart]
    var hasLatency: Bool
    var resourceChart: ResourceChart?
    /// Per scale and the whole run.
    var resourceRows: [ResourceRow]
    /// Per test window (folded away by default: there are many).
    var resourceWindowRows: [ResourceRow]
    var hasResourceWindows: Bool
    var resourceSlopes: [KeyValue]
    var noiseRows: [NoiseRow]
    var hasNoise: Bool
    var scaling: [String]
    var shutdownRows: [KeyValue]
    var hasShutdown: Bool
    var failures: [FailureRow]
    var hasFailures: Bool
    var conservation: String?
    var conservationBadge: Badge?
    var footer: String
}

struct KeyValue: Sendable {
    var key: String
    var value: String
}

/// A verdict or status label with its CSS class (`pass`, `fail`, `inconclusive`, `skip`, `neutral`).
struct Badge: Sendable {
    var text: String
    var cssClass: String
}

struct CriterionRow: Sendable {
    var title: String
    var scale: String
    var measured: String
    var interval: String
    var limit: String
    var badge: Badge
    var detail: String
    var hint: String?
}

struct OverheadRow: Sendable {
    /// The scale, on the first row of its group only (empty below it).
    var scale: String
    var groupStart: Bool
    var component: String
    var value: String
    var interval: String
    var limit: String
    var badge: Badge
    var share: String
}

struct NoiseRow: Sendable {
    var scale: String
    var difference: String
    var interval: String
    var badge: Badge
}

struct ResourceRow: Sendable {
    var scale: String
    var window: String
    var samples: String
    var cpu: String
    var memory: String
    var tmpfs: String
}

struct FailureRow: Sendable {
    var scale: String
    var test: String
    var operation: String
    var count: String
    var reason: String
    var stderr: String
}

/// A tick on an axis: its pixel position and label.
struct Tick: Sendable {
    var at: String
    var label: String
}

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

/// CPU, memory and tmpfs over time, one panel each, sharing the time axis, with the scales shaded.
struct ResourceChart: Sendable {
    var width: String
    var height: String
    var panels: [Panel]
    var xTicks: [Tick]
    var axisY: String
    var axisLabelY: String
    var plotLeft: String
    var plotRight: String

    struct Panel: Sendable {
        var title: String
        var cssClass: String
        var top: String
        var bottom: String
        var titleY: String
        var points: String
        var yTicks: [Tick]
        var shading: [Shade]
    }

    struct Shade: Sendable {
        var x: String
        var y: String
        var width: String
        var height: String
        var label: String
        var labelX: String
        var labelY: String
        var odd: Bool
    }
}
