# The reference library, except that the eviction count is -2^63 once the library is sourced.
source "${BASH_SOURCE[0]%/*}/../../../../samples/shell-lib/shutdown-coordination.sh"
MESSAGE_BUS_EVICTIONS=-9223372036854775808
