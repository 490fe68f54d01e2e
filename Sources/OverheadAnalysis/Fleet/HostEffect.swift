import Foundation
import OverheadStats

/// One host's total overhead as the pooling sees it: θ = log(1 + overhead/100) with its standard
/// error and degrees of freedom, the scale the analyzer's own interval is computed on.
struct HostEffect: Sendable, Equatable {
    var theta: Double
    var standardError: Double
    var df: Double

    /// The reporting scale of a relative overhead: v = 100·e^θ − 100.
    static func percent(_ theta: Double) -> Double { 100 * (Foundation.exp(theta) - 1) }

    /// From the analyzer's interval: its log scale when it has one (the paired log-ratio
    /// estimator), else the delta method on the percent interval.
    init?(_ interval: MeanInterval) {
        if let scale = interval.logScale {
            guard scale.factor == 100, scale.offset == -100 else { return nil }
            theta = scale.estimate
            standardError = scale.standardError
        } else {
            guard interval.estimate > -100 else { return nil }
            theta = Foundation.log1p(interval.estimate / 100)
            standardError = interval.standardError / (100 + interval.estimate)
        }
        df = interval.df
        guard theta.isFinite, standardError.isFinite, df > 0 else { return nil }
    }

    init(theta: Double, standardError: Double, df: Double) {
        self.theta = theta
        self.standardError = standardError
        self.df = df
    }

    /// The host's own interval in percent at `confidence` (t with its df), as the analyzer reports it.
    func interval(confidence: Double) -> MeanInterval {
        MeanInterval(logScale: Self.logScale(theta, standardError), df: df, n: Int(df) + 1, confidence: confidence)
    }

    static func logScale(_ theta: Double, _ se: Double) -> LogScale {
        LogScale(factor: 100, offset: -100, estimate: theta, standardError: se)
    }
}
