import Foundation
import Glibc

@testable import NativeBus

/// A fresh bus root on tmpfs (/dev/shm when present), removed when the fixture goes away.
final class BusFixture {
    let root: String

    init() throws {
        let base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : NSTemporaryDirectory()
        var template = Array("\(base)/nativebus-test-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw NativeBusError.system(operation: "mkdtemp", path: base, code: errno)
        }
        root = String(cString: made)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func bus(_ configuration: NativeBusConfiguration = NativeBusConfiguration(), counting: InboxCounting? = nil) throws
        -> NativeBus
    {
        try NativeBus(root: root, configuration: configuration, counting: counting)
    }

    func inboxPath(_ agent: String) -> String { "\(root)/messages/\(agent)/inbox" }

    func files(in directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }
}

/// The parsed fields of a message file the tests look at.
struct ParsedMessage {
    var from: String
    var to: String
    var sequence: Int
    var type: String
    var payload: Any?

    init(_ text: String) throws {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        guard let object, let from = object["from"] as? String, let to = object["to"] as? String,
            let sequence = object["sequence"] as? Int, let type = object["type"] as? String
        else {
            throw NativeBusError.invalidConfiguration("unexpected message \(text)")
        }
        self.from = from
        self.to = to
        self.sequence = sequence
        self.type = type
        self.payload = object["payload"]
    }
}
