import Foundation
import Mustache

/// The report's templates: the built-in ones (compiled in from `templates/` at build time) with any
/// file of the same name in `--templates DIR` taking their place, plus any extra partials there.
/// Names are file names minus `.mustache` (`report.html`, `report.css`, …).
struct TemplateSet {
    static let main = "report.html"
    static let comparison = "comparison.html"
    static let fleet = "fleet.html"
    static let history = "history.html"

    var sources: [String: String]

    init(overrides directory: String?) throws {
        var sources: [String: String] = [:]
        for (file, text) in EmbeddedTemplates.files { sources[Self.name(of: file)] = text }
        if let directory {
            let url = URL(fileURLWithPath: directory, isDirectory: true)
            let files: [URL]
            do {
                files = try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
            } catch {
                throw ReportError.templatesDirectory(
                    path: directory, reason: "cannot be read (\(error.localizedDescription))")
            }
            for file in files where file.pathExtension == "mustache" || file.pathExtension == "css" {
                guard let data = FileManager.default.contents(atPath: file.path) else {
                    throw ReportError.template(file: file.path, reason: "cannot be read")
                }
                guard let text = String(validating: data, as: UTF8.self) else {
                    throw ReportError.template(file: file.path, reason: "is not valid UTF-8")
                }
                sources[Self.name(of: file.lastPathComponent)] = text
            }
        }
        self.sources = sources
    }

    static func name(of file: String) -> String {
        file.hasSuffix(".mustache") ? String(file.dropLast(".mustache".count)) : file
    }

    /// Parses every template; a syntax error names the file and line.
    func library() throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw ReportError.template(
                    file: name + (name.hasSuffix(".css") ? "" : ".mustache"),
                    reason: "line \(error.context.lineNumber), column \(error.context.columnNumber): \(error.error)")
            }
        }
        return library
    }
}
