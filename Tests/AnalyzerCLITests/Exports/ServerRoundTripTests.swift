import Foundation
import OverheadAnalysis
import OverheadFormat
import TestSupport
import Testing

@testable import AnalyzerCLI
@testable import OverheadReports

/// Pushes to real servers started here on 127.0.0.1 — a Prometheus Pushgateway and VictoriaMetrics
/// (which takes InfluxDB line protocol on `/write` and answers PromQL on `/api/v1/query`) — reads
/// the figures back over HTTP and compares them, label by label and number by number, with the
/// JSON report of the same run. Each step is bounded (server start 20 s, HTTP 5 s, polling 15 s); the
/// suite limit only guards against a hang when the machine is loaded.
@Suite(.timeLimit(.minutes(3))) struct ServerRoundTripTests {
    static let pushgateway = ExternalProgram("prometheus-pushgateway", package: "prometheus-pushgateway")
    static let victoriaMetrics = ExternalProgram("victoria-metrics", package: "victoria-metrics")

    static func startPushgateway() throws -> LocalServer {
        // Debian's default persistence file is shared by every instance: keep this one's in its folder.
        try LocalServer(Self.pushgateway, readyPath: "/-/ready") { port, dir in
            ["--web.listen-address=127.0.0.1:\(port)", "--persistence.file=\(dir.path)/pushgateway.data"]
        }
    }

    /// Data of any age kept (`-retentionPeriod`), and the newest samples visible at once.
    static func startVictoriaMetrics() throws -> LocalServer {
        try LocalServer(Self.victoriaMetrics, readyPath: "/health") { port, dir in
            [
                "-httpListenAddr=127.0.0.1:\(port)", "-storageDataPath=\(dir.path)/data", "-retentionPeriod=100y",
                "-search.latencyOffset=0s", "-search.disableCache", "-loggerLevel=ERROR",
            ]
        }
    }

    /// The passing synthetic recording with a manifest, analysed and pushed by the command itself.
    static func recording(hostname: String = "bench-01", library: String? = nil) -> Recording {
        var r = AnalyzerCommandTests.passing
        r.manifest = SampleResults.manifest(hostname: hostname, cpuModel: "cpu", libraryPath: library)
        return r
    }

    static func run(_ args: [String], _ recording: Recording) throws -> (code: Int32, json: [String: Any], err: String)
    {
        let (code, io) = runCommand(
            ["r.jsonl", "--json", "r.json", "--push-timeout", "5", "--push-retries", "1"] + args,
            recordings: ["r.jsonl": recording], reports: .builtIn)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(io.files["r.json"] ?? [])) as? [String: Any])
        return (code, json, io.err)
    }

    static func getJSON(_ url: String) throws -> [String: Any] {
        let (status, body) = try LocalServer.get(url)
        #expect(status == 200, "\(url): \(String(decoding: body, as: UTF8.self))")
        return try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
    }

    static func same(_ a: Double?, _ b: Double?, relative: Double = 1e-12) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= relative * max(abs(a), abs(b), 1e-300)
    }

    // MARK: - Pushgateway

    /// The Pushgateway's JSON view of the pushed group: metric name → samples (labels and fields).
    static func pushedGroup(_ server: LocalServer, job: String) throws -> [String: [[String: Any]]] {
        let doc = try getJSON(server.baseURL + "/api/v1/metrics")
        let groups = try #require(doc["data"] as? [[String: Any]])
        let group = try #require(groups.first { ($0["labels"] as? [String: String])?["job"] == job })
        var metrics: [String: [[String: Any]]] = [:]
        for (name, value) in group {
            guard let family = value as? [String: Any], let samples = family["metrics"] as? [[String: Any]] else {
                continue
            }
            metrics[name] = samples
        }
        return metrics
    }

    @Test func pushgatewayHoldsTheJSONReportsFigures() throws {
        let server = try Self.startPushgateway()
        defer { server.stop() }
        let (code, json, err) = try Self.run(
            ["--push-gateway", server.baseURL, "--push-job", "roundtrip"], Self.recording())
        #expect(code == 0, "\(err)")
        let metrics = try Self.pushedGroup(server, job: "roundtrip")
        let groups = try #require(try Self.getJSON(server.baseURL + "/api/v1/metrics")["data"] as? [[String: Any]])
        #expect(groups.count == 1, "a fresh Pushgateway holds only this push")
        let manifest = try #require(json["manifest"] as? [String: Any])
        let host = try #require((manifest["host"] as? [String: Any])?["hostname"] as? String)
        let runID = try #require(manifest["start_time"] as? String)

        // Latency: one histogram per series, count and sum as the JSON's n and mean.
        let series = try #require(json["series"] as? [[String: Any]])
        let histograms = try #require(metrics["overheadbench_latency_seconds"])
        #expect(histograms.count == series.count)
        for s in series {
            let h = try #require(
                histograms.first { m in
                    let l = m["labels"] as? [String: String] ?? [:]
                    return l["test"] == s["test_name"] as? String && l["operation"] == s["operation"] as? String
                        && l["scale"] == String(s["agent_count"] as? Int ?? -1)
                })
            let labels = try #require(h["labels"] as? [String: String])
            #expect(labels["host"] == host && labels["run_id"] == runID && labels["target"] == "native")
            #expect(labels["job"] == "roundtrip" && labels["instance"] == host)
            let count = try #require(s["count"] as? Int)
            #expect(Double(h["count"] as? String ?? "") == Double(count))
            #expect(
                Self.same(Double(h["sum"] as? String ?? ""), (s["mean_ms"] as? Double ?? .nan) * Double(count) / 1000))
            let buckets = try #require(h["buckets"] as? [String: String])
            #expect(buckets["+Inf"].flatMap(Double.init) == Double(count))
            let bins = try #require(s["histogram"] as? [[Double]])
            #expect(buckets.count == bins.count + 1)
        }

        // Overheads: total and every component per scale, value and interval bounds.
        func gauge(_ name: String, _ match: [String: String]) -> Double? {
            let sample = metrics[name]?.first { m in
                let l = m["labels"] as? [String: String] ?? [:]
                return match.allSatisfy { l[$0.key] == $0.value }
            }
            return (sample?["value"] as? String).flatMap(Double.init)
        }
        let scales = try #require(json["scales"] as? [[String: Any]])
        #expect(!scales.isEmpty)
        for s in scales {
            let scale = String(try #require(s["agent_count"] as? Int))
            let total = try #require(s["total_overhead_percent"] as? [String: Any])
            let key = ["scale": scale, "component": "total_overhead"]
            #expect(Self.same(gauge("overheadbench_overhead_percent", key), total["value"] as? Double))
            #expect(Self.same(gauge("overheadbench_overhead_lower_percent", key), total["lower"] as? Double))
            #expect(Self.same(gauge("overheadbench_overhead_upper_percent", key), total["upper"] as? Double))
            for c in try #require(s["components"] as? [[String: Any]]) {
                let name = try #require(c["component"] as? String)
                let e = try #require(c["overhead_percent"] as? [String: Any])
                #expect(
                    Self.same(
                        gauge("overheadbench_overhead_percent", ["scale": scale, "component": name]),
                        e["value"] as? Double))
            }
        }

        // Verdicts: 1 for the JSON's verdict, 0 for the other states.
        for c in try #require(json["criteria"] as? [[String: Any]]) {
            let scale = (c["agent_count"] as? Int).map(String.init) ?? "all"
            let id = try #require(c["id"] as? String)
            for v in ["PASS", "FAIL", "INCONCLUSIVE", "NOT EVALUATED"] {
                let expected: Double = c["verdict"] as? String == v ? 1 : 0
                #expect(
                    gauge("overheadbench_criterion_verdict", ["scale": scale, "criterion": id, "verdict": v])
                        == expected, "\(id)@\(scale) \(v)")
            }
            if let measured = c["measured"] as? [String: Any] {
                #expect(
                    Self.same(
                        gauge("overheadbench_criterion_value", ["scale": scale, "criterion": id]),
                        measured["value"] as? Double))
            }
        }
        let overall = try #require((json["summary"] as? [String: Any])?["overall"] as? String)
        #expect(gauge("overheadbench_verdict", ["verdict": overall]) == 1)
    }

    @Test func hostileLabelsSurviveThePushgateway() throws {
        let server = try Self.startPushgateway()
        defer { server.stop() }
        let hostile = SampleResults.hostile
        let body = try OpenMetricsReport(dialect: .prometheusText).render(hostile, options: ReportOptions())
        let host = hostile.manifest!.host.hostname
        let target = try #require(PushTarget.pushGateway(server.baseURL, job: "hostile", instance: host))
        let pusher = Pusher(
            transport: URLSessionTransport(), policy: PushPolicy(timeoutSeconds: 5, retries: 0), token: nil)
        #expect(pusher.push(body, to: target) == nil)
        let metrics = try Self.pushedGroup(server, job: "hostile")
        let histograms = try #require(metrics["overheadbench_latency_seconds"])
        let odd = try #require(hostile.series.first { $0.testName.hasPrefix("test ") })
        let labels = histograms.compactMap { $0["labels"] as? [String: String] }
        #expect(labels.allSatisfy { $0["host"] == InertText.visible(host, keepingNewlines: true) })
        #expect(labels.allSatisfy { $0["instance"] == host }, "the grouping key carries the hostname as it is")
        #expect(labels.contains { $0["test"] == InertText.visible(odd.testName, keepingNewlines: true) })
        #expect(
            labels.contains {
                $0["target"] == "shell:"
                    + InertText.visible(hostile.manifest!.target.libraryDirectory!, keepingNewlines: true)
            })
    }

    // MARK: - VictoriaMetrics, line protocol

    /// `query` at `time` (Unix seconds) through PromQL: each result's labels and value.
    static func query(_ server: LocalServer, _ query: String, time: Double) throws -> [([String: String], Double)] {
        var c = URLComponents(string: server.baseURL + "/api/v1/query")!
        c.queryItems = [URLQueryItem(name: "query", value: query), URLQueryItem(name: "time", value: String(time))]
        let doc = try getJSON(c.url!.absoluteString)
        let result = ((doc["data"] as? [String: Any])?["result"] as? [[String: Any]]) ?? []
        return result.compactMap { r in
            guard let metric = r["metric"] as? [String: String], let value = r["value"] as? [Any],
                let text = value.last as? String, let v = Double(text)
            else { return nil }
            return (metric, v)
        }
    }

    /// Flushes what was written to searchable storage (`/internal/force_flush`), then polls until
    /// `query` returns `count` results.
    static func waitForResults(_ server: LocalServer, _ q: String, time: Double, count: Int) throws -> [(
        [String: String], Double
    )] {
        var results: [([String: String], Double)] = []
        _ = TestSupport.waitUntil(timeout: 15, poll: 0.25) {
            _ = try? LocalServer.get(server.baseURL + "/internal/force_flush")
            results = (try? query(server, q, time: time)) ?? []
            return results.count >= count
        }
        return results
    }

    @Test func victoriaMetricsHoldsTheLineProtocolFigures() throws {
        let server = try Self.startVictoriaMetrics()
        defer { server.stop() }
        let hostname = "host, with=odd \"chars\" \\ and\nnewline"
        let (code, json, err) = try Self.run(
            ["--influx-write", server.baseURL + "/write?db=bench"],
            Self.recording(hostname: hostname, library: "/lib/a b,c=d"))
        #expect(code == 0, "\(err)")
        let manifest = try #require(json["manifest"] as? [String: Any])
        let start = try #require(manifest["start_time"] as? String)
        let time = Double(try #require(UTCDateTime.unixNanoseconds(iso8601: start))) / 1e9 + 1
        let series = try #require(json["series"] as? [[String: Any]])

        // VictoriaMetrics names a field `<measurement>_<field>` and keeps every tag as a label.
        let means = try Self.waitForResults(server, "overheadbench_latency_mean_ms", time: time, count: series.count)
        #expect(means.count == series.count)
        for s in series {
            let hit = means.first { l, _ in
                l["test"] == s["test_name"] as? String && l["operation"] == s["operation"] as? String
                    && l["scale"] == String(s["agent_count"] as? Int ?? -1)
            }
            let (labels, mean) = try #require(hit)
            #expect(labels["host"] == InertText.visible(hostname), "escaped tags read back as written")
            #expect(labels["target"] == "shell:/lib/a b,c=d")
            #expect(labels["run_id"] == start && labels["db"] == "bench")
            // VictoriaMetrics keeps about 12 significant digits.
            #expect(Self.same(mean, s["mean_ms"] as? Double, relative: 1e-9))
        }
        let p95 = try Self.query(server, "overheadbench_latency_p95_ms", time: time)
        for s in series {
            let hit = p95.first { l, _ in
                l["test"] == s["test_name"] as? String && l["operation"] == s["operation"] as? String
                    && l["scale"] == String(s["agent_count"] as? Int ?? -1)
            }
            #expect(Self.same(hit?.1, s["p95_ms"] as? Double, relative: 1e-9))
        }

        let estimates = try Self.query(server, "overheadbench_overhead_estimate", time: time)
        for s in try #require(json["scales"] as? [[String: Any]]) {
            let scale = String(try #require(s["agent_count"] as? Int))
            let total = try #require(s["total_overhead_percent"] as? [String: Any])
            let hit = estimates.first { l, _ in l["scale"] == scale && l["name"] == "total_overhead" }
            #expect(Self.same(hit?.1, total["value"] as? Double, relative: 1e-9), "total at \(scale)")
        }

        let fails = try Self.query(server, "overheadbench_verdict_fail", time: time)
        for c in try #require(json["criteria"] as? [[String: Any]]) {
            let scale = (c["agent_count"] as? Int).map(String.init) ?? "all"
            let hit = fails.first { l, _ in l["criterion"] == c["id"] as? String && l["scale"] == scale }
            #expect(hit?.1 == (c["verdict"] as? String == "FAIL" ? 1 : 0), "\(c["id"] ?? "")@\(scale)")
        }
    }

    @Test func victoriaMetricsReadsHostileTagsBackAsWritten() throws {
        let server = try Self.startVictoriaMetrics()
        defer { server.stop() }
        let hostile = SampleResults.hostile
        let body = try InfluxReport().render(hostile, options: ReportOptions())
        let target = try #require(PushTarget.influx(server.baseURL + "/write?db=hostile"))
        let pusher = Pusher(
            transport: URLSessionTransport(), policy: PushPolicy(timeoutSeconds: 5, retries: 0), token: nil)
        #expect(pusher.push(body, to: target) == nil)
        let time = Double(UTCDateTime.unixNanoseconds(iso8601: hostile.manifest!.startTime)!) / 1e9 + 1
        let means = try Self.waitForResults(
            server, "overheadbench_latency_mean_ms", time: time, count: hostile.series.count)
        #expect(means.count == hostile.series.count, "every line was read: none broken by the hostile text")
        let odd = try #require(hostile.series.first { $0.testName.hasPrefix("test ") })
        let hit = try #require(means.first { l, _ in l["test"] == InertText.visible(odd.testName) })
        #expect(hit.0["operation"] == InertText.visible(odd.operation))
        #expect(hit.0["host"] == InertText.visible(hostile.manifest!.host.hostname))
        #expect(hit.1 == odd.mean)
    }
}
