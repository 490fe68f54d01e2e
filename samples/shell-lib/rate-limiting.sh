#!/usr/bin/env bash
# Reference rate limiting: an inbox holds at most MAX_INBOX_SIZE messages; a sender facing a full
# inbox waits BACKPRESSURE_WAIT_MS and retries, up to BACKPRESSURE_MAX_RETRIES times, then fails.
set -euo pipefail

MAX_INBOX_SIZE="${MAX_INBOX_SIZE:-1000}"
BACKPRESSURE_WAIT_MS="${BACKPRESSURE_WAIT_MS:-100}"
BACKPRESSURE_MAX_RETRIES="${BACKPRESSURE_MAX_RETRIES:-50}"
# Per-recipient count of backpressure waits, for whoever investigates a slow run.
RATE_LIMIT_DIR="${RATE_LIMIT_DIR:-/dev/shm/overhead-bus/rate-limit}"

# inbox_size AGENT: sets INBOX_SIZE to the number of messages waiting for AGENT.
inbox_size() {
    local files=("$MESSAGE_BASE_DIR/$1/inbox"/*.json)
    INBOX_SIZE=0
    [[ -e ${files[0]} ]] && INBOX_SIZE=${#files[@]}
    return 0
}

# check_inbox_capacity AGENT: status 0 while the inbox has room, 1 when it is full.
check_inbox_capacity() {
    local agent=${1:-}
    valid_agent_id "$agent" || return 2
    inbox_size "$agent"
    (( INBOX_SIZE < MAX_INBOX_SIZE ))
}

# send_with_backpressure FROM TO TYPE PAYLOAD: send_message once TO has room.
send_with_backpressure() {
    local from=${1:-} to=${2:-} type=${3:-} payload=${4:-} attempt=0
    valid_agent_id "$to" || return 1
    while ! check_inbox_capacity "$to"; do
        attempt=$((attempt + 1))
        if (( attempt > BACKPRESSURE_MAX_RETRIES )); then
            printf '[rate-limiting] ERROR: inbox of %s still full after %s retries\n' "$to" "$BACKPRESSURE_MAX_RETRIES" >&2
            return 1
        fi
        [[ -d $RATE_LIMIT_DIR ]] || mkdir -p "$RATE_LIMIT_DIR"
        printf '%s\n' "$attempt" > "$RATE_LIMIT_DIR/$to.waits"
        sleep "$((BACKPRESSURE_WAIT_MS / 1000)).$(printf '%03d' $((BACKPRESSURE_WAIT_MS % 1000)))"
    done
    send_message "$from" "$to" "$type" "$payload"
}

# monitor_inbox_overflow [INTERVAL_S]: every INTERVAL_S seconds (default 5) counts every inbox and
# emits an inbox_overflow_warning metric for each one at 80 % of MAX_INBOX_SIZE or more.
monitor_inbox_overflow() {
    local interval=${1:-5} dir agent threshold=$(( (MAX_INBOX_SIZE * 8 + 9) / 10 ))
    while :; do
        for dir in "$MESSAGE_BASE_DIR"/*/inbox; do
            [[ -d $dir ]] || continue
            agent=${dir%/inbox}
            agent=${agent##*/}
            inbox_size "$agent"
            if (( INBOX_SIZE >= threshold )); then
                emit_metric inbox_overflow_warning "$INBOX_SIZE" messages "{\"agent\":\"$agent\"}" || true
            fi
        done
        sleep "$interval"
    done
}

# monitor_dynamic_rate_limit [INTERVAL_S]: every INTERVAL_S seconds (default 10) sets each agent's
# limit from its inbox's fill (full below half, half from half on, a quarter from 80 %) in
# $RATE_LIMIT_DIR/<agent>.limit, emitting rate_limit_adjusted when a limit changes.
monitor_dynamic_rate_limit() {
    local interval=${1:-10} dir agent limit file
    while :; do
        for dir in "$MESSAGE_BASE_DIR"/*/inbox; do
            [[ -d $dir ]] || continue
            agent=${dir%/inbox}
            agent=${agent##*/}
            inbox_size "$agent"
            limit=$MAX_INBOX_SIZE
            (( INBOX_SIZE * 2 >= MAX_INBOX_SIZE )) && limit=$(( MAX_INBOX_SIZE / 2 ))
            (( INBOX_SIZE * 10 >= MAX_INBOX_SIZE * 8 )) && limit=$(( MAX_INBOX_SIZE / 4 ))
            file="$RATE_LIMIT_DIR/$agent.limit"
            if [[ ! -e $file || $(< "$file") != "$limit" ]]; then
                [[ -d $RATE_LIMIT_DIR ]] || mkdir -p "$RATE_LIMIT_DIR"
                [[ -e $file ]] && emit_metric rate_limit_adjusted "$limit" messages "{\"agent\":\"$agent\"}" || true
                printf '%s\n' "$limit" > "$file"
            fi
        done
        sleep "$interval"
    done
}
