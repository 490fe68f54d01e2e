import Foundation
import OverheadFormat
import TestSupport
import Testing

@testable import OverheadRecorder

/// The shell target's profiling phase on fixture libraries whose emit_metric has a known cost: the
/// trace must put the time on the right line and count the right forks.
@Suite(.serialized) struct ShellProfileTests {
    private func profile(fixture: String, calls: Int) throws -> Profile {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let factory = try bed.factory(fixture: fixture)
        let settings = ProfileSettings(calls: calls, path: bed.root.appendingPathComponent("p.jsonl").path)
        return try #require(try factory.profile(busRoot: bed.busRoot, settings: settings, shouldStop: { false }))
    }

    @Test func aSleepingLineHoldsNearlyAllOfItsFunctionsOwnTime() throws {
        let profile = try profile(fixture: "profile-sleep-metric.sh", calls: 20)
        let layer = try #require(profile.layer("emit_metric"))
        #expect(layer.calls == 20)
        #expect(layer.component == "metrics")
        let own = try #require(layer.functions.first { $0.name == "emit_metric" })
        let sleeping = try #require(layer.hotspots.first { $0.line == 9 && $0.function == "emit_metric" })
        #expect(sleeping.label == "sleep 0.002")
        #expect(sleeping.file?.hasSuffix("profile-sleep-metric.sh") == true)
        #expect(sleeping.ms >= 2.0, "the line sleeps 2 ms: \(sleeping.ms)")
        #expect(sleeping.ms / own.exclusiveMs >= 0.8, "\(sleeping.ms) of \(own.exclusiveMs) ms")
        #expect(layer.hotspots.first == sleeping)
        let sleep = try #require(layer.commands.first { $0.name == "sleep" })
        #expect(sleep.isExternal && sleep.count == 1)
        #expect(layer.externalCommands == 1)
        // Untraced and traced cost are both measured; the trace accounts for the traced call.
        let untraced = try #require(layer.untracedMs)
        let traced = try #require(layer.tracedMs)
        #expect(untraced >= 2 && traced >= 2)
        #expect(layer.profiledMs <= traced + 0.001)
        #expect(profile.header.droppedCalls == 0)
        #expect(profile.header.seconds > 0)
    }

    @Test func forksOfDateAndJqAreCountedExactlyPerMessage() throws {
        let profile = try profile(fixture: "profile-forking-metric.sh", calls: 10)
        let layer = try #require(profile.layer("emit_metric"))
        let date = try #require(layer.commands.first { $0.name == "date" })
        let jq = try #require(layer.commands.first { $0.name == "jq" }, "is jq installed? (.ci/install-deps)")
        #expect(date.kind == "external" && date.count == 2.0)
        #expect(jq.kind == "external" && jq.count == 1.0)
        #expect(layer.externalCommands == 3.0)
        let printf = try #require(layer.commands.first { $0.name == "printf" })
        #expect(printf.kind == "builtin" && printf.count == 1.0)
        #expect(layer.subshells == 2.0, "two command substitutions")
        #expect(layer.pipelineStages == 2.0, "printf | jq")
        // Every layer function of the suite was profiled, the other ones from the reference library.
        #expect(profile.layers.map(\.name) == LayerFunction.allCases.map(\.rawValue))
        let send = try #require(profile.layer("send_message"))
        #expect(send.calls == 10 && send.profiledMs > 0)
        #expect(send.functions.first?.name == "send_message")
        #expect(send.stacks.allSatisfy { $0.frames.first == "send_message" })
    }

    @Test func theRecorderWritesTheProfileBesideTheResultsAndItReadsBack() throws {
        let dir = try TestSupport.makeTemporaryDirectory("shell-profile")
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = try RecorderHarness.configuration(in: dir) { options in
            options.target = "shell"
            options.libraryDirectory = ShellTestBed.referenceLibrary
            options.scales = "1"
            options.iterations = 2
            options.runs = 1
            options.profile = true
            options.profileCalls = 3
        }
        let path = try #require(config.profile?.path)
        #expect(path == dir.appendingPathComponent("results.profile.jsonl").path)
        let factory = try ShellTargetFactory(
            configuration: ShellTargetConfiguration(
                libraryDirectory: ShellTestBed.referenceLibrary, callTimeoutSeconds: 10, logDirectory: dir.path))
        factory.calibrationCalls = 5
        let stderr = StringBox()
        let code = Recorder.run(config, factory: factory, decide: nil, progressMode: .quiet) { stderr.append($0) }
        #expect(code == RecorderExitCode.complete, "\(stderr.value)")
        let read = try ProfileReader.read(path)
        #expect(read.skippedLines == 0)
        #expect(read.profile.header.target == "shell")
        #expect(read.profile.header.callsPerLayer == 3)
        #expect(read.profile.layers.count == LayerFunction.allCases.count)
        #expect(read.profile.layer("emit_metric")?.commands.contains { $0.name == "flock" && $0.isExternal } == true)
        // The results file holds the suite only: the profile is its own file.
        let results = try String(contentsOfFile: dir.appendingPathComponent("results.jsonl").path, encoding: .utf8)
        #expect(!results.contains("\"profile"))
        // No scratch file of the profiler is left: the bus directory is gone.
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
            $0.hasPrefix(BusDirectory.namePrefix)
        }
        #expect(left.isEmpty, "\(left)")
    }
}
