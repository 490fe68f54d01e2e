# The reference library with every integration layer a no-op: metrics, health and rate limiting do
# nothing, so their overhead is 0 by construction and only the bus itself costs anything.
source "${BASH_SOURCE[0]%/*}/../../../../samples/shell-lib/shutdown-coordination.sh"
emit_metric() { return 0; }
report_health() { return 0; }
check_agent_health() { echo healthy; }
check_inbox_capacity() { return 0; }
