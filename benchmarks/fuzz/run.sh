#!/usr/bin/env bash
# Fuzzes the analyzer with libFuzzer: the results reader, the perf-log reader, the analysis, every
# report renderer, compare mode, fleet mode and the profile reader, one harness each (harness/Entry-*.swift).
#
#   benchmarks/fuzz/run.sh [seconds per harness, default 60] [harness...]
#
# The package's library modules are built by SwiftPM with AddressSanitizer and libFuzzer's coverage
# instrumentation (into .build/fuzz, apart from the normal build); each harness is then linked
# against them with `swiftc -sanitize=fuzzer,address`. Every input of the committed seed corpus
# (corpus/, the crashes once found among them) is first replayed once, then each harness fuzzes
# for the given time from a working copy of the corpus. Exit 0 when nothing was found, 1 when a
# harness crashed, leaked, timed out (10 s for one input) or used over 2 GB (its input is kept in
# .build/fuzz/artifacts), and 0 with a message when this toolchain has no libFuzzer.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
shift || true
if [ $# -gt 0 ]; then harnesses=("$@"); else harnesses=(results perf analyze reports compare fleet profile); fi
out=.build/fuzz
mkdir -p "$out/bin" "$out/artifacts" "$out/generated"
# The harnesses' scratch files (each input written as a file the reader opens), removed on exit.
base=/tmp
[ -w /dev/shm ] && base=/dev/shm
OVERHEAD_FUZZ_SCRATCH="$(mktemp -d "$base/overhead-fuzz.XXXXXX")"
export OVERHEAD_FUZZ_SCRATCH
trap 'rm -rf "$OVERHEAD_FUZZ_SCRATCH"' EXIT

# Does this toolchain ship libFuzzer? (swiftc -sanitize=fuzzer needs its runtime.)
probe="$out/probe"
mkdir -p "$probe"
cat >"$probe/probe.swift" <<'SWIFT'
@_cdecl("LLVMFuzzerTestOneInput")
public func probe(_ data: UnsafeRawPointer, _ count: Int) -> Int32 { 0 }
SWIFT
if ! swiftc -sanitize=fuzzer,address -parse-as-library "$probe/probe.swift" -o "$probe/probe" >"$probe/log" 2>&1; then
    echo "fuzz: skipped, this Swift toolchain cannot build libFuzzer harnesses (swiftc -sanitize=fuzzer):"
    tail -3 "$probe/log"
    exit 0
fi

echo "fuzz: building the modules with ASan and coverage (.build/fuzz)"
swift build -c release --build-path "$out/build" --target OverheadReports \
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp 2>&1 | grep -v "^\[" || true
products="$out/build/release"
objects=()
for module in OverheadFormat OverheadStats OverheadAnalysis OverheadReports Mustache; do
    objects+=("$products/$module.build"/*.o)
done

for h in "${harnesses[@]}"; do
    echo "fuzz: linking $h"
    swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name "fuzz_$h" \
        -I "$products/Modules" -Xcc -fmodule-map-file=Sources/CLibXML2/module.modulemap \
        $(pkg-config --cflags-only-I libxml-2.0 | sed 's/-I/-Xcc -I/g') \
        benchmarks/fuzz/harness/FuzzInput.swift "benchmarks/fuzz/harness/Entry-$h.swift" \
        "${objects[@]}" -lxml2 -o "$out/bin/fuzz-$h" 2>&1 | grep -v "Cannot export local symbol" || true
    test -x "$out/bin/fuzz-$h"
done

# Seeds too large to commit: 100,000 agent counts (about 44 MB).
big="$out/generated/many-agent-counts-100000.jsonl"
if [ ! -s "$big" ]; then
    awk 'BEGIN { for (a = 1; a <= 100000; a++) {
        printf "{\"timestamp\":\"2026-11-26T18:53:05.362Z\",\"test_name\":\"baseline\",\"agent_count\":%d,\"operation\":\"message_send\",\"type\":\"statistics\",\"avg_ms\":0.02,\"stddev_ms\":0.001,\"p50_ms\":0.02,\"p95_ms\":0.03,\"p99_ms\":0.04,\"count\":40}\n", a
        printf "{\"timestamp\":\"2026-11-26T18:53:05.362Z\",\"test_name\":\"full_integration\",\"agent_count\":%d,\"operation\":\"complete_operation\",\"type\":\"statistics\",\"avg_ms\":0.021,\"stddev_ms\":0.001,\"p50_ms\":0.021,\"p95_ms\":0.03,\"p99_ms\":0.04,\"count\":40}\n", a } }' >"$big"
fi

status=0
for h in "${harnesses[@]}"; do
    seeds=benchmarks/fuzz/corpus/results
    [ "$h" = perf ] && seeds=benchmarks/fuzz/corpus/perf
    [ "$h" = profile ] && seeds=benchmarks/fuzz/corpus/profile
    flags=(-timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 "-artifact_prefix=$out/artifacts/$h-")
    echo "fuzz: $h: replaying the seeds"
    if ! "$out/bin/fuzz-$h" "${flags[@]}" "$seeds"/* >"$out/$h-replay.log" 2>&1; then
        echo "fuzz: $h: a seed failed (see $out/$h-replay.log)"
        grep -E "ERROR|SUMMARY|Running" "$out/$h-replay.log" | tail -5
        status=1
        continue
    fi
    # The 44 MB seed (reports: reader, analysis and every renderer) takes 2 s in release and about 10 s
    # instrumented; allow it two minutes.
    if [ "$h" = reports ] && ! "$out/bin/fuzz-$h" -timeout=120 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
        "-artifact_prefix=$out/artifacts/$h-big-" "$big" >"$out/$h-replay-big.log" 2>&1; then
        echo "fuzz: $h: the 100,000-agent-count seed failed (see $out/$h-replay-big.log)"
        grep -E "ERROR|SUMMARY" "$out/$h-replay-big.log" | tail -5
        status=1
        continue
    fi
    work="$out/corpus/$h"
    mkdir -p "$work"
    echo "fuzz: $h: fuzzing for ${seconds}s"
    if ! "$out/bin/fuzz-$h" "${flags[@]}" -max_len=16384 -max_total_time="$seconds" -print_final_stats=1 \
        "$work" "$seeds" >"$out/$h.log" 2>&1; then
        echo "fuzz: $h: FOUND a failure (input in $out/artifacts/$h-*; log $out/$h.log)"
        grep -E "ERROR|SUMMARY|Test unit written" "$out/$h.log" | head -10
        status=1
    else
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$out/$h.log" | tr '\n' ' '
        echo
    fi
done
exit $status
