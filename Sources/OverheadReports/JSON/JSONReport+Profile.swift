import OverheadAnalysis
import OverheadFormat

extension JSONReport {
    /// The profile (`--profile`): its header, every layer with its entries and shares, and the
    /// findings with the advice sentences. Present only when a profile was given.
    static func profile(_ p: ProfileSummary) -> String {
        var o = JSONObjectWriter()
        o.field("header", raw: p.header.jsonLine)
        o.field("layers", raw: array(p.layers.map(layer)))
        o.field("findings", raw: array(p.findings.map(finding)))
        return o.finished()
    }

    static func layer(_ l: LayerProfile) -> String {
        var o = JSONObjectWriter()
        o.field("layer", l.layer.name)
        o.field("component", l.layer.component)
        o.field("calls", l.layer.calls)
        o.field("calls_per_message", l.callsPerMessage)
        o.field("untraced_ms", l.layer.untracedMs)
        o.field("traced_ms", l.layer.tracedMs)
        o.field("tracing_added_percent", l.tracingAddedPercent)
        o.field("profiled_ms", l.layer.profiledMs)
        o.field("forks_per_call", l.forksPerCall)
        o.field("external_commands_per_call", l.layer.externalCommands)
        o.field("subshells_per_call", l.layer.subshells)
        o.field("pipeline_stages_per_call", l.layer.pipelineStages)
        o.field("hotspots", raw: array(l.hotspots.map(hotspot)))
        o.field(
            "functions",
            raw: array(
                l.layer.functions.map { f in
                    var w = JSONObjectWriter()
                    w.field("function", f.name)
                    w.field("calls", f.calls)
                    w.field("inclusive_ms", f.inclusiveMs)
                    w.field("exclusive_ms", f.exclusiveMs)
                    return w.finished()
                }))
        o.field(
            "commands",
            raw: array(
                l.layer.commands.map { c in
                    var w = JSONObjectWriter()
                    w.field("command", c.name)
                    w.field("kind", c.kind)
                    w.field("count", c.count)
                    w.field("ms", c.ms)
                    return w.finished()
                }))
        o.field(
            "stacks",
            raw: array(
                l.layer.stacks.map { s in
                    var w = JSONObjectWriter()
                    w.field("frames", strings: s.frames)
                    w.field("ms", s.ms)
                    return w.finished()
                }))
        return o.finished()
    }

    static func hotspot(_ h: Shared<ProfileHotspot>) -> String {
        var o = JSONObjectWriter()
        o.field("label", h.entry.label)
        o.field("file", h.entry.file)
        o.field("line", h.entry.line)
        o.field("function", h.entry.function)
        o.field("ms", h.entry.ms)
        o.field("count", h.entry.count)
        o.field("share_percent", h.sharePercent)
        return o.finished()
    }

    static func finding(_ f: ProfileFinding) -> String {
        var o = JSONObjectWriter()
        o.field("component", f.component.rawValue)
        o.field("layer", f.layer)
        o.field("calls_per_message", f.callsPerMessage)
        o.field("forks_per_message", f.forksPerMessage)
        o.field("subshells_per_message", f.subshellsPerMessage)
        o.field("pipeline_stages_per_message", f.pipelineStagesPerMessage)
        o.field("external_share_percent", f.externalSharePercent)
        o.field(
            "external_commands",
            raw: array(
                f.externalCommands.map { c in
                    var w = JSONObjectWriter()
                    w.field("command", c.entry.name)
                    w.field("per_call", c.entry.perCall)
                    w.field("per_message", c.entry.perMessage)
                    w.field("share_percent", c.sharePercent)
                    return w.finished()
                }))
        o.field("hotspots", raw: array(f.hotspots.map(hotspot)))
        o.field("advice", strings: ProfileText.advice(f))
        return o.finished()
    }
}
