extension NativeBus {
    /// Bytes this instance holds in memory: the buffers of its idle channels (path and body
    /// buffers, the cached sequence-file table). Not counted: a channel checked out by a call at
    /// the moment of reading, the Swift runtime, the caller's own memory, and the page cache that
    /// holds the bus's files (that is the bus directory's storage).
    public var heldBytes: Int {
        channels.withLock { pool in
            pool.reduce(0) { total, channel in
                total + channel.pathA.capacity + channel.pathB.capacity + channel.body.capacity
                    + channel.sequenceFiles.capacity * (MemoryLayout<String>.stride + MemoryLayout<Int32>.stride)
            }
        }
    }
}
