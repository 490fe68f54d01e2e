import OverheadFormat

extension ConservationSummary {
    /// Sums of the per-window message counts; `unbalanced` counts windows where
    /// sent ≠ received + drained + evicted (a lost or duplicated message).
    init(_ records: [Conservation]) {
        self.init(
            windows: records.count, unbalanced: records.filter { !$0.balanced }.count,
            sent: records.reduce(0) { $0 + $1.sent }, received: records.reduce(0) { $0 + $1.received },
            drained: records.reduce(0) { $0 + $1.drained }, evicted: records.reduce(0) { $0 + $1.evicted })
    }
}
