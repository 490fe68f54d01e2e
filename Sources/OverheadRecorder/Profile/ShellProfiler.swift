import Glibc
import OverheadFormat

/// The shell target's profiling phase: through a driver that also sourced `ShellProfilerScript`,
/// calls each `LayerFunction` `settings.calls` times untraced and as often traced, reads each
/// traced call's trace, and sums it per layer (`ShellTraceAggregate`). Runs after the measured
/// blocks, on the run's bus, with two agents of its own.
struct ShellProfiler {
    let target: ShellTarget
    let settings: ProfileSettings
    let tracePath: String
    let kindsPath: String
    /// The library's files, read once, for the lines' source text.
    let sources: [String: [Substring]]
    let shouldStop: () -> Bool

    static let agents = ["agent-1", "agent-2"]

    func run() throws -> Profile {
        let started = ShellClock.monotonicSeconds()
        let startTime = ShellClock.isoTimestamp()
        let traceFD = open(tracePath, O_RDWR | O_CLOEXEC)
        guard traceFD >= 0 else { throw OperationError(reason: ShellFileIO.errorText("cannot open", tracePath)) }
        defer { close(traceFD) }
        for agent in Self.agents { try target.run(["init_message_bus", agent]) }
        defer { for agent in Self.agents { _ = try? target.run(["cleanup_message_bus", agent]) } }

        var aggregates = LayerFunction.allCases.map { ShellTraceAggregate(layer: $0.rawValue) }
        var untraced = [(total: Double, count: Int)](repeating: (0, 0), count: aggregates.count)
        var traced = untraced
        var traceBytes = 0
        var dropped = 0
        _ = ftruncate(traceFD, 0)
        rounds: for _ in 0..<settings.calls {
            for (index, layer) in LayerFunction.allCases.enumerated() {
                if shouldStop() { break rounds }
                for tracing in [false, true] {
                    if tracing && traceBytes >= settings.traceCapBytes {
                        dropped += 1
                        continue
                    }
                    prepare(layer)
                    let ms = try? call(layer, traced: tracing)
                    if tracing {
                        let bytes = ShellFileIO.readRange(traceFD, from: 0, limit: settings.callTraceCapBytes + 1)
                        _ = ftruncate(traceFD, 0)
                        traceBytes += bytes.count
                        if let ms, bytes.count <= settings.callTraceCapBytes,
                            aggregates[index].add(call: ShellTraceParser.parse(bytes).records)
                        {
                            traced[index].total += ms
                            traced[index].count += 1
                        } else {
                            dropped += 1
                        }
                    } else if let ms {
                        untraced[index].total += ms
                        untraced[index].count += 1
                    }
                    finish(layer)
                }
            }
        }
        let kinds = try resolveKinds(Set(aggregates.flatMap(\.commandNames)).sorted())
        var droppedEntries = 0
        let layers = LayerFunction.allCases.enumerated().map { index, layer in
            aggregates[index].profile(
                component: layer.component?.rawValue, untracedMs: Self.mean(untraced[index]),
                tracedMs: Self.mean(traced[index]), kinds: kinds, sourceLine: sourceLine, dropped: &droppedEntries)
        }
        let header = ProfileHeader(
            target: "shell", startTime: startTime, callsPerLayer: settings.calls, traceBytes: traceBytes,
            traceCapBytes: settings.traceCapBytes, droppedCalls: dropped, droppedEntries: droppedEntries,
            seconds: ShellClock.monotonicSeconds() - started)
        return Profile(header: header, layers: layers)
    }

    private static func mean(_ sum: (total: Double, count: Int)) -> Double? {
        sum.count > 0 ? sum.total / Double(sum.count) : nil
    }

    /// The call's fields (the suite's arguments); status 1 is accepted (a full inbox, a failed check).
    private func fields(_ layer: LayerFunction) -> [String] {
        let (from, to) = (Self.agents[0], Self.agents[1])
        switch layer {
        case .sendMessage, .sendWithBackpressure:
            return [layer.rawValue, from, to, Workload.messageType, Workload.payload]
        case .receiveMessages: return [layer.rawValue, to]
        case .emitMetric:
            let m = Workload.metric
            return [layer.rawValue, m.name, ShellTarget.number(m.value), m.unit, m.tags]
        case .reportHealth: return [layer.rawValue, from, "healthy", Workload.healthDetails]
        case .checkAgentHealth: return [layer.rawValue, from]
        case .checkInboxCapacity: return [layer.rawValue, to]
        }
    }

    /// Bash's own time of the call in ms, as the suite times it.
    private func call(_ layer: LayerFunction, traced: Bool) throws -> Double {
        let call = fields(layer)
        let result = try target.run(traced ? [ShellTraceAggregate.wrapper] + call : call, accepting: [0, 1])
        return Double(result.reply.innerNanoseconds) / 1e6
    }

    /// Untraced set-up: a message for the receive to find.
    private func prepare(_ layer: LayerFunction) {
        guard layer == .receiveMessages else { return }
        _ = try? target.run(fields(.sendMessage))
    }

    /// Untraced clean-up: receive (and clear) what the call sent or left, so inboxes stay small.
    private func finish(_ layer: LayerFunction) {
        switch layer {
        case .sendMessage, .sendWithBackpressure, .receiveMessages:
            _ = try? target.run([ShellDriverScript.receiveFunction, Self.agents[1]])
        default: break
        }
    }

    /// bash's `type -t` for every command name: `file` becomes `external`, nothing becomes `other`.
    private func resolveKinds(_ names: [String]) throws -> [String: String] {
        let usable = names.filter { !$0.contains("\t") && !$0.contains("\n") }.prefix(2000)
        guard !usable.isEmpty else { return [:] }
        try target.run(["__ohb_kinds"] + usable)
        var kinds: [String: String] = [:]
        let text = String(decoding: try ShellFileIO.readAll(kindsPath), as: UTF8.self)
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            let kind =
                parts[1].isEmpty ? "other" : (parts[1] == "file" ? ProfileCommand.externalKind : String(parts[1]))
            kinds[String(parts[0])] = kind
        }
        return kinds
    }

    private func sourceLine(_ file: String, _ line: Int) -> String? {
        guard let lines = sources[file], line >= 1, line <= lines.count else { return nil }
        return String(lines[line - 1])
    }

    /// The library's files split into lines (at most 4 MB each), keyed by the path bash sources.
    static func readSources(_ paths: [String]) -> [String: [Substring]] {
        var out: [String: [Substring]] = [:]
        for path in paths {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            let text = String(decoding: ShellFileIO.readRange(fd, from: 0, limit: 4 << 20), as: UTF8.self)
            out[path] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        return out
    }
}
