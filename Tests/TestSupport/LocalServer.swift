import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// A real server (Pushgateway, VictoriaMetrics) started from the test on 127.0.0.1 and a free port,
/// with its data in a temporary folder; `stop()` kills it and removes the folder.
public final class LocalServer: @unchecked Sendable {
    public let port: Int
    public let dataDirectory: URL
    private let process: Process
    private let log: URL

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Starts `program` with the arguments `arguments(port, dataDirectory)` and waits (up to
    /// `timeout` seconds) until `GET readyPath` answers 200.
    public init(
        _ program: ExternalProgram, readyPath: String, timeout: Double = 20,
        arguments: (Int, URL) -> [String]
    ) throws {
        port = try Self.freePort()
        dataDirectory = try TestSupport.makeTemporaryDirectory(program.name)
        log = dataDirectory.appendingPathComponent("server.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process = Process()
        process.executableURL = URL(fileURLWithPath: try program.path())
        process.arguments = arguments(port, dataDirectory)
        process.currentDirectoryURL = dataDirectory
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let ready = TestSupport.waitUntil(timeout: timeout, poll: 0.1) {
            (try? Self.get(baseURL + readyPath, timeout: 1).status) == 200 || !process.isRunning
        }
        guard ready, process.isRunning else {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            stop()
            throw StartFailure(description: "\(program.name) did not start on port \(port): \(text.suffix(800))")
        }
    }

    public struct StartFailure: Error, CustomStringConvertible {
        public var description: String
    }

    public func stop() {
        if process.isRunning {
            process.terminate()
            if !TestSupport.waitUntil(timeout: 5, { !process.isRunning }) { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: dataDirectory)
    }

    deinit { stop() }

    /// A port the kernel just handed out on 127.0.0.1 (free unless someone takes it in between).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw StartFailure(description: "socket() failed") }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) }
        }
        guard bound == 0 else { throw StartFailure(description: "bind() failed") }
        let named = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        guard named == 0 else { throw StartFailure(description: "getsockname() failed") }
        return Int(UInt16(bigEndian: addr.sin_port))
    }

    /// `GET url`: status and body. Bounded by `timeout` seconds.
    public static func get(_ url: String, timeout: Double = 5) throws -> (status: Int, body: Data) {
        guard let u = URL(string: url) else { throw StartFailure(description: "bad URL \(url)") }
        let request = URLRequest(url: u, timeoutInterval: timeout)
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        session.dataTask(with: request) { data, response, error in
            box.set((response as? HTTPURLResponse)?.statusCode ?? 0, data ?? Data(), error)
            done.signal()
        }.resume()
        guard done.wait(timeout: .now() + timeout + 2) == .success else {
            throw StartFailure(description: "GET \(url) timed out")
        }
        let (status, body, error) = box.get()
        if let error { throw error }
        return (status, body)
    }
}

private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: (Int, Data, (any Error)?) = (0, Data(), nil)
    func set(_ status: Int, _ body: Data, _ error: (any Error)?) { lock.withLock { value = (status, body, error) } }
    func get() -> (Int, Data, (any Error)?) { lock.withLock { value } }
}
