#!/usr/bin/env bash
# Native bus speed: send, receive and metric append against the same system calls issued
# directly, in one interleaved run (bus-bench), plus the same calls from C as a cross-check.
# Prints the figures and writes them, with the date and the host's facts, to RESULTS.md beside
# this script.
# usage: benchmarks/bus/run.sh [--rounds R] [--block N] [--dir DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/benchmarks/out"
mkdir -p "$out"
# shellcheck source=../results-md.sh
source "$root/benchmarks/results-md.sh"
command_line="$(results_command benchmarks/bus/run.sh "$@")"
load_start="$(results_load)"

rounds=20 block=250 dir=/dev/shm
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) rounds="$2"; shift 2 ;;
        --block) block="$2"; shift 2 ;;
        --dir) dir="$2"; shift 2 ;;
        *) echo "unknown option $1 (use --rounds R --block N --dir DIR)" >&2; exit 2 ;;
    esac
done
case "$rounds$block" in *[!0-9]*|'') echo "--rounds and --block take whole numbers" >&2; exit 2 ;; esac
if [ "$rounds" -lt 1 ] || [ "$block" -lt 1 ] || [ "$block" -gt 1000 ]; then
    echo "--rounds must be at least 1 and --block between 1 and 1000 (the inbox capacity)" >&2; exit 2
fi
[ -w "$dir" ] || dir="${TMPDIR:-/tmp}"

echo "building bus-bench (release) and the C floor..." >&2
(cd "$root" && swift build -c release --product bus-bench >&2)
bin="$(cd "$root" && swift build -c release --show-bin-path)"
cc -O2 -o "$out/bus-floor" "$here/floor.c"

"$bin/bus-bench" --rounds "$rounds" --block "$block" --dir "$dir" | tee "$out/bus-bench.txt"

sizes="$(sed -n 's/.*message \([0-9]*\) bytes; metric line \([0-9]*\) bytes.*/\1 \2/p' "$out/bus-bench.txt")"
scratch="$(mktemp -d "$dir/bus-floor-XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
echo
echo "cross-check, same calls from C (separate process, not interleaved), median µs:"
"$out/bus-floor" "$scratch/floor" "$rounds" "$block" $sizes >"$out/bus-floor.txt"
sed 's/^/  /' "$out/bus-floor.txt"

# RESULTS.md: bus-bench's table (fixed-width columns, see bus-bench/main.swift) with the C floor's
# median added as a last column.
c_floor() { awk -v k="$1" '$1 == k { print $2 }' "$out/bus-floor.txt"; }
{
    echo "# Native bus speed"
    echo
    results_preamble benchmarks/bus/run.sh "$command_line" "$load_start"
    echo
    sed -n '1,2p' "$out/bus-bench.txt" | sed 's/^/    /'
    echo
    echo "| operation | bus p50 µs | floor p50 µs | ratio | target | bus p10–p90 µs | floor p10–p90 µs | C floor p50 µs |"
    echo "|---|---|---|---|---|---|---|---|"
    LC_ALL=C awk -v cs="$(c_floor send)" -v cr="$(c_floor receive)" -v cm="$(c_floor metric)" '
        function trim(x) { gsub(/^ +| +$/, "", x); return x }
        /^(send|receive|metric|phases-on)/ {
            name = trim(substr($0, 1, 16)); c = name ~ /send/ ? cs : (name ~ /^receive/ ? cr : cm)
            target = trim(substr($0, 51, 9)); sub(/<=/, "≤", target)
            printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", name, trim(substr($0, 17, 12)),
                trim(substr($0, 29, 14)), trim(substr($0, 43, 8)), target, trim(substr($0, 60, 18)),
                trim(substr($0, 78, 19)), c
        }' "$out/bus-bench.txt"
    echo
    LC_ALL=C awk '/^send / { r = substr($0, 43, 8) + 0
        printf "Send: %.2f× the floor, target ≤ 1.30×: %s.\n\n", r, (r <= 1.30 ? "met" : "NOT met") }' "$out/bus-bench.txt"
    echo "The *floor* is the same system calls issued directly, with every path and byte prepared in advance,"
    echo "timed in the same process and interleaved with the bus in rounds; the target is send ≤ 1.30× the floor."
    echo "The C floor issues those calls from a separate C program (\`floor.c\`), not interleaved: a cross-check"
    echo "of the in-process floor."
    echo
    echo "*phases-on send* is the same send on a second bus over the same root that takes a timestamp at each"
    echo "phase, as \`overhead-record --profile\` does; the bus the suite measures takes none (one nil check per"
    echo "phase), so the *send* row is the bus as measured. Where a phases-on send spends its time:"
    echo
    grep '^phase breakdown' "$out/bus-bench.txt" | sed 's/^/    /'
    echo
    grep '^bus counters' "$out/bus-bench.txt" | sed 's/^/    /'
} >"$here/RESULTS.md.tmp"
mv "$here/RESULTS.md.tmp" "$here/RESULTS.md"
echo
echo "written: benchmarks/bus/RESULTS.md"
