import CLibXML2

/// A thin wrapper over libxml2's xmlTextWriter that writes to memory. Every name and text passes
/// through `TextSanitizer.xml`, so characters XML 1.0 forbids never reach the document (libxml2
/// escapes markup, not control characters).
final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    init() throws {
        _ = LibXML2.initialized
        guard let buffer = xmlBufferCreate() else { throw ReportError.xml("cannot allocate an XML buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw ReportError.xml("cannot create an XML writer")
        }
        self.buffer = buffer
        self.writer = writer
        try check(xmlTextWriterSetIndent(writer, 1), "set indentation")
        try Self.withXMLChars("  ") { try check(xmlTextWriterSetIndentString(writer, $0), "set indentation") }
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    func start(_ name: String) throws {
        try Self.withXMLChars(name) { try check(xmlTextWriterStartElement(writer, $0), "start <\(name)>") }
    }

    func attribute(_ name: String, _ value: String) throws {
        try Self.withXMLChars(name) { n in
            try Self.withXMLChars(TextSanitizer.xml(value)) { v in
                try check(xmlTextWriterWriteAttribute(writer, n, v), "write @\(name)")
            }
        }
    }

    func text(_ value: String) throws {
        try Self.withXMLChars(TextSanitizer.xml(value)) {
            try check(xmlTextWriterWriteString(writer, $0), "write text")
        }
    }

    /// Ends the innermost element; `full` writes `<a></a>` rather than `<a/>`.
    func end(full: Bool = false) throws {
        try check(full ? xmlTextWriterFullEndElement(writer) : xmlTextWriterEndElement(writer), "end an element")
    }

    /// Closes every open element and returns the document bytes.
    func finish() throws -> [UInt8] {
        try check(xmlTextWriterEndDocument(writer), "end the document")
        try check(xmlTextWriterFlush(writer), "flush")
        let length = Int(xmlBufferLength(buffer))
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: length))
    }

    private func check(_ rc: Int32, _ what: String) throws {
        if rc < 0 { throw ReportError.xml("libxml2 could not \(what)") }
    }

    static func withXMLChars<R>(_ s: String, _ body: (UnsafePointer<xmlChar>) throws -> R) rethrows -> R {
        var bytes = Array(s.utf8)
        bytes.append(0)
        return try bytes.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }
}

/// libxml2 must be initialised once, before threads use it concurrently.
enum LibXML2 {
    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()
}
