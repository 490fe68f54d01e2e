import Testing

@testable import OverheadRecorder

@Suite struct ShellMessageCounterTests {
    @Test func oneCompactObjectPerLine() {
        let out = "{\"msg_id\":\"a\",\"payload\":{\"x\":1}}\n{\"msg_id\":\"b\",\"payload\":{}}\n"
        #expect(ShellMessageCounter.count(Array(out.utf8)) == 2)
    }

    @Test func theOriginalsPrettyPrintedArray() {
        let out =
            "[\n{\n  \"msg_id\": \"a\",\n  \"payload\": {\"list\": [{\"deep\": 1}]}\n}\n,\n{\n  \"msg_id\": \"b\"\n}\n]\n"
        #expect(ShellMessageCounter.count(Array(out.utf8)) == 2)
    }

    @Test func emptyArrayAndNothingAreZero() {
        #expect(ShellMessageCounter.count(Array("[]\n".utf8)) == 0)
        #expect(ShellMessageCounter.count([]) == 0)
    }

    @Test func bracesInsideStringsAndLogLinesDoNotCount() {
        let out = "log: receiving\n{\"type\":\"x{y}\",\"payload\":\"\\\"}{\\\"\"}\nlog: done\n"
        #expect(ShellMessageCounter.count(Array(out.utf8)) == 1)
    }
}

@Suite struct ShellReplyTests {
    @Test func parsesStatusTimesAndEvictions() throws {
        let reply = try #require(ShellReply(line: "3 1700000000.000100 1700000000.002350 4"))
        #expect(reply.exitCode == 3)
        #expect(reply.endMicros - reply.startMicros == 2250)
        #expect(abs(reply.innerSeconds - 0.00225) < 1e-12)
        #expect(reply.evictionsTotal == 4)
        #expect(reply.innerNanoseconds == 2_250_000)
        #expect(reply.failedFunction == nil)
    }

    @Test func namesTheFunctionThatFailedAComposite() throws {
        let failed = try #require(ShellReply(line: "1 1700000000.000100 1700000000.002350 0 emit_metric"))
        #expect(failed.failedFunction == "emit_metric")
        let fine = try #require(ShellReply(line: "0 1700000000.000100 1700000000.002350 0 -"))
        #expect(fine.failedFunction == nil)
        #expect(ShellReply(line: "0 1700000000.000100 1700000000.002350 0 a b") == nil)
    }

    @Test func acceptsACommaDecimalSeparator() throws {
        let reply = try #require(ShellReply(line: "0 1700000000,000001 1700000001,000000 0"))
        #expect(reply.endMicros - reply.startMicros == 999_999)
    }

    @Test func rejectsWhatIsNotAReply() {
        #expect(ShellReply(line: "ready") == nil)
        #expect(ShellReply(line: "0 1.5 2.5 0") == nil)
        #expect(ShellReply(line: "x 1700000000.000001 1700000000.000002 0") == nil)
    }
}

@Suite struct ShellEnvironmentTests {
    @Test func everyStateLocationIsInsideTheBusRoot() {
        let env = ShellEnvironment(busRoot: "/dev/shm/run-1")
        let names = Set(env.assignments.map(\.name))
        for required in [
            "MESSAGE_BASE_DIR", "METRICS_FILE", "METRICS_LOCK_FILE", "HEALTH_DIR", "HEALTH_LOCK_FILE",
            "SHUTDOWN_DIR", "RATE_LIMIT_DIR", "TMPDIR",
        ] {
            #expect(names.contains(required))
        }
        for (_, value) in env.assignments { #expect(value.hasPrefix("/dev/shm/run-1/")) }
        #expect(env.directories.allSatisfy { $0.hasPrefix("/dev/shm/run-1/") })
        #expect(env.directories.contains("/dev/shm/run-1/metrics"))
    }

    @Test func dropsStartupHooksAndReplacesTheHostsStateLocations() {
        let parent = [
            "PATH=/usr/bin", "BASH_ENV=/home/u/.evil", "BASH_FUNC_send_message%%=() { :; }",
            "MESSAGE_BASE_DIR=/dev/shm/cfn-mvp/messages", "SHELLOPTS=xtrace", "LANG=C.UTF-8",
            "MESSAGE_BUS_EVICTIONS=12",
        ]
        let child = ShellEnvironment(busRoot: "/r").environment(inheriting: parent)
        #expect(child.contains("PATH=/usr/bin"))
        #expect(child.contains("LANG=C.UTF-8"))
        #expect(child.contains("MESSAGE_BASE_DIR=/r/messages"))
        #expect(
            !child.contains { $0.hasPrefix("BASH_ENV=") || $0.hasPrefix("BASH_FUNC_") || $0.hasPrefix("SHELLOPTS=") })
        #expect(!child.contains { $0.hasPrefix("MESSAGE_BUS_EVICTIONS=") })
        #expect(child.filter { $0.hasPrefix("MESSAGE_BASE_DIR=") }.count == 1)
    }
}

@Suite struct ShellLibraryTests {
    @Test func rolesResolveToDefaultNamesUnlessOverridden() throws {
        let library = try ShellLibrary.resolve(directory: "/lib", overrides: ["metrics": "/other/m.sh"])
        #expect(
            library.files.map(\.path) == [
                "/lib/message-bus.sh", "/other/m.sh", "/lib/health.sh",
                "/lib/rate-limiting.sh", "/lib/shutdown-coordination.sh",
            ])
    }

    @Test func aFileServingSeveralRolesIsSourcedOnce() throws {
        let all = ["message-bus", "metrics", "health", "rate-limiting", "shutdown-coordination"]
        let library = try ShellLibrary.resolve(
            directory: "/lib", overrides: Dictionary(uniqueKeysWithValues: all.map { ($0, "/one/bus.sh") }))
        #expect(library.sourceOrder == ["/one/bus.sh"])
    }

    @Test func anUnknownRoleIsAnError() {
        #expect(throws: ShellTargetError.unknownRole("metric", known: ShellLibrary.roles.map(\.name))) {
            try ShellLibrary.resolve(directory: "/lib", overrides: ["metric": "/x.sh"])
        }
    }

    @Test func numbersArePassedTheWayAShellWritesThem() {
        #expect(ShellTarget.number(5) == "5")
        #expect(ShellTarget.number(0.25) == "0.25")
        #expect(ShellTarget.number(-3) == "-3")
    }
}

@Suite struct ShellStateScannerTests {
    static let original = """
        MESSAGE_BASE_DIR="${MESSAGE_BASE_DIR:-/dev/shm/cfn-mvp/messages}"
        CFN_BASE_DIR="${CFN_BASE_DIR:-/dev/shm/cfn}"
        ALERT_FILE="${ALERT_FILE:-/dev/shm/cfn-alerts.jsonl}"
        # a comment about /dev/shm/old-layout
            local inbox_dir="/dev/shm/cfn/agents/$recipient/inbox"
        STATE="${STATE:-$CFN_BASE_DIR/state}"
        MAX_INBOX_SIZE="${MAX_INBOX_SIZE:-1000}"
        ALERT_FILE="${ALERT_FILE:-/dev/shm/cfn-alerts.jsonl}"
        """

    @Test func sharedMemoryDefaultsAreRedirectedOnceAndHardCodedPathsWarned() {
        let result = ShellStateScanner.scan(
            [(path: "/lib/alerting.sh", text: Self.original)],
            alreadySet: ["MESSAGE_BASE_DIR", "CFN_BASE_DIR"])
        #expect(
            result.redirections == [
                ShellStateScanner.Redirection(name: "ALERT_FILE", defaultPath: "/dev/shm/cfn-alerts.jsonl")
            ])
        #expect(result.warnings.count == 1)
        #expect(
            result.warnings.first?.hasPrefix("/lib/alerting.sh:5 uses /dev/shm/cfn/agents/$recipient/inbox") == true)
    }

    @Test func redirectedDefaultsLandBelowTheBusRoot() {
        #expect(
            ShellStateScanner.redirectedPath("/dev/shm/cfn-alerts.jsonl", busRoot: "/r")
                == "/r/host/dev/shm/cfn-alerts.jsonl")
        let env = ShellEnvironment(
            busRoot: "/r", redirections: [.init(name: "ALERT_FILE", defaultPath: "/dev/shm/a/alerts.jsonl")])
        #expect(env.assignments.contains { $0.name == "ALERT_FILE" && $0.value == "/r/host/dev/shm/a/alerts.jsonl" })
        #expect(env.directories.contains("/r/host/dev/shm/a"))
    }
}

@Suite struct ShellRecorderConfigurationTests {
    private func config(lib: String?, files: [String: String] = [:], results: String = "/data/run/results.jsonl") throws
        -> RecorderConfiguration
    {
        var options = try RecorderOptions.parse([])
        options.results = results
        var c = try RecorderConfiguration.resolve(
            options, environment: [:], isDirectory: { _ in true }, randomSeed: { 1 })
        c.target = .shell
        c.libraryDirectory = lib
        c.libraryFiles = files
        c.callTimeoutSeconds = 4
        return c
    }

    @Test func flagsBecomeTheShellConfigurationWithTheLogNextToTheResults() throws {
        let shell = try ShellTargetFactory.configuration(from: try config(lib: "/lib", files: ["metrics": "/m.sh"]))
        #expect(
            shell
                == ShellTargetConfiguration(
                    libraryDirectory: "/lib", fileOverrides: ["metrics": "/m.sh"],
                    callTimeoutSeconds: 4, logDirectory: "/data/run"))
        #expect(ShellTargetFactory.folder(of: "results.jsonl") == ".")
        #expect(ShellTargetFactory.folder(of: "/r.jsonl") == "/")
    }

    @Test func withoutLibEveryRoleMustBeNamed() throws {
        #expect(throws: ShellTargetError.self) {
            try ShellTargetFactory.configuration(from: try config(lib: nil, files: ["metrics": "/m.sh"]))
        }
        let all = Dictionary(uniqueKeysWithValues: ShellLibrary.roles.map { ($0.name, "/one.sh") })
        #expect(try ShellTargetFactory.configuration(from: try config(lib: nil, files: all)).libraryDirectory == ".")
    }
}
