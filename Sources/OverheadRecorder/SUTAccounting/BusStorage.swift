import Glibc
import OverheadFormat

/// Bytes allocated under the private bus directory (`st_blocks × 512`, as tmpfs counts them), in
/// total and per kind of path: agent names and numbered file names fold into `*`
/// (`messages/*/inbox/*.json`, `health/*/status.json`, `metrics/metrics.jsonl`), so the breakdown
/// names what grows rather than every file. Directories count nothing (tmpfs gives them no
/// blocks); symbolic links are not followed.
struct BusStorage {
    let root: String
    /// Top-level names not counted (the shell driver's scratch files are the recorder's).
    let exclude: Set<String>
    /// Paths reported by name; the rest are summed under `otherPath`.
    static let maxPaths = 12
    static let otherPath = "(other)"

    init(root: String, exclude: [String]) {
        self.root = root
        self.exclude = Set(exclude)
    }

    struct Usage {
        var totalMB: Double
        var paths: [SUTResources.PathUsage]
    }

    func read() -> Usage {
        var sizes: [String: UInt64] = [:]
        let fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 { walk(fd, prefix: "", depth: 0, into: &sizes) }
        let total = sizes.values.reduce(0, +)
        let ordered = sizes.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        var paths = ordered.prefix(Self.maxPaths).map {
            SUTResources.PathUsage(path: $0.key, megabytes: Double($0.value) / 1_048_576)
        }
        let rest = ordered.dropFirst(Self.maxPaths).reduce(UInt64(0)) { $0 + $1.value }
        if rest > 0 { paths.append(SUTResources.PathUsage(path: Self.otherPath, megabytes: Double(rest) / 1_048_576)) }
        paths.sort { $0.path < $1.path }
        return Usage(totalMB: Double(total) / 1_048_576, paths: paths)
    }

    /// Reads the directory open on `fd` (and closes it), adding each file's blocks under its key.
    private func walk(_ fd: Int32, prefix: String, depth: Int, into sizes: inout [String: UInt64]) {
        guard let dir = fdopendir(fd) else {
            close(fd)
            return
        }
        defer { closedir(dir) }
        let dfd = dirfd(dir)
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            if depth == 0 && exclude.contains(name) { continue }
            var st = stat()
            guard fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else { continue }  // gone meanwhile
            let key = prefix + Self.fold(name)
            if (st.st_mode & S_IFMT) == S_IFDIR {
                guard depth < 16 else { continue }
                let child = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if child >= 0 { walk(child, prefix: key + "/", depth: depth + 1, into: &sizes) }
            } else {
                sizes[key, default: 0] += UInt64(st.st_blocks) * 512
            }
        }
    }

    /// A name with a digit in it becomes `*`, keeping a short digit-free extension (`*.json`).
    static func fold(_ name: String) -> String {
        guard name.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return name }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            let ext = name[name.index(after: dot)...]
            if !ext.isEmpty, ext.count <= 8, !ext.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) {
                return "*." + ext
            }
        }
        return "*"
    }
}
