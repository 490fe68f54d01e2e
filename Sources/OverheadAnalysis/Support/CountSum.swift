/// Sums counts read from a recording without trapping: a hostile file can put `Int.max` in any
/// count field, and `+` on `Int` ends the program on overflow. The total saturates at the bounds
/// of `Int` and says whether it did, so the reports can call the counts implausible.
struct CountSum: Sendable, Equatable {
    private(set) var total = 0
    /// True once any addition went beyond `Int`; `total` is then pinned at `Int.max` (or `Int.min`).
    private(set) var overflow = false

    init() {}

    init<S: Sequence>(_ values: S) where S.Element == Int {
        for v in values { add(v) }
    }

    mutating func add(_ value: Int) {
        let (sum, overflowed) = total.addingReportingOverflow(value)
        if overflowed {
            overflow = true
            total = value > 0 ? Int.max : Int.min
        } else {
            total = sum
        }
    }
}
