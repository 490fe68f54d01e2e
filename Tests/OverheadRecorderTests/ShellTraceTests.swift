import Testing

@testable import OverheadRecorder

/// The trace parser and the attribution rules, on traces written by hand.
struct ShellTraceTests {
    private static let us = "\u{1F}"

    /// A trace line as the profiler's PS4 prints it.
    private static func line(
        at micros: Int64, depth: Int = 1, pid: Int = 100, level: Int = 0, file: String = "/lib/m.sh", _ line: Int,
        _ stack: String, _ command: String
    ) -> String {
        let time = "\(micros / 1_000_000).\(String(micros % 1_000_000).leftPadded(6))"
        return String(repeating: "+", count: depth) + us
            + [time, String(pid), String(level), file, String(line), stack, command].joined(separator: us)
    }

    @Test func recordsAreReadAndContinuationLinesSkipped() {
        let text = [
            Self.line(at: 5_000_000, 3, "__ohb_traced main", "emit_metric a"),
            Self.line(at: 5_000_010, depth: 2, pid: 101, level: 1, 7, "emit_metric __ohb_traced main", "date +%s"),
            Self.line(at: 5_000_020, 8, "emit_metric __ohb_traced main", "printf '%s\\n' 'a"),
            "b'",
            "garbage without a separator",
        ].joined(separator: "\n")
        let (records, unreadable) = ShellTraceParser.parse(Array(text.utf8))
        #expect(records.count == 3)
        #expect(unreadable == 0)
        #expect(
            records[1]
                == ShellTraceRecord(
                    micros: 5_000_010, pid: 101, level: 1, file: "/lib/m.sh", line: 7,
                    stack: ["emit_metric", "__ohb_traced", "main"], command: "date +%s"))
        // A locale with a decimal comma prints EPOCHREALTIME with one.
        let comma = "+" + Self.us + ["12,000001", "1", "0", "f", "2", "g", "x"].joined(separator: Self.us)
        #expect(ShellTraceParser.record(Substring(comma))?.micros == 12_000_001)
    }

    @Test func theCommandWordSkipsAssignmentsAndQuotes() {
        #expect(ShellTraceParser.commandName("TZ=UTC printf -v stamp %s 1") == "printf")
        #expect(ShellTraceParser.commandName("c='Sun Nov 29' jq -c .") == "jq")
        #expect(ShellTraceParser.commandName("a=1") == nil)
        #expect(ShellTraceParser.commandName("arr[2]+=x") == nil)
        #expect(ShellTraceParser.commandName("'my tool' --flag") == "my tool")
        #expect(ShellTraceParser.commandName("'it'\\''s' x") == "it's")
        #expect(ShellTraceParser.commandName("[[ -n x ]]") == "[[")
        #expect(ShellTraceParser.commandName("x=$'a b' date") == "date")
    }

    /// Times: the call at 0, a line at 10 µs, a command substitution's first line at 40 (a new
    /// process: the 30 µs before it are its fork), the assignment at 100, a nested function from
    /// 110 to 160, the end mark at 200.
    @Test func timeGoesToTheLineThatRanAndForksToTheLineThatForked() throws {
        let body = "emit_metric __ohb_traced main"
        let nested = "helper emit_metric __ohb_traced main"
        let text = [
            Self.line(at: 0, 3, "__ohb_traced main", "emit_metric a"),
            Self.line(at: 10, 6, body, "local a"),
            Self.line(at: 40, depth: 2, pid: 101, level: 1, 7, body, "date +%s"),
            Self.line(at: 100, 7, body, "a=1"),
            Self.line(at: 110, 8, body, "helper"),
            Self.line(at: 120, 2, nested, "printf x"),
            Self.line(at: 160, 9, body, "return 0"),
            Self.line(at: 200, 4, "__ohb_traced main", "__ohb_trace_status=0"),
        ].joined(separator: "\n")
        var aggregate = ShellTraceAggregate(layer: "emit_metric")
        let records = ShellTraceParser.parse(Array(text.utf8)).records
        let added = [aggregate.add(call: records), aggregate.add(call: records)]
        #expect(added == [true, true])
        var dropped = 0
        let layer = aggregate.profile(
            component: "metrics", untracedMs: 0.1, tracedMs: 0.3, kinds: ["date": "external", "printf": "builtin"],
            sourceLine: { _, line in "  line \(line)  " }, dropped: &dropped)
        #expect(dropped == 0)
        #expect(layer.calls == 2)
        // 10 → 200 µs is in the body: 0.19 ms per call.
        #expect(abs(layer.profiledMs - 0.19) < 1e-12)
        func hotspot(_ line: Int) -> Double? { layer.hotspots.first { $0.line == line }?.ms }
        #expect(hotspot(6) == 0)  // its 10 → 40 µs was the fork for line 7
        #expect(hotspot(7) == 0.1)  // the fork 10 → 40, date 40 → 100, the assignment 100 → 110
        #expect(hotspot(8) == 0.01)
        #expect(hotspot(2) == 0.04)
        #expect(hotspot(9) == 0.04)
        #expect(layer.hotspots.first?.label == "line 7")
        let emit = try #require(layer.functions.first { $0.name == "emit_metric" })
        let helper = try #require(layer.functions.first { $0.name == "helper" })
        #expect(abs(emit.inclusiveMs - 0.19) < 1e-12 && abs(emit.exclusiveMs - 0.15) < 1e-12)
        #expect(helper.inclusiveMs == 0.04 && helper.exclusiveMs == 0.04 && helper.calls == 1 && emit.calls == 1)
        let date = try #require(layer.commands.first { $0.name == "date" })
        #expect(date.count == 1 && date.isExternal && abs(date.ms - 0.09) < 1e-12)
        #expect(layer.commands.first { $0.name == "printf" }?.kind == "builtin")
        #expect(layer.subshells == 1 && layer.pipelineStages == 0)
        #expect(layer.stacks.contains { $0.frames == ["emit_metric", "helper", "m.sh:2"] && $0.ms == 0.04 })
    }

    @Test func aTraceWithoutTheLayerAddsNothing() {
        var aggregate = ShellTraceAggregate(layer: "emit_metric")
        let text = Self.line(at: 0, 3, "other main", "x")
        let added = aggregate.add(call: ShellTraceParser.parse(Array(text.utf8)).records)
        #expect(!added)
        #expect(aggregate.calls == 0)
    }

    @Test func theProfilerScriptQuotesItsPaths() {
        #expect(ShellProfilerScript.quoted("/tmp/it's") == #"'/tmp/it'\''s'"#)
        #expect(
            ShellProfilerScript.text(tracePath: "/a b/t", kindsPath: "/k").contains("exec {__ohb_trace_fd}>>'/a b/t'"))
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
