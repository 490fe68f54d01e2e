/// Serialises records to single JSON Lines (no trailing newline). Field names are the file
/// format; the README's "Results file format" section documents each one.
extension Record {
    public var jsonLine: String {
        switch self {
        case .manifest(let m): return m.jsonLine
        case .sample(let s): return s.jsonLine
        case .statistics(let s): return s.jsonLine
        case .window(let w): return w.jsonLine
        case .block(let b): return b.jsonLine
        case .conservation(let c): return c.jsonLine
        case .failure(let f): return f.jsonLine
        case .calibration(let c): return c.jsonLine
        case .decision(let d): return d.jsonLine
        case .partial(let p): return p.jsonLine
        case .end(let e): return e.jsonLine
        }
    }
}

extension Manifest {
    public var jsonLine: String {
        var o = JSONObjectWriter()
        o.field("type", "manifest")
        o.field("schema_version", schemaVersion)
        o.field("tool_version", toolVersion)
        o.field("start_time", startTime)
        var h = JSONObjectWriter()
        h.field("hostname", host.hostname)
        h.field("kernel", host.kernel)
        h.field("cpu_model", host.cpuModel)
        h.field("cpu_count", host.cpuCount)
        h.field("memory_mb", host.memoryMB)
        h.field("tmpfs_mb", host.tmpfsMB)
        o.field("host", raw: h.finished())
        var c = JSONObjectWriter()
        c.field("iterations", config.iterations)
        c.field("scale_levels", ints: config.scaleLevels)
        c.field("statistical_runs", config.statisticalRuns)
        c.field("warmup_runs", config.warmupRuns)
        c.field("concurrency", config.concurrency)
        c.field("sample_interval_s", config.sampleIntervalSeconds)
        c.field("timeout_s", config.timeoutSeconds)
        c.field("latency_regression_threshold_ms", config.latencyRegressionThresholdMs)
        c.field("seed", config.seed)
        c.field("target_overhead_percent", config.targetOverheadPercent)
        c.field("confidence", config.confidence)
        c.field("until_decided", config.untilDecided)
        if let v = config.iterationsSource { c.field("iterations_source", v.rawValue) }
        if let v = config.minimumWindowMs { c.field("min_window_ms", v) }
        if let v = config.syntheticLayerNs { c.field("synthetic_layer_ns", v) }
        if let v = config.syntheticLayerCpuNs { c.field("synthetic_layer_cpu_ns", v) }
        o.field("config", raw: c.finished())
        var t = JSONObjectWriter()
        t.field("kind", target.kind)
        t.field("lib_dir", target.libraryDirectory)
        let files = target.libraryFiles.map { f -> String in
            var w = JSONObjectWriter()
            w.field("name", f.name)
            w.field("path", f.path)
            w.field("sha256", f.sha256)
            return w.finished()
        }
        t.field("files", raw: "[" + files.joined(separator: ",") + "]")
        t.field("timing", target.timing.rawValue)
        o.field("target", raw: t.finished())
        if !backgroundWorkers.isEmpty {
            let workers = backgroundWorkers.map { b -> String in
                var w = JSONObjectWriter()
                w.field("name", b.name)
                w.field("interval_s", b.intervalSeconds)
                w.field("per_agent", b.perAgent)
                w.field("command", b.command)
                w.field("layer", b.layer)
                return w.finished()
            }
            o.field("background_workers", raw: "[" + workers.joined(separator: ",") + "]")
        }
        if let soak {
            var w = JSONObjectWriter()
            w.field("duration_s", soak.seconds)
            w.field("messages_per_s", soak.messagesPerSecond)
            w.field("agent_count", soak.agentCount)
            w.field("sample_interval_s", soak.sampleIntervalSeconds)
            if soak.warmupSeconds > 0 { w.field("warmup_s", soak.warmupSeconds) }
            o.field("soak", raw: w.finished())
        }
        if let sutMemoryMeasure { o.field("sut_memory", sutMemoryMeasure.rawValue) }
        return o.finished()
    }
}

extension Sample {
    public var jsonLine: String {
        var o = JSONObjectWriter()
        o.field("type", "sample")
        o.field("timestamp", timestamp)
        o.field("test_name", testName)
        o.field("agent_count", agentCount)
        o.field("operation", operation)
        o.field("elapsed_ms", elapsedMs)
        o.field("cpu_percent", cpuPercent)
        o.field("memory_mb", memoryMB)
        var m = JSONObjectWriter()
        m.field("run", run)
        m.field("iteration", iteration)
        m.field("warmup", warmup)
        o.field("metadata", raw: m.finished())
        if let roundTripMs { o.field("round_trip_ms", roundTripMs) }
        return o.finished()
    }
}

extension StatisticsSummary {
    public var jsonLine: String {
        var o = JSONObjectWriter()
        o.field("timestamp", timestamp)
        o.field("test_name", testName)
        o.field("agent_count", agentCount)
        o.field("operation", operation)
        o.field("type", "statistics")
        o.field("avg_ms", avgMs)
        o.field("stddev_ms", stddevMs)
        o.field("p50_ms", p50Ms)
        o.field("p95_ms", p95Ms)
        o.field("p99_ms", p99Ms)
        o.field("count", count)
        return o.finished()
    }
}

extension WindowMark {
    public var jsonLine: String {
        var o = JSONObjectWriter()
        o.field("type", "window")
        o.field("event", event.rawValue)
        o.field("timestamp", timestamp)
        o.field("unix_time", unixTime)
        o.field("test_name", testName)
        o.field("agent_count", agentCount)
        o.field("run", run)
        o.field("warmup", warmup)
        return o.finished()
    }
}

extension BlockPlan {
    public var jsonLine: String {
        var o = JSONObjectWriter()
        o.field("type", "block")
        o.field("agent_count", agentCount)
        o.field("run", run)
        o.field("warmup", warmup)
        o.field("order", strings: order)
        return o.finished()
    }
}

extension Conservation {
    public var jsonLine: String {
        var o = JSONObjectWriter()
        o.field("type", "conservation")
        o.field("test_name", testName)
        o.field("agent_count", agentCount)
        o.field("run", run)
        o.field("sent", sent)
        o.field("received", received)
        o.field("drained", drained)
        o.field("evicted", evicted)
        o.field("balanced", balanced)
        return o.finished()
    }
}

extension OperationFailure {
    public var jsonLine: String {
        var o = JSONObjectWriter()
        o.field("type", "failure")
        o.field("timestamp", timestamp)
        o.field("test_name", testName)
        o.field("agent_count", agentCount)
        o.field("operation", operation)
        o.field("run", run)
        o.field("iteration", iteration)
        o.field("elapsed_ms", elapsedMs)
        o.field("exit_code", exitCode)
        o.field("reason", reason)
        o.field("stderr_tail", stderrTail)
        return o.finished()
    }
}

extension Calibration {
    public var jsonLine: String {
        var o = JSONObjectWriter()
        o.field("type", "calibration")
        o.field("timestamp", timestamp)
        o.field("noop_median_ms", noopMedianMs)
        o.field("noop_p95_ms", noopP95Ms)
        o.field("count", count)
        if let callFloorMedianMs { o.field("call_floor_median_ms", callFloorMedianMs) }
        if let callFloorP95Ms { o.field("call_floor_p95_ms", callFloorP95Ms) }
        return o.finished()
    }
}

extension Decision {
    public var jsonLine: String {
        var o = JSONObjectWriter()
        o.field("type", "decision")
        o.field("timestamp", timestamp)
        o.field("blocks", blocks)
        o.field("decided", decided)
        o.field("detail", detail)
        return o.finished()
    }
}

extension PartialMarker {
    public var jsonLine: String {
        var o = JSONObjectWriter()
        o.field("type", "partial")
        o.field("timestamp", timestamp)
        o.field("reason", reason)
        o.field("detail", detail)
        return o.finished()
    }
}

extension RunEnd {
    public var jsonLine: String {
        var o = JSONObjectWriter()
        o.field("type", "end")
        o.field("timestamp", timestamp)
        o.field("samples", samples)
        o.field("failures", failures)
        o.field("evictions", evictions)
        if let s = libraryStderr {
            var w = JSONObjectWriter()
            w.field("lines", s.lines)
            w.field("log", s.log)
            w.field("first", strings: s.first)
            o.field("library_stderr", raw: w.finished())
        }
        return o.finished()
    }
}
