import OverheadFormat

/// One series' latencies grouped by run (block), each group sorted, plus all of them sorted.
/// One counting pass, one scatter, per-group sorts and a merge of the sorted groups: cheaper
/// than a dictionary of growing arrays and a second full sort, which matters at a million samples.
struct RunGroups {
    /// Run numbers, ascending.
    var runs: [Int]
    /// `grouped[ranges[k]]` holds run `runs[k]`'s latencies, ascending.
    var ranges: [Range<Int>]
    var grouped: [Double]
    /// Every latency, ascending.
    var sorted: [Double]

    init(_ s: SeriesSamples) {
        // Samples arrive run by run, so the run changes rarely: look the group up only on a change.
        var index: [Int32: Int] = [:]
        var counts: [Int] = []
        var order: [Int32] = []
        var last = Int32.min
        var group = -1
        for r in s.run {
            if r != last {
                if let g = index[r] {
                    group = g
                } else {
                    group = counts.count
                    index[r] = group
                    counts.append(0)
                    order.append(r)
                }
                last = r
            }
            counts[group] += 1
        }
        let byRun = order.indices.sorted { order[$0] < order[$1] }
        var start = [Int](repeating: 0, count: counts.count)
        var offset = 0
        for g in byRun {
            start[g] = offset
            offset += counts[g]
        }
        var grouped = [Double](repeating: 0, count: s.count)
        var fill = start
        last = Int32.min
        for i in 0..<s.count {
            let r = s.run[i]
            if r != last {
                group = index[r]!
                last = r
            }
            grouped[fill[group]] = s.elapsedMs[i]
            fill[group] += 1
        }
        let ranges = byRun.map { start[$0]..<(start[$0] + counts[$0]) }
        grouped.withUnsafeMutableBufferPointer { buffer in
            for r in ranges { buffer[r].sort() }
        }
        self.runs = byRun.map { Int(order[$0]) }
        self.ranges = ranges
        self.grouped = grouped
        self.sorted = Self.merge(grouped, ranges)
    }

    /// Merges adjacent sorted ranges pairwise until one remains (⌈log₂ k⌉ linear passes).
    static func merge(_ values: [Double], _ ranges: [Range<Int>]) -> [Double] {
        guard ranges.count > 1 else { return values }
        var current = values
        var other = values
        var bounds = ranges
        while bounds.count > 1 {
            var next: [Range<Int>] = []
            var k = 0
            current.withUnsafeBufferPointer { src in
                other.withUnsafeMutableBufferPointer { dst in
                    while k < bounds.count {
                        guard k + 1 < bounds.count else {
                            for i in bounds[k] { dst[i] = src[i] }
                            next.append(bounds[k])
                            k += 1
                            continue
                        }
                        let a = bounds[k]
                        let b = bounds[k + 1]
                        var i = a.lowerBound
                        var j = b.lowerBound
                        var o = a.lowerBound
                        while i < a.upperBound && j < b.upperBound {
                            if src[j] < src[i] {
                                dst[o] = src[j]
                                j += 1
                            } else {
                                dst[o] = src[i]
                                i += 1
                            }
                            o += 1
                        }
                        while i < a.upperBound {
                            dst[o] = src[i]
                            i += 1
                            o += 1
                        }
                        while j < b.upperBound {
                            dst[o] = src[j]
                            j += 1
                            o += 1
                        }
                        next.append(a.lowerBound..<b.upperBound)
                        k += 2
                    }
                }
            }
            swap(&current, &other)
            bounds = next
        }
        return current
    }
}
