# The reference library, except that the first receive_messages prints 100 MB without a newline
# before the messages.
source "${BASH_SOURCE[0]%/*}/../../../../samples/shell-lib/shutdown-coordination.sh"
eval "__flood_orig_$(declare -f receive_messages)"
__flood_done=0
receive_messages() {
    if [[ $__flood_done == 0 ]]; then
        __flood_done=1
        head -c 100000000 /dev/zero | tr '\0' 'x'
        echo
    fi
    __flood_orig_receive_messages "$@"
}
