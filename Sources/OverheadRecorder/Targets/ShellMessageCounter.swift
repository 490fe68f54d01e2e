/// Counts the messages `receive_messages` printed.
///
/// The contract: each message is a JSON object, printed either at the top level (one per line, or
/// pretty-printed one after another) or as an element of a top-level JSON array (the original
/// library prints `[ {...}, {...} ]`). Objects nested deeper are part of a message, not messages.
/// Braces inside JSON strings are skipped. Text outside JSON values (log lines) is ignored as long
/// as it holds no `{` or `[`.
enum ShellMessageCounter {
    static func count(_ bytes: [UInt8]) -> Int {
        var count = 0
        // Open containers: true for an array, false for an object.
        var stack: [Bool] = []
        var inString = false
        var escaped = false
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
                if !stack.isEmpty { inString = true }
            case UInt8(ascii: "{"):
                if stack.isEmpty || (stack.count == 1 && stack[0]) { count += 1 }
                stack.append(false)
            case UInt8(ascii: "["):
                stack.append(true)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if !stack.isEmpty { stack.removeLast() }
            default:
                break
            }
        }
        return count
    }
}
