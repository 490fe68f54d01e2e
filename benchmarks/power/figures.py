"""The figures of benchmarks/power/run.sh from its work directory, as Markdown on standard output.

Usage: figures.py WORK DEFAULT_RUNS SYNTH_RUNS BUSY_RUNS UNTIL_RUNS SEND_NS ONE_NS THREE_NS
"""

import json
import os
import statistics
import sys

work = sys.argv[1]
default_runs, synth_runs, busy_runs, until_runs = (int(x) for x in sys.argv[2:6])
send_ns, one_ns, three_ns = (int(x) for x in sys.argv[6:9])


def load(name):
    path = os.path.join(work, name + ".json")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def seconds(name):
    with open(os.path.join(work, name + ".seconds")) as f:
        return float(f.read())


def pct(k, n):
    return f"{100 * k / n:.1f}% ({k}/{n})" if n else "n/a"


def ok(good):
    return "OK" if good else "MISSED"


def clopper_pearson(k, n, confidence=0.95):
    """Exact binomial interval of a proportion, in percent (scipy.stats.beta quantiles)."""
    from scipy.stats import beta

    a = (1 - confidence) / 2
    lower = beta.ppf(a, k, n - k + 1) if k > 0 else 0.0
    upper = beta.ppf(1 - a, k + 1, n - k) if k < n else 1.0
    return 100 * lower, 100 * upper


def coverage_check(k, n, low=93, high=98):
    """A coverage against its target band: OK inside it; MISSED when even the exact 95% interval
    of the proportion misses the band; otherwise too few recordings to tell."""
    cover = 100 * k / n
    lower, upper = clopper_pearson(k, n)
    if low <= cover <= high:
        word = "OK"
    elif upper < low or lower > high:
        word = "MISSED"
    else:
        word = f"outside the band, but {n} recordings are too few to tell"
    return f"{cover:.1f}%, 95% interval [{lower:.1f}, {upper:.1f}] (target {low}–{high}%: {word})"


def scale(report, agents):
    for s in report["scales"]:
        if s["agent_count"] == agents:
            return s
    return None


# (a) default recordings: the A/A control at each scale, and the wall time.
print("## Default recordings: A/A control and duration")
print()
widths = {1: [], 10: [], 100: []}
covered = {1: 0, 10: 0, 100: 0}
counted = {1: 0, 10: 0, 100: 0}
walls = []
for i in range(1, default_runs + 1):
    walls.append(seconds(f"default-{i}"))
    report = load(f"default-{i}")
    if report is None:
        continue
    for n in report["noise_floor"]:
        d = n["difference_percent"]
        a = n["agent_count"]
        if a not in widths or d["lower"] is None:
            continue
        counted[a] += 1
        widths[a].append(d["upper"] - d["lower"])
        covered[a] += d["lower"] <= 0 <= d["upper"]
print("| agents | A/A intervals containing 0 | median width (points) | widest |")
print("|---|---|---|---|")
for a in (1, 10, 100):
    w = widths[a]
    print(
        f"| {a} | {pct(covered[a], counted[a])} | {statistics.median(w):.2f} | {max(w):.2f} |"
        if w
        else f"| {a} | n/a | n/a | n/a |"
    )
print()
c10 = 100 * covered[10] / counted[10] if counted[10] else 0
w10 = statistics.median(widths[10]) if widths[10] else float("inf")
print("| figure | measured | target | |")
print("|---|---|---|---|")
print(f"| A/A coverage at 10 agents | {coverage_check(covered[10], counted[10]) if counted[10] else 'n/a'} | 93–98% | |")
print(f"| A/A median width at 10 agents | {w10:.2f} points | ≤ 2 points | {ok(w10 <= 2)} |")
print(
    f"| default suite wall time | median {statistics.median(walls):.1f} s, longest {max(walls):.1f} s "
    f"| ≤ 60 s | {ok(max(walls) <= 60)} |"
)
print()

# (b), (c) synthetic layers.
sizes = [(0, "0%"), (one_ns, "1%"), (three_ns, "3%")]
median_width = {}


def synthetic(label, runs, title):
    print(f"## {title}")
    print()
    print(
        f"Layers sized against a measured send of {send_ns} ns at 10 agents; limit 1% "
        "(`--target-overhead 1`, the default)."
    )
    print()
    print("| layer (asked) | injected, delivered (mean) | interval contains injected | PASS | FAIL | INCONCLUSIVE | median width | resolvable |")
    print("|---|---|---|---|---|---|---|---|")
    for k, (ns, name) in enumerate(sizes):
        inside = verdicts = 0
        counts = {"PASS": 0, "FAIL": 0, "INCONCLUSIVE": 0}
        injected, injected_ns, w, resolvable, offsets = [], [], [], [], []
        for i in range(1, runs + 1):
            report = load(f"{label}-{k}-{i}")
            s = report and scale(report, 10)
            layer = s and s.get("synthetic_layer")
            if not layer:
                continue
            m = layer["measured_percent"]
            if m["lower"] is None:
                continue
            verdicts += 1
            inside += bool(layer.get("interval_contains_injected"))
            injected.append(layer["injected_percent"])
            injected_ns.append(layer["injected_ns"])
            offsets.append(m["value"] - layer["injected_percent"])
            w.append(m["upper"] - m["lower"])
            if layer.get("resolvable_percent") is not None:
                resolvable.append(layer["resolvable_percent"])
            for c in report["criteria"]:
                if c["id"] == "synthetic_layer":
                    counts[c["verdict"]] = counts.get(c["verdict"], 0) + 1
        median_width[(label, k)] = statistics.median(w) if w else float("nan")
        print(
            f"| {name} ({ns} ns) | {statistics.mean(injected) if injected else float('nan'):.2f}% "
            f"({statistics.mean(injected_ns) if injected_ns else float('nan'):.0f} ns) "
            f"| {pct(inside, verdicts)} | {pct(counts['PASS'], verdicts)} | {pct(counts['FAIL'], verdicts)} "
            f"| {pct(counts['INCONCLUSIVE'], verdicts)} | {median_width[(label, k)]:.2f} points "
            f"| {statistics.median(resolvable) if resolvable else float('nan'):.2f}% |"
        )
        if verdicts:
            checks = [f"coverage {coverage_check(inside, verdicts)}"]
            bias = statistics.mean(offsets)
            checks.append(f"measured − injected: mean {bias:+.3f} points, median {statistics.median(offsets):+.3f}")
            if k == 0:
                p, f = 100 * counts["PASS"] / verdicts, 100 * counts["FAIL"] / verdicts
                checks.append(f"PASS {p:.1f}% (target ≥ 80%: {ok(p >= 80)})")
                checks.append(f"FAIL {f:.1f}% (target ≤ 5%: {ok(f <= 5)})")
            if k == 2:
                f = 100 * counts["FAIL"] / verdicts
                checks.append(f"FAIL {f:.1f}% (target ≥ 90%: {ok(f >= 90)})")
            print(f"|  | {'; '.join(checks)} | | | | | | |")
    print()


synthetic("synth", synth_runs, f"Synthetic layer, {synth_runs} recordings per size")
synthetic("busy", busy_runs, f"Synthetic layer with the other core kept busy, {busy_runs} recordings per size")
growth = [
    median_width[("busy", k)] / median_width[("synth", k)]
    for k in range(3)
    if median_width.get(("synth", k), 0) and median_width.get(("busy", k)) == median_width.get(("busy", k))
]
if growth:
    print(
        "Median interval width with the other core busy, relative to without: "
        + ", ".join(f"{g:.2f}×" for g in growth)
        + " (0%, 1%, 3% layers)."
    )
    print()

# (d) --until-decided.
print("## `--until-decided --timeout 120` at 10 agents")
print()
print("| layer | decided | wall time (median, longest) | blocks (median) | target |")
print("|---|---|---|---|---|")
for k, (ns, name) in [(0, sizes[0]), (2, sizes[2])]:
    decided, walls, blocks = 0, [], []
    for i in range(1, until_runs + 1):
        walls.append(seconds(f"until-{k}-{i}"))
        with open(os.path.join(work, f"until-{k}-{i}.decision")) as f:
            records = [json.loads(line) for line in f if line.strip()]
        if records and all(r["decided"] for r in records):
            decided += 1
        blocks += [r["blocks"] for r in records]
    good = decided == until_runs and max(walls) <= 60
    print(
        f"| {name} ({ns} ns) | {pct(decided, until_runs)} | {statistics.median(walls):.1f} s, {max(walls):.1f} s "
        f"| {statistics.median(blocks) if blocks else 'n/a'} | every run decided in ≤ 60 s: {ok(good)} |"
    )
print()
