#!/usr/bin/env bash
# Resource verdicts about the system under test, not the host:
#   (a) the same suite recorded on an idle machine and beside a CPU hog on every core plus a process
#       growing its memory by ~1 GB/min: the CPU, memory and tmpfs verdicts must be the same (the
#       host-wide figures differ), for the embedded bus and for samples/shell-lib;
#   (b) samples/shell-lib with a background function that appends to a file on the bus every second
#       (fixtures/leaking.sh): the tmpfs criterion FAILs and names the file, where the reference
#       library PASSes;
#   (c) samples/shell-lib with a background function that grows a bash array every second
#       (fixtures/growing.sh): the memory criterion FAILs and names the component;
#   (d) samples/shell-lib with a background function that busy-loops (fixtures/burning.sh): the CPU
#       criterion FAILs and names it.
# Each recording: scales 1 10, 20 iterations, 3 runs, then a soak of SOAK seconds judged (default 70,
# which the growth criteria need: 60 s at least) after its 10 s warm-up. Writes RESULTS.md beside
# this script.
# Usage: benchmarks/sut-verdicts/run.sh [--skip-build] [--soak SECONDS]
# A full run takes about 7 × (SOAK + 30) seconds (about 12 minutes with the default soak).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=../results-md.sh
source benchmarks/results-md.sh
command_line="$(results_command benchmarks/sut-verdicts/run.sh "$@")"
load_start="$(results_load)"

soak=70
build=1
while (($#)); do
    case $1 in
        --skip-build) build=0 ;;
        --soak) soak=$2; shift ;;
        *) echo "usage: $0 [--skip-build] [--soak SECONDS]" >&2; exit 2 ;;
    esac
    shift
done
if ((build)); then
    # One product per call: given twice, --product builds only the last.
    swift build -c release --product overhead-record >&2
    swift build -c release --product overhead-analyze >&2
fi
REC=.build/release/overhead-record
ANA=.build/release/overhead-analyze

work=$(mktemp -d)
load_pids=()
stop_load() {
    local pid
    for pid in "${load_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${load_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    load_pids=()
}
trap 'stop_load; rm -rf "$work"' EXIT

# A busy loop on every core and a process growing its memory by about 1 GB/min (17 MB/s, up to
# 3 GB), each ended by stop_load.
start_load() {
    local k
    for ((k = 0; k < $(nproc); k++)); do
        bash -c 'while :; do :; done' &
        load_pids+=($!)
    done
    python3 -c '
import time
chunks = []
for _ in range(180):
    chunks.append(bytearray(17 * 1024 * 1024))
    time.sleep(1)
time.sleep(3600)
' &
    load_pids+=($!)
}

# A shell library: the reference one, with FIXTURE appended to its rate-limiting file when given.
library() {
    local dir=$work/lib-${1:-reference}
    mkdir -p "$dir"
    cp samples/shell-lib/*.sh "$dir/"
    if [[ -n ${1:-} ]]; then cat "benchmarks/sut-verdicts/fixtures/$1.sh" >>"$dir/rate-limiting.sh"; fi
    printf '%s' "$dir"
}

# record NAME ARGS...: one recording, analysed to NAME.json.
record() {
    local name=$1
    shift
    "$REC" --quiet --seed 1 --scales "1 10" --iterations 20 --runs 3 --soak "$soak" \
        --results "$work/$name.jsonl" --perf-log "$work/$name.perf" "$@" >&2
    "$ANA" "$work/$name.jsonl" --perf-log "$work/$name.perf" --json "$work/$name.json" >/dev/null 2>&1 || true
}

# verdicts NAME: "cpu=PASS memory_stable=PASS tmpfs_bounded=PASS" from the JSON report.
verdicts() {
    python3 - "$work/$1.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
criteria = {c["id"]: c["verdict"] for c in report["criteria"] if c.get("agent_count") is None}
print(" ".join(f"{k}={criteria.get(k, '?')}" for k in ("cpu", "memory_stable", "tmpfs_bounded")))
PY
}

# figures NAME: the host's mean CPU and memory and the system under test's background CPU,
# largest component and fastest-growing path.
figures() {
    python3 - "$work/$1.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
res = report["resources"]
sut = res.get("system_under_test") or {}
bg = (sut.get("background_cpu_percent") or {}).get("value")
top = max(sut.get("components", []), key=lambda c: (c.get("cpu_percent") or {}).get("value", 0), default=None)
grow = sut.get("growing_path")
mem = sut.get("growing_component")
print(f'host CPU {res["overall"]["cpu_avg_percent"]:.1f} %, host memory {res["overall"]["memory_avg_mb"]:.0f} MB; '
      f'system under test: background CPU {bg if bg is None else round(bg, 3)} % of one core'
      + (f', largest {top["name"]} {top["cpu_percent"]["value"]:.3f} %' if top and top.get("cpu_percent") else '')
      + (f'; memory ({sut.get("memory", "?").upper()}) max {sut.get("memory_max_mb", 0):.1f} MB, growth '
         + (f'{sut["memory_slope_mb_per_min"]["value"]:+.2f} MB/min' if sut.get("memory_slope_mb_per_min") else 'n/a')
         + (f', {sut["memory_gaps"]} gap lines' if sut.get("memory_gaps") else '')
         + (f', growing component {mem["name"]} {mem["memory_slope_mb_per_min"]["value"]:+.2f} MB/min' if mem else '')
         + f'; bus peak {sut.get("bus_max_mb", 0):.2f} MB'
         + (f', growing {grow["path"]} {grow["slope_mb_per_min"]["value"]:+.3f} MB/min' if grow else '')))
PY
}

rows=()
add_row() { rows+=("| $1 | $2 | $(verdicts "$3") | $(figures "$3") |"); }

reference=$(library)
for target in native shell; do
    args=()
    [[ $target == shell ]] && args=(--target shell --lib "$reference")
    echo "== $target: idle" >&2
    record "$target-idle" "${args[@]}"
    echo "== $target: CPU hog on every core + memory growing ~1 GB/min" >&2
    start_load
    record "$target-loaded" "${args[@]}"
    stop_load
    add_row "$target" idle "$target-idle"
    add_row "$target" loaded "$target-loaded"
    same=$([[ "$(verdicts "$target-idle")" == "$(verdicts "$target-loaded")" ]] && echo same || echo DIFFERENT)
    rows+=("| $target | idle vs loaded | verdicts $same | |")
done

echo "== shell: leaking background function" >&2
record leaking --target shell --lib "$(library leaking)" --background leak_to_bus
add_row "shell + leak_to_bus" idle leaking
echo "== shell: background function growing a bash array" >&2
record growing --target shell --lib "$(library growing)" --background grow_array
add_row "shell + grow_array" idle growing
echo "== shell: CPU-burning background function" >&2
record burning --target shell --lib "$(library burning)" --background burn_cpu
add_row "shell + burn_cpu" idle burning

{
    echo "# Resource verdicts about the system under test"
    echo
    results_preamble benchmarks/sut-verdicts/run.sh "$command_line" "$load_start"
    echo
    echo "Each recording: \`--scales \"1 10\" --iterations 20 --runs 3 --soak $soak --seed 1\` (the soak's $soak s"
    echo "judged after its warm-up); \"loaded\": a busy loop on each of the $(nproc) cores and a process growing its"
    echo "memory by ~1 GB/min beside the recorder."
    echo
    echo "| target | host | verdicts (cpu, memory_stable, tmpfs_bounded) | figures |"
    echo "|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
} >benchmarks/sut-verdicts/RESULTS.md.tmp
mv benchmarks/sut-verdicts/RESULTS.md.tmp benchmarks/sut-verdicts/RESULTS.md
printf '%s\n' "${rows[@]}"
echo "written: benchmarks/sut-verdicts/RESULTS.md"
