/// A step of a bus operation that `PhaseTimer` times separately: the system call it waits on,
/// or the bus's own work between calls.
public enum BusPhase: Int, Sendable, CaseIterable {
    /// Checking arguments, building paths and the message or metric line: the bus's own code.
    case prepare
    case stat
    /// Counting or listing an inbox (readdir, or the link count where it counts entries).
    case scan
    /// Taking or releasing a `flock`.
    case flock
    case open
    case read
    case write
    case close
    case rename
    case unlink

    /// The phase's name in a profile (`open`, `flock`, `scan`, …).
    public var name: String { String(describing: self) }
}
