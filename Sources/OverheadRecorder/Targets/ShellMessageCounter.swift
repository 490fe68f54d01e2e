/// Counts the messages `receive_messages` printed.
///
/// The contract: each message is a JSON object, printed either at the top level (one per line, or
/// pretty-printed one after another) or as an element of a top-level JSON array (the original
/// library prints `[ {...}, {...} ]`). Objects nested deeper are part of a message, not messages.
/// Braces inside JSON strings are skipped. Text outside JSON values (log lines) is ignored as long
/// as it holds no `{` or `[`.
///
/// Streaming, in constant memory: the output is fed in chunks as it is read from the file, so a
/// library printing 100 MB costs the recorder one reusable buffer, not 100 MB.
struct ShellMessageCounter {
    private(set) var count = 0
    /// Open containers (JSON nesting depth).
    private var depth = 0
    /// Whether the outermost open container is an array.
    private var outerIsArray = false
    private var inString = false
    private var escaped = false

    static func count(_ bytes: [UInt8]) -> Int {
        var counter = ShellMessageCounter()
        bytes.withUnsafeBytes { counter.feed($0) }
        return counter.count
    }

    mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        for byte in bytes {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                if depth > 0 { inString = true }
            case UInt8(ascii: "{"):
                if depth == 0 || (depth == 1 && outerIsArray) { count += 1 }
                if depth == 0 { outerIsArray = false }
                depth += 1
            case UInt8(ascii: "["):
                if depth == 0 { outerIsArray = true }
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth > 0 { depth -= 1 }
            default:
                break
            }
        }
    }
}
