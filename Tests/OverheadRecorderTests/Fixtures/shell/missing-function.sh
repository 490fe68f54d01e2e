# The reference library without check_agent_health.
source "${BASH_SOURCE[0]%/*}/../../../../samples/shell-lib/shutdown-coordination.sh"
unset -f check_agent_health
