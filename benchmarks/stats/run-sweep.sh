#!/bin/sh
# Calibration sweep of the overhead statistics: coverage of the 95% intervals, verdict rates,
# power and the blocks-needed estimate over thousands of simulated recordings with a known true
# overhead. Prints Markdown tables on stdout.
#
#   benchmarks/stats/run-sweep.sh                 # release build, 1000 recordings per row
#   SWEEP_CONFIG=debug benchmarks/stats/run-sweep.sh
#
# Knobs (environment): OVERHEAD_SWEEP_RECORDINGS (1000), OVERHEAD_SWEEP_NOISES ("quiet realistic
# heavy"), OVERHEAD_SWEEP_BLOCKS ("3 5 10 30 100"), OVERHEAD_SWEEP_TRUE ("0 0.5 2", metrics rows),
# OVERHEAD_SWEEP_COMPONENTS ("metrics control health rateLimiting"), OVERHEAD_SWEEP_POWER_BLOCKS
# ("10 30 100 300"), OVERHEAD_SWEEP_COMPARE_BLOCKS ("5 10 30").
# One table only (here compare mode), with swift test directly:
#   OVERHEAD_SWEEP=1 swift test -c release --filter SweepTests/compareModeTable
set -eu
cd "$(dirname "$0")/../.."
config="${SWEEP_CONFIG:-release}"
OVERHEAD_SWEEP=1 swift test -c "$config" --filter 'OverheadStatsTests.SweepTests' 2>&1 |
    grep -E '^(\||## )' | sed 's/^## /\n## /'
