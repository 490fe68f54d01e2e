/// Escaping for untrusted text in GitHub-flavoured Markdown: the text shows as written and can
/// neither end a table cell, open markup or HTML, nor mention a user or team.
enum MarkdownText {
    /// Characters CommonMark lets a backslash escape that could start markup here: emphasis, code,
    /// links, HTML, entities, table pipes, headings, strikethrough and `@` mentions.
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "~", "@", "&", "$"]

    /// One line of inline text: controls and bidi characters made visible, markup characters escaped.
    static func inline(_ text: String) -> String {
        var out = ""
        for c in InertText.visible(text) {
            if special.contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// A table: header, alignment row (`true` right-aligns a column) and rows, cells already escaped.
    static func table(_ header: [String], rightAligned: [Bool], rows: [[String]]) -> String {
        var lines = ["| " + header.joined(separator: " | ") + " |"]
        lines.append("|" + rightAligned.map { $0 ? "---:|" : "---|" }.joined())
        for row in rows { lines.append("| " + row.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }
}
