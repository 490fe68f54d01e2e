/// The library functions the suite calls per message, which a profile traces one by one, and the
/// overhead component each one's cost makes.
public enum LayerFunction: String, Sendable, CaseIterable {
    case sendMessage = "send_message"
    case receiveMessages = "receive_messages"
    case emitMetric = "emit_metric"
    case reportHealth = "report_health"
    case checkAgentHealth = "check_agent_health"
    case checkInboxCapacity = "check_inbox_capacity"
    case sendWithBackpressure = "send_with_backpressure"

    /// The component whose overhead this function's cost is (the series of `OverheadComponent`),
    /// nil for the baseline's functions and the ones no component measures.
    public var component: OverheadComponent? {
        switch self {
        case .emitMetric: return .metrics
        case .reportHealth: return .health
        case .checkInboxCapacity: return .rateLimiting
        case .sendMessage, .receiveMessages, .checkAgentHealth, .sendWithBackpressure: return nil
        }
    }

    /// Calls per message in its component (health: one report per `SuiteDesign.healthReportEvery`
    /// messages); nil without a component.
    public var callsPerMessage: Double? {
        component.map { $0.addedOperationWeight ?? 1 }
    }

    /// The layer function whose cost makes `component`, if one does.
    public static func of(_ component: OverheadComponent) -> LayerFunction? {
        allCases.first { $0.component == component }
    }
}
