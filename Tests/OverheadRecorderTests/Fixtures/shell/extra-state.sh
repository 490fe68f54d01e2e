# The reference library plus state of its own under /dev/shm, behind a default the benchmark must
# redirect into its private bus directory.
source "${BASH_SOURCE[0]%/*}/../../../../samples/shell-lib/shutdown-coordination.sh"
AUDIT_FILE="${AUDIT_FILE:-/dev/shm/overheadbench-shell-test-live-bus/audit.log}"
eval "__audit_orig_$(declare -f init_message_bus)"
init_message_bus() {
    printf 'init %s\n' "$1" >> "$AUDIT_FILE"
    __audit_orig_init_message_bus "$@"
}
