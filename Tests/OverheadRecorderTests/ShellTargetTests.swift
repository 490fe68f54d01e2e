import Foundation
import Glibc
import OverheadFormat
import Testing

@testable import OverheadRecorder

/// The shell target driving real bash processes over the reference library and broken variants of it.
@Suite(.serialized) struct ShellTargetTests {
    @Test func everyOperationOfTheReferenceLibraryKeepsMessagesConserved() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let target = try bed.open()
        defer { target.close() }
        let agents = ["agent-1", "agent-2", "agent-3"]
        for agent in agents { try target.initAgent(agent) }

        // Round robin i → i+1, twice, then everyone receives.
        for round in 0..<2 {
            for (i, agent) in agents.enumerated() {
                try target.send(
                    from: agent, to: agents[(i + 1) % agents.count], type: "benchmark", payload: "{\"round\":\(round)}")
            }
        }
        #expect(bed.inboxCount("agent-2") == 2)
        var received = 0
        for agent in agents { received += try target.receive(agent) }
        #expect(received == 6)
        #expect(try target.receive("agent-1") == 0)

        try target.emitMetric(name: "message.sent", value: 1, unit: "count", tags: "{\"agent\":\"agent-1\"}")
        try target.emitMetric(name: "latency", value: 0.25, unit: "ms", tags: "")
        let metrics = try String(contentsOfFile: "\(bed.busRoot)/metrics/metrics.jsonl", encoding: .utf8)
        #expect(metrics.split(separator: "\n").count == 2)
        #expect(metrics.contains("\"value\":0.25"))

        #expect(try target.checkHealth("agent-1") == "unknown")
        try target.reportHealth(agent: "agent-1", status: "degraded", details: "{\"load\":0.9}")
        #expect(try target.checkHealth("agent-1") == "degraded")

        #expect(try target.checkInboxCapacity("agent-2"))
        try target.sendWithBackpressure(from: "agent-1", to: "agent-2", type: "benchmark", payload: "{}")
        try target.send(from: "agent-3", to: "agent-2", type: "benchmark", payload: "{}")
        #expect(try target.shutdown("agent-2", timeoutSeconds: 5) == 2)
        #expect(bed.inboxCount("agent-2") == 0)
        // After the shutdown mark, deliveries to agent-2 are refused, not lost.
        #expect(throws: OperationError.self) {
            try target.send(from: "agent-1", to: "agent-2", type: "late", payload: "{}")
        }

        for agent in agents { try target.cleanupAgent(agent) }
        let c = target.counters
        #expect(c.sent == 8)
        #expect(c.received == 6)
        #expect(c.drained == 2)
        #expect(c.evicted == 0)
        #expect(c.sent == c.received + c.drained + c.evicted)
        #expect(target.lastCallInnerSeconds.map { $0 >= 0 && $0 < 5 } == true)
    }

    @Test func aReceiveThatOnlyListsIsFollowedByClearInboxAndPrettyArraysCountRight() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let target = try bed.open(fixture: "original-style-receive.sh")
        defer { target.close() }
        try target.initAgent("a")
        try target.initAgent("b")
        #expect(try target.receive("b") == 0)
        for i in 0..<3 {
            try target.send(from: "a", to: "b", type: "t", payload: "{\"n\":\(i),\"nested\":{\"k\":[1,{\"x\":2}]}}")
        }
        #expect(try target.receive("b") == 3)
        #expect(bed.inboxCount("b") == 0)
        #expect(try target.receive("b") == 0)
        #expect(target.counters.sent == target.counters.received)
    }

    @Test func evictionsTheLibraryCountsAreReported() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let target = try bed.open(fixture: "small-inbox.sh")
        defer { target.close() }
        try target.initAgent("a")
        for _ in 0..<5 { try target.send(from: "a", to: "a", type: "t", payload: "{}") }
        #expect(!(try target.checkInboxCapacity("a")))
        let received = try target.receive("a")
        #expect(received == 2)
        #expect(target.counters.evicted == 3)
        #expect(target.counters.sent == target.counters.received + target.counters.evicted)
    }

    @Test func stateTheLibraryKeepsUnderDevShmIsRedirectedIntoTheBusRoot() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let live = "/dev/shm/overheadbench-shell-test-live-bus"
        let target = try bed.open(fixture: "extra-state.sh")
        defer { target.close() }
        try target.initAgent("agent-1")
        let redirected = "\(bed.busRoot)/host\(live)/audit.log"
        #expect((try? String(contentsOfFile: redirected, encoding: .utf8)) == "init agent-1\n")
        #expect(!FileManager.default.fileExists(atPath: live))
        #expect(try bed.factory(fixture: "extra-state.sh").warnings.isEmpty)
    }

    @Test func theManifestNamesEveryFileWithItsChecksum() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let info = try bed.factory().info
        #expect(info.kind == "shell")
        #expect(info.libraryDirectory == ShellTestBed.referenceLibrary)
        #expect(
            info.libraryFiles.map(\.name) == [
                "message-bus", "metrics", "health", "rate-limiting", "shutdown-coordination",
            ])
        for file in info.libraryFiles {
            // Independent reference: coreutils' sha256sum.
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
            process.arguments = [file.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            process.waitUntilExit()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(output.hasPrefix(file.sha256 + " "))
        }
    }

    @Test func aFailingFunctionIsRecordedWithItsStatusAndStderrAndTheDriverGoesOn() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let target = try bed.open(fixture: "failing-health.sh")
        defer { target.close() }
        let pid = target.shellProcessID
        let error = #expect(throws: OperationError.self) {
            try target.reportHealth(agent: "agent-1", status: "healthy", details: "{}")
        }
        #expect(error?.exitCode == 3)
        #expect(error?.reason.contains("report_health") == true)
        #expect(error?.stderrTail.contains("health store is read-only") == true)
        #expect(bed.log().contains("health store is read-only"))
        // Same bash, still serving.
        #expect(target.shellProcessID == pid)
        #expect(try target.checkHealth("agent-1") == "unknown")
    }

    @Test func aHangingFunctionTimesOutAndItsProcessGroupIsKilled() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let target = try bed.open(fixture: "hanging-metric.sh", timeout: 0.5)
        defer { target.close() }
        let oldGroup = try #require(target.shellProcessID)
        let started = Date()
        let error = #expect(throws: OperationError.self) {
            try target.emitMetric(name: "m", value: 1, unit: "count", tags: "{}")
        }
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(error?.reason == "timed out after 0.5 s")
        #expect(error?.exitCode == nil)
        #expect(error?.stderrTail.contains("never comes") == true)
        // bash and its `sleep 300` are gone; a fresh bash serves the next call.
        #expect(ShellProcesses.liveMembers(ofGroup: oldGroup).isEmpty)
        #expect(ShellProcesses.isGone(oldGroup))
        #expect(target.shellProcessID != oldGroup)
        try target.initAgent("agent-1")
        try target.send(from: "agent-1", to: "agent-1", type: "t", payload: "{}")
        #expect(try target.receive("agent-1") == 1)
    }

    @Test func outputOnStdoutDoesNotDisturbTheProtocolOrTheCounts() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let target = try bed.open(fixture: "noisy.sh")
        defer { target.close() }
        try target.initAgent("a")
        try target.initAgent("b")
        for _ in 0..<3 { try target.send(from: "a", to: "b", type: "t", payload: "{\"k\":[1,2]}") }
        try target.sendWithBackpressure(from: "b", to: "a", type: "t", payload: "{}")
        #expect(try target.checkInboxCapacity("b"))
        try target.emitMetric(name: "m", value: 2, unit: "count", tags: "{}")
        try target.reportHealth(agent: "a", status: "healthy", details: "{}")
        #expect(try target.receive("b") == 3)
        #expect(try target.receive("a") == 1)
        #expect(target.counters.sent == 4)
        #expect(target.counters.received == 4)
        #expect(bed.log().contains("stderr noise from send_message"))
    }

    @Test func aMissingFunctionIsReportedWhenTheTargetOpens() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let factory = try bed.factory(fixture: "missing-function.sh")
        #expect {
            _ = try factory.open(busRoot: bed.busRoot)
        } throws: { error in
            guard case ShellTargetError.missingFunctions(let names, let files)? = error as? ShellTargetError else {
                return false
            }
            return names == ["check_agent_health"] && files.count == 5
        }
    }

    @Test func aMissingFileIsReportedByTheFactory() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let config = ShellTargetConfiguration(
            libraryDirectory: ShellTestBed.referenceLibrary,
            fileOverrides: ["health": "\(bed.root.path)/no-such-health.sh"],
            logDirectory: bed.logDirectory)
        #expect {
            _ = try ShellTargetFactory(configuration: config)
        } throws: { error in
            guard case ShellTargetError.missingFile(let role, let path, _)? = error as? ShellTargetError else {
                return false
            }
            return role == "health" && path.hasSuffix("no-such-health.sh") && "\(error)".contains("no-such-health.sh")
        }
        let emptyDirectory = ShellTargetConfiguration(libraryDirectory: bed.root.path, logDirectory: bed.logDirectory)
        #expect(throws: ShellTargetError.self) { _ = try ShellTargetFactory(configuration: emptyDirectory) }
    }

    @Test func aLibraryThatFailsWhileSourcedIsReportedWithItsStderr() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let factory = try bed.factory(fixture: "broken-source.sh")
        #expect {
            _ = try factory.open(busRoot: bed.busRoot)
        } throws: { error in
            guard case ShellTargetError.sourcingFailed(let detail, let tail)? = error as? ShellTargetError else {
                return false
            }
            return detail.contains("broken-source.sh") && tail.contains("loading broken library")
        }
    }

    @Test func aFunctionThatCallsExitIsAFailureAndBashIsRestarted() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let target = try bed.open(fixture: "exiting.sh")
        defer { target.close() }
        let oldPid = try #require(target.shellProcessID)
        try target.initAgent("a")
        let error = #expect(throws: OperationError.self) { try target.cleanupAgent("a") }
        #expect(error?.exitCode == 7)
        #expect(error?.stderrTail.contains("cleanup: giving up") == true)
        #expect(ShellProcesses.isGone(oldPid))
        #expect(target.shellProcessID != oldPid)
        try target.send(from: "a", to: "a", type: "t", payload: "{}")
        #expect(try target.receive("a") == 1)
    }

    @Test func errexitIsOffInsideCallsButNounsetStillEndsTheShell() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let target = try bed.open(fixture: "strict-mode.sh")
        defer { target.close() }
        let pid = target.shellProcessID
        try target.reportHealth(agent: "a", status: "healthy", details: "{}")
        #expect(target.shellProcessID == pid)
        #expect(bed.log().contains("carried on after a failing command"))
        let error = #expect(throws: OperationError.self) { _ = try target.checkHealth("a") }
        // bash ends a non-interactive shell with status 127 on a nounset error.
        #expect(error?.exitCode == 127)
        #expect(error?.stderrTail.contains("NO_SUCH_VARIABLE_IN_THIS_LIBRARY: unbound variable") == true)
        #expect(target.shellProcessID != pid)
        try target.initAgent("a")
    }

    @Test func closeLeavesNoProcessBehindEvenWithBackgroundJobs() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let target = try bed.open(fixture: "background-job.sh")
        let group = try #require(target.shellProcessID)
        try target.initAgent("a")
        try target.initAgent("b")
        #expect(ShellProcesses.liveMembers(ofGroup: group).count >= 3)
        target.close()
        #expect(ShellProcesses.isGone(group))
        #expect(ShellProcesses.eventually { ShellProcesses.liveMembers(ofGroup: group).isEmpty })
        target.close()
        #expect(throws: OperationError.self) { try target.initAgent("c") }
    }

    @Test func releasingTheTargetEndsItsProcesses() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        var target: ShellTarget? = try bed.open(fixture: "background-job.sh")
        try target?.initAgent("a")
        let group = try #require(target?.shellProcessID)
        target = nil
        #expect(ShellProcesses.liveMembers(ofGroup: group).isEmpty)
        #expect(ShellProcesses.isGone(group))
    }

    @Test func bashEndsItsOwnGroupWhenTheRecorderSideOfTheSocketCloses() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let target = try bed.open(fixture: "background-job.sh")
        defer { target.close() }
        try target.initAgent("a")
        let group = try #require(target.shellProcessID)
        #expect(ShellProcesses.liveMembers(ofGroup: group).count >= 2)
        // No kill from our side: the driver reads end of file and kills its own group.
        target.dropConnection()
        #expect(ShellProcesses.eventually { ShellProcesses.liveMembers(ofGroup: group).isEmpty })
    }

    @Test func calibrationTimesNoOpRoundTrips() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let factory = try bed.factory()
        factory.calibrationCalls = 50
        let calibration = try #require(try factory.calibrate(busRoot: bed.busRoot))
        #expect(calibration.count == 50)
        #expect(calibration.noopMedianMs > 0)
        #expect(calibration.noopP95Ms >= calibration.noopMedianMs)
        #expect(calibration.noopMedianMs < 50)
        #expect(calibration.timestamp.hasSuffix("Z"))
    }

    @Test func concurrentTargetsShareTheBusAndKeepSeparateLogs() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let factory = try bed.factory()
        let first = try factory.open(busRoot: bed.busRoot)
        let second = try factory.open(busRoot: bed.busRoot)
        defer {
            first.close()
            second.close()
        }
        try first.initAgent("a")
        try second.initAgent("b")
        try first.send(from: "a", to: "b", type: "t", payload: "{}")
        #expect(try second.receive("b") == 1)
        #expect(FileManager.default.fileExists(atPath: "\(bed.logDirectory)/shell-target.stderr.log"))
        #expect(FileManager.default.fileExists(atPath: "\(bed.logDirectory)/shell-target.2.stderr.log"))
    }
}
