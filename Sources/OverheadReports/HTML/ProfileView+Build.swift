import OverheadAnalysis
import OverheadFormat

extension ProfileView {
    /// Rows of an icicle drawn (deeper frames are left out).
    static let maxDepth = 12
    /// Height of one row, px.
    static let rowHeight = 22
    /// Frames narrower than this share of the layer (percent) are not drawn.
    static let minWidthPercent = 0.5
    /// Frames narrower than this (percent) carry no text, only their tooltip.
    static let labelledWidthPercent = 4.0

    init?(_ r: AnalysisResult) {
        guard let p = r.profile else { return nil }
        func x(_ s: String) -> String { TextSanitizer.xml(s) }
        header = x(ProfileText.header(p.header))
        rows = p.layers.map { l in
            let top = l.hotspots.first
            return ProfileRow(
                layer: x(l.layer.name), component: x(l.layer.component ?? "–"), calls: String(l.layer.calls),
                untraced: l.layer.untracedMs.map(NumberText.ms) ?? "–",
                traced: l.layer.tracedMs.map(NumberText.ms) ?? "–",
                forks: NumberText.plain(l.forksPerCall), top: top.map { x(ProfileText.hotspot($0.entry)) } ?? "–",
                share: top.map { NumberText.fixed($0.sharePercent, 0) + "%" } ?? "–")
        }
        findings = p.findings.map { f in
            ProfileFindingView(
                title: x("\(ReportFacts.name(f.component)) — inside \(f.layer)"),
                sentences: ProfileText.advice(f).map(x))
        }
        hasFindings = !findings.isEmpty
        flames = p.layers.compactMap { Self.flame($0) }
    }

    /// The icicle of one layer: a tree of its stacks, each frame as wide as its share of the layer.
    static func flame(_ l: LayerProfile) -> FlameView? {
        func x(_ s: String) -> String { TextSanitizer.xml(s) }
        let layer = l.layer
        var root = FlameNode(name: layer.name)
        for stack in layer.stacks {
            let frames = stack.frames.first == layer.name ? Array(stack.frames.dropFirst()) : stack.frames
            root.insert(frames[...], ms: stack.ms)
        }
        guard root.ms > 0 else { return nil }
        let labels = Dictionary(
            layer.hotspots.map { (ProfileText.place($0), $0.label) }, uniquingKeysWith: { first, _ in first })
        var boxes: [FlameBox] = []
        var deepest = 0
        func place(_ node: FlameNode, left: Double, depth: Int, leaf: Bool) {
            let width = 100 * node.ms / root.ms
            guard depth < maxDepth, width >= minWidthPercent else { return }
            deepest = max(deepest, depth)
            let isLine = node.children.isEmpty && depth > 0
            let text =
                isLine ? [node.name, labels[node.name] ?? ""].filter { !$0.isEmpty }.joined(separator: " ") : node.name
            let share = NumberText.fixed(width, 1) + "%"
            boxes.append(
                FlameBox(
                    left: NumberText.fixed(left, 3) + "%", width: NumberText.fixed(width, 3) + "%",
                    top: "\(depth * rowHeight)px", label: width >= labelledWidthPercent ? x(text) : "",
                    tip: x("\(text) — \(NumberText.latency(node.ms)) ms per call, \(share) of \(layer.name)"),
                    kind: isLine ? (layer.hotspots.contains { $0.line != nil } ? "line" : "phase") : "fn"))
            var offset = left
            for child in node.children.sorted(by: { ($0.ms, $1.name) > ($1.ms, $0.name) }) {
                place(child, left: offset, depth: depth + 1, leaf: child.children.isEmpty)
                offset += 100 * child.ms / root.ms
            }
        }
        place(root, left: 0, depth: 0, leaf: false)
        return FlameView(
            title: x(layer.name),
            subtitle: x(
                "\(NumberText.latency(layer.profiledMs)) ms per traced call over \(layer.calls) calls"
                    + (layer.untracedMs.map { "; \(NumberText.latency($0)) ms untraced" } ?? "")),
            height: "\((deepest + 1) * rowHeight)px", boxes: boxes)
    }
}

/// A frame of the icicle and the time of everything below it.
struct FlameNode {
    var name: String
    var ms: Double = 0
    var children: [FlameNode] = []

    init(name: String) { self.name = name }

    mutating func insert(_ frames: ArraySlice<String>, ms: Double) {
        self.ms += ms
        guard let first = frames.first else { return }
        if let i = children.firstIndex(where: { $0.name == first }) {
            children[i].insert(frames.dropFirst(), ms: ms)
        } else {
            var child = FlameNode(name: first)
            child.insert(frames.dropFirst(), ms: ms)
            children.append(child)
        }
    }
}
