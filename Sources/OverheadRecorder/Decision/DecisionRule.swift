/// A criterion's per-block overheads so far, and its limit.
public struct CriterionSeries: Sendable, Equatable {
    public var criterion: OverheadCriterion
    public var limitPercent: Double
    /// Paired overhead of each measured block, percent.
    public var overheads: [Double]

    public init(criterion: OverheadCriterion, limitPercent: Double, overheads: [Double]) {
        self.criterion = criterion
        self.limitPercent = limitPercent
        self.overheads = overheads
    }
}

public enum CriterionVerdict: String, Sendable, Equatable {
    /// Shown to be below the limit.
    case pass
    /// Shown to be above the limit.
    case fail
    /// Not enough evidence either way yet.
    case inconclusive
}

/// Decides every criterion at once (so a multiple-comparison correction can span them) at the
/// given confidence. Injected into the suite so the stopping logic is testable on its own.
public typealias DecisionRule = @Sendable (_ series: [CriterionSeries], _ confidence: Double) -> [CriterionVerdict]
