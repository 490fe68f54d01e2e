#!/usr/bin/env bash
# Times, on one 1,000,000-record results file: our analyzer producing every report, our reader
# alone, `jq -s` doing the original's grouping, and Python's json module computing the same
# statistics. Prints wall time and peak RSS side by side.
#
# Usage: benchmarks/analyzer/run.sh [--records N] [--out DIR] [--skip-jq] [--skip-python] [--threads N]
#   --out DIR   where the generated file and reports go (default /dev/shm/overhead-bench; never committed)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
records=1000000
out=/dev/shm/overhead-bench
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
mkdir -p "$out"
results="$out/results-$records.jsonl"
perf="$out/perf-$records.log"
if [ ! -s "$results" ]; then
    echo "generating $results ($records records)..." >&2
    python3 "$here/generate.py" "$results" --records "$records" --perf-log "$perf"
fi
size_mb=$(( $(stat -c %s "$results") / 1000000 ))

if [ ! -x "$root/.build/release/reader-bench" ]; then
    echo "building reader-bench (release)..." >&2
    (cd "$root" && swift build -c release --product reader-bench >/dev/null)
fi

rows=()
# measure NAME CMD...: runs CMD under GNU time, stdout to $out/NAME.out, keeps "wall rss".
measure() {
    local name="$1"; shift
    local status=0
    /usr/bin/time -f '%e %M %U %S' -o "$out/$name.time" "$@" >"$out/$name.out" 2>"$out/$name.err" || status=$?
    read -r wall rss user sys < <(tail -n 1 "$out/$name.time")
    rows+=("$(printf '%-34s %8s s %9s MB %9.2f s   (exit %d)' "$name" "$wall" "$((rss / 1024))" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$status")")
}

cd "$root"
if [ -x .build/release/overhead-analyze ]; then
    measure "overhead-analyze (all reports)" .build/release/overhead-analyze "$results" --perf-log "$perf" \
        --json "$out/report.json" --junit "$out/report.xml" --html "$out/report.html"
else
    rows+=("$(printf '%-34s %s' "overhead-analyze (all reports)" "not built: swift build -c release --product overhead-analyze")")
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
echo "reader: $(grep '^read ' "$out/reader only (reader-bench).out")"
if [ "$skip_python" -eq 0 ]; then
    # Same series, counts and means (to 6 decimals) from our reader and from Python?
    if diff <(grep '^series ' "$out/reader only (reader-bench).out" | awk '{printf "%s %s %.6f\n", $2, $3, substr($4, 6)}' | sort) \
            <(awk '{printf "%s %s %.6f\n", $1, $2, substr($3, 6)}' "$out/python3 json + statistics.out" | sort) >/dev/null \
        && [ "$(grep -c '^series ' "$out/reader only (reader-bench).out")" -gt 0 ]; then
        echo "check: reader and Python agree on all $(grep -c '^series ' "$out/reader only (reader-bench).out") series (count, mean)"
    else
        echo "check: reader and Python DISAGREE on series counts or means" >&2
        exit 1
    fi
fi
