"""Tables for benchmarks/profile/run.sh: figures with and without --profile, and the profile's cost.

usage: figures.py WORK_DIR PAIRS
Reads WORK_DIR/{off,on}-K.json (overhead-analyze --json) and WORK_DIR/wall.txt.
"""
import json
import math
import statistics
import sys

work, pairs = sys.argv[1], int(sys.argv[2])


def load(kind, k):
    with open(f"{work}/{kind}-{k}.json") as f:
        return json.load(f)


def figures(report):
    """The figures the samples give at the first scale: baseline send mean and every overhead."""
    scale = report["scales"][0]
    out = {"baseline send mean (ms)": scale["baseline_mean_ms"],
           "total overhead (%)": scale["total_overhead_percent"]["value"]}
    for c in scale["components"]:
        out[f"{c['component']} overhead (%)"] = c["overhead_percent"]["value"]
    return out


off = [figures(load("off", k)) for k in range(1, pairs + 1)]
on = [figures(load("on", k)) for k in range(1, pairs + 1)]

print("| figure | without --profile (mean ± sd) | with --profile (mean ± sd) | difference | its noise (2 SE) | within noise |")
print("|---|---|---|---|---|---|")
for name in off[0]:
    a = [r[name] for r in off if name in r]
    b = [r[name] for r in on if name in r]
    if len(a) < 2 or len(b) < 2:
        continue
    diff = statistics.mean(b) - statistics.mean(a)
    se = math.sqrt(statistics.variance(a) / len(a) + statistics.variance(b) / len(b))
    ok = "yes" if abs(diff) <= 2 * se else "NO"
    print(f"| {name} | {statistics.mean(a):.4f} ± {statistics.stdev(a):.4f} | {statistics.mean(b):.4f} ± "
          f"{statistics.stdev(b):.4f} | {diff:+.4f} | {2 * se:.4f} | {ok} |")

print()
print("The samples are taken before the profiling phase starts, by drivers that never trace: a difference")
print("within twice its standard error is the machine's noise between recordings, not the profile.")
print()

walls = {"off": [], "on": []}
with open(f"{work}/wall.txt") as f:
    for line in f:
        kind, _, start, end = line.split()
        walls[kind].append(float(end) - float(start))
seconds = [load("on", k)["profile"]["header"]["seconds"] for k in range(1, pairs + 1)]
print("The profile's own cost:")
print()
print("| | mean over the recordings |")
print("|---|---|")
print(f"| wall time of a recording without --profile | {statistics.mean(walls['off']):.2f} s |")
print(f"| wall time of a recording with --profile | {statistics.mean(walls['on']):.2f} s |")
print(f"| the profiling phase (the profile header's `seconds`) | {statistics.mean(seconds):.2f} s |")
print()

layers = {}
for k in range(1, pairs + 1):
    for layer in load("on", k)["profile"]["layers"]:
        layers.setdefault(layer["layer"], []).append(layer)
print("What tracing adds to one call (bash's own timing of the call, untraced and traced, in the profiling phase):")
print()
print("| layer | untraced ms | traced ms | tracing adds | trace accounts for (ms) | forks per call |")
print("|---|---|---|---|---|---|")
for name, ls in layers.items():
    u = statistics.mean(l["untraced_ms"] for l in ls)
    t = statistics.mean(l["traced_ms"] for l in ls)
    p = statistics.mean(l["profiled_ms"] for l in ls)
    forks = statistics.mean(l["forks_per_call"] for l in ls)
    print(f"| {name} | {u:.3f} | {t:.3f} | {100 * (t / u - 1):+.1f}% | {p:.3f} | {forks:g} |")
