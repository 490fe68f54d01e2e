import Foundation

/// Sends one body to one target with the policy's timeout and bounded retries; returns nil on
/// success or the reason it gave up. Never prints the token or the URL's credentials.
struct Pusher {
    var transport: any HTTPTransport
    var policy: PushPolicy
    /// `Authorization: Bearer` value, from `OVERHEAD_PUSH_TOKEN`.
    var token: String?
    var sleep: (Double) -> Void = { Thread.sleep(forTimeInterval: $0) }

    /// The variable holding the bearer token.
    static let tokenVariable = "OVERHEAD_PUSH_TOKEN"

    func push(_ body: [UInt8], to target: PushTarget) -> String? {
        var headers = ["Content-Type": target.contentType]
        if let token, !token.isEmpty { headers["Authorization"] = "Bearer " + token }
        let request = HTTPRequest(
            url: target.url, method: target.method, headers: headers, body: body, timeoutSeconds: policy.timeoutSeconds)
        var last = ""
        for attempt in 0...policy.retries {
            if attempt > 0 { sleep(policy.backoff(attempt - 1)) }
            switch transport.send(request) {
            case .response(let status, _) where (200..<300).contains(status):
                return nil
            case .response(let status, let body):
                let excerpt = body.split(whereSeparator: \.isNewline).first.map { ": " + String($0.prefix(200)) } ?? ""
                last = "HTTP \(status)\(excerpt)"
                if !(status == 408 || status == 429 || status >= 500) {
                    return last
                }
            case .failure(let reason):
                last = reason
            }
        }
        let tries = policy.retries + 1
        return last + " (\(tries) attempt\(tries == 1 ? "" : "s"))"
    }
}
