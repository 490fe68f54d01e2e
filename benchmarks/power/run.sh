#!/usr/bin/env bash
# Statistical power of the recorder and analyzer, from real recordings of the embedded bus made
# with the release binaries:
#   (a) DEFAULT_RUNS default recordings (no flags but --seed; every recording here is made with
#       --soak 0, the suite alone, which is what these figures are about): how often the A/A control's
#       interval at 10 agents contains 0 (target 93-98%), its median width (target <= 2 points),
#       and the suite's wall time (target <= 60 s);
#   (b) SYNTH_RUNS recordings at 10 agents per synthetic layer of 0%, 1% and 3% of the measured
#       send (--synthetic-layer-ns): how often the interval contains the injected ratio (target
#       93-98%) and the verdicts against the 1% limit (3% -> FAIL >= 90%; 0% -> PASS >= 80%,
#       FAIL <= 5%);
#   (c) the same with BUSY_RUNS recordings per case while another process keeps a core busy;
#   (d) UNTIL_RUNS recordings per case of --until-decided --timeout 120 at 10 agents for the 0%
#       and 3% layers: decided, and in how many seconds (target <= 60 s).
# Writes the figures, with the date and the host's facts, to RESULTS.md beside this script.
# Usage: DEFAULT_RUNS=100 SYNTH_RUNS=100 BUSY_RUNS=50 UNTIL_RUNS=10 benchmarks/power/run.sh [--skip-build]
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=../results-md.sh
source benchmarks/results-md.sh
command_line="$(results_command benchmarks/power/run.sh "$@")"
load_start="$(results_load)"
DEFAULT_RUNS="${DEFAULT_RUNS:-100}"
SYNTH_RUNS="${SYNTH_RUNS:-100}"
BUSY_RUNS="${BUSY_RUNS:-50}"
UNTIL_RUNS="${UNTIL_RUNS:-10}"
counts="DEFAULT_RUNS=$DEFAULT_RUNS SYNTH_RUNS=$SYNTH_RUNS BUSY_RUNS=$BUSY_RUNS UNTIL_RUNS=$UNTIL_RUNS"

if [[ "${1:-}" != "--skip-build" ]]; then
    swift build -c release --product overhead-record >&2
    swift build -c release --product overhead-analyze >&2
fi
RECORD=.build/release/overhead-record
ANALYZE=.build/release/overhead-analyze

work=$(mktemp -d)
busy_pid=""
stop_busy() {
    if [[ -n "$busy_pid" ]]; then
        kill "$busy_pid" 2>/dev/null || true
        wait "$busy_pid" 2>/dev/null || true
        busy_pid=""
    fi
}
trap 'stop_busy; rm -rf "$work"' EXIT
started=$(date +%s)

# One recording and its JSON summary; prints the wall seconds. $1: name; the rest: recorder flags.
record() {
    local name="$1" start end
    shift
    start=$(date +%s.%N)
    "$RECORD" --quiet --soak 0 --results "$work/$name.jsonl" --perf-log "$work/$name.perf" "$@" || true
    end=$(date +%s.%N)
    "$ANALYZE" "$work/$name.jsonl" --perf-log "$work/$name.perf" --json "$work/$name.json" >/dev/null 2>&1 || true
    grep '"type":"decision"' "$work/$name.jsonl" >"$work/$name.decision" || true
    rm -f "$work/$name.jsonl" "$work/$name.perf"
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f\n", e - s }' >"$work/$name.seconds"
}

echo "== (a) $DEFAULT_RUNS default recordings" >&2
for i in $(seq 1 "$DEFAULT_RUNS"); do record "default-$i" --seed "$i"; done

# The send the synthetic layers are sized against: the paired send of a short 10-agent recording.
record sizing --scales 10 --runs 2 --seed 424242 --synthetic-layer-ns 0
send_ns=$(python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))["scales"][0]["synthetic_layer"]
print(round(s["reference_send_ms"] * 1e6))' "$work/sizing.json")
one_ns=$((send_ns / 100))
three_ns=$((3 * send_ns / 100))
echo "measured send ${send_ns} ns: layers of 0, ${one_ns} and ${three_ns} ns" >&2

synthetic_cases() {
    local label="$1" runs="$2" seed_base="$3"
    local -a sizes=(0 "$one_ns" "$three_ns")
    local k i
    for k in 0 1 2; do
        echo "== ${label}: $runs recordings with a ${sizes[$k]} ns layer" >&2
        for i in $(seq 1 "$runs"); do
            record "$label-$k-$i" --scales 10 --seed $((seed_base + 1000 * k + i)) --synthetic-layer-ns "${sizes[$k]}"
        done
    done
}
synthetic_cases synth "$SYNTH_RUNS" 100000

echo "== (c) the same with the other core kept busy" >&2
bash -c 'while :; do :; done' &
busy_pid=$!
synthetic_cases busy "$BUSY_RUNS" 200000
stop_busy

echo "== (d) --until-decided --timeout 120 at 10 agents" >&2
for i in $(seq 1 "$UNTIL_RUNS"); do
    record "until-0-$i" --scales 10 --until-decided --timeout 120 --seed $((300000 + i)) --synthetic-layer-ns 0
    record "until-2-$i" --scales 10 --until-decided --timeout 120 --seed $((310000 + i)) --synthetic-layer-ns "$three_ns"
done
elapsed=$(($(date +%s) - started))

python3 benchmarks/power/figures.py "$work" "$DEFAULT_RUNS" "$SYNTH_RUNS" "$BUSY_RUNS" "$UNTIL_RUNS" \
    "$send_ns" "$one_ns" "$three_ns" >"$work/figures.md"
cat "$work/figures.md"
{
    echo "# Statistical power"
    echo
    results_preamble benchmarks/power/run.sh "$command_line" "$load_start"
    echo
    echo "Counts: \`$counts\`; the script ran for $((elapsed / 60)) min $((elapsed % 60)) s."
    echo
    cat "$work/figures.md"
} >benchmarks/power/RESULTS.md.tmp
mv benchmarks/power/RESULTS.md.tmp benchmarks/power/RESULTS.md
echo "written: benchmarks/power/RESULTS.md" >&2
