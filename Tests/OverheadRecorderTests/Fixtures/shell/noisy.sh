# The reference library, wrapped to print to stdout and stderr in every call, including text that
# looks like the driver protocol. receive_messages adds non-JSON log lines around its messages.
source "${BASH_SOURCE[0]%/*}/../../../../samples/shell-lib/shutdown-coordination.sh"
echo "noisy library loaded"
echo "ready"
echo "noisy library loaded (stderr)" >&2
for __noisy_fn in init_message_bus send_message receive_messages emit_metric report_health check_inbox_capacity send_with_backpressure; do
    eval "__noisy_orig_$(declare -f "$__noisy_fn")"
    eval "$__noisy_fn() {
        printf '0 1.000000 2.000000 0\nready\nlog: $__noisy_fn called\n'
        printf 'stderr noise from $__noisy_fn\n' >&2
        __noisy_orig_$__noisy_fn \"\$@\"
        local rc=\$?
        printf 'log: $__noisy_fn done\n'
        return \$rc
    }"
done
