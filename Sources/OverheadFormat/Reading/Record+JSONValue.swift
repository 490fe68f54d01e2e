/// Builds records from parsed JSON objects, with the field names of `Record+JSONLine.swift`.
/// Required fields are the non-optional properties of each type; unknown fields are ignored
/// (new optional fields do not bump the schema version).
extension Record {
    static func decode(_ object: JSONObject) throws(FieldError) -> Record {
        let f = FieldReader(object)
        guard let typeValue = object["type"] else {
            if f.has("elapsed_ms") { return .sample(try Sample.decode(f, original: true)) }
            throw FieldError(message: "not a record: no \"type\" field, and no \"elapsed_ms\" as in a raw sample")
        }
        guard case .string(let type) = typeValue else {
            throw FieldError(message: "field \"type\" must be a string, found \(typeValue.kindName)")
        }
        switch type {
        case "sample": return .sample(try Sample.decode(f, original: false))
        case "statistics": return .statistics(try StatisticsSummary.decode(f))
        case "manifest": return .manifest(try Manifest.decode(f))
        case "window": return .window(try WindowMark.decode(f))
        case "block": return .block(try BlockPlan.decode(f))
        case "conservation": return .conservation(try Conservation.decode(f))
        case "failure": return .failure(try OperationFailure.decode(f))
        case "calibration": return .calibration(try Calibration.decode(f))
        case "decision": return .decision(try Decision.decode(f))
        case "partial": return .partial(try PartialMarker.decode(f))
        case "end": return .end(try RunEnd.decode(f))
        default:
            throw FieldError(message: "unknown record type \"\(Diagnostic.excerpt(type))\"")
        }
    }
}

extension Sample {
    /// `original`: the shell tool's raw record (no `type`), whose `metadata` may be absent or
    /// hold other keys; run and iteration are then 0 (unknown).
    static func decode(_ f: FieldReader, original: Bool) throws(FieldError) -> Sample {
        let metadata: FieldReader?
        if original { metadata = try f.optionalObject("metadata") } else { metadata = try f.object("metadata") }
        let run: Int
        let iteration: Int
        if original {
            run = try metadata?.optionalInt("run", minimum: 0) ?? 0
            iteration = try metadata?.optionalInt("iteration", minimum: 0) ?? 0
        } else {
            run = try metadata!.int("run", minimum: 0)
            iteration = try metadata!.int("iteration", minimum: 0)
        }
        return Sample(
            timestamp: try f.optionalString("timestamp") ?? "",
            testName: try f.name("test_name"),
            agentCount: try f.int("agent_count", minimum: 1),
            operation: try f.name("operation"),
            elapsedMs: try f.duration("elapsed_ms"),
            cpuPercent: try f.optionalDouble("cpu_percent"),
            memoryMB: try f.optionalDouble("memory_mb"),
            run: run, iteration: iteration,
            warmup: try metadata?.optionalBool("warmup") ?? false,
            roundTripMs: try f.optionalDouble("round_trip_ms"))
    }
}

extension StatisticsSummary {
    static func decode(_ f: FieldReader) throws(FieldError) -> StatisticsSummary {
        StatisticsSummary(
            timestamp: try f.optionalString("timestamp") ?? "",
            testName: try f.name("test_name"),
            agentCount: try f.int("agent_count", minimum: 1),
            operation: try f.name("operation"),
            avgMs: try f.duration("avg_ms"),
            stddevMs: try f.duration("stddev_ms"),
            p50Ms: try f.duration("p50_ms"),
            p95Ms: try f.duration("p95_ms"),
            p99Ms: try f.duration("p99_ms"),
            count: try f.optionalInt("count", minimum: 0))
    }
}

extension Manifest {
    static func decode(_ f: FieldReader) throws(FieldError) -> Manifest {
        let h = try f.object("host")
        let c = try f.object("config")
        let t = try f.object("target")
        var files: [LibraryFile] = []
        for (k, v) in try t.array("files").enumerated() {
            guard case .object(let o) = v else {
                throw FieldError(message: "field \"target.files\" element \(k) must be an object, found \(v.kindName)")
            }
            let lf = FieldReader(o, path: "target.files[\(k)].")
            files.append(
                LibraryFile(name: try lf.string("name"), path: try lf.string("path"), sha256: try lf.string("sha256")))
        }
        var config = RunConfiguration(
            iterations: try c.int("iterations", minimum: 0), scaleLevels: try c.ints("scale_levels"),
            statisticalRuns: try c.int("statistical_runs", minimum: 0),
            warmupRuns: try c.int("warmup_runs", minimum: 0),
            concurrency: try c.int("concurrency", minimum: 0),
            sampleIntervalSeconds: try c.double("sample_interval_s"),
            timeoutSeconds: try c.optionalDouble("timeout_s"),
            latencyRegressionThresholdMs: try c.optionalDouble("latency_regression_threshold_ms"),
            seed: try c.uint64("seed"), targetOverheadPercent: try c.double("target_overhead_percent"),
            confidence: try c.double("confidence"), untilDecided: try c.bool("until_decided"))
        if let source = try c.optionalString("iterations_source") {
            guard let known = IterationsSource(rawValue: source) else {
                let names = IterationsSource.allCases.map(\.rawValue).joined(separator: ", ")
                throw FieldError(
                    message: "field \"config.iterations_source\" must be one of \(names), found "
                        + "\"\(Diagnostic.excerpt(source))\"")
            }
            config.iterationsSource = known
        }
        config.minimumWindowMs = try c.optionalDouble("min_window_ms")
        config.syntheticLayerNs = try c.optionalInt("synthetic_layer_ns", minimum: 0)
        config.syntheticLayerCpuNs = try c.optionalDouble("synthetic_layer_cpu_ns")
        return Manifest(
            schemaVersion: try f.int("schema_version", minimum: 1),
            toolVersion: try f.string("tool_version"),
            host: HostInfo(
                hostname: try h.string("hostname"), kernel: try h.string("kernel"),
                cpuModel: try h.string("cpu_model"), cpuCount: try h.int("cpu_count", minimum: 0),
                memoryMB: try h.double("memory_mb"), tmpfsMB: try h.double("tmpfs_mb")),
            config: config,
            target: TargetInfo(
                kind: try t.string("kind"), libraryDirectory: try t.optionalString("lib_dir"), libraryFiles: files,
                timing: try SampleTiming.decode(t.optionalString("timing"))),
            startTime: try f.string("start_time"), backgroundWorkers: try backgroundWorkers(f),
            soak: try soak(f), sutMemoryMeasure: try sutMemoryMeasure(f))
    }

    private static func backgroundWorkers(_ f: FieldReader) throws(FieldError) -> [BackgroundWorkerInfo] {
        guard f.has("background_workers") else { return [] }
        var out: [BackgroundWorkerInfo] = []
        for (k, v) in try f.array("background_workers").enumerated() {
            guard case .object(let o) = v else {
                throw FieldError(
                    message: "field \"background_workers\" element \(k) must be an object, found \(v.kindName)")
            }
            let w = FieldReader(o, path: "background_workers[\(k)].")
            out.append(
                BackgroundWorkerInfo(
                    name: try w.string("name"), intervalSeconds: try w.double("interval_s"),
                    perAgent: try w.bool("per_agent"), command: try w.string("command"),
                    layer: try w.optionalString("layer")))
        }
        return out
    }

    private static func soak(_ f: FieldReader) throws(FieldError) -> SoakInfo? {
        guard let s = try f.optionalObject("soak") else { return nil }
        return SoakInfo(
            seconds: try s.double("duration_s"), messagesPerSecond: try s.double("messages_per_s"),
            agentCount: try s.int("agent_count", minimum: 1), sampleIntervalSeconds: try s.double("sample_interval_s"),
            warmupSeconds: try s.optionalDouble("warmup_s") ?? 0)
    }

    private static func sutMemoryMeasure(_ f: FieldReader) throws(FieldError) -> SUTMemoryMeasure? {
        guard let text = try f.optionalString("sut_memory") else { return nil }
        guard let measure = SUTMemoryMeasure(rawValue: text) else {
            let allowed = SUTMemoryMeasure.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " or ")
            throw FieldError(
                message: "field \"sut_memory\" must be \(allowed), found \"\(Diagnostic.excerpt(text))\"")
        }
        return measure
    }
}

extension WindowMark {
    static func decode(_ f: FieldReader) throws(FieldError) -> WindowMark {
        let eventText = try f.string("event")
        guard let event = Event(rawValue: eventText) else {
            throw FieldError(
                message: "field \"event\" must be \"start\" or \"end\", found \"\(Diagnostic.excerpt(eventText))\"")
        }
        return WindowMark(
            event: event, timestamp: try f.optionalString("timestamp") ?? "",
            unixTime: try f.double("unix_time"), testName: try f.name("test_name"),
            agentCount: try f.int("agent_count", minimum: 1), run: try f.int("run", minimum: 0),
            warmup: try f.optionalBool("warmup") ?? false)
    }
}

extension BlockPlan {
    static func decode(_ f: FieldReader) throws(FieldError) -> BlockPlan {
        BlockPlan(
            agentCount: try f.int("agent_count", minimum: 1), run: try f.int("run", minimum: 0),
            warmup: try f.optionalBool("warmup") ?? false, order: try f.strings("order"))
    }
}

extension Conservation {
    static func decode(_ f: FieldReader) throws(FieldError) -> Conservation {
        Conservation(
            testName: try f.name("test_name"), agentCount: try f.int("agent_count", minimum: 1),
            run: try f.int("run", minimum: 0), sent: try f.int("sent", minimum: 0),
            received: try f.int("received", minimum: 0), drained: try f.int("drained", minimum: 0),
            evicted: try f.int("evicted", minimum: 0))
    }
}

extension OperationFailure {
    static func decode(_ f: FieldReader) throws(FieldError) -> OperationFailure {
        OperationFailure(
            timestamp: try f.optionalString("timestamp") ?? "", testName: try f.name("test_name"),
            agentCount: try f.int("agent_count", minimum: 1), operation: try f.name("operation"),
            run: try f.int("run", minimum: 0), iteration: try f.int("iteration", minimum: 0),
            elapsedMs: try f.duration("elapsed_ms"), exitCode: try f.optionalInt("exit_code"),
            reason: try f.string("reason"), stderrTail: try f.optionalString("stderr_tail") ?? "")
    }
}

extension Calibration {
    static func decode(_ f: FieldReader) throws(FieldError) -> Calibration {
        Calibration(
            timestamp: try f.optionalString("timestamp") ?? "", noopMedianMs: try f.duration("noop_median_ms"),
            noopP95Ms: try f.duration("noop_p95_ms"), count: try f.int("count", minimum: 0),
            callFloorMedianMs: try f.optionalDouble("call_floor_median_ms"),
            callFloorP95Ms: try f.optionalDouble("call_floor_p95_ms"))
    }
}

extension Decision {
    static func decode(_ f: FieldReader) throws(FieldError) -> Decision {
        Decision(
            timestamp: try f.optionalString("timestamp") ?? "", blocks: try f.int("blocks", minimum: 0),
            decided: try f.bool("decided"), detail: try f.optionalString("detail") ?? "")
    }
}

extension PartialMarker {
    static func decode(_ f: FieldReader) throws(FieldError) -> PartialMarker {
        PartialMarker(
            reason: try f.string("reason"), detail: try f.optionalString("detail") ?? "",
            timestamp: try f.optionalString("timestamp") ?? "")
    }
}

extension RunEnd {
    static func decode(_ f: FieldReader) throws(FieldError) -> RunEnd {
        RunEnd(
            timestamp: try f.optionalString("timestamp") ?? "", samples: try f.int("samples", minimum: 0),
            failures: try f.int("failures", minimum: 0), evictions: try f.int("evictions", minimum: 0),
            libraryStderr: try f.optionalObject("library_stderr").map { s throws(FieldError) in
                LibraryStderr(
                    lines: try s.int("lines", minimum: 0), log: try s.string("log"), first: try s.strings("first"))
            })
    }
}

extension SampleTiming {
    /// A manifest without `timing` predates it: its samples are round trips.
    static func decode(_ text: String?) throws(FieldError) -> SampleTiming {
        guard let text else { return .roundTrip }
        guard let timing = SampleTiming(rawValue: text) else {
            let known = allCases.map(\.rawValue).joined(separator: ", ")
            throw FieldError(message: "field target.timing is '\(text)'; expected one of \(known)")
        }
        return timing
    }
}
