/// A Fenwick (binary indexed) tree of sums over positions 0…size−1 (Fenwick 1994): add at a
/// position and the sum of positions below one, each in O(log size).
struct Fenwick {
    private var tree: [Double]

    init(size: Int) { tree = [Double](repeating: 0, count: size + 1) }

    mutating func add(_ position: Int, _ value: Double) {
        var i = position + 1
        while i < tree.count {
            tree[i] += value
            i += i & -i
        }
    }

    /// Σ of the values at positions 0…end−1.
    func prefix(_ end: Int) -> Double {
        var i = end
        var s = 0.0
        while i > 0 {
            s += tree[i]
            i -= i & -i
        }
        return s
    }
}
