/// The recorder's exit codes (also listed in `--help` and the README).
public enum RecorderExitCode {
    /// Every planned block ran; the file ends with an `end` record.
    public static let complete: Int32 = 0
    /// Bad flag or environment variable, or an open file limit too low for the plan that cannot be
    /// raised; nothing was written. Also a shell library reporting an invalid value (an eviction
    /// count that is not a whole number from 0 to 2^63−1): refused at start-up, or, when it
    /// appears mid-run, the run stops after the window with a `partial` record.
    public static let usage: Int32 = 2
    /// A results/perf file or the bus directory could not be created or written (e.g. full tmpfs),
    /// or an output path is refused: a symbolic link, a FIFO or other special file, a file with
    /// other hard links, or a file another recorder holds locked. A refused or failed start leaves
    /// an existing results file and perf log untouched; what was measured before a later failure is
    /// kept, and the file ends with a `partial` record when it can still be written.
    public static let ioError: Int32 = 3
    /// Stopped by the global timeout or the latency early-exit; results kept, `partial` record written.
    public static let stoppedEarly: Int32 = 4
    /// SIGINT (128 + 2).
    public static let interrupted: Int32 = 130
    /// SIGTERM (128 + 15).
    public static let terminated: Int32 = 143
}
