# The reference library whose emit_metric forks `date` twice and `jq` once per call (and runs a
# builtin, printf, in a pipeline stage): a profile must count exactly 2 and 1 external runs.
source "${BASH_SOURCE[0]%/*}/../../../../samples/shell-lib/shutdown-coordination.sh"
emit_metric() {
    local stamp seconds
    stamp=$(date -u +%Y-%m-%dT%H:%M:%S)
    seconds=$(date +%s)
    printf '{"metric":"%s","time":"%s","seconds":%s}\n' "$1" "$stamp" "$seconds" | jq -c . > /dev/null
}
