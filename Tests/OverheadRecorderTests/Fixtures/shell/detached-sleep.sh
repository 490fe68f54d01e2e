# The reference library, except that init_message_bus starts a process that leaves the process
# group and session (setsid), so killing the group does not reach it.
source "${BASH_SOURCE[0]%/*}/../../../../samples/shell-lib/shutdown-coordination.sh"
eval "__detached_orig_$(declare -f init_message_bus)"
init_message_bus() {
    setsid sleep 1005 </dev/null >/dev/null 2>&1 &
    __detached_orig_init_message_bus "$@"
}
