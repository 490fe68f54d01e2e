# The reference library with room for only two messages per inbox, so sends evict.
source "${BASH_SOURCE[0]%/*}/../../../../samples/shell-lib/shutdown-coordination.sh"
MAX_INBOX_SIZE=2
