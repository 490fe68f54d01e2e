extension Diagnostic {
    /// Stands for "the line `offset` lines after this diagnostic's line" inside a message. A part of
    /// a file read on another thread does not know its absolute line numbers until the parts before
    /// it are counted; the marker is resolved once they are. U+0001 never comes from input text
    /// (excerpts escape control characters).
    static func lineAfter(_ offset: Int) -> String { "\u{1}\(offset)\u{1}" }

    /// The message with every `lineAfter` marker replaced by an absolute line number.
    func resolvingLineMarkers() -> Diagnostic {
        guard message.unicodeScalars.contains("\u{1}") else { return self }
        var out = ""
        for (k, piece) in message.split(separator: "\u{1}", omittingEmptySubsequences: false).enumerated() {
            if k % 2 == 1, let offset = Int(piece) {
                out += String(line + offset)
            } else {
                out += piece
            }
        }
        return Diagnostic(file: file, line: line, message: out)
    }
}
