import Glibc
import Synchronization

/// The signal number that asked us to stop (SIGINT/SIGTERM), 0 if none. Set by the handler
/// (an atomic store is async-signal-safe); read by the timing loop at every operation.
let pendingStopSignal = Atomic<Int32>(0)

/// Installs SIGINT/SIGTERM handlers that only set `pendingStopSignal`, so the suite stops at the
/// next operation, flushes what it measured, writes the partial marker and removes the bus.
/// A second signal of the same kind ends the process at once (SA_RESETHAND).
enum SignalTrap {
    static func install() {
        pendingStopSignal.store(0, ordering: .relaxed)
        // A parent may have started us with these signals blocked (the mask is inherited across
        // exec); unblock them here, before any thread starts, so every thread inherits that.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigaddset(&unblock, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for signo in [SIGINT, SIGTERM] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signo in
                pendingStopSignal.store(signo, ordering: .relaxed)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND))
            sigaction(signo, &action, nil)
        }
    }

    /// Restores the default dispositions.
    static func uninstall() {
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
