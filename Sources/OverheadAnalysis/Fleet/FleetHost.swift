import OverheadFormat

/// One recording of a fleet: where it came from and how it reads on its own.
public struct FleetHost: Sendable, Equatable {
    /// The name the reports show: the manifest's hostname when it names this host alone, else
    /// the results file.
    public var label: String
    public var hostname: String?
    public var files: [String]
    public var perfLogs: [String]
    public var manifest: Manifest?
    /// Malformed lines skipped while reading it.
    public var linesSkipped: Int

    public init(
        label: String, hostname: String?, files: [String], perfLogs: [String], manifest: Manifest?, linesSkipped: Int
    ) {
        self.label = label
        self.hostname = hostname
        self.files = files
        self.perfLogs = perfLogs
        self.manifest = manifest
        self.linesSkipped = linesSkipped
    }
}
