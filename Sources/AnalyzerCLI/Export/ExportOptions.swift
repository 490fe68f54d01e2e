import ArgumentParser
import Foundation

/// The export and push flags of `overhead-analyze` (an option group, so the analysis arguments stay
/// as they were).
struct ExportOptions: ParsableArguments {
    @Option(
        name: .customLong("export"),
        help: ArgumentHelp(
            "Also write FORMAT to PATH ('-' for stdout); repeatable. FORMAT: markdown, csv, bmf, github-benchmark, "
                + "openmetrics, influx.", valueName: "FORMAT=PATH"))
    var exports: [String] = []

    @Flag(
        name: .customLong("no-step-summary"),
        help: "Do not append the Markdown report to the file $GITHUB_STEP_SUMMARY names.")
    var noStepSummary = false

    @Flag(
        name: .customLong("github-annotations"),
        help: "Print GitHub Actions ::error/::warning lines for FAIL/INCONCLUSIVE criteria on stdout.")
    var githubAnnotations = false

    @Option(
        name: .customLong("push-gateway"),
        help: ArgumentHelp(
            "PUT the metrics to this Prometheus Pushgateway (URL/metrics/job/JOB/instance/HOST).", valueName: "URL"))
    var pushGateway: String?

    @Option(name: .customLong("push-job"), help: ArgumentHelp("The Pushgateway job name.", valueName: "name"))
    var pushJob: String = "overheadbench"

    @Option(
        name: .customLong("influx-write"),
        help: ArgumentHelp(
            "POST the line protocol to this write URL (e.g. http://host:8086/write?db=bench).", valueName: "URL"))
    var influxWrite: String?

    @Option(
        name: .customLong("push-timeout"), help: ArgumentHelp("Seconds per push attempt.", valueName: "S"))
    var pushTimeout: Double = PushPolicy().timeoutSeconds

    @Option(
        name: .customLong("push-retries"),
        help: ArgumentHelp("Retries of a failed push, with backoff (0 to 10).", valueName: "N"))
    var pushRetries: Int = PushPolicy().retries

    func validate() throws {
        _ = try ExportRequest.validated(exports)
        if pushJob.isEmpty { throw ValidationError("--push-job must not be empty.") }
        for (flag, url) in [("--push-gateway", pushGateway), ("--influx-write", influxWrite)] {
            guard let url else { continue }
            guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(),
                scheme == "http" || scheme == "https", parsed.host != nil
            else { throw ValidationError("\(flag) must be an http or https URL, got '\(PushTarget.redacted(url))'.") }
        }
        if !(pushTimeout.isFinite && pushTimeout > 0) {
            throw ValidationError("--push-timeout must be a positive number of seconds, got \(pushTimeout).")
        }
        if !(0...10).contains(pushRetries) {
            throw ValidationError("--push-retries must be 0 to 10, got \(pushRetries).")
        }
    }

    var requests: [ExportRequest] { (try? ExportRequest.validated(exports)) ?? [] }

    var policy: PushPolicy { PushPolicy(timeoutSeconds: pushTimeout, retries: pushRetries) }
}

/// The export flags `overhead-analyze compare` takes: the formats with a comparison view.
struct CompareExportOptions: ParsableArguments {
    @Option(
        name: .customLong("export"),
        help: ArgumentHelp(
            "Also write FORMAT to PATH ('-' for stdout); repeatable. FORMAT: markdown or csv.",
            valueName: "FORMAT=PATH"))
    var exports: [String] = []

    @Flag(
        name: .customLong("no-step-summary"),
        help: "Do not append the Markdown comparison to the file $GITHUB_STEP_SUMMARY names.")
    var noStepSummary = false

    @Flag(
        name: .customLong("github-annotations"),
        help: "Print a GitHub Actions ::error line for every regression beyond --max-regression on stdout.")
    var githubAnnotations = false

    func validate() throws {
        _ = try ExportRequest.validated(exports, command: "compare", hasView: \.hasComparisonView)
    }

    var requests: [ExportRequest] { (try? ExportRequest.validated(exports)) ?? [] }
}

/// The export flags `overhead-analyze fleet` takes: the formats with a fleet view.
struct FleetExportOptions: ParsableArguments {
    @Option(
        name: .customLong("export"),
        help: ArgumentHelp(
            "Also write FORMAT to PATH ('-' for stdout); repeatable. FORMAT: markdown or csv.",
            valueName: "FORMAT=PATH"))
    var exports: [String] = []

    @Flag(
        name: .customLong("no-step-summary"),
        help: "Do not append the Markdown fleet report to the file $GITHUB_STEP_SUMMARY names.")
    var noStepSummary = false

    func validate() throws {
        _ = try ExportRequest.validated(exports, command: "fleet", hasView: \.hasFleetView)
    }

    var requests: [ExportRequest] { (try? ExportRequest.validated(exports)) ?? [] }
}

extension ExportRequest {
    /// Parses every `--export` text, throwing the first parse error, or the first format without a view of
    /// `command`'s result (`hasView`), as a usage error; one place for what the three export flag sets check.
    static func validated(
        _ texts: [String], command: String? = nil, hasView: (ExportFormat) -> Bool = { _ in true }
    ) throws -> [ExportRequest] {
        try texts.map { text in
            switch parse(text) {
            case .failure(let e): throw ValidationError(e.description)
            case .success(let r) where !hasView(r.format):
                throw ValidationError("--export \(r.format.rawValue): \(command ?? "") writes only markdown and csv.")
            case .success(let r): return r
            }
        }
    }
}
