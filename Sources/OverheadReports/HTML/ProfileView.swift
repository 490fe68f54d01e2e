/// The profile section of the HTML page (`--profile`): the layer table, the findings, and an
/// icicle graph per layer function. Every string XML-safe, every coordinate computed in Swift.
struct ProfileView: Sendable {
    var header: String
    var rows: [ProfileRow]
    var findings: [ProfileFindingView]
    var hasFindings: Bool
    var flames: [FlameView]
}

struct ProfileRow: Sendable {
    var layer: String
    var component: String
    var calls: String
    var untraced: String
    var traced: String
    var forks: String
    var top: String
    var share: String
}

struct ProfileFindingView: Sendable {
    var title: String
    var sentences: [String]
}

/// One layer's icicle: the layer function on top, what it called below, down to the lines.
struct FlameView: Sendable {
    var title: String
    var subtitle: String
    /// CSS height of the graph, e.g. `88px`.
    var height: String
    var boxes: [FlameBox]
}

/// One frame: its position as CSS values (`left`, `width` in percent; `top` in px), its label,
/// its tooltip, and its kind (`fn`, `line` or `phase`) for the colour.
struct FlameBox: Sendable {
    var left: String
    var width: String
    var top: String
    var label: String
    var tip: String
    var kind: String
}
