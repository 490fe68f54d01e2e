# Helpers for the benchmarks' run.sh scripts: each writes a RESULTS.md beside itself with the date,
# the host's facts, the exact command and the figures it measured. Source this file; it defines
# functions only.

# The current time, UTC, to the minute.
results_date() { date -u '+%Y-%m-%d %H:%M UTC'; }

# The 1, 5 and 15 minute load averages.
results_load() { cut -d' ' -f1-3 /proc/loadavg; }

# The command as typed from the repository root: results_command benchmarks/bus/run.sh "$@"
results_command() {
    local out="" word
    for word in "$@"; do out+="$(printf '%q' "$word") "; done
    printf '%s' "${out% }"
}

# A Markdown table of host facts. $1: the load average seen when the script started.
results_host_table() {
    local load_start="$1" cpu mem swift_version
    cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')"
    mem="$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)"
    swift_version="$(swift --version 2>/dev/null | sed -n 's/.*Swift version \([^ ]*\).*/\1/p' | head -n 1)"
    printf '| host | |\n|---|---|\n'
    printf '| cores (`nproc`) | %s |\n' "$(nproc)"
    printf '| CPU | %s |\n' "${cpu:-unknown}"
    printf '| memory | %s |\n' "${mem:-unknown}"
    printf '| kernel | %s |\n' "$(uname -r)"
    printf '| Swift | %s |\n' "${swift_version:-unknown}"
    printf '| load average (1, 5, 15 min) at start | %s |\n' "$load_start"
    printf '| load average (1, 5, 15 min) at end | %s |\n' "$(results_load)"
}

# One sentence on how busy the machine was, from the 1-minute load average at start ($1) and end
# ($2, optional): figures from a busy machine include time spent waiting for a core.
results_load_note() {
    local cores start end
    cores="$(nproc)"
    start="${1%% *}"
    end="${2:-$(results_load)}"
    end="${end%% *}"
    if awk -v a="$start" -v b="$end" -v c="$cores" 'BEGIN { exit !(a >= c / 2 || b >= c / 2) }'; then
        printf 'The machine was busy while this ran (1-minute load average %s at start, %s at end, on %s cores): ' \
            "$start" "$end" "$cores"
        printf 'wall-clock figures include time spent waiting for a core. Re-run on an idle machine for reference figures.\n'
    else
        printf 'The machine was otherwise idle (1-minute load average %s at start, %s at end, on %s cores).\n' \
            "$start" "$end" "$cores"
    fi
}

# The part every RESULTS.md opens with after its title: who wrote it and when, the command, the
# host and how busy it was. $1: the script's path; $2: the command line; $3: the load at start.
results_preamble() {
    local script="$1" command_line="$2" load_start="$3"
    echo "Written by \`$script\` on $(results_date); every figure below was measured in that run."
    echo "Run the script again to replace this file."
    echo
    echo "Command, from the repository root: \`$command_line\`"
    echo
    results_host_table "$load_start"
    echo
    results_load_note "$load_start"
}

# Builds and runs a generator program that writes a RESULTS.md with a `<!-- host facts -->` marker
# line where the host's facts go, fills them in, and writes the document to $4 ("-": stdout).
# $1: the product; $2: the build configuration; $3: the load average at start; $4: the output.
results_from_generator() {
    local product="$1" config="$2" load_start="$3" output="$4" work
    swift build -c "$config" --product "$product" >&2
    work="$(mktemp -d)"
    "$(swift build -c "$config" --show-bin-path)/$product" "$work/results.md" || { rm -rf "$work"; return 1; }
    {
        results_host_table "$load_start"
        echo
        results_load_note "$load_start"
    } >"$work/host.md"
    awk -v host="$work/host.md" '
        $0 == "<!-- host facts -->" { while ((getline line < host) > 0) print line; next }
        { print }' "$work/results.md" >"$work/final.md"
    if [[ "$output" == "-" ]]; then
        cat "$work/final.md"
    else
        mv "$work/final.md" "$output"
        echo "written: $output" >&2
    fi
    rm -rf "$work"
}
