#!/usr/bin/env bash
# Recorder speed figures, each printed beside its target:
#   (a) the recorder's own cost per sample (clock reads + storing)   target <= 100 ns
#   (b) the resource monitor's CPU share                               target <= 0.1 % of one core
#   (c) the default suite (1 10 100 agents x 100 iterations x 5 runs, plus 1 warm-up block per
#       scale) on the embedded bus                                     target <= 60 s wall on 2 cores
# Usage: benchmarks/recorder/run.sh [--skip-build]
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ "${1:-}" != "--skip-build" ]]; then
    swift build -c release --product overhead-record >&2
fi
BIN=.build/release/overhead-record

echo "host: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo
echo "== (a) and (b): recorder cost and monitor CPU (overhead-record --measure-recorder-cost)"
"$BIN" --measure-recorder-cost

echo "== (c) default suite on the embedded bus"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
start=$(date +%s.%N)
"$BIN" --quiet --seed 1 --results "$work/results.jsonl" --perf-log "$work/perf.log"
end=$(date +%s.%N)
wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')
samples=$(grep -c '"type":"sample"' "$work/results.jsonl")
verdict=$(awk -v w="$wall" 'BEGIN { print (w <= 60) ? "OK" : "OVER" }')
echo "default suite wall time: ${wall} s   target <= 60 s   ${verdict}   (${samples} samples, $(nproc) cores)"
