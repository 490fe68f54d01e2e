import OverheadFormat

extension PerfSample {
    /// The perf log line: `timestamp cpu_percent memory_mb tmpfs_mb recorder_cpu_percent recorder_rss_mb recorder_output_mb`,
    /// space-delimited, then the system under test's `name=value` fields and the phase when present. Whole-second timestamps when sampling at whole seconds (as the original),
    /// milliseconds otherwise; one decimal for the percentages and megabytes.
    func perfLine(wholeSeconds: Bool) -> String {
        var s = wholeSeconds ? String(Int64(unixTime.rounded(.down))) : Self.fixed(unixTime, decimals: 3)
        s += " " + Self.fixed(cpuPercent, decimals: 1)
        s += " " + Self.fixed(memoryMB, decimals: 1)
        s += " " + Self.fixed(tmpfsMB, decimals: 1)
        if let recorderCPUPercent { s += " " + Self.fixed(recorderCPUPercent, decimals: 1) }
        if let recorderRSSMB { s += " " + Self.fixed(recorderRSSMB, decimals: 1) }
        if let recorderOutputMB { s += " " + Self.fixed(recorderOutputMB, decimals: 1) }
        if let sut { s += sut.perfFields }
        if let phase { s += " \(SUTColumns.phase)=\(phase)" }
        return s
    }

    /// `value` with exactly `decimals` digits after the point, rounded half away from zero.
    static func fixed(_ value: Double, decimals: Int) -> String {
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int64((abs(value) * Double(scale)).rounded())
        let whole = scaled / scale
        let frac = String(scaled % scale)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(whole) }
        return sign + String(whole) + "." + String(repeating: "0", count: decimals - frac.count) + frac
    }
}
