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

    /// The most ticks any axis returns. Tick loops run over a count fixed before they start, never
    /// "until the value passes the end": a recording can hold 5e-324 or 1.7e308 ms, where adding a
    /// step or multiplying by ten no longer moves the value (or never reaches the end) and such a
    /// loop ran until memory ran out.
    static let maxTicks = 12
    /// Values are clamped to ±10^`magnitudeLimit` (and a log axis to 10^−`magnitudeLimit` from below)
    /// before an axis is laid out, so every round multiple, span and logarithm stays finite and normal.
    static let magnitudeLimit = 300

    private static var largest: Double { Foundation.pow(10, Double(magnitudeLimit)) }
    private static var smallest: Double { Foundation.pow(10, -Double(magnitudeLimit)) }

    /// `v` clamped to ±`largest` (finite input only).
    private static func clamped(_ v: Double) -> Double { Swift.min(Swift.max(v, -largest), largest) }

    /// A linear axis over `values` padded to round ticks; always includes `including` (e.g. zero).
    /// With `rounded: false` the domain is exactly the data's (time axes end at the last sample).
    static func linear(
        _ values: [Double], including: [Double] = [], from: Double, to: Double, ticks: Int = 5,
        rounded: Bool = true
    ) -> ChartAxis {
        let all = (values + including).filter(\.isFinite).map(clamped)
        var lo = all.min() ?? 0
        var hi = all.max() ?? 1
        // A span too small to step through at this magnitude (1e20 and its next double) is widened.
        if hi - lo < Swift.max(1e-12, Swift.max(abs(lo), abs(hi)) * 1e-9) {
            hi = lo + (lo == 0 ? 1 : abs(lo) * 0.1)
        }
        if rounded {
            let step = niceStep((hi - lo) / Double(Swift.max(ticks, 1)))
            lo = (lo / step).rounded(.down) * step
            hi = (hi / step).rounded(.up) * step
        }
        return ChartAxis(lower: lo, upper: hi, from: from, to: to)
    }

    /// A log₁₀ axis spanning whole 1-2-5 steps around `values` (all must be > 0; others are ignored).
    static func log(_ values: [Double], from: Double, to: Double) -> ChartAxis {
        let positive = values.filter { $0 > 0 && $0.isFinite }.map { Swift.min(Swift.max($0, smallest), largest) }
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

    /// Whether the domain can be drawn: finite, increasing, of finite width, and positive on a log axis.
    var isValid: Bool {
        lower.isFinite && upper.isFinite && upper > lower && (upper - lower).isFinite && (!logarithmic || lower > 0)
    }

    /// The pixel position of `v`, clamped to the axis.
    func position(_ v: Double) -> Double {
        guard v.isFinite, isValid else { return from }
        let t: Double
        if logarithmic {
            let clamped = Swift.max(v, lower)
            t =
                (Foundation.log10(clamped) - Foundation.log10(lower))
                / (Foundation.log10(upper) - Foundation.log10(lower))
        } else {
            t = (v - lower) / (upper - lower)
        }
        guard t.isFinite else { return from }
        return from + Swift.min(Swift.max(t, 0), 1) * (to - from)
    }

    /// Round tick values inside the domain, at most `maxTicks` of them.
    func ticks(count: Int = 5) -> [Double] {
        guard isValid else { return [] }
        return logarithmic ? logTicks() : linearTicks(count: Swift.min(Swift.max(count, 1), Self.maxTicks))
    }

    /// 1-2-5 multiples of each decade inside the domain; beyond ~8, powers of ten only, and over a
    /// domain of more than `maxTicks` decades every k-th power. Decades are integers, so the loop
    /// runs a known number of times.
    private func logTicks() -> [Double] {
        let first = Int(Foundation.floor(Foundation.log10(lower)))
        let last = Int(Foundation.ceil(Foundation.log10(upper)))
        let inside = { (v: Double) in v >= lower * (1 - 1e-9) && v <= upper * (1 + 1e-9) }
        let decades = last - first + 1
        if decades <= Self.maxTicks {
            var out: [Double] = []
            for d in first...last {
                let e = Foundation.pow(10, Double(d))
                for m in [1.0, 2.0, 5.0] where inside(m * e) { out.append(m * e) }
            }
            // Keep labels readable: at most ~8 ticks, preferring powers of ten.
            if out.count <= 8 { return out }
        }
        let stride = (decades + Self.maxTicks - 1) / Self.maxTicks
        return Swift.stride(from: first, through: last, by: Swift.max(stride, 1)).map {
            Foundation.pow(10, Double($0))
        }.filter(inside)
    }

    /// Multiples of a round step, computed as index × step (no accumulated sum), at most `maxTicks`.
    private func linearTicks(count: Int) -> [Double] {
        var step = Self.niceStep((upper - lower) / Double(count))
        // A domain much wider than count steps (a hand-made axis) gets coarser steps, not more ticks;
        // each pass at least doubles the step and the width is finite, so this ends.
        while ((upper - lower) / step).rounded(.down) + 1 > Double(Self.maxTicks), step.isFinite {
            step = Self.niceStep(step * 2)
        }
        let firstIndex = (lower / step).rounded(.up)
        let lastIndex = ((upper + step * 1e-9) / step).rounded(.down)
        guard firstIndex.isFinite, lastIndex.isFinite, lastIndex >= firstIndex else { return [] }
        let n = Int(Swift.min(lastIndex - firstIndex + 1, Double(Self.maxTicks)))
        var out: [Double] = []
        for i in 0..<n {
            let v = (firstIndex + Double(i)) * step
            let tick = abs(v) < step * 1e-9 ? 0 : v
            if out.last != tick { out.append(tick) }
        }
        return out
    }

    /// A round step near `raw`: 1, 2 or 5 × 10ⁿ.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let e = Foundation.pow(10, Foundation.floor(Foundation.log10(raw)))
        guard e > 0, e.isFinite else { return 1 }
        let m = raw / e
        return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * e
    }

    /// A tick label: no trailing zeros, up to four decimals; beyond a million or below 0.0001, three
    /// significant digits with an exponent (`1e+300`), so an absurd recording cannot print 300 digits.
    static func label(_ v: Double) -> String {
        let a = abs(v)
        if a >= 1e6 || (a > 0 && a < 1e-4) { return String(format: "%.3g", v) }
        return NumberText.plain(v)
    }
}

/// SVG coordinates as short text (one decimal): the templates print them verbatim. A coordinate
/// that is not finite (a NaN that slipped through) becomes 0 so the SVG stays valid.
enum SVG {
    static func n(_ v: Double) -> String { v.isFinite ? NumberText.fixed(v, 1) : "0" }
}
