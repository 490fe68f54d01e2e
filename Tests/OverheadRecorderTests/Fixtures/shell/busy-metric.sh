# The reference library whose emit_metric does nothing but busy-wait 50 µs by bash's own clock,
# so the metrics layer costs a known time on top of the send.
source "${BASH_SOURCE[0]%/*}/../../../../samples/shell-lib/shutdown-coordination.sh"
emit_metric() {
    local start=${EPOCHREALTIME/[.,]/}
    while (( ${EPOCHREALTIME/[.,]/} - start < 50 )); do :; done
}
