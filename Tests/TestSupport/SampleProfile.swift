import OverheadFormat

/// A hand-made shell profile with round figures: emit_metric forks `date` twice and `jq` once per
/// call, report_health spends most of its time in a `flock`, check_inbox_capacity runs `find`.
public enum SampleProfile {
    public static let profile = Profile(
        header: ProfileHeader(
            target: "shell", startTime: "2026-11-29T12:00:00.000Z", callsPerLayer: 100, traceBytes: 250_000,
            traceCapBytes: 64 << 20, droppedCalls: 1, droppedEntries: 0, seconds: 4.5),
        layers: [
            ProfileLayer(
                name: "send_message", component: nil, calls: 100, untracedMs: 2.0, tracedMs: 2.4, profiledMs: 2.2,
                subshells: 0, pipelineStages: 0,
                hotspots: [
                    ProfileHotspot(
                        label: "mv -f \"$tmp\" \"$file\"", file: "/lib/message-bus.sh", line: 84,
                        function: "send_message", ms: 1.2, count: 1),
                    ProfileHotspot(
                        label: "flock -x 9", file: "/lib/message-bus.sh", line: 68, function: "send_message", ms: 1.0,
                        count: 1),
                ],
                functions: [ProfileFunction(name: "send_message", calls: 1, inclusiveMs: 2.2, exclusiveMs: 2.2)],
                commands: [
                    ProfileCommand(name: "mv", kind: "external", count: 1, ms: 1.2),
                    ProfileCommand(name: "flock", kind: "external", count: 1, ms: 1.0),
                ],
                stacks: [
                    ProfileStack(frames: ["send_message", "message-bus.sh:84"], ms: 1.2),
                    ProfileStack(frames: ["send_message", "message-bus.sh:68"], ms: 1.0),
                ]),
            ProfileLayer(
                name: "emit_metric", component: "metrics", calls: 99, untracedMs: 4.0, tracedMs: 4.6, profiledMs: 4.0,
                subshells: 2, pipelineStages: 2,
                hotspots: [
                    ProfileHotspot(
                        label: "stamp=$(date -u +%FT%T)", file: "/lib/metrics.sh", line: 12, function: "emit_metric",
                        ms: 1.4, count: 2),
                    ProfileHotspot(
                        label: "seconds=$(date +%s)", file: "/lib/metrics.sh", line: 13, function: "emit_metric",
                        ms: 1.4, count: 2),
                    ProfileHotspot(
                        label: "printf '%s' \"$line\" | jq -c . >> \"$METRICS_FILE\"", file: "/lib/metrics.sh",
                        line: 14, function: "emit_metric", ms: 1.0, count: 2),
                    ProfileHotspot(
                        label: "local s=$1", file: "/lib/metrics.sh", line: 3, function: "json_string", ms: 0.2,
                        count: 1),
                ],
                functions: [
                    ProfileFunction(name: "emit_metric", calls: 1, inclusiveMs: 4.0, exclusiveMs: 3.8),
                    ProfileFunction(name: "json_string", calls: 1, inclusiveMs: 0.2, exclusiveMs: 0.2),
                ],
                commands: [
                    ProfileCommand(name: "date", kind: "external", count: 2, ms: 2.4),
                    ProfileCommand(name: "jq", kind: "external", count: 1, ms: 0.9),
                    ProfileCommand(name: "printf", kind: "builtin", count: 1, ms: 0.1),
                    ProfileCommand(name: "local", kind: "builtin", count: 1, ms: 0.2),
                ],
                stacks: [
                    ProfileStack(frames: ["emit_metric", "metrics.sh:12"], ms: 1.4),
                    ProfileStack(frames: ["emit_metric", "metrics.sh:13"], ms: 1.4),
                    ProfileStack(frames: ["emit_metric", "metrics.sh:14"], ms: 1.0),
                    ProfileStack(frames: ["emit_metric", "json_string", "metrics.sh:3"], ms: 0.2),
                ]),
            ProfileLayer(
                name: "report_health", component: "health", calls: 100, untracedMs: 3.0, tracedMs: 3.3,
                profiledMs: 3.0, subshells: 0, pipelineStages: 0,
                hotspots: [
                    ProfileHotspot(
                        label: "flock -w 1 -x 9", file: "/lib/health.sh", line: 20, function: "report_health",
                        ms: 2.4, count: 1),
                    ProfileHotspot(
                        label: "printf '%s' \"$json\" > \"$tmp\"", file: "/lib/health.sh", line: 22,
                        function: "report_health", ms: 0.6, count: 1),
                ],
                functions: [ProfileFunction(name: "report_health", calls: 1, inclusiveMs: 3.0, exclusiveMs: 3.0)],
                commands: [ProfileCommand(name: "flock", kind: "external", count: 1, ms: 2.4)],
                stacks: [
                    ProfileStack(frames: ["report_health", "health.sh:20"], ms: 2.4),
                    ProfileStack(frames: ["report_health", "health.sh:22"], ms: 0.6),
                ]),
            ProfileLayer(
                name: "check_inbox_capacity", component: "rate_limiting", calls: 100, untracedMs: 1.5,
                tracedMs: 1.6, profiledMs: 1.5, subshells: 1, pipelineStages: 0,
                hotspots: [
                    ProfileHotspot(
                        label: "count=$(find \"$inbox\" -name '*.json' | wc -l)", file: "/lib/rate-limiting.sh",
                        line: 9, function: "check_inbox_capacity", ms: 1.5, count: 2)
                ],
                functions: [
                    ProfileFunction(name: "check_inbox_capacity", calls: 1, inclusiveMs: 1.5, exclusiveMs: 1.5)
                ],
                commands: [
                    ProfileCommand(name: "find", kind: "external", count: 1, ms: 1.0),
                    ProfileCommand(name: "wc", kind: "external", count: 1, ms: 0.5),
                ],
                stacks: [ProfileStack(frames: ["check_inbox_capacity", "rate-limiting.sh:9"], ms: 1.5)]),
        ])

    /// The profile as a profile file's text.
    public static var text: String { profile.jsonLines.joined(separator: "\n") + "\n" }
}
