import OverheadFormat

extension SUTResources {
    /// The perf log's `name=value` fields, each preceded by a space: CPU with three decimals (a
    /// background worker's share is often below 0.01 %), megabytes with three.
    var perfFields: String {
        func f(_ name: String, _ value: Double) -> String { " \(name)=\(PerfSample.fixed(value, decimals: 3))" }
        var s = f(SUTColumns.cpu, cpuPercent) + f(SUTColumns.backgroundCPU, backgroundCPUPercent)
        s += f(SUTColumns.rss, rssMB)
        if let pssMB { s += f(SUTColumns.pss, pssMB) }
        if let memoryMeasure { s += " \(SUTColumns.memoryMeasure)=\(memoryMeasure.rawValue)" }
        s += f(SUTColumns.bus, busMB)
        for c in components { s += f(SUTColumns.componentPrefix + SUTColumns.encode(c.name), c.cpuPercent) }
        for c in components {
            if let rss = c.rssMB { s += f(SUTColumns.componentMemoryPrefix + SUTColumns.encode(c.name), rss) }
        }
        for p in paths { s += f(SUTColumns.pathPrefix + SUTColumns.encode(p.path), p.megabytes) }
        return s
    }
}
