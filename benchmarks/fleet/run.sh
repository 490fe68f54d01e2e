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

results_from_generator fleet-sim "$config" "$load_start" "$output"
