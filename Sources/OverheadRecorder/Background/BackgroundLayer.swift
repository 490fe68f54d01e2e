import OverheadFormat

/// The integration layers that have background work.
enum BackgroundLayer: String, Sendable, CaseIterable {
    case health
    case rateLimiting = "rate_limiting"
    case metrics
}

extension TestName {
    /// The layers a test's window enables, so their background workers run during it.
    var backgroundLayers: Set<BackgroundLayer> {
        switch self {
        case .baseline, .baselineControl, .shutdownIntegration, .syntheticLayer: return []
        case .metricsIntegration: return [.metrics]
        case .healthIntegration: return [.health]
        case .rateLimitingIntegration: return [.rateLimiting]
        case .fullIntegration: return Set(BackgroundLayer.allCases)
        }
    }
}
