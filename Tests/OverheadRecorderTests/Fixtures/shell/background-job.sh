# The reference library, except that init_message_bus leaves a background job running (like a
# liveness probe loop) that holds the shell's descriptors.
source "${BASH_SOURCE[0]%/*}/../../../../samples/shell-lib/shutdown-coordination.sh"
eval "__bg_orig_$(declare -f init_message_bus)"
init_message_bus() {
    ( while :; do sleep 1; done ) &
    __bg_orig_init_message_bus "$@"
}
