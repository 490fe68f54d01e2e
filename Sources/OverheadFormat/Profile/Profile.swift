/// What one profiling phase measured inside each layer function of the suite: the contents of a
/// profile file (`--profile`), written by the recorder after the measured blocks and read by the
/// analyzer with `--profile FILE`. Every per-call figure is a mean over the layer's traced calls.
public struct Profile: Sendable, Equatable {
    public var header: ProfileHeader
    /// One entry per profiled layer function (shell) or bus operation (native), in call order.
    public var layers: [ProfileLayer]

    public init(header: ProfileHeader, layers: [ProfileLayer]) {
        self.header = header
        self.layers = layers
    }

    /// The layer named `name`, if it was profiled.
    public func layer(_ name: String) -> ProfileLayer? { layers.first { $0.name == name } }
}
