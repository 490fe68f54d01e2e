# The reference library with two functions that meet the shell options the library switched on:
# report_health runs a failing command and carries on (errexit is off inside calls), and
# check_agent_health expands an unset variable (nounset ends the shell).
source "${BASH_SOURCE[0]%/*}/../../../../samples/shell-lib/shutdown-coordination.sh"
report_health() {
    false
    printf 'report_health: carried on after a failing command\n' >&2
    return 0
}
check_agent_health() {
    printf '%s\n' "$NO_SUCH_VARIABLE_IN_THIS_LIBRARY"
}
