import CLibXML2
import Foundation
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// libxml2 from tests: parse a document back, validate it against a schema, walk its nodes.
enum LibXML2Support {
    final class Messages { var list: [String] = [] }

    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses `bytes` as XML (no network); nil plus the parser's last error when not well-formed.
    static func parse(_ bytes: [UInt8]) -> (xmlDocPtr?, [String]) {
        _ = initialized
        guard let ctxt = xmlNewParserCtxt() else { return (nil, ["cannot create a parser"]) }
        defer { xmlFreeParserCtxt(ctxt) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOERROR.rawValue)
        let doc = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                xmlCtxtReadMemory(ctxt, $0, Int32(buf.count), "report.xml", "UTF-8", options)
            }
        }
        if doc == nil || ctxt.pointee.wellFormed == 0 {
            if let doc { xmlFreeDoc(doc) }
            let error = xmlCtxtGetLastError(ctxt)
            let message = error?.pointee.message.map { String(cString: $0) } ?? "unknown error"
            return (nil, ["line \(error?.pointee.line ?? 0): \(message)"])
        }
        return (doc, [])
    }

    /// Schema validation errors of `bytes` against the XSD at `schemaPath` (empty when valid).
    static func validate(_ bytes: [UInt8], schemaPath: String) throws -> [String] {
        let (parsed, parseErrors) = parse(bytes)
        guard let doc = parsed else { return ["not well-formed: " + parseErrors.joined(separator: "; ")] }
        defer { xmlFreeDoc(doc) }
        guard let parserCtxt = xmlSchemaNewParserCtxt(schemaPath) else {
            throw ValidationError("cannot read \(schemaPath)")
        }
        defer { xmlSchemaFreeParserCtxt(parserCtxt) }
        guard let schema = xmlSchemaParse(parserCtxt) else {
            throw ValidationError("cannot parse schema \(schemaPath)")
        }
        defer { xmlSchemaFree(schema) }
        guard let validCtxt = xmlSchemaNewValidCtxt(schema) else {
            throw ValidationError("cannot create a validation context")
        }
        defer { xmlSchemaFreeValidCtxt(validCtxt) }
        let messages = Messages()
        xmlSchemaSetValidStructuredErrors(
            validCtxt, { userData, error in collect(userData, error) },
            Unmanaged.passUnretained(messages).toOpaque())
        let rc = xmlSchemaValidateDoc(validCtxt, doc)
        if rc != 0 && messages.list.isEmpty { return ["validation failed with code \(rc)"] }
        return messages.list
    }

    struct ValidationError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    /// Every element of the document, depth first.
    static func elements(_ doc: xmlDocPtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        func walk(_ node: xmlNodePtr?) {
            var n = node
            while let cur = n {
                if cur.pointee.type == XML_ELEMENT_NODE { out.append(cur) }
                walk(cur.pointee.children)
                n = cur.pointee.next
            }
        }
        walk(xmlDocGetRootElement(doc))
        return out
    }

    static func name(_ node: xmlNodePtr) -> String { String(cString: node.pointee.name) }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { free(value) }
        return String(cString: value)
    }

    /// All attributes of an element as (name, value).
    static func attributes(_ node: xmlNodePtr) -> [(String, String)] {
        var out: [(String, String)] = []
        var a = node.pointee.properties
        while let attr = a {
            let n = String(cString: attr.pointee.name)
            out.append((n, attribute(node, n) ?? ""))
            a = attr.pointee.next
        }
        return out
    }

    static func text(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { free(content) }
        return String(cString: content)
    }
}

/// Structured-error callback: appends libxml2's message to the `Messages` box in `userData`.
private func collect(_ userData: UnsafeMutableRawPointer?, _ error: UnsafeMutablePointer<xmlError>?) {
    guard let userData, let error else { return }
    let messages = Unmanaged<LibXML2Support.Messages>.fromOpaque(userData).takeUnretainedValue()
    let text = error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
    messages.list.append("line \(error.pointee.line): \(text)")
}
