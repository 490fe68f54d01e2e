import Glibc

extension NativeBus {
    /// Appends one JSON line `{"timestamp","metric","value","unit","tags"}` to the metrics file
    /// with a single `write` on an `O_APPEND` descriptor, under an exclusive `flock` on that file.
    /// `tags` is embedded as JSON when it is one JSON value (e.g. `{"agent":"a-1"}`), `{}` when
    /// empty, and as a JSON string otherwise.
    public func emitMetric(name: String, value: Double, unit: String, tags: String = "") throws(NativeBusError) {
        phases?.begin(.prepare)
        defer { phases?.end() }
        guard value.isFinite else { throw .invalidMetricValue(name: name, value: value) }
        try withChannel { channel throws(NativeBusError) in
            var line = channel.body
            var path = channel.pathA
            defer {
                channel.body = line
                channel.pathA = path
            }
            if channel.metricsFD < 0 {
                layout.metrics(into: &path)
                phases?.begin(.open)
                let fd = Sys.open(path.cString, O_WRONLY | O_APPEND | O_CREAT)
                if fd < 0 { throw Sys.failure("open", path, -fd) }
                channel.metricsFD = fd
                phases?.begin(.prepare)
            }
            let fd = channel.metricsFD
            let now = Clock.realtime()
            line.reset()
            line.append("{\"timestamp\":\"")
            line.appendISO8601(seconds: now.tv_sec, nanoseconds: now.tv_nsec)
            line.append("\",\"metric\":")
            line.appendJSONString(name)
            line.append(",\"value\":")
            line.appendJSONNumber(value)
            line.append(",\"unit\":")
            line.appendJSONString(unit)
            line.append(",\"tags\":")
            line.appendJSONValue(tags, empty: "{}")
            line.append("}\n")
            phases?.begin(.flock)
            var code = Sys.lock(fd, LOCK_EX)
            if code == 0 {
                phases?.begin(.write)
                code = Sys.writeAll(fd, line.bytes)
                phases?.begin(.flock)
                _ = Sys.lock(fd, LOCK_UN)
                if code == 0 { return }
                layout.metrics(into: &path)
                throw Sys.failure("write", path, code)
            }
            layout.metrics(into: &path)
            throw Sys.failure("flock", path, code)
        }
    }

    /// The metrics file this bus appends to.
    public var metricsFilePath: String { String(decoding: layout.metricsFile, as: UTF8.self) }
}
