#!/usr/bin/env bash
# Shell target timing figures. Records, at 1 agent (30 iterations x 8 measured blocks):
#   - the reference library (samples/shell-lib), and
#   - the same library with every layer a no-op (Tests/OverheadRecorderTests/Fixtures/shell/noop-layers.sh),
# and analyzes each twice: as recorded (bash's $EPOCHREALTIME around the library's functions) and
# with each sample replaced by the recorder's round trip for the same call (how recordings were
# timed before; derive_round_trip.py). A layer that does nothing should read 0 by bash's timing.
# Also analyzes samples/shell-lib-recording-round-trip/, the reference library recorded with the
# earlier driver, which called each function of a composite separately.
# Prints the figures and writes them, with the date and the host's facts, to RESULTS.md beside this script.
# Usage: benchmarks/shell-target/run.sh [--skip-build]
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=../results-md.sh
source benchmarks/results-md.sh
command_line="$(results_command benchmarks/shell-target/run.sh "$@")"
load_start="$(results_load)"
here=benchmarks/shell-target

if [[ "${1:-}" != "--skip-build" ]]; then
    swift build -c release --product overhead-record >&2
    swift build -c release --product overhead-analyze >&2
fi
record=.build/release/overhead-record
analyze=.build/release/overhead-analyze

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
settings=(--target shell --lib samples/shell-lib --scales 1 --iterations 30 --runs 8 --seed 7 --quiet)
noop=Tests/OverheadRecorderTests/Fixtures/shell/noop-layers.sh

for name in reference noop; do
    extra=()
    [[ $name == noop ]] && extra=(--lib-file "shutdown-coordination=$noop")
    echo "recording the $name library..." >&2
    "$record" "${settings[@]}" "${extra[@]}" --results "$work/$name.jsonl" --perf-log "$work/$name.perf"
    python3 "$here/derive_round_trip.py" "$work/$name.jsonl" "$work/$name-rt.jsonl"
    "$analyze" "$work/$name.jsonl" --json "$work/$name.json" >/dev/null || true
    "$analyze" "$work/$name-rt.jsonl" --json "$work/$name-rt.json" >/dev/null || true
done
"$analyze" samples/shell-lib-recording-round-trip/results.jsonl --json "$work/before.json" >/dev/null || true

reference_tables=$(python3 "$here/figures.py" "reference, bash timing=$work/reference.json" \
    "reference, round trips of the same calls=$work/reference-rt.json" \
    "reference, earlier driver (stored sample, 1 and 3 agents, 2 runs)=$work/before.json")
noop_tables=$(python3 "$here/figures.py" "no-op layers, bash timing=$work/noop.json" \
    "no-op layers, round trips of the same calls=$work/noop-rt.json")
echo "$reference_tables"
echo
echo "$noop_tables"
{
    echo "# Shell target timing"
    echo
    results_preamble benchmarks/shell-target/run.sh "$command_line" "$load_start"
    echo
    echo "The earlier driver's column analyzes the stored recording \`samples/shell-lib-recording-round-trip/\`."
    echo
    echo "Each recording: \`overhead-record ${settings[*]}\` (the no-op one with \`--lib-file shutdown-coordination=$noop\`)."
    echo "\"Round trips of the same calls\" analyzes the same recording with every sample replaced by its \`round_trip_ms\`."
    echo "Intervals are 95%; the status is against the component's limit."
    echo
    echo "## The reference library"
    echo
    echo "$reference_tables"
    echo
    echo "## A library whose layers do nothing"
    echo
    echo "$noop_tables"
} >"$here/RESULTS.md.tmp"
mv "$here/RESULTS.md.tmp" "$here/RESULTS.md"
echo
echo "written: $here/RESULTS.md"
