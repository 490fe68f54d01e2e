/// A profile file's lines: the header (`"type":"profile"`), then per layer a `profile_layer`
/// followed by its `profile_hotspot`, `profile_function`, `profile_command` and `profile_stack`
/// records, each naming its layer. The [Profile file](doc:ProfileFile) article documents the fields.
extension Profile {
    public enum RecordType {
        public static let header = "profile"
        public static let layer = "profile_layer"
        public static let hotspot = "profile_hotspot"
        public static let function = "profile_function"
        public static let command = "profile_command"
        public static let stack = "profile_stack"
    }

    /// Every record, one JSON object per line, without newlines.
    public var jsonLines: [String] {
        var lines = [header.jsonLine]
        for layer in layers {
            lines.append(layer.jsonLine)
            for h in layer.hotspots { lines.append(h.jsonLine(layer: layer.name)) }
            for f in layer.functions { lines.append(f.jsonLine(layer: layer.name)) }
            for c in layer.commands { lines.append(c.jsonLine(layer: layer.name)) }
            for s in layer.stacks { lines.append(s.jsonLine(layer: layer.name)) }
        }
        return lines
    }
}

extension ProfileHeader {
    public var jsonLine: String {
        var o = JSONObjectWriter()
        o.field("type", Profile.RecordType.header)
        o.field("schema_version", Schema.version)
        o.field("target", target)
        o.field("start_time", startTime)
        o.field("calls_per_layer", callsPerLayer)
        o.field("trace_bytes", traceBytes)
        o.field("trace_cap_bytes", traceCapBytes)
        o.field("dropped_calls", droppedCalls)
        o.field("dropped_entries", droppedEntries)
        o.field("seconds", seconds)
        return o.finished()
    }
}

extension ProfileLayer {
    public var jsonLine: String {
        var o = JSONObjectWriter()
        o.field("type", Profile.RecordType.layer)
        o.field("layer", name)
        o.field("component", component)
        o.field("calls", calls)
        o.field("untraced_ms", untracedMs)
        o.field("traced_ms", tracedMs)
        o.field("profiled_ms", profiledMs)
        o.field("subshells", subshells)
        o.field("pipeline_stages", pipelineStages)
        return o.finished()
    }
}

extension ProfileHotspot {
    func jsonLine(layer: String) -> String {
        var o = JSONObjectWriter()
        o.field("type", Profile.RecordType.hotspot)
        o.field("layer", layer)
        o.field("label", label)
        o.field("file", file)
        o.field("line", line)
        o.field("function", function)
        o.field("ms", ms)
        o.field("count", count)
        return o.finished()
    }
}

extension ProfileFunction {
    func jsonLine(layer: String) -> String {
        var o = JSONObjectWriter()
        o.field("type", Profile.RecordType.function)
        o.field("layer", layer)
        o.field("function", name)
        o.field("calls", calls)
        o.field("inclusive_ms", inclusiveMs)
        o.field("exclusive_ms", exclusiveMs)
        return o.finished()
    }
}

extension ProfileCommand {
    func jsonLine(layer: String) -> String {
        var o = JSONObjectWriter()
        o.field("type", Profile.RecordType.command)
        o.field("layer", layer)
        o.field("command", name)
        o.field("kind", kind)
        o.field("count", count)
        o.field("ms", ms)
        return o.finished()
    }
}

extension ProfileStack {
    func jsonLine(layer: String) -> String {
        var o = JSONObjectWriter()
        o.field("type", Profile.RecordType.stack)
        o.field("layer", layer)
        o.field("frames", strings: frames)
        o.field("ms", ms)
        return o.finished()
    }
}
