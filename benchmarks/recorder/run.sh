#!/usr/bin/env bash
# Recorder speed figures, each printed beside its target:
#   (a) the recorder's own cost per sample (clock reads + storing)   target <= 100 ns
#   (b) the resource monitor's CPU share                               target <= 0.1 % of one core
#   (c) the default suite (1 10 100 agents x 5 runs, windows of >= 50 ms, plus 1 warm-up block per
#       scale) on the embedded bus                                     target <= 60 s wall on 2 cores
# Prints the figures and writes them, with the date and the host's facts, to RESULTS.md beside
# this script.
# Usage: benchmarks/recorder/run.sh [--skip-build]
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=../results-md.sh
source benchmarks/results-md.sh
command_line="$(results_command benchmarks/recorder/run.sh "$@")"
load_start="$(results_load)"

if [[ "${1:-}" != "--skip-build" ]]; then
    swift build -c release --product overhead-record >&2
fi
BIN=.build/release/overhead-record

echo "host: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo
echo "== (a) and (b): recorder cost and monitor CPU (overhead-record --measure-recorder-cost)"
cost="$("$BIN" --measure-recorder-cost)"
echo "$cost"

echo "== (c) default suite on the embedded bus"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
start=$(date +%s.%N)
# --soak 0: the soak phase is its own phase with its own length (--soak, 70 s by default), not
# part of the suite's time.
"$BIN" --quiet --seed 1 --soak 0 --results "$work/results.jsonl" --perf-log "$work/perf.log"
end=$(date +%s.%N)
wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')
samples=$(grep -c '"type":"sample"' "$work/results.jsonl")
verdict=$(awk -v w="$wall" 'BEGIN { print (w <= 60) ? "OK" : "OVER" }')
echo "default suite wall time: ${wall} s   target <= 60 s   ${verdict}   (${samples} samples, $(nproc) cores)"

# RESULTS.md: the figures of --measure-recorder-cost's lines, picked out by their labels.
pick() { sed -n "$1" <<<"$cost" | head -n 1; }
per_sample=$(pick 's/^recorder cost per sample.*: \([0-9.]*\) ns CPU median.*/\1/p')
fastest=$(pick 's/^recorder cost per sample.*, \([0-9.]*\) ns fastest.*/\1/p')
sample_ok=$(pick 's/^recorder cost per sample.*target <= 100 ns *\([A-Z]*\).*/\1/p')
monitor=$(pick 's/^resource monitor CPU.*: \([0-9.]*\) % of one core.*/\1/p')
monitor_setup=$(pick 's/^resource monitor CPU (\(.*\)):.*/\1/p')
monitor_ok=$(pick 's/^resource monitor CPU.*target <= 0.1 % *\([A-Z]*\).*/\1/p')
reading=$(pick 's/^one monitor reading.*: \([0-9.]*\) us CPU.*/\1/p')
sut_monitor=$(pick 's/^monitor CPU with system-under-test accounting.*: \([0-9.]*\) % of one core.*/\1/p')
sut_setup=$(pick 's/^monitor CPU with system-under-test accounting (\(.*\)):.*/\1/p')
sut_ok=$(pick 's/^monitor CPU with system-under-test.*target <= 0.1 % *\([A-Z]*\).*/\1/p')
sut_reading=$(pick 's/^monitor reading with system-under-test accounting: \([0-9.]*\) us CPU.*/\1/p')
{
    echo "# Recorder speed"
    echo
    results_preamble benchmarks/recorder/run.sh "$command_line" "$load_start"
    echo
    echo "| figure | measured | target | |"
    echo "|---|---|---|---|"
    echo "| recorder's cost per sample (2 clock reads + reading + store), thread CPU time | ${per_sample:-?} ns median, ${fastest:-?} ns fastest | ≤ 100 ns | ${sample_ok:-?} |"
    echo "| resource monitor's CPU (${monitor_setup:-?}) | ${monitor:-?} % of one core | ≤ 0.1 % | ${monitor_ok:-?} |"
    echo "| one monitor reading (probe + line + write) | ${reading:-?} µs CPU | – | |"
    echo "| resource monitor's CPU with the system-under-test accounting (${sut_setup:-?}, same interval) | ${sut_monitor:-?} % of one core | ≤ 0.1 % | ${sut_ok:-?} |"
    echo "| one monitor reading with that accounting | ${sut_reading:-?} µs CPU | – | |"
    echo "| default suite (1 10 100 agents × 5 runs + 1 warm-up block per scale, windows ≥ 50 ms, \`--seed 1\`) on the embedded bus, wall time | ${wall} s (${samples} samples) | ≤ 60 s on 2 cores | ${verdict} |"
    echo
    echo "Output of \`overhead-record --measure-recorder-cost\`:"
    echo
    sed 's/^/    /' <<<"$cost"
} >benchmarks/recorder/RESULTS.md.tmp
mv benchmarks/recorder/RESULTS.md.tmp benchmarks/recorder/RESULTS.md
echo
echo "written: benchmarks/recorder/RESULTS.md"
