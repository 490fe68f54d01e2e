/// |a − b| ≤ tol·max(1, |b|): relative for large values, absolute near zero.
func close(_ a: Double, _ b: Double, _ tol: Double = 1e-9) -> Bool {
    if a == b { return true }
    return abs(a - b) <= tol * max(1, abs(b))
}

/// Relative error |a − b|/|b| ≤ tol, for tail probabilities far below 1.
func relativelyClose(_ a: Double, _ b: Double, _ tol: Double = 1e-9) -> Bool {
    if a == b { return true }
    return abs(a - b) <= tol * abs(b)
}
