# The reference library with the original library's receive conventions: receive_messages prints
# the inbox as one pretty-printed JSON array and leaves the files in place; clear_inbox removes them.
source "${BASH_SOURCE[0]%/*}/../../../../samples/shell-lib/shutdown-coordination.sh"
receive_messages() {
    local inbox="$MESSAGE_BASE_DIR/$1/inbox" first=true file
    local files=("$inbox"/*.json)
    if [[ ! -e ${files[0]} ]]; then
        echo "[]"
        return 0
    fi
    echo "["
    for file in "${files[@]}"; do
        [[ $first == true ]] && first=false || echo ","
        # Pretty-print the one-line message: a field per line, nested payload kept.
        sed -e 's/^{/{\n  /' -e 's/,"/,\n  "/g' -e 's/}$/\n}/' "$file"
    done
    echo "]"
    echo "[message-bus] Retrieved ${#files[@]} messages for $1" >&2
}
clear_inbox() {
    rm -f "$MESSAGE_BASE_DIR/$1/inbox"/*.json
}
