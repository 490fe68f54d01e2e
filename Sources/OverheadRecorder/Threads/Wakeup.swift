import Glibc

/// A sleep that another thread can cut short: a condition variable on CLOCK_MONOTONIC, so the
/// monitor sleeps whole intervals (no polling wake-ups) yet stops at once when asked.
final class Wakeup: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let cond = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var signalled = false

    init() {
        pthread_mutex_init(mutex, nil)
        var attr = pthread_condattr_t()
        pthread_condattr_init(&attr)
        pthread_condattr_setclock(&attr, CLOCK_MONOTONIC)
        pthread_cond_init(cond, &attr)
        pthread_condattr_destroy(&attr)
    }

    deinit {
        pthread_cond_destroy(cond)
        pthread_mutex_destroy(mutex)
        cond.deallocate()
        mutex.deallocate()
    }

    /// Waits until the monotonic instant `deadlineNs`; false if `signal()` was called (now or before).
    func wait(untilMonotonic deadlineNs: UInt64) -> Bool {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        var ts = timespec(tv_sec: Int(deadlineNs / 1_000_000_000), tv_nsec: Int(deadlineNs % 1_000_000_000))
        while !signalled {
            if pthread_cond_timedwait(cond, mutex, &ts) == ETIMEDOUT { return !signalled }
        }
        return false
    }

    /// Wakes the waiter for good: every later `wait` returns false at once.
    func signal() {
        pthread_mutex_lock(mutex)
        signalled = true
        pthread_cond_broadcast(cond)
        pthread_mutex_unlock(mutex)
    }
}
