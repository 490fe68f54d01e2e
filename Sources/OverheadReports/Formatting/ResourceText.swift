import OverheadAnalysis

/// Resource figures as every report writes them.
enum ResourceText {
    /// `12MB`, `0.8MB`.
    static func mb(_ v: Double) -> String { NumberText.megabytes(v) + "MB" }

    /// The tmpfs slope, saying when it leaves out the recorder's own output (the tmpfs avg/max
    /// figures beside it keep the raw `tmpfs_mb`).
    static func tmpfsSlope(_ res: ResourceReport) -> String {
        let text = slope(res.tmpfsSlopeMBPerMin)
        guard let own = res.recorderOutputMaxMB else { return text }
        return text + " (excluding the recorder's own output, up to \(mb(own)))"
    }

    /// `, 3 lines without a PSS figure (gaps)` after the memory series' figures; empty without gaps.
    static func memoryGaps(_ n: Int) -> String {
        n == 0 ? "" : ", \(n) line\(n == 1 ? "" : "s") without a figure (gaps, left out)"
    }

    /// `+0.12 MB/min [-0.05, 0.29]`, or `-90.00 MB/min, no interval`.
    static func slope(_ e: Estimate?) -> String {
        guard let e else { return "n/a" }
        return NumberText.signed(e.value, 2) + " MB/min" + EstimateText.trailingInterval(e)
    }
}

extension ResourceText {
    /// `0.012% [0.010, 0.014]` of one core: a background component's mean CPU (3 decimals, as they are small).
    static func cpu(_ e: Estimate?) -> String {
        guard let e else { return "n/a" }
        return NumberText.fixed(e.value, 3) + "%" + EstimateText.trailingInterval(e, digits: 3)
    }

    /// Where the system under test's figures come from.
    static func sutSource(_ s: SUTReport) -> String {
        (s.fromSoak ? "soak phase" : "whole run, no soak phase") + ", \(s.samples) samples over "
            + NumberText.compact(s.spanSeconds) + " s"
    }

    /// The fastest-growing path of the bus directory, or `none grew`.
    static func growingPath(_ s: SUTReport) -> String {
        guard let g = s.growingPath else { return "none grew" }
        return "\(g.path) " + slope(g.slope) + ", \(mb(g.lastMB)) at the end"
    }
}
