/// One call stack of a layer, from the layer function down to a line (`metrics.sh:21`) or from
/// the operation down to a phase, with its time per call: a flame graph's leaf.
public struct ProfileStack: Sendable, Equatable {
    /// Outermost first; the last frame is the line or phase.
    public var frames: [String]
    /// Ms per call spent at this stack's leaf.
    public var ms: Double

    public init(frames: [String], ms: Double) {
        self.frames = frames
        self.ms = ms
    }
}
