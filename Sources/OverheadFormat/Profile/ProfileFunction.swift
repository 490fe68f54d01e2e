/// A function reached from a layer function, with its time per layer call.
public struct ProfileFunction: Sendable, Equatable {
    public var name: String
    /// Calls per layer call (the layer function itself: 1).
    public var calls: Double
    /// Ms per layer call spent in the function and everything it called.
    public var inclusiveMs: Double
    /// Ms per layer call spent on the function's own lines.
    public var exclusiveMs: Double

    public init(name: String, calls: Double, inclusiveMs: Double, exclusiveMs: Double) {
        self.name = name
        self.calls = calls
        self.inclusiveMs = inclusiveMs
        self.exclusiveMs = exclusiveMs
    }
}
