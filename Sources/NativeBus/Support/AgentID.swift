/// Agent ids become path components, so only `^[A-Za-z0-9_-]{1,64}$` is accepted:
/// no `/`, no `.`, no empty name, hence no path traversal.
enum AgentID {
    static let maxLength = 64

    @inline(__always)
    static func isValid(_ id: String) -> Bool {
        var count = 0
        for byte in id.utf8 {
            count += 1
            if count > maxLength { return false }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
                continue
            default:
                return false
            }
        }
        return count > 0
    }

    @inline(__always)
    static func validate(_ id: String) throws(NativeBusError) {
        guard isValid(id) else { throw .invalidAgentID(id) }
    }
}
