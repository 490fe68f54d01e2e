# The reference library, except that emit_metric writes 3 MiB to stderr on every call.
source "${BASH_SOURCE[0]%/*}/../../../../samples/shell-lib/shutdown-coordination.sh"
echo "flood library loaded" >&2
eval "__flood_orig_$(declare -f emit_metric)"
emit_metric() {
    head -c 3145728 /dev/zero | tr '\0' 'e' >&2
    __flood_orig_emit_metric "$@"
}
