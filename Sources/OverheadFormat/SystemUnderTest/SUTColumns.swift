/// The perf log's `name=value` fields for the system under test: one definition of each name, shared
/// by the recorder that writes them and the reader. Component and path names carry a prefix
/// (`cpu:liveness_probe=0.01`, `mb:metrics/metrics.jsonl=0.3`); spaces, `=` and `%` in them are
/// percent-encoded.
public enum SUTColumns {
    public static let cpu = "sut_cpu"
    public static let backgroundCPU = "sut_bg_cpu"
    public static let rss = "sut_rss_mb"
    public static let pss = "sut_pss_mb"
    public static let bus = "bus_mb"
    public static let phase = "phase"
    /// Which measure the line's judged memory figure is (`SUTMemoryMeasure`): `sut_mem=pss` or
    /// `sut_mem=rss`. With `pss` and no `sut_pss_mb` the line is a gap in the memory series.
    public static let memoryMeasure = "sut_mem"
    public static let componentPrefix = "cpu:"
    public static let pathPrefix = "mb:"
    /// A background component's memory, MB: `mem:liveness_probe=1.2`.
    public static let componentMemoryPrefix = "mem:"
    /// The perf-log phase value of the soak's lines.
    public static let soakPhase = "soak"
    /// The perf-log phase value of the soak's warm-up lines (the workers' first rounds), not judged.
    public static let soakWarmupPhase = "soak_warmup"

    /// `%`, space, tab and `=` as `%25`, `%20`, `%09`, `%3D`.
    public static func encode(_ name: String) -> String {
        var out = ""
        for c in name.unicodeScalars {
            switch c {
            case "%": out += "%25"
            case " ": out += "%20"
            case "\t": out += "%09"
            case "=": out += "%3D"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Undoes `encode`; other `%` sequences are kept as they are.
    public static func decode(_ text: Substring) -> String {
        guard text.contains("%") else { return String(text) }
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "%", let end = text.index(i, offsetBy: 3, limitedBy: text.endIndex) {
                switch text[i..<end] {
                case "%25": out += "%"
                case "%20": out += " "
                case "%09": out += "\t"
                case "%3D": out += "="
                default:
                    out.append(text[i])
                    i = text.index(after: i)
                    continue
                }
                i = end
            } else {
                out.append(text[i])
                i = text.index(after: i)
            }
        }
        return out
    }
}
