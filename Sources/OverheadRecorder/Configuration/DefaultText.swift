/// The defaults as the help text states them, so `--help` is built from the same constants the
/// resolver uses.
enum DefaultText {
    /// `1` for 1.0, `0.95` for 0.95: a number as a user would type it.
    static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }

    /// `1 10 100`: agent counts as `--scales` takes them.
    static func list(_ xs: [Int]) -> String { xs.map(String.init).joined(separator: " ") }
}
