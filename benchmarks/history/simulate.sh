#!/usr/bin/env bash
# Change-point detection on simulated histories: N histories (default 200) of 200 recordings with a
# 3-point rise of the true total overhead at recording 120, and N without, at two recording sizes:
# 10 blocks × 200 iterations (a nightly recording) and the recorder's default 5 × 100. Each
# recording's overhead is computed by the analysis from its digest, the change points by the history
# report's method at its defaults. Writes the figures beside their targets to SIMULATION.md.
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
rows=""
for size in "10 200" "5 100"; do
    # shellcheck disable=SC2086
    out="$("$root/.build/release/changepoint-sim" "$histories" $size)"
    value() { echo "$out" | awk -v k="$1" '$1 == k { print $2 }'; }
    n=$(value histories)
    found=$(value found_within_3)
    covered=$(value shift_covered)
    false_alarms=$(value false_alarms)
    rows+="| $(value blocks) × $(value iterations) | $(printf '%.2f' "$(value median_recording_sd)") points |"
    rows+=" $found / $n ($(awk -v a="$found" -v n="$n" 'BEGIN { printf "%.1f", 100 * a / n }')%) |"
    rows+=" $covered / $n |"
    rows+=" $false_alarms / $n ($(awk -v a="$false_alarms" -v n="$n" 'BEGIN { printf "%.1f", 100 * a / n }')%) |"
    rows+=" $(printf '%.0f' "$(value seconds)") s |"$'\n'
done
table="| recording (blocks × iterations) | SD of a recording's estimate | shift found within ±3 (target ≥ 90%) | change interval covers +3 | false change point without a shift (target ≤ 5%) | time |
|---|---|---|---|---|---|
$rows"
echo "$table"
{
    echo "# Change points in simulated histories"
    echo
    results_preamble benchmarks/history/simulate.sh "$command_line" "$load_start"
    echo
    echo "Each history: 200 recordings of the baseline and full-integration tests at 1 agent, simulated"
    echo "with realistic noise (\`RecordingSimulator.Noise.realistic\`: ±25% per operation, drift, bursts),"
    echo "true total overhead 2%, rising to 5% from recording 120 on (none in the histories without a"
    echo "shift). Change points: E-Divisive means, 199 permutations, p ≤ 0.01, at least 5 recordings a side."
    echo "The SD column is the median over histories of the standard deviation of the recordings'"
    echo "estimates before the shift: the noise a change must stand out from."
    echo
    echo "$table"
} >"$here/SIMULATION.md"
echo "wrote $here/SIMULATION.md" >&2
