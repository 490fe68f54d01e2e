/// The decision rules the recorder ships.
public enum DecisionRules {
    /// The rule `--until-decided` uses; nil until the statistics module provides one (every
    /// criterion then stays undecided, and blocks are added until the budget or `--max-runs`).
    public static let standard: DecisionRule? = nil
}
