import OverheadFormat

/// One timed operation of a paired window: the operation under test or its paired send. Both are
/// timed from one call site (`time(reference:)`), so where they are the same operation (the A/A
/// control, the send of the synthetic layer's window) they run the same machine code and the pair's
/// difference is what the operation under test adds, not where its code happens to sit.
struct PairedSlot {
    let test: TestName
    let from: String
    let to: String
    let iteration: Int
    let synthetic: SyntheticLayer?

    /// Times the paired send (`reference`) or the operation under test
    /// (`TestName.pairedOperation`).
    @inline(__always)
    func time(reference: Bool, target: BusTarget, buffer: SampleBuffer) {
        let (from, to) = (self.from, self.to)
        switch test {
        case .baselineControl:
            buffer.time(reference ? .pairedSend : .messageSend, iteration: iteration) {
                try target.send(from: from, to: to, type: Workload.messageType, payload: Workload.payload)
            }
        case .syntheticLayer:
            // The paired send calls an empty layer: the difference is the layer's spin alone, which
            // is what `SyntheticLayer.cpuNanoseconds` measures.
            let steps = reference ? 0 : synthetic?.steps ?? 0
            buffer.time(reference ? .pairedSend : .messageSendWithSyntheticLayer, iteration: iteration) {
                try target.send(from: from, to: to, type: Workload.messageType, payload: Workload.payload)
                SyntheticLayer.spin(steps)
            }
        default:
            if reference {
                buffer.time(.pairedSend, iteration: iteration) {
                    try target.send(from: from, to: to, type: Workload.messageType, payload: Workload.payload)
                }
            } else {
                timeLayeredOperation(target: target, buffer: buffer)
            }
        }
    }

    /// The send with metrics, or the full operation with every layer (and the synthetic one).
    @inline(__always)
    private func timeLayeredOperation(target: BusTarget, buffer: SampleBuffer) {
        let (from, to) = (self.from, self.to)
        if test == .metricsIntegration {
            buffer.time(.messageSendWithMetrics, iteration: iteration) {
                try target.sendWithMetric(
                    from: from, to: to, type: Workload.messageType, payload: Workload.payload, metric: Workload.metric)
            }
            return
        }
        let health =
            iteration % SuiteDesign.healthReportEvery == 0
            ? HealthCall(agent: from, status: "healthy", details: Workload.healthDetails) : nil
        let synthetic = self.synthetic
        buffer.time(.completeOperation, iteration: iteration) {
            try target.completeOperation(
                from: from, to: to, type: Workload.messageType, payload: Workload.payload, metric: Workload.metric,
                health: health)
            synthetic?.run()
        }
    }
}
