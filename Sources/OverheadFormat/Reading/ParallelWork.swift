#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Runs jobs on POSIX threads (no Dispatch or Foundation, so the recorder's static binary stays
/// lean) and returns their results in job order. Job 0 runs on the calling thread.
enum ParallelWork {
    private final class Job: @unchecked Sendable {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    private final class Slot<T>: @unchecked Sendable {
        var value: T?
    }

    static func run<T>(_ count: Int, _ body: @escaping (Int) -> T) -> [T] {
        guard count > 1 else { return count == 1 ? [body(0)] : [] }
        let slots = (0..<count).map { _ in Slot<T>() }
        var threads: [(Int, pthread_t)] = []
        var inline: [Int] = [0]
        for k in 1..<count {
            let slot = slots[k]
            let job = Job { slot.value = body(k) }
            let context = Unmanaged.passRetained(job).toOpaque()
            var thread = pthread_t()
            let rc = pthread_create(
                &thread, nil,
                { raw in
                    Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue().body()
                    return nil
                }, context)
            if rc == 0 {
                threads.append((k, thread))
            } else {
                Unmanaged<Job>.fromOpaque(context).release()
                inline.append(k)
            }
        }
        for k in inline { slots[k].value = body(k) }
        for (_, thread) in threads { pthread_join(thread, nil) }
        return slots.map { $0.value! }
    }
}
