import OverheadFormat

/// Sums the traces of one layer function's calls: time per source line, per function (inclusive
/// and exclusive), per command name and per stack, calls of nested functions, subshells and
/// pipeline stages. `profile` turns the sums into per-call figures.
///
/// Time attribution: a traced command owns the time from its trace line to the next one — except
/// that the first line of a new process (a subshell or pipeline stage) owns the gap before it,
/// which is the fork that started it, so a command substitution's cost lands on its own line.
struct ShellTraceAggregate {
    struct LineKey: Hashable {
        var file: String
        var line: Int
        var function: String
    }

    /// The driver function the profiler wraps each traced call in (`ShellProfilerScript`).
    static let wrapper = "__ohb_traced"

    let layer: String
    private(set) var calls = 0
    private(set) var totalMicros: Int64 = 0
    private var lines: [LineKey: (micros: Int64, count: Int)] = [:]
    private var exclusive: [String: Int64] = [:]
    private var inclusive: [String: Int64] = [:]
    private var functionCalls: [String: Int] = [:]
    private var commands: [String: (micros: Int64, count: Int)] = [:]
    private var stacks: [[String]: Int64] = [:]
    private var subshells = 0
    private var pipelineStages = 0

    init(layer: String) { self.layer = layer }

    /// The frames of a record below the wrapper, outermost first (`[emit_metric, json_string]`);
    /// nil for a record outside the wrapper.
    static func frames(_ record: ShellTraceRecord) -> [String]? {
        guard let wrapper = record.stack.firstIndex(of: Self.wrapper) else { return nil }
        return record.stack[..<wrapper].reversed()
    }

    /// Adds one traced call; false when the trace holds no line of the layer function (nothing added).
    mutating func add(call records: [ShellTraceRecord]) -> Bool {
        guard let start = records.firstIndex(where: { Self.frames($0)?.isEmpty == true }) else { return false }
        let frames = records.map { Self.frames($0) }
        let inBody = frames.map { $0?.first == layer }
        // The end: the wrapper's first line after the call (its status assignment), else the last line.
        let end = records.indices.first { $0 > start && frames[$0]?.isEmpty == true } ?? records.count - 1
        guard end > start, inBody[start...end].contains(true) else { return false }
        let mainPid = records[start].pid
        var seen: Set<Int> = [mainPid]
        var newProcess = [Bool](repeating: false, count: records.count)
        for i in (start + 1)...end where !seen.contains(records[i].pid) {
            seen.insert(records[i].pid)
            newProcess[i] = true
            if inBody[i] {
                if records[i].level > records[i - 1].level { subshells += 1 } else { pipelineStages += 1 }
            }
        }
        calls += 1
        functionCalls[layer, default: 0] += 1
        var previousDepth = 0
        for i in start...end where inBody[i] {
            let depth = frames[i]!.count
            if depth > previousDepth && previousDepth > 0 {
                for frame in frames[i]![previousDepth...] { functionCalls[frame, default: 0] += 1 }
            }
            previousDepth = depth
        }
        for i in start..<end {
            let gap = max(0, records[i + 1].micros - records[i].micros)
            let owner = newProcess[i + 1] && inBody[i + 1] ? i + 1 : i
            guard inBody[owner] else { continue }
            attribute(gap, to: records[owner], frames: frames[owner]!)
        }
        // Counts are per traced command, once each, whether or not time was attributed to it.
        for i in start...end where inBody[i] {
            let record = records[i]
            let key = LineKey(file: record.file, line: record.line, function: frames[i]!.last!)
            lines[key, default: (0, 0)].count += 1
            if let name = ShellTraceParser.commandName(record.command) { commands[name, default: (0, 0)].count += 1 }
        }
        return true
    }

    private mutating func attribute(_ micros: Int64, to record: ShellTraceRecord, frames: [String]) {
        totalMicros += micros
        let function = frames.last!
        lines[LineKey(file: record.file, line: record.line, function: function), default: (0, 0)].micros += micros
        exclusive[function, default: 0] += micros
        for frame in Set(frames) { inclusive[frame, default: 0] += micros }
        if let name = ShellTraceParser.commandName(record.command) { commands[name, default: (0, 0)].micros += micros }
        var stack = Array(frames.prefix(ProfileLimits.framesPerStack - 1))
        stack.append("\(Self.baseName(record.file)):\(record.line)")
        stacks[stack, default: 0] += micros
    }

    /// Every command name seen, for resolving their kinds once.
    var commandNames: [String] { Array(commands.keys) }

    /// The per-call figures, entries capped at `ProfileLimits.entriesPerLayer` each (largest first);
    /// `dropped` counts what the caps left out.
    func profile(
        component: String?, untracedMs: Double?, tracedMs: Double?, kinds: [String: String],
        sourceLine: (String, Int) -> String?, dropped: inout Int
    ) -> ProfileLayer {
        let n = Double(max(calls, 1))
        func ms(_ micros: Int64) -> Double { Double(micros) / 1000 / n }
        func capped<T>(_ items: [T]) -> [T] {
            dropped += max(0, items.count - ProfileLimits.entriesPerLayer)
            return Array(items.prefix(ProfileLimits.entriesPerLayer))
        }
        let hotspots = lines.sorted { ($0.value.micros, $1.key.line) > ($1.value.micros, $0.key.line) }.map {
            ProfileHotspot(
                label: Self.label(sourceLine($0.key.file, $0.key.line) ?? ""), file: $0.key.file, line: $0.key.line,
                function: $0.key.function, ms: ms($0.value.micros), count: Double($0.value.count) / n)
        }
        let functions = inclusive.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map {
            ProfileFunction(
                name: $0.key, calls: Double(functionCalls[$0.key] ?? 0) / n, inclusiveMs: ms($0.value),
                exclusiveMs: ms(exclusive[$0.key] ?? 0))
        }
        let commandList = commands.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.map {
            ProfileCommand(
                name: $0.key, kind: kinds[$0.key] ?? "other", count: Double($0.value.count) / n, ms: ms($0.value.micros)
            )
        }
        let stackList = stacks.sorted {
            ($0.value, $1.key.joined(separator: ";")) > ($1.value, $0.key.joined(separator: ";"))
        }
        .map { ProfileStack(frames: $0.key, ms: ms($0.value)) }
        return ProfileLayer(
            name: layer, component: component, calls: calls, untracedMs: untracedMs, tracedMs: tracedMs,
            profiledMs: ms(totalMicros), subshells: Double(subshells) / n, pipelineStages: Double(pipelineStages) / n,
            hotspots: capped(hotspots), functions: capped(functions), commands: capped(commandList),
            stacks: capped(stackList))
    }

    static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// A source line as a label: trimmed, cut to `ProfileLimits.labelCharacters`.
    static func label(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace
        guard trimmed.count > ProfileLimits.labelCharacters else { return trimmed }
        return String(trimmed.prefix(ProfileLimits.labelCharacters - 1)) + "…"
    }
}
