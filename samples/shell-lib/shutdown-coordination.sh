#!/usr/bin/env bash
# Reference coordinated shutdown: mark the agent as shutting down (send_message then refuses new
# messages for it), process what is already in its inbox, then remove its resources. Nothing sent
# before the mark is lost; everything sent after it is refused with an error.
set -euo pipefail

SHUTDOWN_DIR="${SHUTDOWN_DIR:-/dev/shm/overhead-bus/shutdown}"

# shutdown_with_coordination AGENT TIMEOUT: drain for at most TIMEOUT seconds; fails if messages remain.
shutdown_with_coordination() {
    local agent=${1:-} timeout=${2:-10}
    valid_agent_id "$agent" || return 1
    [[ $timeout =~ ^[0-9]+([.][0-9]+)?$ ]] || { printf '[shutdown] ERROR: bad timeout %s\n' "$timeout" >&2; return 1; }
    local dir="$MESSAGE_BASE_DIR/$agent"
    [[ -d $SHUTDOWN_DIR ]] || mkdir -p "$SHUTDOWN_DIR" || return 1
    if [[ -d $dir ]]; then
        # Taking the inbox lock waits for a delivery in progress; after the mark no new one starts.
        { flock -x 9 && printf '%s\n' "$EPOCHSECONDS" > "$SHUTDOWN_DIR/$agent.shutdown"; } 9> "$dir/.inbox.lock" || return 1
    else
        printf '%s\n' "$EPOCHSECONDS" > "$SHUTDOWN_DIR/$agent.shutdown"
    fi
    local deadline=$((EPOCHSECONDS + ${timeout%.*} + 1)) files
    while [[ -d $dir/inbox ]]; do
        files=("$dir/inbox"/*.json)
        [[ -e ${files[0]} ]] || break
        if (( EPOCHSECONDS >= deadline )); then
            printf '[shutdown] ERROR: %s messages left in the inbox of %s after %ss\n' "${#files[@]}" "$agent" "$timeout" >&2
            return 1
        fi
        process_drained_messages "$agent" "${files[@]}"
        rm -f -- "${files[@]}"
    done
    cleanup_message_bus "$agent"
}

# process_drained_messages AGENT FILE...: what an agent does with its last messages. Here: nothing
# but reading them; a real agent would hand them on.
process_drained_messages() {
    local file message
    for file in "${@:2}"; do IFS= read -r message < "$file" || true; done
    return 0
}
