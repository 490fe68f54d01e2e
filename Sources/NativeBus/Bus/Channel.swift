import Glibc

/// One thread's working set: path and content buffers and the descriptors it keeps open.
/// A channel is used by one call at a time (the bus checks it out of a pool), so `flock` on its
/// descriptors excludes other threads and processes, which hold their own descriptors.
final class Channel: @unchecked Sendable {
    var pathA = ByteBuffer(capacity: 512)
    var pathB = ByteBuffer(capacity: 512)
    var body = ByteBuffer(capacity: 2048)
    /// Open sequence files by `<from>.<to>`, so a send does not reopen its pair's file.
    var sequenceFiles: [String: Int32] = [:]
    var metricsFD: Int32 = -1
    var healthLockFD: Int32 = -1

    /// Enough for every pair at 100 agents round-robin; beyond it the cache starts over.
    static let maxSequenceFiles = 128

    deinit {
        closeDescriptors()
        pathA.deallocate()
        pathB.deallocate()
        body.deallocate()
    }

    func closeDescriptors() {
        for fd in sequenceFiles.values { Sys.close(fd) }
        sequenceFiles.removeAll()
        if metricsFD >= 0 {
            Sys.close(metricsFD)
            metricsFD = -1
        }
        if healthLockFD >= 0 {
            Sys.close(healthLockFD)
            healthLockFD = -1
        }
    }
}
