import Glibc

/// Runs closures on their own POSIX threads and waits for all of them: the driver threads of
/// `--concurrency C` and the resource monitor. No Foundation, so the recorder stays small.
enum WorkerThreads {
    private final class Box {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Starts `body` on a new thread; join it with `join`.
    static func start(_ body: @escaping () -> Void) -> pthread_t {
        var thread = pthread_t()
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        let rc = pthread_create(
            &thread, nil,
            { raw in
                let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
                box.body()
                return nil
            }, box)
        precondition(rc == 0, "pthread_create failed: \(rc)")
        return thread
    }

    static func join(_ thread: pthread_t) {
        pthread_join(thread, nil)
    }

    /// Runs every body at once (the first on the calling thread) and returns when all are done.
    static func runAll(_ bodies: [() -> Void]) {
        guard let first = bodies.first else { return }
        let others = bodies.dropFirst().map { start($0) }
        first()
        others.forEach(join)
    }
}
