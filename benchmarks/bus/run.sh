#!/usr/bin/env bash
# Native bus speed: send, receive and metric append against the same system calls issued
# directly, in one interleaved run (bus-bench), plus the same calls from C as a cross-check.
# usage: benchmarks/bus/run.sh [--rounds R] [--block N] [--dir DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/benchmarks/out"
mkdir -p "$out"

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
"$out/bus-floor" "$scratch/floor" "$rounds" "$block" $sizes | sed 's/^/  /'
