#!/usr/bin/env bash
# Fleet benchmark: coverage of the pooled and prediction intervals, false flags and detection of an
# odd host, on simulated fleets (20 hosts, true total overhead 2%, between-host τ = 1 point), at the
# level of full simulated recordings analysed by FleetAnalyzer and, for the method choices, of
# per-host estimates. Builds and runs `fleet-sim` (benchmarks/fleet/fleet-sim), then adds the host's
# facts (benchmarks/results-md.sh) and writes RESULTS.md beside this script.
#
#   benchmarks/fleet/run.sh                              # release build, 500 fleets per row
#   FLEET_FLEETS=20 FLEET_METHOD_FLEETS=100 benchmarks/fleet/run.sh   # a quick check
#   FLEET_OUTPUT=- benchmarks/fleet/run.sh               # the document on stdout, RESULTS.md left alone
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=../results-md.sh
source benchmarks/results-md.sh
load_start="$(results_load)"
config="${FLEET_CONFIG:-release}"
output="${FLEET_OUTPUT:-benchmarks/fleet/RESULTS.md}"

swift build -c "$config" --product fleet-sim >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$(swift build -c "$config" --show-bin-path)/fleet-sim" "$work/results.md"
{
    results_host_table "$load_start"
    echo
    results_load_note "$load_start"
} >"$work/host.md"
awk -v host="$work/host.md" '
    $0 == "<!-- host facts -->" { while ((getline line < host) > 0) print line; next }
    { print }' "$work/results.md" >"$work/final.md"
if [[ "$output" == "-" ]]; then
    cat "$work/final.md"
else
    mv "$work/final.md" "$output"
    echo "written: $output" >&2
fi
