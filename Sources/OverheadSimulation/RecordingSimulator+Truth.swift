import OverheadFormat

extension RecordingSimulator {
    /// The true mean latency of every operation, set through the overheads the analyzer should find.
    ///
    /// At agent count N every latency is multiplied by g(N) = 1 + `latencyGrowthPerAgent`·(N − 1)
    /// and every overhead percentage by h(N) = 1 + `overheadGrowthPerAgent`·(N − 1). With s the
    /// baseline send:
    ///
    /// | series | true mean |
    /// |---|---|
    /// | baseline, baseline_control / message_send | s |
    /// | metrics_integration / message_send_with_metrics | s·(1 + metrics%·h/100) |
    /// | health_integration / health_report | s·health%·h/100·10 (one report per 10 messages) |
    /// | rate_limiting_integration / capacity_check | s·rate%·h/100 |
    /// | rate_limiting_integration / send_with_backpressure | s·(1 + rate%·h/100) |
    /// | full_integration / complete_operation | s·(1 + total%·h/100) |
    public struct Truth: Sendable, Equatable {
        public var baselineSendMs: Double
        public var receiveMs: Double
        public var metricsPercent: Double
        public var healthPercent: Double
        public var healthCheckMs: Double
        public var rateLimitingPercent: Double
        public var totalPercent: Double
        public var shutdownMs: Double
        public var latencyGrowthPerAgent: Double
        public var overheadGrowthPerAgent: Double

        public init(
            baselineSendMs: Double = 0.145, receiveMs: Double = 0.12, metricsPercent: Double = 0.3,
            healthPercent: Double = 0.2, healthCheckMs: Double = 0.03, rateLimitingPercent: Double = 0.1,
            totalPercent: Double = 0.8, shutdownMs: Double = 1.5, latencyGrowthPerAgent: Double = 0.0005,
            overheadGrowthPerAgent: Double = 0
        ) {
            self.baselineSendMs = baselineSendMs
            self.receiveMs = receiveMs
            self.metricsPercent = metricsPercent
            self.healthPercent = healthPercent
            self.healthCheckMs = healthCheckMs
            self.rateLimitingPercent = rateLimitingPercent
            self.totalPercent = totalPercent
            self.shutdownMs = shutdownMs
            self.latencyGrowthPerAgent = latencyGrowthPerAgent
            self.overheadGrowthPerAgent = overheadGrowthPerAgent
        }

        /// What the analyzer should report as each component's overhead.
        public enum Component: String, Sendable, CaseIterable {
            /// baseline_control vs baseline (A/A): always 0.
            case control
            case metrics
            case health
            case rateLimiting
            case total
        }

        public func overheadPercent(_ c: Component, agentCount: Int) -> Double {
            let h = overheadGrowth(agentCount)
            switch c {
            case .control: return 0
            case .metrics: return metricsPercent * h
            case .health: return healthPercent * h
            case .rateLimiting: return rateLimitingPercent * h
            case .total: return totalPercent * h
            }
        }

        public func latencyGrowth(_ n: Int) -> Double { 1 + latencyGrowthPerAgent * Double(n - 1) }
        public func overheadGrowth(_ n: Int) -> Double { 1 + overheadGrowthPerAgent * Double(n - 1) }

        /// True mean latency in ms of `operation` in `test` at `agentCount`.
        public func meanMs(_ test: TestName, _ operation: OperationName, agentCount n: Int) -> Double {
            let s = baselineSendMs * latencyGrowth(n)
            let g = latencyGrowth(n)
            func pct(_ c: Component) -> Double { overheadPercent(c, agentCount: n) / 100 }
            switch (test, operation) {
            case (.baseline, .messageSend), (.baselineControl, .messageSend), (_, .pairedSend): return s
            case (_, .messageReceive): return receiveMs * g
            case (.metricsIntegration, _): return s * (1 + pct(.metrics))
            case (.healthIntegration, .healthReport): return s * pct(.health) * 10
            case (.healthIntegration, _): return healthCheckMs * g
            case (.rateLimitingIntegration, .capacityCheck): return s * pct(.rateLimiting)
            case (.rateLimitingIntegration, _): return s * (1 + pct(.rateLimiting))
            case (.fullIntegration, .completeOperation): return s * (1 + pct(.total))
            case (.shutdownIntegration, _), (.fullIntegration, _): return shutdownMs * g
            default: return s
            }
        }
    }
}
