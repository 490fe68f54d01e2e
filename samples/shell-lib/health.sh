#!/usr/bin/env bash
# Reference health: each agent's last report in $HEALTH_DIR/<agent>/status.json, written atomically
# (temp file + rename) under an exclusive flock on $HEALTH_LOCK_FILE.
set -euo pipefail

HEALTH_DIR="${HEALTH_DIR:-/dev/shm/overhead-bus/health}"
HEALTH_LOCK_FILE="${HEALTH_LOCK_FILE:-/dev/shm/overhead-bus/health.lock}"
# A report older than this many seconds no longer counts: the agent is unhealthy.
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-30}"

# report_health AGENT STATUS DETAILS: STATUS is healthy|unhealthy|degraded|unknown; DETAILS is JSON.
report_health() {
    local agent=${1:-} status=${2:-} details=${3:-}
    valid_agent_id "$agent" || return 1
    case $status in
        healthy | unhealthy | degraded | unknown) ;;
        *) printf '[health] ERROR: invalid status %s\n' "$status" >&2; return 1 ;;
    esac
    [[ -n $details ]] || details='{}'
    local dir="$HEALTH_DIR/$agent"
    [[ -d $dir ]] || mkdir -p "$dir" || return 1
    {
        flock -x 9 || { printf '[health] ERROR: cannot lock %s\n' "$HEALTH_LOCK_FILE" >&2; return 1; }
        printf '{"agent":"%s","status":"%s","timestamp":%s,"details":%s}\n' \
            "$agent" "$status" "$EPOCHSECONDS" "$details" > "$dir/.status.json.tmp" || return 1
        mv -f "$dir/.status.json.tmp" "$dir/status.json" || return 1
    } 9> "$HEALTH_LOCK_FILE"
}

# check_agent_health AGENT: print the agent's status; unknown without a report, unhealthy when stale.
check_agent_health() {
    local agent=${1:-}
    valid_agent_id "$agent" || return 1
    local file="$HEALTH_DIR/$agent/status.json" report=""
    if [[ ! -f $file ]]; then
        printf 'unknown\n'
        return 0
    fi
    IFS= read -r report < "$file" || true
    if [[ $report =~ \"status\":\"([a-z]+)\",\"timestamp\":([0-9]+) ]]; then
        if (( EPOCHSECONDS - BASH_REMATCH[2] > HEALTH_TIMEOUT )); then
            printf 'unhealthy\n'
        else
            printf '%s\n' "${BASH_REMATCH[1]}"
        fi
        return 0
    fi
    printf '[health] ERROR: unreadable report %s\n' "$file" >&2
    return 1
}

# start_liveness_probe AGENT [INTERVAL_S]: reports AGENT healthy every INTERVAL_S seconds (default
# $LIVENESS_PROBE_INTERVAL, else 5) until it is killed; meant to run in the background.
start_liveness_probe() {
    local agent=${1:-} interval=${2:-${LIVENESS_PROBE_INTERVAL:-5}}
    valid_agent_id "$agent" || return 1
    while :; do
        report_health "$agent" healthy '{"source":"liveness_probe"}' || true
        sleep "$interval"
    done
}
