# The reference library, except that emit_metric never returns (a child process that sleeps).
source "${BASH_SOURCE[0]%/*}/../../../../samples/shell-lib/shutdown-coordination.sh"
emit_metric() {
    printf 'emit_metric: waiting for a lock that never comes\n' >&2
    sleep 300
}
