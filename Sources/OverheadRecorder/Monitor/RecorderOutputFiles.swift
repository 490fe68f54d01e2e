import Glibc

/// The recorder's own output files (results file, perf log, shell target stderr logs), measured
/// where they share the bus's file system: `tmpfs_mb` counts them too, and the analysis subtracts
/// them so that a long run's results file is not taken for the bus growing. One `stat` per known
/// path per reading, no directory scans; a file on another device, not yet created, or not a
/// regular file (e.g. `/dev/null`) counts 0.
struct RecorderOutputFiles: Sendable, Equatable {
    let paths: [String]
    /// `st_dev` of the bus directory; nil when it cannot be read (then nothing counts).
    let busDevice: UInt64?

    init(paths: [String], busPath: String) {
        var seen = Set<String>()
        self.paths = paths.filter { seen.insert($0).inserted }
        var st = stat()
        busDevice = stat(busPath, &st) == 0 ? UInt64(st.st_dev) : nil
    }

    /// No files: always 0 MB.
    static let none = RecorderOutputFiles(paths: [], busPath: "")

    /// MB the files occupy on the bus's file system: allocated blocks, as `statvfs` counts them.
    func megabytes() -> Double {
        guard let busDevice else { return 0 }
        var bytes: UInt64 = 0
        var st = stat()
        for path in paths where stat(path, &st) == 0 {
            guard UInt64(st.st_dev) == busDevice, (st.st_mode & S_IFMT) == S_IFREG else { continue }
            bytes += UInt64(st.st_blocks) * 512
        }
        return Double(bytes) / 1_048_576
    }
}
