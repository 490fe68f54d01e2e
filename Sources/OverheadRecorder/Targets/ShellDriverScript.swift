/// The bash program that hosts the user's library: it sources the files, checks the functions, then
/// serves calls until its command socket reaches end of file.
///
/// Protocol (fd 87, a socket; the library's stdout and stderr never touch it):
/// - start-up lines: `sourcing INDEX` before each file, then `ready` or `missing NAME...`;
/// - per call the parent writes the call's fields, each ending in NUL, to the command file, then
///   one byte to the socket; the driver reads them with `mapfile -d ''` (no eval, no word splitting),
///   runs them as a command with errexit off, and answers `RC T0 T1 EVICTIONS FAILED` where T0/T1
///   are `$EPOCHREALTIME` just before the library's first function and just after its last,
///   EVICTIONS is `$MESSAGE_BUS_EVICTIONS` and FAILED the function that failed a composite (`-`).
///
/// Timing: a single library function is timed by the loop around `"${call[@]}"`; a composite
/// (`__ohb_*` below: the metrics and full-integration operations, receive + clear) times itself
/// from just before its first library function to just after its last, so its own call is outside
/// the timed region exactly as the loop's is: both sides of every ratio pay the same clock reads
/// and one function call per library function, and nothing of the driver.
/// On end of file (the recorder closed the socket or died) the driver kills its own process
/// group, so background jobs the library started go with it.
enum ShellDriverScript {
    /// The descriptor number the protocol socket is moved to, away from the low numbers libraries use.
    static let protocolFD = 87

    /// Runs a no-op through the same path as every call: the calibration's measure of the driver.
    static let noopFunction = "__ohb_noop"
    /// `receive_messages AGENT`, then `clear_inbox AGENT` if the library defines it (libraries whose
    /// receive leaves messages in place, as the original does), timed together.
    static let receiveFunction = "__ohb_receive"
    /// `FROM TO TYPE PAYLOAD NAME VALUE UNIT TAGS`: `send_message` then `emit_metric`.
    static let sendWithMetricFunction = "__ohb_send_with_metric"
    /// `FROM TO TYPE PAYLOAD NAME VALUE UNIT TAGS [AGENT STATUS DETAILS]`: `check_inbox_capacity TO`
    /// (status 0 or 1), `send_message`, `emit_metric`, and `report_health` when given its arguments.
    static let completeOperationFunction = "__ohb_complete_operation"

    static var text: String {
        let required = ShellLibrary.requiredFunctions.joined(separator: " ")
        return #"""
            exec 87<&3 3<&-
            __ohb_command_file=$1
            shift
            __ohb_libraries=("$@")
            set --
            __ohb_own_group=0
            if builtin read -r -a __ohb_stat < /proc/$$/stat && [[ ${__ohb_stat[4]-} == "$$" ]]; then __ohb_own_group=1; fi
            __ohb_quit() {
                if [[ $__ohb_own_group == 1 ]]; then builtin kill -KILL 0; fi
                builtin exit 0
            }
            __ohb_noop() { :; }
            __ohb_has_clear_inbox=0
            __ohb_in0=""
            __ohb_failed=-
            __ohb_receive() {
                __ohb_in0=$EPOCHREALTIME
                receive_messages "$1"
                __ohb_status=$?
                if [[ $__ohb_status == 0 && $__ohb_has_clear_inbox == 1 ]]; then
                    clear_inbox "$1"
                    __ohb_status=$?
                    [[ $__ohb_status == 0 ]] || __ohb_failed=clear_inbox
                else
                    [[ $__ohb_status == 0 ]] || __ohb_failed=receive_messages
                fi
                __ohb_in1=$EPOCHREALTIME
                return $__ohb_status
            }
            __ohb_send_with_metric() {
                __ohb_in0=$EPOCHREALTIME
                send_message "$1" "$2" "$3" "$4"
                __ohb_status=$?
                if [[ $__ohb_status == 0 ]]; then
                    emit_metric "$5" "$6" "$7" "$8"
                    __ohb_status=$?
                    [[ $__ohb_status == 0 ]] || __ohb_failed=emit_metric
                else
                    __ohb_failed=send_message
                fi
                __ohb_in1=$EPOCHREALTIME
                return $__ohb_status
            }
            __ohb_complete_operation() {
                __ohb_in0=$EPOCHREALTIME
                check_inbox_capacity "$2"
                __ohb_status=$?
                if (( __ohb_status > 1 )); then
                    __ohb_failed=check_inbox_capacity
                else
                    send_message "$1" "$2" "$3" "$4"
                    __ohb_status=$?
                    if [[ $__ohb_status != 0 ]]; then
                        __ohb_failed=send_message
                    else
                        emit_metric "$5" "$6" "$7" "$8"
                        __ohb_status=$?
                        if [[ $__ohb_status != 0 ]]; then
                            __ohb_failed=emit_metric
                        elif (( $# > 8 )); then
                            report_health "$9" "${10}" "${11}"
                            __ohb_status=$?
                            [[ $__ohb_status == 0 ]] || __ohb_failed=report_health
                        fi
                    fi
                fi
                __ohb_in1=$EPOCHREALTIME
                return $__ohb_status
            }
            __ohb_index=0
            for __ohb_library in "${__ohb_libraries[@]}"; do
                builtin printf 'sourcing %s\n' "$__ohb_index" >&87
                builtin source "$__ohb_library"
                __ohb_status=$?
                if [[ $__ohb_status != 0 ]]; then
                    builtin printf 'source-failed %s %s\n' "$__ohb_index" "$__ohb_status" >&87
                    __ohb_quit
                fi
                __ohb_index=$((__ohb_index + 1))
            done
            set +e
            __ohb_missing=""
            for __ohb_name in \#(required); do
                builtin declare -F "$__ohb_name" >/dev/null || __ohb_missing+=" $__ohb_name"
            done
            if [[ -n $__ohb_missing ]]; then
                builtin printf 'missing%s\n' "$__ohb_missing" >&87
                __ohb_quit
            fi
            if builtin declare -F clear_inbox >/dev/null; then __ohb_has_clear_inbox=1; fi
            builtin printf 'ready\n' >&87
            while :; do
                set +e
                IFS= builtin read -r -N 1 -u 87 __ohb_token || __ohb_quit
                builtin mapfile -t -d '' __ohb_call < "$__ohb_command_file"
                __ohb_in0=""
                __ohb_failed=-
                __ohb_t0=$EPOCHREALTIME
                "${__ohb_call[@]}"
                __ohb_rc=$?
                __ohb_t1=$EPOCHREALTIME
                if [[ -n $__ohb_in0 ]]; then
                    __ohb_t0=$__ohb_in0
                    __ohb_t1=$__ohb_in1
                fi
                builtin printf '%s %s %s %s %s\n' "$__ohb_rc" "$__ohb_t0" "$__ohb_t1" "${MESSAGE_BUS_EVICTIONS:-0}" "$__ohb_failed" >&87
            done
            """#
    }
}
