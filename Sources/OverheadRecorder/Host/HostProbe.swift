import Glibc
import OverheadFormat

/// Facts about this machine for the manifest, so a recording can be analysed elsewhere.
enum HostProbe {
    static func probe(busParent: String) -> HostInfo {
        var name = [CChar](repeating: 0, count: 256)
        gethostname(&name, name.count - 1)
        var u = utsname()
        uname(&u)
        let kernel = field(&u.sysname) + " " + field(&u.release)
        var mem = ProcFile(path: "/proc/meminfo", capacity: 512)
        let totalKB = mem.withContents { ProcParsers.memory(meminfo: $0)?.totalKB } ?? 0
        var fs = statvfs()
        let fsMB = statvfs(busParent, &fs) == 0 ? Double(UInt64(fs.f_blocks) * UInt64(fs.f_frsize)) / 1_048_576 : 0
        return HostInfo(
            hostname: string(name), kernel: kernel, cpuModel: cpuModel(),
            cpuCount: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))),
            memoryMB: Double(totalKB) / 1024, tmpfsMB: fsMB)
    }

    /// `model name` from /proc/cpuinfo, or "unknown".
    static func cpuModel() -> String {
        var info = ProcFile(path: "/proc/cpuinfo", capacity: 8192)
        return info.withContents { bytes -> String? in cpuModel(cpuinfo: String(decoding: bytes, as: UTF8.self)) }
            ?? "unknown"
    }

    static func cpuModel(cpuinfo: String) -> String? {
        for line in cpuinfo.split(separator: "\n") where line.hasPrefix("model name") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            return String(line[line.index(after: colon)...]).trimmingWhitespace
        }
        return nil
    }

    private static func string(_ chars: [CChar]) -> String {
        String(decoding: chars.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func field<T>(_ tuple: inout T) -> String {
        withUnsafeBytes(of: &tuple) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
    }
}
