import OverheadAnalysis

/// One report format. Renderers return bytes; the caller does the I/O. A format renders every
/// kind of result it can show: one recording's analysis, a comparison of two recordings, and a
/// fleet of recordings pooled across hosts.
public protocol ReportRenderer {
    /// The format's name in messages, e.g. `JSON`.
    var formatName: String { get }
    func render(_ result: AnalysisResult, options: ReportOptions) throws -> [UInt8]
    func render(_ comparison: RecordingComparison, options: ReportOptions) throws -> [UInt8]
    func render(_ fleet: FleetAnalysis, options: ReportOptions) throws -> [UInt8]
}

extension ReportRenderer {
    /// Formats without a comparison view say so.
    public func render(_ comparison: RecordingComparison, options: ReportOptions) throws -> [UInt8] {
        throw ReportError.unsupported(format: formatName, view: "a comparison")
    }

    /// Formats without a fleet view say so.
    public func render(_ fleet: FleetAnalysis, options: ReportOptions) throws -> [UInt8] {
        throw ReportError.unsupported(format: formatName, view: "a fleet")
    }
}

public struct ReportOptions: Sendable, Equatable {
    /// ANSI colour (console only; on when stdout is a terminal).
    public var color: Bool
    public var inconclusivePolicy: InconclusivePolicy
    /// A folder of templates overriding the built-in ones (HTML, `--templates`).
    public var templatesDirectory: String?
    /// Console only: print the verdict summary and nothing else (`--summary`).
    public var summaryOnly: Bool
    /// JUnit only: give `skipped` elements a `message` attribute (off: `--junit-plain-skipped`).
    public var junitSkippedMessage: Bool = true

    public init(
        color: Bool = false, inconclusivePolicy: InconclusivePolicy = .fail, templatesDirectory: String? = nil,
        summaryOnly: Bool = false
    ) {
        self.color = color
        self.inconclusivePolicy = inconclusivePolicy
        self.templatesDirectory = templatesDirectory
        self.summaryOnly = summaryOnly
    }
}
