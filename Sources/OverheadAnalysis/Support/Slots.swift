/// A fixed number of result slots that parallel workers fill, each worker only its own index:
/// distinct indices never race, so the box is safe to share although the compiler cannot see it.
final class Slots<T>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<T?>
    let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// Set from exactly one worker per index; read only after all workers finished.
    subscript(i: Int) -> T? {
        get { storage[i] }
        set { storage[i] = newValue }
    }
}
