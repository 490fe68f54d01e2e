import OverheadAnalysis
import OverheadFormat

/// Every sentence and label about a profile: the advice derived from what was measured, the
/// hotspot labels, the header line. Texts from the profile (names, source lines) are the
/// library's: callers sanitise them for their medium.
enum ProfileText {
    /// The advice for a component whose layer was profiled, in place of the original's texts, e.g.
    /// "emit_metric forks `date` twice and `jq` once per message: 71% of its time".
    static func advice(_ f: ProfileFinding) -> [String] {
        var out: [String] = []
        let unit = f.callsPerMessage == 1 ? "per message" : "per call (\(callsText(f.callsPerMessage)))"
        if !f.externalCommands.isEmpty {
            let runs = f.externalCommands.map { "`\($0.entry.name)` \(times($0.entry.perCall))" }
            out.append(
                "\(f.layer) forks \(list(runs)) \(unit): \(NumberText.fixed(f.externalSharePercent, 0))% of its time")
        } else if f.byLine {
            out.append("\(f.layer) runs no external command")
        }
        var spawned: [String] = []
        let perCall = 1 / f.callsPerMessage
        if f.subshellsPerMessage > 0 { spawned.append(count(f.subshellsPerMessage * perCall, "subshell")) }
        if f.pipelineStagesPerMessage > 0 {
            spawned.append(count(f.pipelineStagesPerMessage * perCall, "pipeline stage"))
        }
        if !spawned.isEmpty { out.append("It also forks \(list(spawned)) \(unit)") }
        if !f.hotspots.isEmpty {
            let parts = f.hotspots.enumerated().map { i, h in
                (i == 0 ? cut(hotspot(h.entry), 56) : place(h.entry)) + " (\(NumberText.fixed(h.sharePercent, 0))%)"
            }
            out.append((f.byLine ? "Costliest lines: " : "Costliest phases: ") + parts.joined(separator: "; "))
        }
        return out
    }

    /// `metrics.sh:21 flock -x 9` for a line, the phase name for a phase.
    static func hotspot(_ h: ProfileHotspot) -> String {
        guard let line = h.line else { return h.label }
        let place = "\(baseName(h.file ?? "?")):\(line)"
        return h.label.isEmpty ? place : "\(place) \(h.label)"
    }

    /// `metrics.sh:21` for a line, the phase name for a phase.
    static func place(_ h: ProfileHotspot) -> String {
        guard let line = h.line else { return h.label }
        return "\(baseName(h.file ?? "?")):\(line)"
    }

    /// "shell profile, 100 calls per layer: 4.5 s (its own cost), 1 call dropped".
    static func header(_ h: ProfileHeader) -> String {
        var text =
            "\(h.target) profile, \(h.callsPerLayer) traced calls per layer: "
            + "\(NumberText.fixed(h.seconds, 1)) s (the profile's own cost)"
        if h.droppedCalls > 0 { text += ", " + count(Double(h.droppedCalls), "call") + " dropped" }
        if h.droppedEntries > 0 {
            text += ", " + count(Double(h.droppedEntries), "entry", plural: "entries") + " over the caps"
        }
        return text
    }

    static func times(_ n: Double) -> String {
        switch n {
        case 1: return "once"
        case 2: return "twice"
        default: return NumberText.plain(n) + " times"
        }
    }

    static func count(_ n: Double, _ noun: String, plural: String? = nil) -> String {
        "\(NumberText.plain(n)) \(n == 1 ? noun : plural ?? noun + "s")"
    }

    static func callsText(_ callsPerMessage: Double) -> String {
        guard callsPerMessage > 0, callsPerMessage < 1 else {
            return "\(NumberText.plain(callsPerMessage)) per message"
        }
        return "one call per \(NumberText.plain((1 / callsPerMessage).rounded())) messages"
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    static func cut(_ s: String, _ limit: Int) -> String {
        s.count > limit ? String(s.prefix(limit - 1)) + "…" : s
    }

    static func baseName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
}
