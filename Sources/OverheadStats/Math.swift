#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The C math functions the module needs, behind one import so no other file depends on the
/// platform's libc module name (the recorder is also built against musl for a static binary).
enum CMath {
    static func lgamma(_ x: Double) -> Double { _lgamma(x) }
    static func erfc(_ x: Double) -> Double { _erfc(x) }
    static func log(_ x: Double) -> Double { _log(x) }
    static func log1p(_ x: Double) -> Double { _log1p(x) }
    static func exp(_ x: Double) -> Double { _exp(x) }
    static func expm1(_ x: Double) -> Double { _expm1(x) }
    static func tan(_ x: Double) -> Double { _tan(x) }
    static func cos(_ x: Double) -> Double { _cos(x) }
    static func sin(_ x: Double) -> Double { _sin(x) }
    static func atan(_ x: Double) -> Double { _atan(x) }
    static func pow(_ x: Double, _ y: Double) -> Double { _pow(x, y) }
}

@inline(__always) private func _lgamma(_ x: Double) -> Double { lgamma(x) }
@inline(__always) private func _erfc(_ x: Double) -> Double { erfc(x) }
@inline(__always) private func _log(_ x: Double) -> Double { log(x) }
@inline(__always) private func _log1p(_ x: Double) -> Double { log1p(x) }
@inline(__always) private func _exp(_ x: Double) -> Double { exp(x) }
@inline(__always) private func _expm1(_ x: Double) -> Double { expm1(x) }
@inline(__always) private func _tan(_ x: Double) -> Double { tan(x) }
@inline(__always) private func _cos(_ x: Double) -> Double { cos(x) }
@inline(__always) private func _sin(_ x: Double) -> Double { sin(x) }
@inline(__always) private func _pow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
@inline(__always) private func _atan(_ x: Double) -> Double { atan(x) }
