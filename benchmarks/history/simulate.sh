#!/usr/bin/env bash
# Change-point detection on simulated histories: N histories (default 200) of 200 recordings with a
# 3-point rise of the true total overhead at recording 120, and N without. Each recording is shaped
# as the recorder's defaults shape it (its statistical runs and warm-up run, the window iterations
# its pilot sizes, the full-integration window paired) and, for comparison, with twice the runs (a
# longer nightly recording). Each recording's overhead is computed by the analysis from its digest
# (the paired windows' estimate), the change points by the history report's method at its
# defaults. Writes the figures beside their targets to SIMULATION.md.
#
# Usage: benchmarks/history/simulate.sh [HISTORIES]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=../results-md.sh
source "$root/benchmarks/results-md.sh"
command_line="$(results_command benchmarks/history/simulate.sh "$@")"
load_start="$(results_load)"
histories="${1:-200}"
echo "building changepoint-sim (release)..." >&2
(cd "$root" && swift build -c release --product changepoint-sim >/dev/null)
sim="$root/.build/release/changepoint-sim"
# The recorder's default runs, as the simulator reports them, then twice as many.
default_blocks="$("$sim" 0 | awk '$1 == "blocks" { print $2 }')"
rows=""
for blocks in "$default_blocks" "$((2 * default_blocks))"; do
    out="$("$sim" "$histories" "$blocks")"
    value() { echo "$out" | awk -v k="$1" '$1 == k { print $2 }'; }
    n=$(value histories)
    found=$(value found_within_3)
    covered=$(value shift_covered)
    false_alarms=$(value false_alarms)
    what="$(value blocks) windows × $(value iterations) pairs"
    [ "$blocks" = "$default_blocks" ] && what="$what (the recorder's default)"
    rows+="| $what | $(printf '%.2f' "$(value median_recording_sd)") points |"
    rows+=" $found / $n ($(awk -v a="$found" -v n="$n" 'BEGIN { printf "%.1f", 100 * a / n }')%) |"
    rows+=" $(value found_exact) / $n |"
    rows+=" $covered / $n |"
    rows+=" $false_alarms / $n ($(awk -v a="$false_alarms" -v n="$n" 'BEGIN { printf "%.1f", 100 * a / n }')%) |"
    rows+=" $(printf '%.0f' "$(value seconds)") s |"$'\n'
done
table="| recording (after $(echo "$out" | awk '$1 == "warmup_blocks" { print $2 }') warm-up run) | SD of a recording's estimate | shift found within ±3 (target ≥ 90%) | found at 120 exactly | change interval covers +3 | false change point without a shift (target ≤ 5%) | time |
|---|---|---|---|---|---|---|
$rows"
echo "$table"
{
    echo "# Change points in simulated histories"
    echo
    results_preamble benchmarks/history/simulate.sh "$command_line" "$load_start"
    echo
    echo "Each history: 200 recordings of the baseline and full-integration tests at 1 agent, simulated"
    echo "with realistic noise (\`RecordingSimulator.Noise.realistic\`: ±25% per operation, drift, bursts)"
    echo "and shaped as the recorder's defaults shape a recording (\`RecorderDefaults\`: statistical runs,"
    echo "warm-up run, window iterations sized by the pilot; each full-integration iteration times"
    echo "\`complete_operation\` and a \`paired_send\`), true total overhead 2%, rising to 5% from"
    echo "recording 120 on (none in the histories without a shift). Each recording's estimate is the"
    echo "analyzer's: per window the 10% trimmed mean of the pair differences over the trimmed-mean paired"
    echo "send, then the mean over windows, computed from the history's digest. Change points: E-Divisive"
    echo "means, 199 permutations, p ≤ 0.01, at least 5 recordings a side (the report's defaults). The SD"
    echo "column is the median over histories of the standard deviation of the recordings' estimates"
    echo "before the shift: the noise a change must stand out from."
    echo
    echo "$table"
} >"$here/SIMULATION.md"
echo "wrote $here/SIMULATION.md" >&2
