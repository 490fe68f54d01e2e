import OverheadFormat

/// The system under test's figures from the perf log (`SUTReport`): the soak phase's lines when
/// the log has at least `minimumSoakLines` of them, else every line carrying the fields.
enum SUTAnalysis {
    static let minimumSoakLines = 4
    /// Other processes using this share of the machine's CPU (percent) during the measured
    /// windows make the "busy host" warning.
    public static let busyHostPercent = 25.0

    /// The report, with the measurements the criteria judge (background CPU, memory and bus growth).
    struct Figures {
        var report: SUTReport
        var backgroundCPU: Measured?
        var memorySlope: Measured?
        var busSlope: Measured?
    }

    static func figures(_ perf: [PerfSample], confidence: Double) -> Figures? {
        let withSUT = perf.filter { $0.sut != nil }
        guard !withSUT.isEmpty else { return nil }
        let soak = withSUT.filter(\.isSoak)
        let fromSoak = soak.count >= minimumSoakLines
        let lines = fromSoak ? soak : withSUT
        let sut = lines.map { $0.sut! }
        let t0 = lines[0].unixTime
        let minutes = lines.map { ($0.unixTime - t0) / 60 }
        func mean(_ xs: [Double]) -> Estimate? {
            ResourceAnalysis.batchMeans(xs, confidence: confidence)?.estimate(confidence: confidence)
        }
        func slope(_ ys: [Double]) -> Estimate? {
            ResourceAnalysis.batchSlope(minutes, ys, confidence: confidence)?.estimate(confidence: confidence)
        }
        var names: [String] = []
        for s in sut { for c in s.components where !names.contains(c.name) { names.append(c.name) } }
        let components = names.map { name -> SUTReport.ComponentCPU in
            let xs = sut.map { s in s.components.first { $0.name == name }?.cpuPercent ?? 0 }
            let mem = sut.map { s in s.components.first { $0.name == name }?.rssMB }
            let measured = mem.allSatisfy { $0 != nil }
            return SUTReport.ComponentCPU(
                name: name, cpuPercent: mean(xs), maxPercent: xs.max() ?? 0,
                memorySlope: measured ? slope(mem.map { $0! }) : nil,
                memoryMaxMB: measured ? mem.map { $0! }.max() : nil)
        }
        let growingComponent = components.compactMap { c -> SUTReport.ComponentGrowth? in
            guard let e = c.memorySlope, e.value > 0 else { return nil }
            return SUTReport.ComponentGrowth(name: c.name, slope: e)
        }.max { $0.slope.value < $1.slope.value }
        let measure = memoryMeasure(sut)
        let memory = zip(minutes, sut).compactMap { t, s in memoryFigure(s, measure).map { (t, $0) } }
        var paths: [String] = []
        for s in sut { for p in s.paths where !paths.contains(p.path) { paths.append(p.path) } }
        var growing: SUTReport.PathGrowth?
        for path in paths {
            let ys = sut.map { s in s.paths.first { $0.path == path }?.megabytes ?? 0 }
            guard let e = slope(ys), e.value > 0, e.value > (growing?.slope.value ?? 0) else { continue }
            growing = SUTReport.PathGrowth(path: path, slope: e, lastMB: ys.last ?? 0)
        }
        let cpu = ResourceAnalysis.batchMeans(sut.map(\.backgroundCPUPercent), confidence: confidence)
        let memorySlope = ResourceAnalysis.batchSlope(memory.map(\.0), memory.map(\.1), confidence: confidence)
        let busSlope = ResourceAnalysis.batchSlope(minutes, sut.map(\.busMB), confidence: confidence)
        let report = SUTReport(
            fromSoak: fromSoak, samples: lines.count, spanSeconds: lines.last!.unixTime - t0,
            backgroundCPU: cpu?.estimate(confidence: confidence), totalCPU: mean(sut.map(\.cpuPercent)),
            components: components, memorySlope: memorySlope?.estimate(confidence: confidence),
            memoryIsPSS: measure == .pss,
            memoryGaps: sut.count - memory.count, memoryMaxMB: memory.map(\.1).max() ?? 0,
            busSlope: busSlope?.estimate(confidence: confidence),
            busMaxMB: sut.map(\.busMB).max() ?? 0, growingPath: growing, growingComponent: growingComponent)
        return Figures(report: report, backgroundCPU: cpu, memorySlope: memorySlope, busSlope: busSlope)
    }

    /// The measure of the memory series: the one the lines declare (the recorder decides it once per
    /// run); for logs written before lines declared it, PSS when every line has it, else RSS — the
    /// series is never a mix of the two.
    static func memoryMeasure(_ sut: [SUTResources]) -> SUTMemoryMeasure {
        if let declared = sut.lazy.compactMap(\.memoryMeasure).first { return declared }
        return sut.allSatisfy { $0.pssMB != nil } ? .pss : .rss
    }

    /// A line's figure in `measure`; nil (a gap) when it has none or declares another measure.
    static func memoryFigure(_ s: SUTResources, _ measure: SUTMemoryMeasure) -> Double? {
        if let declared = s.memoryMeasure, declared != measure { return nil }
        return s.memoryMB(measure)
    }

    /// Mean percent of the machine other processes used over `perf` (host busy % minus the system
    /// under test's and the recorder's CPU, each divided by the core count); nil without the columns.
    static func otherProcessesCPU(_ perf: [PerfSample], cores: Int?) -> Double? {
        guard let cores, cores > 0 else { return nil }
        let lines = perf.filter { $0.sut != nil && $0.recorderCPUPercent != nil }
        guard !lines.isEmpty else { return nil }
        let other = lines.map {
            $0.cpuPercent - ($0.sut!.cpuPercent + $0.recorderCPUPercent!) / Double(cores)
        }
        return max(0, other.reduce(0, +) / Double(other.count))
    }
}
