import Glibc

/// Thin, throwing wrappers over the few file system calls the shell target needs.
enum ShellFileIO {
    static func errorText(_ what: String, _ path: String, _ code: Int32 = errno) -> String {
        "\(what) \(path): \(String(cString: strerror(code)))"
    }

    static func readAll(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ShellTargetError.startFailed(errorText("cannot open", path)) }
        defer { close(fd) }
        return readRange(fd, from: 0)
    }

    /// Bytes of `fd` from `offset` to its end (pread: the descriptor's offset is left alone).
    static func readRange(_ fd: Int32, from offset: Int, limit: Int = .max) -> [UInt8] {
        var out: [UInt8] = []
        var position = offset
        var chunk = [UInt8](repeating: 0, count: 65536)
        while out.count < limit {
            let want = min(chunk.count, limit - out.count)
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, want, off_t(position)) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            out.append(contentsOf: chunk[0..<n])
            position += n
        }
        return out
    }

    static func size(_ fd: Int32) -> Int {
        var info = stat()
        return fstat(fd, &info) == 0 ? Int(info.st_size) : 0
    }

    /// `mkdir -p` with mode 0700 for what we create. A relative path stays relative.
    static func makeDirectories(_ path: String) throws {
        var partial = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            partial += (partial.isEmpty || partial.hasSuffix("/") ? "" : "/") + component
            if mkdir(partial, 0o700) != 0 && errno != EEXIST {
                throw ShellTargetError.startFailed(errorText("cannot create directory", partial))
            }
        }
    }

    /// Opens (creating) a file for appending that we also read back with pread. Like the results
    /// file (`OutputFileOpening`): a symbolic link is not followed, a FIFO or other special file
    /// is refused, so a stderr log in a shared folder cannot be redirected onto someone's file.
    static func openAppend(_ path: String) throws -> Int32 {
        do {
            return try OutputFileOpening.open(path, flags: O_RDWR | O_APPEND, mode: 0o600).fd
        } catch {
            throw ShellTargetError.startFailed(error.description)
        }
    }

    /// Regular files named `*.json` in `directory` (0 if it does not exist): the messages of an inbox.
    static func countJSONFiles(in directory: String) -> Int {
        guard let dir = opendir(directory) else { return 0 }
        defer { closedir(dir) }
        var count = 0
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasSuffix(".json") && !name.hasPrefix(".") { count += 1 }
        }
        return count
    }
}
