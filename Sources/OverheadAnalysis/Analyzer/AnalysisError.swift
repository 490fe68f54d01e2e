/// Why a recording cannot be analysed at all (the CLI exits 2).
public enum AnalysisError: Error, Equatable, CustomStringConvertible {
    /// No `baseline/message_send` samples or summaries: every overhead is relative to it.
    case noBaseline(files: [String])
    case invalidOption(String)

    public var description: String {
        switch self {
        case .noBaseline(let files):
            let names = files.isEmpty ? "the recording" : files.joined(separator: ", ")
            return
                "\(names): no baseline/message_send measurements; every overhead is relative to the baseline send, so nothing can be analysed"
        case .invalidOption(let message):
            return message
        }
    }
}
