import Glibc

/// Why a bus operation failed. Messages name the agent, the path or the setting involved.
public enum NativeBusError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An agent id outside `^[A-Za-z0-9_-]{1,64}$`; rejected before any path is built.
    case invalidAgentID(String)
    /// A health status outside healthy|unhealthy|degraded|unknown.
    case invalidHealthStatus(String)
    /// A metric value that JSON cannot carry (NaN, ±infinity).
    case invalidMetricValue(name: String, value: Double)
    /// A setting out of range, e.g. a capacity of 0.
    case invalidConfiguration(String)
    /// The agent has no inbox: never initialised, or already shut down.
    case agentNotInitialised(agent: String, path: String)
    /// The sender has no outbox, so it cannot stage a message.
    case senderNotInitialised(agent: String, path: String)
    /// The recipient is shutting down and refuses new deliveries.
    case recipientShuttingDown(agent: String)
    /// `sendWithBackpressure` found the inbox full on every try.
    case backpressureExhausted(agent: String, inboxCount: Int, capacity: Int, tries: Int, waitedSeconds: Double)
    /// Shutdown could not drain the inbox within its timeout; `remaining` messages are still there.
    case shutdownTimedOut(agent: String, drained: Int, remaining: Int, timeoutSeconds: Double)
    /// A system call failed; `code` is its errno.
    case system(operation: String, path: String, code: Int32)

    public var description: String {
        switch self {
        case .invalidAgentID(let id):
            return "invalid agent id \(Self.quoted(id)): must match ^[A-Za-z0-9_-]{1,64}$"
        case .invalidHealthStatus(let status):
            return "invalid health status \(Self.quoted(status)): must be one of healthy, unhealthy, degraded, unknown"
        case .invalidMetricValue(let name, let value):
            return "metric '\(name)' has value \(value), which JSON cannot represent"
        case .invalidConfiguration(let what):
            return "invalid bus configuration: \(what)"
        case .agentNotInitialised(let agent, let path):
            return "agent '\(agent)' has no inbox at \(path) (not initialised, or already shut down)"
        case .senderNotInitialised(let agent, let path):
            return "sender '\(agent)' has no outbox at \(path) (not initialised, or already shut down)"
        case .recipientShuttingDown(let agent):
            return "agent '\(agent)' is shutting down and refuses new messages"
        case .backpressureExhausted(let agent, let count, let capacity, let tries, let waited):
            return
                "inbox of '\(agent)' still full (\(count)/\(capacity)) after \(tries) tries and \(waited) s of waiting; message not sent"
        case .shutdownTimedOut(let agent, let drained, let remaining, let timeout):
            return
                "shutdown of '\(agent)' timed out after \(timeout) s: drained \(drained), \(remaining) still in its inbox"
        case .system(let operation, let path, let code):
            return "\(operation) \(path): \(Self.errnoText(code)) (errno \(code))"
        }
    }

    /// The errno of a failed system call, if this is one.
    public var errnoCode: Int32? {
        if case .system(_, _, let code) = self { return code }
        return nil
    }

    /// True when the file system holding the bus is full (ENOSPC), so a caller can stop cleanly.
    public var isNoSpace: Bool { errnoCode == ENOSPC }

    static func errnoText(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }

    /// An id shown safely: quoted, truncated, control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for (i, scalar) in text.unicodeScalars.enumerated() {
            if i == 80 {
                out += "…"
                break
            }
            if scalar.value < 0x20 || scalar == "\"" || scalar == "\\" {
                out += scalar.escaped(asASCII: true)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
