import Testing

@testable import OverheadFormat

@Suite struct DiagnosticExcerptTests {
    @Test func bidiControlsAreEscapedLikeControlCharacters() {
        #expect(Diagnostic.excerpt("a\u{202E}b\u{1B}c\u{2066}") == "a\\u{202e}b\\u{1b}c\\u{2066}")
        #expect(Diagnostic.excerpt("plain é") == "plain é")
    }
}
