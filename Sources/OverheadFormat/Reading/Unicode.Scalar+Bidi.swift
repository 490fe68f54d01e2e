extension Unicode.Scalar {
    /// Bidirectional formatting characters: embeddings and overrides (U+202A–U+202E), isolates
    /// (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C). Text read from a recording holding
    /// U+202E (right-to-left override) prints the rest of its line backwards ("Trojan Source"), so
    /// diagnostics and reports show these as `\u{202E}` escapes instead of obeying them.
    public var isBidiControl: Bool {
        switch value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }
}
