# The reference library whose emit_metric spends a known time on one line: line 9 sleeps 2 ms,
# the other lines are a few bash builtins. A profile must put nearly all of emit_metric's own
# time on line 9.
source "${BASH_SOURCE[0]%/*}/../../../../samples/shell-lib/shutdown-coordination.sh"
emit_metric() {
    local name=$1 value=$2
    [[ -n $name ]] || return 1
    local line="$name $value"
    sleep 0.002
    METRIC_LAST=$line
}
