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
    /// Why there is no resource chart: no perf log given, or one without samples.
    var noResources: String
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
    /// Where the time goes inside each layer (`--profile`); nil without a profile.
    var profile: ProfileView?
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
