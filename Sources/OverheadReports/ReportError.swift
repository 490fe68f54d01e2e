/// Why a report could not be rendered; the message names what and where.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    /// libxml2 refused an operation while writing XML.
    case xml(String)
    /// A template could not be read or parsed: file and reason.
    case template(file: String, reason: String)
    /// The templates directory given with `--templates` is missing or unreadable.
    case templatesDirectory(path: String, reason: String)
    /// The format cannot show this kind of result.
    case unsupported(format: String, view: String)

    public var description: String {
        switch self {
        case .xml(let reason): return "JUnit XML: \(reason)"
        case .template(let file, let reason): return "template \(file): \(reason)"
        case .templatesDirectory(let path, let reason): return "templates directory \(path): \(reason)"
        case .unsupported(let format, let view): return "the \(format) report cannot show \(view)"
        }
    }
}
