#!/usr/bin/env bash
# Reference metrics: one JSON line per data point, appended to $METRICS_FILE under an exclusive flock.
#   {"timestamp":"2026-11-26T17:30:00.123Z","metric":"messages.sent","value":1,"unit":"count","tags":{...}}
set -euo pipefail

METRICS_FILE="${METRICS_FILE:-/dev/shm/overhead-bus/metrics.jsonl}"
METRICS_LOCK_FILE="${METRICS_LOCK_FILE:-/dev/shm/overhead-bus/metrics.lock}"

# emit_metric NAME VALUE UNIT TAGS: VALUE must be a number; TAGS is a JSON object (default {}).
emit_metric() {
    local name=${1:-} value=${2:-} unit=${3:-} tags=${4:-}
    [[ -n $name ]] || { printf '[metrics] ERROR: metric name required\n' >&2; return 1; }
    [[ $value =~ ^-?[0-9]+([.][0-9]+)?([eE][-+]?[0-9]+)?$ ]] || { printf '[metrics] ERROR: not a number: %s\n' "$value" >&2; return 1; }
    [[ -n $tags ]] || tags='{}'
    local now=$EPOCHREALTIME stamp
    TZ=UTC printf -v stamp '%(%Y-%m-%dT%H:%M:%S)T' "${now%[.,]*}"
    json_string "$name"; local name_json=$JSON_STRING
    json_string "$unit"; local unit_json=$JSON_STRING
    {
        flock -x 9 || { printf '[metrics] ERROR: cannot lock %s\n' "$METRICS_LOCK_FILE" >&2; return 1; }
        printf '{"timestamp":"%s.%sZ","metric":%s,"value":%s,"unit":%s,"tags":%s}\n' \
            "$stamp" "${now:${#now}-6:3}" "$name_json" "$value" "$unit_json" "$tags" >> "$METRICS_FILE"
    } 9> "$METRICS_LOCK_FILE"
}

# monitor_alerts [INTERVAL_S]: every INTERVAL_S seconds (default 5) reads the metrics appended since
# the last round and appends one line to $ALERT_FILE (default alert.jsonl beside $METRICS_FILE) per
# inbox_overflow_warning among them.
monitor_alerts() {
    local interval=${1:-5} offset=0 size line
    local alerts=${ALERT_FILE:-${METRICS_FILE%/*}/alert.jsonl}
    while :; do
        if [[ -f $METRICS_FILE ]]; then
            size=$(stat -c %s "$METRICS_FILE")
            if (( size > offset )); then
                while IFS= read -r line; do
                    [[ $line == *'"metric":"inbox_overflow_warning"'* ]] && printf '{"alert":"inbox_overflow","metric":%s}\n' "$line" >> "$alerts"
                done < <(tail -c +"$((offset + 1))" "$METRICS_FILE" | head -c "$((size - offset))")
                offset=$size
            fi
        fi
        sleep "$interval"
    done
}
