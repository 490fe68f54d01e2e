import OverheadAnalysis

/// The profile's stacks in the folded-stack text format that `flamegraph.pl`, speedscope and
/// inferno read: one line per stack, frames outermost first joined by `;`, a space, and a whole
/// number — the stack's microseconds summed over the layer's traced calls. Needs a profile
/// (`--profile FILE`).
public struct FoldedStacksReport: ReportRenderer {
    public var formatName: String { "folded stacks" }

    public init() {}

    public func render(_ result: AnalysisResult, options: ReportOptions) throws -> [UInt8] {
        guard let profile = result.profile else {
            throw ReportError.unsupported(
                format: formatName, view: "a recording without a profile (give --profile FILE)")
        }
        var lines: [String] = []
        for layer in profile.layers {
            for stack in layer.layer.stacks {
                let micros = (stack.ms * Double(layer.layer.calls) * 1000).rounded()
                guard micros >= 1, micros < 1e15 else { continue }
                lines.append(stack.frames.map(Self.frame).joined(separator: ";") + " " + String(Int64(micros)))
            }
        }
        return Array((lines.sorted().joined(separator: "\n") + (lines.isEmpty ? "" : "\n")).utf8)
    }

    /// A frame the format can carry: no `;` (the separator), no line breaks or other controls, not empty.
    static func frame(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            if scalar == ";" {
                out += ","
            } else if scalar.value < 0x20 || scalar.value == 0x7F || scalar.properties.isBidiControl {
                out += " "
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        let trimmed = out.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? "?" : trimmed
    }
}
