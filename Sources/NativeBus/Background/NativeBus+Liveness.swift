extension NativeBus {
    /// One round of the liveness probe for `agent`: reports it `healthy`, as the original's
    /// `start_liveness_probe AGENT` loop does every few seconds.
    public func probeLiveness(_ agent: String) throws(NativeBusError) {
        try reportHealth(agent: agent, status: .healthy, details: #"{"source":"liveness_probe"}"#)
    }
}
