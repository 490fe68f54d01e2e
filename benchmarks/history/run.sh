#!/usr/bin/env bash
# The history store at size: fills a history with N simulated recordings of the recorder's default
# shape (`RecorderDefaults`, paired windows included; default 1,000; the true overhead rising by 3 points at 60% of them) through the same call
# as `history add`, then times `overhead-analyze history
# report` on it (console; and with --json, --html and --markdown), the median of 5 runs of the
# release binary, and the database's growth per recording. Prints the figures beside their targets
# and writes them, with the date and the host's facts, to RESULTS.md beside this script.
#
# Usage: benchmarks/history/run.sh [--recordings N] [--out DIR]
#   --out DIR   where the history file goes, kept (default: a scratch folder, removed)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=../results-md.sh
source "$root/benchmarks/results-md.sh"
command_line="$(results_command benchmarks/history/run.sh "$@")"
load_start="$(results_load)"
recordings=1000
out=""
while [ $# -gt 0 ]; do
    case "$1" in
        --recordings) recordings="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
if [ -z "$out" ]; then
    out="$(mktemp -d)"
    trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out"
echo "building overhead-analyze and history-fill (release)..." >&2
(cd "$root" && swift build -c release --product overhead-analyze >/dev/null &&
    swift build -c release --product history-fill >/dev/null)
analyze="$root/.build/release/overhead-analyze"
db="$out/history.sqlite"
rm -f "$db"

# The size of an empty history (the schema alone), then of the filled one.
"$root/.build/release/history-fill" "$db.empty" 1 >/dev/null
empty_bytes=$(stat -c %s "$db.empty")
rm -f "$db.empty"
echo "adding $recordings simulated recordings..." >&2
fill_seconds=$("$root/.build/release/history-fill" "$db" "$recordings")
bytes=$(stat -c %s "$db")
per_recording_kb=$(awk -v b="$bytes" -v e="$empty_bytes" -v n="$recordings" 'BEGIN { printf "%.1f", (b - e) / n / 1000 }')

# Median wall time and median CPU time (user + system) of 5 runs of a command, in seconds: "wall cpu".
median_seconds() {
    local walls=() cpus=() i line
    for i in 1 2 3 4 5; do
        /usr/bin/time -f '%e %U %S' -o "$out/time.txt" "$@" >/dev/null
        line="$(tail -n 1 "$out/time.txt")"
        walls+=("$(echo "$line" | awk '{ print $1 }')")
        cpus+=("$(echo "$line" | awk '{ printf "%.2f", $2 + $3 }')")
    done
    printf '%s %s\n' "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n 3p)" \
        "$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n 3p)"
}
if [ ! -x /usr/bin/time ]; then
    echo "installing GNU time" >&2
    sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get install -y -qq time >/dev/null
fi
echo "timing history report..." >&2
read -r console_s console_cpu < <(median_seconds "$analyze" history report --db "$db" --color never)
read -r all_s all_cpu < <(median_seconds "$analyze" history report --db "$db" --color never --json "$out/h.json" \
    --html "$out/h.html" --markdown "$out/h.md")
changes=$("$analyze" history report --db "$db" --json - | grep -c '"statistic"' || true)
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t ? "met" : "NOT met") }'; }

table="| figure | measured | target | |
|---|---|---|---|
| \`history report\` (console), $recordings recordings: wall time, median of 5 | ${console_s} s | ≤ 1 s | $(verdict "$console_s" 1) |
| the same: CPU time (user + system), median of 5 | ${console_cpu} s | | |
| \`history report\` with --json, --html and --markdown: wall time, median of 5 | ${all_s} s | ≤ 1 s | $(verdict "$all_s" 1) |
| the same: CPU time (user + system), median of 5 | ${all_cpu} s | | |
| database growth per recording | ${per_recording_kb} KB | ≤ 50 KB | $(verdict "$per_recording_kb" 50) |
| database size, $recordings recordings | $((bytes / 1000)) KB | | |
| time to add $recordings recordings (simulation included) | $(printf '%.1f' "$fill_seconds") s | | |"
echo "$table"
{
    echo "# History store benchmark"
    echo
    results_preamble benchmarks/history/run.sh "$command_line" "$load_start"
    echo
    echo "Each recording is a simulated one of the recorder's default shape (1, 10 and 100 agents, every"
    echo "test, the recorder's default runs and warm-up run, windows of the iterations its pilot sizes for"
    echo "the simulated bus, the paired windows kept with their per-window figures; the true total overhead rises by 3 points"
    echo "from the recording at 60% of the history on): $(awk -v e="$empty_bytes" 'BEGIN { printf "%.1f", e / 1000 }') KB is the"
    echo "file with one recording; the growth is (size − that) / recordings. The report reads every"
    echo "recording's digest and recomputes its overhead per agent count, then runs the change-point"
    echo "search on each series (the report found $changes change points in all). On a busy machine the wall time includes waiting for a core; the CPU"
    echo "time is what the report itself costs, close to its wall time on an idle machine."
    echo
    echo "$table"
} >"$here/RESULTS.md"
echo "wrote $here/RESULTS.md" >&2
