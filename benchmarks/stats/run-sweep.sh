#!/usr/bin/env bash
# Calibration sweep of the overhead statistics: coverage of the 95% intervals, verdict rates,
# power, the blocks-needed estimate, tail overheads and compare mode over thousands of simulated
# recordings with a known true overhead. Builds and runs `stats-sweep` (benchmarks/stats/sweep),
# which writes the tables with the command, the settings and the date; this script adds the
# host's facts and load average (benchmarks/results-md.sh) and writes RESULTS.md beside itself.
#
#   benchmarks/stats/run-sweep.sh                 # release build, 1000 recordings per row
#   OVERHEAD_SWEEP_RECORDINGS=200 benchmarks/stats/run-sweep.sh
#   SWEEP_CONFIG=debug benchmarks/stats/run-sweep.sh
#   SWEEP_OUTPUT=- benchmarks/stats/run-sweep.sh  # the document on stdout, RESULTS.md left alone
#
# Knobs (environment): OVERHEAD_SWEEP_RECORDINGS (1000; the power and blocks-needed tables use a
# fifth of it, the tail and compare-mode tables half, at least 50), OVERHEAD_SWEEP_NOISES ("quiet
# realistic heavy"), OVERHEAD_SWEEP_BLOCKS ("3 5 10 30 100"), OVERHEAD_SWEEP_TRUE ("0 0.5 2",
# metrics rows), OVERHEAD_SWEEP_COMPONENTS ("metrics control health rateLimiting"),
# OVERHEAD_SWEEP_POWER_BLOCKS ("10 30 100 300"), OVERHEAD_SWEEP_TAIL_BLOCKS ("5 10 30"),
# OVERHEAD_SWEEP_COMPARE_BLOCKS ("5 10 30").
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=../results-md.sh
source benchmarks/results-md.sh
load_start="$(results_load)"
config="${SWEEP_CONFIG:-release}"
output="${SWEEP_OUTPUT:-benchmarks/stats/RESULTS.md}"

results_from_generator stats-sweep "$config" "$load_start" "$output"
