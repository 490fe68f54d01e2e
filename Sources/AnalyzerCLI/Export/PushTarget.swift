import Foundation

/// Where and how one push goes: a Prometheus Pushgateway group, or a line-protocol write endpoint.
struct PushTarget: Equatable {
    enum Kind: Equatable {
        case pushGateway
        case influx
    }

    var kind: Kind
    var url: URL
    var method: String
    var contentType: String

    /// `PUT <base>/metrics/job/<job>/instance/<instance>`: replaces the group's metrics, in the text
    /// format 0.0.4 (a Pushgateway does not take OpenMetrics on push). Label values that are not
    /// plain path segments are sent base64url-encoded (`instance@base64/…`), as the Pushgateway reads them.
    static func pushGateway(_ base: String, job: String, instance: String) -> PushTarget? {
        var text = base
        while text.hasSuffix("/") { text.removeLast() }
        text += "/metrics/" + segment("job", job) + "/" + segment("instance", instance)
        guard let url = URL(string: text) else { return nil }
        return PushTarget(
            kind: .pushGateway, url: url, method: "PUT", contentType: "text/plain; version=0.0.4; charset=utf-8")
    }

    /// `POST <url>` with `precision=ns` added unless the URL sets a precision.
    static func influx(_ text: String) -> PushTarget? {
        guard var components = URLComponents(string: text) else { return nil }
        var items = components.queryItems ?? []
        if !items.contains(where: { $0.name == "precision" }) {
            items.append(URLQueryItem(name: "precision", value: "ns"))
        }
        components.queryItems = items
        guard let url = components.url else { return nil }
        return PushTarget(kind: .influx, url: url, method: "POST", contentType: "text/plain; charset=utf-8")
    }

    static func segment(_ label: String, _ value: String) -> String {
        let plain =
            !value.isEmpty
            && value.unicodeScalars.allSatisfy { s in
                s.isASCII
                    && (("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)
                        || "._-".unicodeScalars.contains(s))
            }
        if plain { return label + "/" + value }
        let base64 = Data(value.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        return label + "@base64/" + (base64.isEmpty ? "=" : base64)
    }

    /// The URL as it may be printed: no user name or password, and the values of query parameters
    /// that can hold credentials (`u`, `p`, `password`, `token`, …) replaced by `***`.
    static func redacted(_ text: String) -> String {
        guard var c = URLComponents(string: text) else { return "(an unreadable URL)" }
        c.user = nil
        c.password = nil
        let secret: Set<String> = [
            "u", "p", "user", "username", "password", "pass", "token", "auth", "apikey", "api_key",
        ]
        c.queryItems = c.queryItems?.map {
            secret.contains($0.name.lowercased()) ? URLQueryItem(name: $0.name, value: "***") : $0
        }
        return c.string ?? "(an unreadable URL)"
    }

    var redactedURL: String { Self.redacted(url.absoluteString) }
}

/// Timeouts and retries of a push.
public struct PushPolicy: Sendable, Equatable {
    /// Per attempt.
    public var timeoutSeconds: Double = 10
    /// Further attempts after a failure that may pass (no answer, 408, 429, 5xx); 4xx are not retried.
    public var retries: Int = 2
    /// Wait before retry k (0-based): `initialBackoff · 2^k`, at most `maxBackoff`.
    public var initialBackoffSeconds: Double = 0.5
    public var maxBackoffSeconds: Double = 4

    public init(timeoutSeconds: Double = 10, retries: Int = 2) {
        self.timeoutSeconds = timeoutSeconds
        self.retries = retries
    }

    func backoff(_ attempt: Int) -> Double {
        min(maxBackoffSeconds, initialBackoffSeconds * Double(1 << min(attempt, 20)))
    }
}
