# The reference library, except that report_health fails with status 3 and says why on stderr.
source "${BASH_SOURCE[0]%/*}/../../../../samples/shell-lib/shutdown-coordination.sh"
report_health() {
    printf 'health store is read-only\n' >&2
    return 3
}
