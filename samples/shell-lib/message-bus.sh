#!/usr/bin/env bash
# Reference message bus: one directory per agent on tmpfs, one JSON file per message.
#
#   $MESSAGE_BASE_DIR/<agent>/inbox/<usec>-<from>-<seq>.json   messages waiting for <agent>
#   $MESSAGE_BASE_DIR/<agent>/outbox/                          kept for layout compatibility
#   $MESSAGE_BASE_DIR/<agent>/.sequences/<to>                  last sequence number sent to <to>
#   $MESSAGE_BASE_DIR/<agent>/.inbox.lock                      flock serialising deliveries and receives
#
# Message: {"version","msg_id","from","to","timestamp","sequence","type","payload","requires_ack"},
# written to a dot-file in the inbox and renamed into place, so a reader never sees half a message.
# Functions return 0 on success and 1 on failure, with the reason on stderr.
set -euo pipefail

MESSAGE_BASE_DIR="${MESSAGE_BASE_DIR:-/dev/shm/overhead-bus/messages}"
SHUTDOWN_DIR="${SHUTDOWN_DIR:-/dev/shm/overhead-bus/shutdown}"
MAX_INBOX_SIZE="${MAX_INBOX_SIZE:-1000}"
MESSAGE_VERSION="1.0"
# Messages evicted by this shell so far; the benchmark reads it after every call.
MESSAGE_BUS_EVICTIONS="${MESSAGE_BUS_EVICTIONS:-0}"

bus_log() { printf '[%(%H:%M:%S)T] [message-bus] %s\n' -1 "$*" >&2; }

# Agent ids name directories: letters, digits, '_' and '-' only, 1 to 64 characters.
valid_agent_id() {
    [[ $1 =~ ^[A-Za-z0-9_-]{1,64}$ ]] && return 0
    bus_log "ERROR: invalid agent id '$1'"
    return 1
}

# json_string TEXT: sets JSON_STRING to TEXT as a quoted JSON string (no subshell).
json_string() {
    local s=$1
    s=${s//\\/\\\\}
    s=${s//\"/\\\"}
    s=${s//$'\n'/\\n}
    s=${s//$'\r'/\\r}
    s=${s//$'\t'/\\t}
    JSON_STRING="\"$s\""
}

# init_message_bus AGENT: create the agent's inbox and outbox; clears a previous shutdown mark.
init_message_bus() {
    local agent=${1:-}
    valid_agent_id "$agent" || return 1
    local dir="$MESSAGE_BASE_DIR/$agent"
    mkdir -p "$dir/inbox" "$dir/outbox" "$dir/.sequences" || return 1
    rm -f "$SHUTDOWN_DIR/$agent.shutdown"
}

# send_message FROM TO TYPE PAYLOAD: deliver one message into TO's inbox. PAYLOAD is JSON, kept verbatim.
send_message() {
    local from=${1:-} to=${2:-} type=${3:-} payload=${4:-}
    valid_agent_id "$from" || return 1
    valid_agent_id "$to" || return 1
    [[ -n $type ]] || { bus_log "ERROR: message type required"; return 1; }
    [[ -n $payload ]] || payload='{}'
    local inbox="$MESSAGE_BASE_DIR/$to/inbox"
    [[ -d $inbox ]] || { bus_log "ERROR: no inbox for '$to'"; return 1; }
    local sequences="$MESSAGE_BASE_DIR/$from/.sequences"
    [[ -d $sequences ]] || mkdir -p "$sequences" || return 1

    local now=${EPOCHREALTIME/[.,]/}
    json_string "$type"
    local type_json=$JSON_STRING
    # One lock per recipient: the sequence number, the shutdown check and the rename happen together,
    # so numbers are gap-free per sender and recipient, and nothing lands in an inbox being drained.
    {
        flock -x 9 || { bus_log "ERROR: cannot lock inbox of '$to'"; return 1; }
        if [[ -e $SHUTDOWN_DIR/$to.shutdown ]]; then
            bus_log "ERROR: '$to' is shutting down; message refused"
            return 1
        fi
        local sequence=0
        if [[ -f $sequences/$to ]]; then read -r sequence < "$sequences/$to" || true; fi
        sequence=$((sequence + 1))
        printf '%s\n' "$sequence" > "$sequences/$to"

        evict_if_full "$inbox" "$to"

        local msg_id="msg-$now-$from-$sequence"
        local file="$now-$from-$sequence.json"
        printf '{"version":"%s","msg_id":"%s","from":"%s","to":"%s","timestamp":%s,"sequence":%s,"type":%s,"payload":%s,"requires_ack":false}\n' \
            "$MESSAGE_VERSION" "$msg_id" "$from" "$to" "${now:0:${#now}-6}" "$sequence" "$type_json" "$payload" > "$inbox/.$file.tmp" || return 1
        mv -f "$inbox/.$file.tmp" "$inbox/$file" || return 1
    } 9> "$MESSAGE_BASE_DIR/$to/.inbox.lock"
}

# evict_if_full INBOX AGENT: FIFO eviction of the oldest message when the inbox holds MAX_INBOX_SIZE.
# Counted in MESSAGE_BUS_EVICTIONS, never silent. Called with the inbox lock held.
evict_if_full() {
    local files=("$1"/*.json)
    [[ -e ${files[0]} ]] || return 0
    if (( ${#files[@]} >= MAX_INBOX_SIZE )); then
        rm -f -- "${files[0]}"
        MESSAGE_BUS_EVICTIONS=$((MESSAGE_BUS_EVICTIONS + 1))
        bus_log "WARN: inbox of '$2' full; evicted ${files[0]##*/}"
    fi
    return 0
}

# receive_messages AGENT: print the inbox's messages, oldest first, one JSON object per line, and
# remove exactly those. The inbox lock makes two receivers of one inbox take disjoint messages.
receive_messages() {
    local agent=${1:-}
    valid_agent_id "$agent" || return 1
    local inbox="$MESSAGE_BASE_DIR/$agent/inbox"
    [[ -d $inbox ]] || { bus_log "ERROR: no inbox for '$agent'"; return 1; }
    # File names start with the send time in microseconds, so glob order is arrival order.
    local files=("$inbox"/*.json) file message
    [[ -e ${files[0]} ]] || return 0
    {
        flock -x 9 || { bus_log "ERROR: cannot lock inbox of '$agent'"; return 1; }
        files=("$inbox"/*.json)
        [[ -e ${files[0]} ]] || return 0
        for file in "${files[@]}"; do
            IFS= read -r message < "$file" || true
            printf '%s\n' "$message"
        done
        rm -f -- "${files[@]}"
    } 9> "$MESSAGE_BASE_DIR/$agent/.inbox.lock"
}

# cleanup_message_bus AGENT: remove everything the agent has on the bus.
cleanup_message_bus() {
    local agent=${1:-}
    valid_agent_id "$agent" || return 1
    rm -rf -- "${MESSAGE_BASE_DIR:?}/$agent"
}
