/// The bash file the profiling driver sources after the library (never the measuring drivers):
/// it opens the trace file on a descriptor of its own, points `BASH_XTRACEFD` at it, sets the
/// `PS4` whose fields `ShellTraceParser` reads, and defines the two functions the profiler calls:
///
/// - `__ohb_traced FUNCTION ARGS…`: runs the call with xtrace on, then turns it off; its status
///   assignment is the trace's end mark;
/// - `__ohb_kinds NAME…`: writes `NAME<TAB>KIND` per name (`type -t`: file, builtin, function,
///   keyword, alias; empty when bash finds nothing) to the kinds file.
enum ShellProfilerScript {
    /// `+␟EPOCHREALTIME␟BASHPID␟BASH_SUBSHELL␟BASH_SOURCE␟LINENO␟FUNCNAME…␟`, as a bash `$'…'` word.
    static let ps4 =
        #"$'+\x1f${EPOCHREALTIME}\x1f${BASHPID}\x1f${BASH_SUBSHELL}\x1f${BASH_SOURCE[0]-}\x1f${LINENO}\x1f${FUNCNAME[@]-}\x1f'"#

    static func text(tracePath: String, kindsPath: String) -> String {
        """
        exec {__ohb_trace_fd}>>\(quoted(tracePath))
        BASH_XTRACEFD=$__ohb_trace_fd
        PS4=\(ps4)
        \(ShellTraceAggregate.wrapper)() {
            set -x
            "$@"
            __ohb_trace_status=$?
            set +x
            return $__ohb_trace_status
        }
        __ohb_kinds() {
            local __ohb_name
            for __ohb_name in "$@"; do
                builtin printf '%s\\t%s\\n' "$__ohb_name" "$(builtin type -t -- "$__ohb_name")"
            done > \(quoted(kindsPath))
        }

        """
    }

    /// A single-quoted bash word holding `text` exactly.
    static func quoted(_ text: String) -> String {
        "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: #"'\''"#) + "'"
    }
}
