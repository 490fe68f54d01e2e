/// Splits a trace into records. A line that does not start a record continues the previous
/// one's command (an argument holding a newline); what cannot be read is counted, not fatal.
enum ShellTraceParser {
    static let separator: Character = "\u{1F}"

    static func parse(_ bytes: [UInt8]) -> (records: [ShellTraceRecord], unreadable: Int) {
        var records: [ShellTraceRecord] = []
        var unreadable = 0
        let text = String(decoding: bytes, as: UTF8.self)
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if let record = record(rawLine) {
                records.append(record)
            } else if records.isEmpty || rawLine.first == "+" {
                unreadable += 1
            }
        }
        return (records, unreadable)
    }

    /// One record line, or nil when the line is a continuation or not ours.
    static func record(_ line: Substring) -> ShellTraceRecord? {
        guard line.first == "+" else { return nil }
        let body = line.drop(while: { $0 == "+" })
        guard body.first == separator else { return nil }
        let fields = body.dropFirst().split(separator: separator, maxSplits: 6, omittingEmptySubsequences: false)
        guard fields.count == 7, let micros = ShellReply.micros(fields[0]), let pid = Int(fields[1]),
            let level = Int(fields[2]), let lineNumber = Int(fields[4])
        else { return nil }
        return ShellTraceRecord(
            micros: micros, pid: pid, level: level, file: String(fields[3]), line: lineNumber,
            stack: fields[5].split(separator: " ").map(String.init), command: String(fields[6]))
    }

    /// The command word of a traced command: the first word that is not a variable assignment,
    /// with xtrace's quoting removed; nil for a bare assignment.
    static func commandName(_ command: String) -> String? {
        var rest = Substring(command)
        while true {
            rest = rest.drop(while: { $0 == " " })
            guard !rest.isEmpty else { return nil }
            let (word, after) = firstWord(rest)
            if isAssignment(word) {
                rest = after
                continue
            }
            let name = unquoted(word)
            return name.isEmpty ? nil : String(name.prefix(120))
        }
    }

    /// The first word and what follows it; single quotes and `$'…'` are kept inside the word.
    private static func firstWord(_ text: Substring) -> (Substring, Substring) {
        var index = text.startIndex
        var quote: Character?
        var escaped = false
        while index < text.endIndex {
            let c = text[index]
            if let q = quote {
                if escaped {
                    escaped = false
                } else if c == "\\" && q == "$" {
                    escaped = true
                } else if c == "'" {
                    quote = nil
                }
            } else if escaped {
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == " " {
                break
            } else if c == "'" {
                let previous = index > text.startIndex ? text[text.index(before: index)] : " "
                quote = previous == "$" ? "$" : "'"
            }
            index = text.index(after: index)
        }
        return (text[text.startIndex..<index], text[index...])
    }

    private static func isAssignment(_ word: Substring) -> Bool {
        guard let eq = word.firstIndex(of: "="), eq != word.startIndex else { return false }
        var name = word[..<eq]
        if name.last == "+" { name = name.dropLast() }
        if let bracket = name.firstIndex(of: "[") {
            guard name.last == "]" else { return false }
            name = name[..<bracket]
        }
        guard let first = name.first, first == "_" || first.isLetter && first.isASCII else { return false }
        return name.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
    }

    /// Removes xtrace's quoting: `'…'` and a backslash outside quotes (`'\''` inside a quoted
    /// word); `$'…'` stays as printed.
    private static func unquoted(_ word: Substring) -> String {
        if word.hasPrefix("$'") { return String(word) }
        var out = ""
        var inQuote = false
        var escaped = false
        for c in word {
            if escaped {
                out.append(c)
                escaped = false
            } else if c == "'" {
                inQuote.toggle()
            } else if c == "\\" && !inQuote {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out
    }
}
