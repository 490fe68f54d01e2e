/// The health states an agent can report, as the shell library spells them.
public enum HealthStatus: String, Sendable, Equatable, CaseIterable {
    case healthy, unhealthy, degraded, unknown

    /// Parses a status word, rejecting anything else with a clear error.
    public init(validating text: String) throws(NativeBusError) {
        guard let status = HealthStatus(rawValue: text) else { throw .invalidHealthStatus(text) }
        self = status
    }
}
