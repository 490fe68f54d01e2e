#!/usr/bin/env bash
# Profiling leaves the samples alone. Records the reference library (samples/shell-lib) in pairs,
# once without and once with --profile, with the same plan and seed (the order within a pair
# alternates, so drift favours neither), analyzes every recording, and compares the figures the
# samples give: the baseline send and every component's overhead, mean over the recordings of each
# kind, with the difference and its noise (the spread between recordings of the same kind). Also
# reports the profile's own cost: the phase's seconds, the run's wall time with and without it, and
# what tracing adds to each layer's call.
# Prints the figures and writes them, with the date and the host's facts, to RESULTS.md beside this script.
# Usage: benchmarks/profile/run.sh [--pairs P] [--iterations N] [--runs R] [--profile-calls C] [--skip-build]
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=../results-md.sh
source benchmarks/results-md.sh
command_line="$(results_command benchmarks/profile/run.sh "$@")"
load_start="$(results_load)"
here=benchmarks/profile

pairs=4 iterations=30 runs=5 calls=100 build=1
while [ $# -gt 0 ]; do
    case "$1" in
        --pairs) pairs="$2"; shift 2 ;;
        --iterations) iterations="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --profile-calls) calls="$2"; shift 2 ;;
        --skip-build) build=0; shift ;;
        *) echo "unknown option $1 (use --pairs P --iterations N --runs R --profile-calls C --skip-build)" >&2; exit 2 ;;
    esac
done
case "$pairs$iterations$runs$calls" in *[!0-9]*|'') echo "options take whole numbers" >&2; exit 2 ;; esac
if [ "$pairs" -lt 2 ]; then echo "--pairs must be at least 2 (the noise is the spread between pairs)" >&2; exit 2; fi

if [ "$build" = 1 ]; then
    swift build -c release --product overhead-record >&2
    swift build -c release --product overhead-analyze >&2
fi
record=.build/release/overhead-record
analyze=.build/release/overhead-analyze

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
settings=(--target shell --lib samples/shell-lib --scales 1 --iterations "$iterations" --runs "$runs" --quiet)

for k in $(seq 1 "$pairs"); do
    order="off on"
    [ $((k % 2)) = 0 ] && order="on off"
    for kind in $order; do
        extra=()
        [ "$kind" = on ] && extra=(--profile --profile-calls "$calls")
        echo "pair $k/$pairs: recording with profile $kind..." >&2
        start=$(date +%s.%N)
        "$record" "${settings[@]}" --seed "$k" "${extra[@]}" --results "$work/$kind-$k.jsonl" --perf-log "$work/$kind-$k.perf"
        end=$(date +%s.%N)
        echo "$kind $k $start $end" >>"$work/wall.txt"
        profile=()
        [ "$kind" = on ] && profile=(--profile "$work/$kind-$k.profile.jsonl")
        "$analyze" "$work/$kind-$k.jsonl" "${profile[@]}" --json "$work/$kind-$k.json" >/dev/null || true
    done
done

tables=$(python3 "$here/figures.py" "$work" "$pairs")
echo "$tables"
{
    echo "# Profiling and the measured samples"
    echo
    results_preamble benchmarks/profile/run.sh "$command_line" "$load_start"
    echo
    echo "Each recording: \`overhead-record ${settings[*]} --seed K\`, K = 1 … $pairs, once as is and once with"
    echo "\`--profile --profile-calls $calls\` (the two of a pair share K; their order alternates between pairs)."
    echo "Each is analyzed with \`overhead-analyze --json\` (with its profile file for the profiled ones)."
    echo
    echo "$tables"
} >"$here/RESULTS.md.tmp"
mv "$here/RESULTS.md.tmp" "$here/RESULTS.md"
echo
echo "written: benchmarks/profile/RESULTS.md"
