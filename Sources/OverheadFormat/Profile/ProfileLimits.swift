/// The bounds that keep a profile small whatever the library does. Every entry beyond a cap is
/// counted in `ProfileHeader.droppedEntries`; its time stays in the layer's totals.
public enum ProfileLimits {
    /// Hotspots, functions, commands and stacks kept per layer, each, largest first.
    public static let entriesPerLayer = 200
    /// A hotspot label (a source line) is cut to this many characters.
    public static let labelCharacters = 80
    /// Frames kept per stack (deeper ones are folded into the last kept frame).
    public static let framesPerStack = 32
    /// A name or frame longer than this is cut.
    public static let nameCharacters = 120
}
