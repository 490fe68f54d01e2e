import OverheadFormat

/// A criterion's evidence so far: per measured block, the baseline send's window mean and the
/// treatment's window mean (ms), paired by index; and the limit in percent.
public struct CriterionSeries: Sendable, Equatable {
    public var criterion: OverheadComponent
    public var limitPercent: Double
    public var baseline: [Double]
    public var treatment: [Double]
    /// For a paired component (`OverheadComponent.isPaired`): each measured window's overhead in
    /// percent from its pairs (`PairedWindowEstimate`), which the decision then uses instead of
    /// the block means, as the analyzer does.
    public var windowPercents: [Double]?

    public init(
        criterion: OverheadComponent, limitPercent: Double, baseline: [Double], treatment: [Double],
        windowPercents: [Double]? = nil
    ) {
        self.criterion = criterion
        self.limitPercent = limitPercent
        self.baseline = baseline
        self.treatment = treatment
        self.windowPercents = windowPercents
    }

    /// Per-block overheads in percent.
    public var overheads: [Double] {
        zip(baseline, treatment).map { criterion.overheadPercent(baseline: $0, treatment: $1) }
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
