import OverheadFormat

/// OLD vs NEW recordings (named so as not to clash with Foundation's `ComparisonResult`): the change of every (test, operation, agent count) both measured.
/// Percentages are in percent units; a positive change means NEW is slower.
public struct RecordingComparison: Sendable, Equatable {
    public var oldFiles: [String]
    public var newFiles: [String]
    public var oldManifest: Manifest?
    public var newManifest: Manifest?
    /// Sorted by agents, test, operation.
    public var rows: [ComparisonRow]
    /// A regression counts against the exit code only when its lower bound exceeds this, percent.
    public var maxRegressionPercent: Double
    public var confidence: Double
    /// Host or configuration differences, series only one side has, summaries-only inputs.
    public var warnings: [ComparisonWarning]

    public init(
        oldFiles: [String], newFiles: [String], oldManifest: Manifest?, newManifest: Manifest?, rows: [ComparisonRow],
        maxRegressionPercent: Double, confidence: Double, warnings: [ComparisonWarning]
    ) {
        self.oldFiles = oldFiles
        self.newFiles = newFiles
        self.oldManifest = oldManifest
        self.newManifest = newManifest
        self.rows = rows
        self.maxRegressionPercent = maxRegressionPercent
        self.confidence = confidence
        self.warnings = warnings
    }

    /// Rows whose regression is shown to exceed `maxRegressionPercent` (they make the CLI exit 1).
    public var regressionsBeyondLimit: [ComparisonRow] { rows.filter(\.exceedsLimit) }
}

public struct ComparisonRow: Sendable, Equatable {
    public var testName: String
    public var operation: String
    public var agentCount: Int
    /// Mean of every sample, ms.
    public var oldMeanMs: Double
    public var newMeanMs: Double
    /// The figures the change compares, ms: the geometric mean of the run means when the change
    /// has an interval (the change is then exactly newCompared/oldCompared − 1), else the means.
    public var oldComparedMs: Double
    public var newComparedMs: Double
    /// Change, percent, with its interval (nil bounds without two runs on each side).
    public var change: Estimate
    public var verdict: ComparisonVerdict
    /// Regressed with the interval's lower bound above the allowed regression.
    public var exceedsLimit: Bool
    public var oldRuns: Int
    public var newRuns: Int

    public init(
        testName: String, operation: String, agentCount: Int, oldMeanMs: Double, newMeanMs: Double,
        oldComparedMs: Double, newComparedMs: Double, change: Estimate, verdict: ComparisonVerdict,
        exceedsLimit: Bool, oldRuns: Int, newRuns: Int
    ) {
        self.testName = testName
        self.operation = operation
        self.agentCount = agentCount
        self.oldMeanMs = oldMeanMs
        self.newMeanMs = newMeanMs
        self.oldComparedMs = oldComparedMs
        self.newComparedMs = newComparedMs
        self.change = change
        self.verdict = verdict
        self.exceedsLimit = exceedsLimit
        self.oldRuns = oldRuns
        self.newRuns = newRuns
    }
}

public enum ComparisonVerdict: String, Sendable, Equatable {
    /// The interval lies above zero: NEW is slower.
    case regressed
    /// The interval lies below zero: NEW is faster.
    case improved
    /// The interval contains zero.
    case noSignificantChange = "no significant change"
    /// Fewer than two runs on a side (or summaries only): no interval, no verdict.
    case undetermined
}
