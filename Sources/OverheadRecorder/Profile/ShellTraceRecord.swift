/// One command bash traced under the profiler's `PS4` (see `ShellProfilerScript.ps4`):
/// `+…␟EPOCHREALTIME␟BASHPID␟BASH_SUBSHELL␟BASH_SOURCE␟LINENO␟FUNCNAME…␟command`.
struct ShellTraceRecord: Equatable {
    /// `$EPOCHREALTIME` when bash was about to run the command, µs since the epoch.
    var micros: Int64
    /// `$BASHPID`: the process that ran it (a subshell has its own).
    var pid: Int
    /// `$BASH_SUBSHELL`: command substitutions and `( … )` nest it; pipeline stages do not.
    var level: Int
    /// `${BASH_SOURCE[0]}`: the file the running function was defined in.
    var file: String
    /// `$LINENO` in that file.
    var line: Int
    /// `${FUNCNAME[@]}`: innermost first.
    var stack: [String]
    /// The command as bash printed it, expanded (its first line only).
    var command: String
}
