import Glibc

/// Opens an output file in a folder other users may write to (`/dev/shm`, `/tmp`) without being
/// tricked into writing somewhere else: a symbolic link at the path is never followed (`O_NOFOLLOW`),
/// a FIFO never blocks the open (`O_NONBLOCK`, then `fstat`), and nothing is truncated here.
/// Accepted: a regular file with no other hard link, or a character device (`/dev/null`).
enum OutputFileOpening {
    struct Opened {
        var fd: Int32
        var isRegularFile: Bool
        /// The file did not exist before (so a run that cannot start may remove it again).
        var created: Bool
    }

    /// `flags` adds the access mode and e.g. `O_APPEND`; the file is created if missing.
    static func open(_ path: String, flags: Int32, mode: mode_t = 0o644) throws(RecorderIOError) -> Opened {
        let common = flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC
        var fd: Int32 = -1
        var created = false
        var code: Int32 = 0
        // Open an existing file, else create a new one exclusively; if another process creates it in
        // between, open that one (a few rounds at most).
        for _ in 0..<8 {
            fd = Glibc.open(path, common)
            if fd >= 0 { break }
            code = errno
            if code == EINTR { continue }
            guard code == ENOENT else { break }
            fd = Glibc.open(path, common | O_CREAT | O_EXCL, mode)
            if fd >= 0 {
                created = true
                break
            }
            code = errno
            guard code == EEXIST || code == EINTR else { break }
        }
        guard fd >= 0 else {
            let detail = refusal(path, afterError: code)
            throw RecorderIOError(path: path, operation: detail == nil ? "create" : "open", errno: code, detail: detail)
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let code = errno
            close(fd)
            throw RecorderIOError(path: path, operation: "check", errno: code)
        }
        let type = st.st_mode & S_IFMT
        if type == S_IFREG && st.st_nlink > 1 {
            close(fd)
            throw RecorderIOError(
                path: path, operation: "write", errno: EPERM,
                detail: "it has \(st.st_nlink) hard links; refusing to write to a file that other names share")
        }
        guard type == S_IFREG || type == S_IFCHR else {
            close(fd)
            throw RecorderIOError(path: path, operation: "write", errno: EPERM, detail: notRegular(type))
        }
        // Blocking writes from here on (O_NONBLOCK only kept the open of a FIFO from hanging).
        let status = fcntl(fd, F_GETFL)
        if status >= 0 { _ = fcntl(fd, F_SETFL, status & ~O_NONBLOCK) }
        return Opened(fd: fd, isRegularFile: type == S_IFREG, created: created)
    }

    /// Removes `path` if it is still the file open at `fd` (not a file someone put there since).
    static func unlink(_ path: String, ifStillOpenAt fd: Int32) {
        var opened = stat()
        var named = stat()
        guard fstat(fd, &opened) == 0, lstat(path, &named) == 0, opened.st_dev == named.st_dev,
            opened.st_ino == named.st_ino
        else { return }
        Glibc.unlink(path)
    }

    /// Takes an exclusive lock without waiting, so a second recorder on the same file is refused.
    /// A file system that offers no locks (some network file systems) is written unlocked.
    static func lockExclusively(_ fd: Int32, path: String) throws(RecorderIOError) {
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            if code == ENOLCK || code == EOPNOTSUPP || code == EINVAL { return }
            let detail =
                code == EWOULDBLOCK
                ? "another overhead-record is writing it (it holds a lock on the file); "
                    + "wait for that run to end or choose another path"
                : nil
            throw RecorderIOError(path: path, operation: "lock", errno: code, detail: detail)
        }
    }

    /// The reason to give when `open` failed with `code`: a planted link or special file is named as such.
    private static func refusal(_ path: String, afterError code: Int32) -> String? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        let type = st.st_mode & S_IFMT
        if type == S_IFLNK {
            return "it is a symbolic link; refusing to follow it (remove it if you did not create it, "
                + "or choose another path)"
        }
        if code == ENXIO || (type != S_IFREG && type != S_IFDIR && type != S_IFCHR) { return notRegular(type) }
        return nil
    }

    private static func notRegular(_ type: mode_t) -> String {
        let kind: String
        switch type {
        case S_IFIFO: kind = "a FIFO (named pipe)"
        case S_IFSOCK: kind = "a socket"
        case S_IFDIR: kind = "a directory"
        case S_IFBLK: kind = "a block device"
        case S_IFLNK: kind = "a symbolic link"
        default: kind = "not a regular file"
        }
        return "it is \(kind), not a regular file; refusing to write to it"
    }
}
