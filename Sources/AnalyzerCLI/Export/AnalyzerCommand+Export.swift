import Foundation
import OverheadAnalysis
import OverheadReports

extension AnalyzerCommand {
    /// The `--export` files, as report files for `emit` (which sends `-` to standard output in
    /// place of the console report, as for `--json -`).
    func exportFiles(_ requests: [ExportRequest]) -> [ReportFile] {
        requests.map { ReportFile(path: $0.path, renderer: reports.exports[$0.format], format: $0.format.rawValue) }
    }

    /// After the local reports: GitHub annotations, the job summary, then the pushes. Returns
    /// `.pushFailed` when a push gave up, nil otherwise.
    func finishExports(
        annotations: Bool, stepSummary: Bool, pushes: [(PushTarget, [UInt8])], policy: PushPolicy,
        _ render: (any ReportRenderer) throws -> [UInt8]
    ) -> ExitStatus? {
        if annotations, let text = try? render(GitHubAnnotationsReport()) {
            console.out(String(decoding: text, as: UTF8.self))
        }
        if stepSummary { appendStepSummary(render) }
        let pusher = Pusher(
            transport: transport, policy: policy, token: environment[Pusher.tokenVariable], sleep: sleep)
        var failed = false
        for (target, body) in pushes {
            if let reason = pusher.push(body, to: target) {
                let what = target.kind == .pushGateway ? "Pushgateway" : "line-protocol write"
                fail("push to the \(what) \(target.redactedURL) failed: \(reason)")
                failed = true
            }
        }
        return failed ? .pushFailed : nil
    }

    /// Appends the Markdown report to the file `GITHUB_STEP_SUMMARY` names, if it names one; a
    /// failure is reported on stderr and does not change the exit code.
    func appendStepSummary(_ render: (any ReportRenderer) throws -> [UInt8]) {
        guard let path = environment["GITHUB_STEP_SUMMARY"], !path.isEmpty,
            let renderer = reports.exports[.markdown]
        else { return }
        do {
            let bytes = try render(renderer)
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw CocoaError(.fileNoSuchFile)
            }
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(bytes + Array("\n".utf8)))
        } catch {
            warn("cannot append the job summary to \(path): \(error)")
        }
    }

    /// The pushes `--push-gateway` and `--influx-write` ask for, with their bodies.
    func pushes(_ export: ExportOptions, result: AnalysisResult, options: ReportOptions) -> [(PushTarget, [UInt8])]? {
        var list: [(PushTarget, [UInt8])] = []
        do {
            if let base = export.pushGateway {
                guard
                    let target = PushTarget.pushGateway(
                        base, job: export.pushJob, instance: result.manifest?.host.hostname ?? "unknown")
                else { throw ExportRequestError(description: "--push-gateway: cannot build the push URL") }
                list.append((target, try OpenMetricsReport(dialect: .prometheusText).render(result, options: options)))
            }
            if let url = export.influxWrite {
                guard let target = PushTarget.influx(url) else {
                    throw ExportRequestError(description: "--influx-write: cannot read the URL")
                }
                list.append((target, try InfluxReport().render(result, options: options)))
            }
        } catch {
            fail("\(error)")
            return nil
        }
        return list
    }
}
