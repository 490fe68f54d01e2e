# The reference library, except that the first emit_metric starts a background job and a detached
# process, then SIGKILLs the recorder (the driver's parent). Only when that parent is overhead-record.
source "${BASH_SOURCE[0]%/*}/../../../../samples/shell-lib/shutdown-coordination.sh"
eval "__killer_orig_$(declare -f emit_metric)"
emit_metric() {
    local parent
    parent=$(</proc/$PPID/comm)
    if [[ $parent == overhead-record ]]; then
        sleep 1006 </dev/null >/dev/null 2>&1 &
        setsid sleep 1007 </dev/null >/dev/null 2>&1 &
        kill -KILL "$PPID"
    fi
    __killer_orig_emit_metric "$@"
}
