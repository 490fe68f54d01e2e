import OverheadFormat

/// Warnings when two recordings were made on different hosts or with different settings: their
/// difference may then be the machine, not the code.
enum ManifestDifferences {
    static func between(_ a: Manifest?, _ b: Manifest?) -> [ComparisonWarning] {
        guard let a, let b else { return a == nil && b == nil ? [] : [.oneManifestMissing] }
        var host: [ManifestChange] = []
        func check<T: Equatable>(_ name: String, _ x: T, _ y: T, into list: inout [ManifestChange]) {
            if x != y { list.append(ManifestChange(name: name, old: "\(x)", new: "\(y)")) }
        }
        check("hostname", a.host.hostname, b.host.hostname, into: &host)
        check("kernel", a.host.kernel, b.host.kernel, into: &host)
        check("CPU", a.host.cpuModel, b.host.cpuModel, into: &host)
        check("CPU count", a.host.cpuCount, b.host.cpuCount, into: &host)
        check("memory MB", a.host.memoryMB, b.host.memoryMB, into: &host)
        var config: [ManifestChange] = []
        check("iterations", a.config.iterations, b.config.iterations, into: &config)
        check("scales", a.config.scaleLevels, b.config.scaleLevels, into: &config)
        check("runs", a.config.statisticalRuns, b.config.statisticalRuns, into: &config)
        check("warm-up runs", a.config.warmupRuns, b.config.warmupRuns, into: &config)
        check("concurrency", a.config.concurrency, b.config.concurrency, into: &config)
        check("target", a.target.kind, b.target.kind, into: &config)
        var out: [ComparisonWarning] = []
        if !host.isEmpty { out.append(.differentHosts(host)) }
        if !config.isEmpty { out.append(.differentConfigurations(config)) }
        return out
    }
}
