import Foundation
import TestSupport
import Testing

@testable import AnalyzerCLI

/// Retries, backoff, the token and the redacted URL, with a scripted transport.
@Suite struct PusherTests {
    final class Script: HTTPTransport, @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [HTTPOutcome]
        private(set) var requests: [HTTPRequest] = []
        init(_ outcomes: [HTTPOutcome]) { self.outcomes = outcomes }
        func send(_ request: HTTPRequest) -> HTTPOutcome {
            lock.withLock {
                requests.append(request)
                return outcomes.count > 1 ? outcomes.removeFirst() : outcomes[0]
            }
        }
    }

    static let target = PushTarget.pushGateway("http://127.0.0.1:9091/", job: "bench", instance: "host-1")!

    @Test func retriesServerErrorsWithGrowingBoundedBackoff() {
        let script = Script([.failure("refused"), .response(status: 503, body: ""), .response(status: 200, body: "")])
        var waits: [Double] = []
        let pusher = Pusher(
            transport: script, policy: PushPolicy(timeoutSeconds: 1, retries: 5), token: nil,
            sleep: { waits.append($0) })
        #expect(pusher.push([1], to: Self.target) == nil)
        #expect(script.requests.count == 3)
        #expect(waits == [0.5, 1.0])
        #expect(PushPolicy().backoff(10) == 4)
    }

    @Test func givesUpAfterTheRetriesAndDoesNotRetryClientErrors() {
        let failing = Script([.response(status: 500, body: "boom\nmore")])
        let pusher = Pusher(
            transport: failing, policy: PushPolicy(timeoutSeconds: 1, retries: 2), token: nil, sleep: { _ in })
        #expect(pusher.push([], to: Self.target) == "HTTP 500: boom (3 attempts)")
        let rejected = Script([.response(status: 400, body: "text format parsing error")])
        let p2 = Pusher(
            transport: rejected, policy: PushPolicy(timeoutSeconds: 1, retries: 2), token: nil, sleep: { _ in })
        #expect(p2.push([], to: Self.target) == "HTTP 400: text format parsing error")
        #expect(rejected.requests.count == 1)
    }

    @Test func sendsTheTokenAsBearerAndTheRightMethodAndType() {
        let script = Script([.response(status: 202, body: "")])
        let pusher = Pusher(transport: script, policy: PushPolicy(), token: "s3cret", sleep: { _ in })
        #expect(pusher.push([65], to: Self.target) == nil)
        let r = script.requests[0]
        #expect(r.headers["Authorization"] == "Bearer s3cret")
        #expect(r.method == "PUT")
        #expect(r.headers["Content-Type"] == "text/plain; version=0.0.4; charset=utf-8")
        #expect(r.url.absoluteString == "http://127.0.0.1:9091/metrics/job/bench/instance/host-1")
    }

    @Test func groupingKeyValuesThatAreNotPlainAreBase64() {
        let t = PushTarget.pushGateway("http://h:1", job: "j", instance: "a/b c")!
        #expect(t.url.absoluteString == "http://h:1/metrics/job/j/instance@base64/YS9iIGM=")
        #expect(PushTarget.pushGateway("http://h:1", job: "j", instance: "")!.url.path.hasSuffix("instance@base64/="))
    }

    @Test func influxURLGetsNanosecondPrecision() {
        #expect(
            PushTarget.influx("http://h:8086/write?db=b")!.url.absoluteString == "http://h:8086/write?db=b&precision=ns"
        )
        #expect(
            PushTarget.influx("http://h/write?db=b&precision=s")!.url.absoluteString
                == "http://h/write?db=b&precision=s")
    }

    @Test func printedURLsCarryNoCredentials() {
        let text = PushTarget.redacted("https://user:pw@h:8086/write?db=b&u=me&p=secret&token=t")
        #expect(text == "https://h:8086/write?db=b&u=***&p=***&token=***")
    }

    @Test func aFailedPushExitsThreeAfterWritingTheReportsAndNeverPrintsTheToken() {
        let refused = Script([.failure("Could not connect to server")])
        let (code, io) = runCommand(
            [
                "ok.jsonl", "--json", "r.json", "--export", "csv=r.csv", "--push-gateway",
                "http://admin:hunter2@127.0.0.1:9/pg", "--influx-write", "http://127.0.0.1:9/write?db=x&p=hunter2",
                "--push-retries", "1",
            ],
            recordings: ExportFlagTests.recordings, reports: .builtIn,
            environment: [Pusher.tokenVariable: "tok-123"], transport: refused)
        #expect(code == 3)
        #expect(io.files["r.json"] != nil && io.files["r.csv"] != nil, "local reports are written first")
        #expect(io.err.contains("push to the Pushgateway http://127.0.0.1:9/pg/metrics/job/overheadbench/instance/"))
        #expect(
            io.err.contains("push to the line-protocol write http://127.0.0.1:9/write?db=x&p=***&precision=ns failed"))
        #expect(io.err.contains("Could not connect to server (2 attempts)"))
        #expect(!io.err.contains("hunter2") && !io.out.contains("hunter2"))
        #expect(!io.err.contains("tok-123") && !io.out.contains("tok-123"))
        #expect(refused.requests.allSatisfy { $0.headers["Authorization"] == "Bearer tok-123" })
    }
}
