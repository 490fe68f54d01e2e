# The reference library, except that send_message sets the eviction count to 10^23, beyond 2^63-1.
source "${BASH_SOURCE[0]%/*}/../../../../samples/shell-lib/shutdown-coordination.sh"
eval "__huge_orig_$(declare -f send_message)"
send_message() {
    __huge_orig_send_message "$@"
    local rc=$?
    MESSAGE_BUS_EVICTIONS=100000000000000000000000
    return $rc
}
