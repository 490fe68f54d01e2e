# The reference library, except that cleanup_message_bus ends the whole shell.
source "${BASH_SOURCE[0]%/*}/../../../../samples/shell-lib/shutdown-coordination.sh"
cleanup_message_bus() {
    printf 'cleanup: giving up\n' >&2
    exit 7
}
