import Foundation

/// Maps data values to SVG coordinates and picks round tick values (1, 2, 5 × 10ⁿ), so every chart
/// gets its geometry computed in Swift and its template only loops.
struct ChartAxis: Sendable, Equatable {
    var lower: Double
    var upper: Double
    /// Pixel range the domain maps to (may be reversed for y axes).
    var from: Double
    var to: Double
    var logarithmic = false

    /// A linear axis over `values` padded to round ticks; always includes `including` (e.g. zero).
    /// With `rounded: false` the domain is exactly the data's (time axes end at the last sample).
    static func linear(
        _ values: [Double], including: [Double] = [], from: Double, to: Double, ticks: Int = 5,
        rounded: Bool = true
    ) -> ChartAxis {
        let all = (values + including).filter(\.isFinite)
        var lo = all.min() ?? 0
        var hi = all.max() ?? 1
        if hi - lo < 1e-12 { hi = lo + (lo == 0 ? 1 : abs(lo) * 0.1) }
        if rounded {
            let step = niceStep((hi - lo) / Double(ticks))
            lo = (lo / step).rounded(.down) * step
            hi = (hi / step).rounded(.up) * step
        }
        return ChartAxis(lower: lo, upper: hi, from: from, to: to)
    }

    /// A log₁₀ axis spanning whole 1-2-5 steps around `values` (all must be > 0; others are ignored).
    static func log(_ values: [Double], from: Double, to: Double) -> ChartAxis {
        let positive = values.filter { $0 > 0 && $0.isFinite }
        let lo = positive.min() ?? 0.01
        let hi = positive.max() ?? 1
        let steps = [1.0, 2.0, 5.0]
        func floorNice(_ v: Double) -> Double {
            let e = Foundation.pow(10, Foundation.floor(Foundation.log10(v)))
            return (steps.last { $0 * e <= v * (1 + 1e-9) } ?? 1) * e
        }
        func ceilNice(_ v: Double) -> Double {
            let e = Foundation.pow(10, Foundation.floor(Foundation.log10(v)))
            return steps.map { $0 * e }.first { $0 >= v * (1 - 1e-9) } ?? 10 * e
        }
        var a = floorNice(lo)
        var b = ceilNice(hi)
        if b <= a { b = a * 10 }
        if b / a < 2 { a /= 2 }
        return ChartAxis(lower: a, upper: b, from: from, to: to, logarithmic: true)
    }

    /// The pixel position of `v`, clamped to the axis.
    func position(_ v: Double) -> Double {
        guard v.isFinite else { return from }
        let t: Double
        if logarithmic {
            let clamped = Swift.max(v, lower)
            t =
                (Foundation.log10(clamped) - Foundation.log10(lower))
                / (Foundation.log10(upper) - Foundation.log10(lower))
        } else {
            t = (v - lower) / (upper - lower)
        }
        return from + Swift.min(Swift.max(t, 0), 1) * (to - from)
    }

    /// Round tick values inside the domain.
    func ticks(count: Int = 5) -> [Double] {
        if logarithmic {
            var out: [Double] = []
            var e = Foundation.pow(10, Foundation.floor(Foundation.log10(lower)))
            while e <= upper * (1 + 1e-9) {
                for m in [1.0, 2.0, 5.0] where m * e >= lower * (1 - 1e-9) && m * e <= upper * (1 + 1e-9) {
                    out.append(m * e)
                }
                e *= 10
            }
            // Keep labels readable: at most ~8 ticks, preferring powers of ten.
            if out.count > 8 { out = out.filter { abs(Foundation.log10($0).rounded() - Foundation.log10($0)) < 1e-9 } }
            return out
        }
        let step = Self.niceStep((upper - lower) / Double(count))
        var out: [Double] = []
        var v = (lower / step).rounded(.up) * step
        while v <= upper + step * 1e-9 {
            out.append(abs(v) < step * 1e-9 ? 0 : v)
            v += step
        }
        return out
    }

    /// A round step near `raw`: 1, 2 or 5 × 10ⁿ.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let e = Foundation.pow(10, Foundation.floor(Foundation.log10(raw)))
        let m = raw / e
        return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * e
    }

    /// A tick label: no trailing zeros, up to four decimals.
    static func label(_ v: Double) -> String { NumberText.plain(v) }
}

/// SVG coordinates as short text (one decimal): the templates print them verbatim. A coordinate
/// that is not finite (a NaN that slipped through) becomes 0 so the SVG stays valid.
enum SVG {
    static func n(_ v: Double) -> String { v.isFinite ? NumberText.fixed(v, 1) : "0" }
}
