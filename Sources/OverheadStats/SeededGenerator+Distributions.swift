extension RandomNumberGenerator {
    /// A uniform double in [0, 1) from the top 53 bits (every value a multiple of 2⁻⁵³).
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A standard normal draw by the Box–Muller transform (one of the pair is used; simple and
    /// exact, fast enough for simulation).
    public mutating func nextNormal(mean: Double = 0, standardDeviation: Double = 1) -> Double {
        var u1 = nextUniform()
        while u1 == 0 { u1 = nextUniform() }
        let u2 = nextUniform()
        let z = (-2 * CMath.log(u1)).squareRoot() * CMath.cos(2 * Double.pi * u2)
        return mean + standardDeviation * z
    }

    /// A log-normal draw exp(N(μ, σ²)) given μ and σ of the underlying normal.
    public mutating func nextLogNormal(mu: Double, sigma: Double) -> Double {
        CMath.exp(nextNormal(mean: mu, standardDeviation: sigma))
    }

    /// A log-normal draw with the given mean (not median): μ = ln(mean) − σ²/2, so E[X] = mean.
    public mutating func nextLogNormal(mean: Double, sigma: Double) -> Double {
        nextLogNormal(mu: CMath.log(mean) - sigma * sigma / 2, sigma: sigma)
    }
}
