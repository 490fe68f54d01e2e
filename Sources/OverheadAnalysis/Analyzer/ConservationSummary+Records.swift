import OverheadFormat

extension ConservationSummary {
    /// Sums of the per-window message counts; `unbalanced` counts windows where
    /// sent ≠ received + drained + evicted (a lost or duplicated message). The counts are read
    /// from the file, so the sums saturate instead of trapping (`overflow` then says so).
    init(_ records: [Conservation]) {
        let sent = CountSum(records.lazy.map(\.sent))
        let received = CountSum(records.lazy.map(\.received))
        let drained = CountSum(records.lazy.map(\.drained))
        let evicted = CountSum(records.lazy.map(\.evicted))
        self.init(
            windows: records.count, unbalanced: records.filter { !$0.balanced }.count,
            sent: sent.total, received: received.total, drained: drained.total, evicted: evicted.total,
            overflow: [sent, received, drained, evicted].contains { $0.overflow })
    }
}
