import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One HTTP request and what came back, for the pushes. Injected so tests can fail it on purpose.
public struct HTTPRequest: Sendable {
    public var url: URL
    public var method: String
    public var headers: [String: String]
    public var body: [UInt8]
    public var timeoutSeconds: Double
}

public enum HTTPOutcome: Sendable, Equatable {
    /// The server answered: status and the start of the body (for the error message).
    case response(status: Int, body: String)
    /// No answer: connection refused, timeout, DNS; the system's reason.
    case failure(String)
}

public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) -> HTTPOutcome
}

/// Foundation's URLSession (libcurl on Linux): no package to build, one request at a time.
public struct URLSessionTransport: HTTPTransport {
    public init() {}

    public func send(_ request: HTTPRequest) -> HTTPOutcome {
        var r = URLRequest(url: request.url, timeoutInterval: request.timeoutSeconds)
        r.httpMethod = request.method
        r.httpBody = Data(request.body)
        for (k, v) in request.headers { r.setValue(v, forHTTPHeaderField: k) }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = request.timeoutSeconds
        configuration.timeoutIntervalForResource = request.timeoutSeconds
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let box = OutcomeBox()
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: r) { data, response, error in
            if let http = response as? HTTPURLResponse {
                let text = String(decoding: (data ?? Data()).prefix(300), as: UTF8.self)
                box.set(.response(status: http.statusCode, body: text))
            } else {
                box.set(.failure(error.map { ($0 as NSError).localizedDescription } ?? "no response"))
            }
            done.signal()
        }
        task.resume()
        // URLSession enforces the timeout; this is a backstop should it not.
        if done.wait(timeout: .now() + request.timeoutSeconds + 5) == .timedOut {
            task.cancel()
            return .failure("timed out after \(request.timeoutSeconds) s")
        }
        return box.get() ?? .failure("no response")
    }
}

private final class OutcomeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var outcome: HTTPOutcome?
    func set(_ o: HTTPOutcome) { lock.withLock { outcome = o } }
    func get() -> HTTPOutcome? { lock.withLock { outcome } }
}
