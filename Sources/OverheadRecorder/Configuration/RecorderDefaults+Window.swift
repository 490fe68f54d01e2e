extension RecorderDefaults {
    /// The iterations of a window when none is given: what the pilot sizes for a target whose
    /// send and receive take `secondsPerOperation` on average (at least `minimumWindowMs`, never
    /// fewer than `iterations`). Public so simulations can shape recordings as the recorder does.
    public static func windowIterations(secondsPerOperation: Double) -> Int {
        PlanPilot.iterations(windowMs: minimumWindowMs, secondsPerOperation: secondsPerOperation)
    }
}
