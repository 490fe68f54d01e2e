import OverheadAnalysis

/// Where a component's overhead stands against its limit, read from its interval (or from the point
/// estimate when there is none). A presentation aid: the official verdicts are the criteria's, which
/// the analysis corrects for multiple comparisons.
enum LimitStatus: String, Sendable, Equatable {
    /// The whole interval is below the limit.
    case withinLimit = "within limit"
    /// The whole interval is above the limit.
    case overLimit = "over limit"
    /// The interval straddles the limit.
    case undecided = "undecided"
    /// No interval: the point estimate is below the limit.
    case belowLimitPointOnly = "below limit (point estimate)"
    /// No interval: the point estimate is above the limit.
    case aboveLimitPointOnly = "above limit (point estimate)"
    /// The component has no limit (residual).
    case noLimit = "no limit"

    init(_ estimate: Estimate, limit: Double?) {
        guard let limit else {
            self = .noLimit
            return
        }
        if let lower = estimate.lower, let upper = estimate.upper {
            self = upper < limit ? .withinLimit : lower > limit ? .overLimit : .undecided
        } else {
            self = estimate.value > limit ? .aboveLimitPointOnly : .belowLimitPointOnly
        }
    }

    /// The total's status follows its criterion's verdict, which the analysis corrects for
    /// multiple comparisons: a chart must not call "above" what the criteria call INCONCLUSIVE.
    static func of(total: Estimate, criterion: CriterionResult?) -> LimitStatus {
        guard let criterion else { return LimitStatus(total, limit: nil) }
        switch criterion.verdict {
        case .pass: return .withinLimit
        case .fail: return .overLimit
        case .inconclusive: return .undecided
        case .notEvaluated: return LimitStatus(total, limit: criterion.limit)
        }
    }

    /// A one-word label for narrow tables and badges.
    var shortText: String {
        switch self {
        case .withinLimit: return "below"
        case .overLimit: return "above"
        case .undecided: return "straddles"
        case .belowLimitPointOnly: return "below*"
        case .aboveLimitPointOnly: return "above*"
        case .noLimit: return "no limit"
        }
    }

    var isOver: Bool { self == .overLimit || self == .aboveLimitPointOnly }

    /// Short machine key for JSON and CSS classes.
    var key: String {
        switch self {
        case .withinLimit: return "within"
        case .overLimit: return "over"
        case .undecided: return "undecided"
        case .belowLimitPointOnly: return "below_point"
        case .aboveLimitPointOnly: return "above_point"
        case .noLimit: return "no_limit"
        }
    }
}
