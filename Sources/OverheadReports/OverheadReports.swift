import OverheadAnalysis

/// One report format. Renderers return bytes; the caller does the I/O.
public protocol ReportRenderer {
    func render(_ result: AnalysisResult, options: ReportOptions) throws -> [UInt8]
}

public struct ReportOptions: Sendable, Equatable {
    /// ANSI colour (console only; on when stdout is a terminal).
    public var color: Bool
    public var inconclusivePolicy: InconclusivePolicy
    /// A folder of templates overriding the built-in ones (HTML, `--templates`).
    public var templatesDirectory: String?

    public init(color: Bool = false, inconclusivePolicy: InconclusivePolicy = .fail, templatesDirectory: String? = nil)
    {
        self.color = color
        self.inconclusivePolicy = inconclusivePolicy
        self.templatesDirectory = templatesDirectory
    }
}
