#!/usr/bin/env bash
# Times, on one 1,000,000-record results file: our analyzer producing every report (built in release
# mode first when missing), our reader alone, `jq -s` doing the original's grouping, and Python's
# json module computing the same statistics. Prints wall time and peak RSS side by side, and writes
# them, with the date and the host's facts, to RESULTS.md beside this script.
#
# Usage: benchmarks/analyzer/run.sh [--records N] [--out DIR] [--skip-jq] [--skip-python] [--threads N]
#   --out DIR   where the generated file and reports go, kept (default: a scratch folder on /dev/shm, removed)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=../results-md.sh
source "$root/benchmarks/results-md.sh"
command_line="$(results_command benchmarks/analyzer/run.sh "$@")"
load_start="$(results_load)"
records=1000000
out=""
skip_jq=0
skip_python=0
threads=0
while [ $# -gt 0 ]; do
    case "$1" in
        --records) records="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        --skip-jq) skip_jq=1; shift ;;
        --skip-python) skip_python=1; shift ;;
        --threads) threads="$2"; shift 2 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

if [ ! -x /usr/bin/time ]; then
    echo "installing GNU time" >&2
    sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get install -y -qq time >/dev/null
fi
if [ -z "$out" ]; then
    # The default: a scratch folder on tmpfs (the reader's case), removed at the end so a quarter of
    # a gigabyte does not stay in memory; give --out DIR to keep the generated file for another run.
    out="$(mktemp -d /dev/shm/overhead-bench.XXXXXX)"
    trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out"
results="$out/results-$records.jsonl"
perf="$out/perf-$records.log"
if [ ! -s "$results" ]; then
    echo "generating $results ($records records)..." >&2
    python3 "$here/generate.py" "$results" --records "$records" --perf-log "$perf"
fi
size_mb=$(( $(stat -c %s "$results") / 1000000 ))

if [ ! -x "$root/.build/release/overhead-analyze" ]; then
    echo "building overhead-analyze (release)..." >&2
    (cd "$root" && swift build -c release --product overhead-analyze >/dev/null)
fi
if [ ! -x "$root/.build/release/reader-bench" ]; then
    echo "building reader-bench (release)..." >&2
    (cd "$root" && swift build -c release --product reader-bench >/dev/null)
fi

rows=()
md_rows=()
# measure NAME CMD...: runs CMD under GNU time, stdout to $out/NAME.out, keeps "wall rss".
measure() {
    local name="$1"; shift
    local status=0 cpu
    /usr/bin/time -f '%e %M %U %S' -o "$out/$name.time" "$@" >"$out/$name.out" 2>"$out/$name.err" || status=$?
    read -r wall rss user sys < <(tail -n 1 "$out/$name.time")
    cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
    rows+=("$(printf '%-34s %8s s %9s MB %9s s   (exit %d)' "$name" "$wall" "$((rss / 1024))" "$cpu" "$status")")
    md_rows+=("$(printf '| %s | %s s | %s MB | %s s | %d |' "$name" "$wall" "$((rss / 1024))" "$cpu" "$status")")
    last_wall="$wall" last_rss_mb="$((rss / 1024))" last_status="$status"
}
analyzer_verdict="not measured (overhead-analyze not built)"

cd "$root"
if [ -x .build/release/overhead-analyze ]; then
    measure "overhead-analyze (all reports)" .build/release/overhead-analyze "$results" --perf-log "$perf" \
        --json "$out/report.json" --junit "$out/report.xml" --html "$out/report.html"
    analyzer_verdict="$(awk -v w="$last_wall" -v m="$last_rss_mb" 'BEGIN {
        print (w <= 0.6 && m <= 100) ? "met" : "NOT met" }') (${last_wall} s, ${last_rss_mb} MB)"
    if [ "$last_status" -gt 1 ]; then analyzer_verdict="$analyzer_verdict, but overhead-analyze exited $last_status"; fi
else
    rows+=("$(printf '%-34s %s' "overhead-analyze (all reports)" "not built: swift build -c release --product overhead-analyze")")
    md_rows+=("| overhead-analyze (all reports) | not built: \`swift build -c release --product overhead-analyze\` | | | |")
fi
measure "reader only (reader-bench)" .build/release/reader-bench --threads "$threads" --series "$results" --perf-log "$perf"
if [ "$skip_python" -eq 0 ]; then
    measure "python3 json + statistics" python3 "$here/py_stats.py" "$results"
fi
if [ "$skip_jq" -eq 0 ]; then
    measure "jq -s group_by + avg" jq -s '
        [ .[] | select(.elapsed_ms != null and ((.type // "sample") == "sample") and (.metadata.warmup != true)) ]
        | group_by([.test_name, .agent_count, .operation])
        | map({test_name: .[0].test_name, agent_count: .[0].agent_count, operation: .[0].operation,
               count: length, avg_ms: (map(.elapsed_ms) | add / length)})' "$results"
fi

echo
echo "results file: $results (${size_mb} MB, $records records), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-34s %10s %12s %11s\n' "tool" "wall" "peak RSS" "CPU (u+s)"
for r in "${rows[@]}"; do echo "$r"; done
echo
reader_line="$(grep '^read ' "$out/reader only (reader-bench).out" || true)"
echo "reader: $reader_line"
check_line="not run (--skip-python)"
if [ "$skip_python" -eq 0 ]; then
    # Same series, counts and means (to 6 decimals) from our reader and from Python?
    if diff <(grep '^series ' "$out/reader only (reader-bench).out" | awk '{printf "%s %s %.6f\n", $2, $3, substr($4, 6)}' | sort) \
            <(awk '{printf "%s %s %.6f\n", $1, $2, substr($3, 6)}' "$out/python3 json + statistics.out" | sort) >/dev/null \
        && [ "$(grep -c '^series ' "$out/reader only (reader-bench).out")" -gt 0 ]; then
        check_line="reader and Python agree on all $(grep -c '^series ' "$out/reader only (reader-bench).out") series (count, mean)"
        echo "check: $check_line"
    else
        echo "check: reader and Python DISAGREE on series counts or means" >&2
        exit 1
    fi
fi

{
    echo "# Analyzer speed"
    echo
    results_preamble benchmarks/analyzer/run.sh "$command_line" "$load_start"
    echo
    echo "Input: a generated results file in our format, $records records, ${size_mb} MB (\`generate.py\`: 7 tests,"
    echo "3 scales, a warm-up block and as many runs of 1,000 iterations as the record count needs), with its perf log."
    echo
    echo "| tool | wall | peak RSS | CPU (user+sys) | exit |"
    echo "|---|---|---|---|---|"
    for r in "${md_rows[@]}"; do echo "$r"; done
    echo
    echo "Targets for \`overhead-analyze\` with every report on 1,000,000 records: ≤ 0.6 s wall, ≤ 100 MB peak RSS:"
    echo "$analyzer_verdict. Its exit code is the verdict on the generated recording (0 every criterion met,"
    echo "1 a criterion failed or was inconclusive); 2 would be an input error."
    echo
    echo "- reader (\`reader-bench\`): ${reader_line:-no output}"
    echo "- check: $check_line"
    [ "$skip_jq" -eq 0 ] || echo "- \`jq -s\` skipped (--skip-jq)"
    [ "$skip_python" -eq 0 ] || echo "- Python skipped (--skip-python)"
} >"$here/RESULTS.md.tmp"
mv "$here/RESULTS.md.tmp" "$here/RESULTS.md"
echo
echo "written: benchmarks/analyzer/RESULTS.md"
