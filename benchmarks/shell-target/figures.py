"""Markdown tables of the shell target's timing figures from analyzer JSON reports.

Usage: figures.py LABEL=REPORT.json ...   (labels in column order)
Prints: the calibration (driver round trip, call floor), then each component's overhead with its
95% interval and verdict against its limit, per report.
"""
import json
import sys

reports = []
for arg in sys.argv[1:]:
    label, path = arg.split("=", 1)
    with open(path) as f:
        reports.append((label, json.load(f)))


def fmt(e):
    if e is None:
        return "–"
    if e.get("lower") is None:
        return f"{e['value']:+.2f}%"
    return f"{e['value']:+.2f}% [{e['lower']:.2f}, {e['upper']:.2f}]"


print("| recording | timing | driver round trip (no-op median) | call floor (median) | baseline send mean |")
print("|---|---|---|---|---|")
for label, r in reports:
    cal = r.get("calibration") or {}
    timing = ((r.get("manifest") or {}).get("target") or {}).get("timing", "round_trip")
    floor = cal.get("call_floor_median_ms")
    noop = cal.get("noop_median_ms")
    base = r["scales"][0]["baseline_mean_ms"]
    print(
        f"| {label} | {timing} | {noop * 1000:.0f} µs | "
        + (f"{floor * 1000:.0f} µs" if floor is not None else "–")
        + f" | {base:.3f} ms |"
    )

print()
print("| component (1 agent) | limit | " + " | ".join(label for label, _ in reports) + " |")
print("|---|---|" + "---|" * len(reports))
names = ["metrics", "health", "rate_limiting"]
for name in names:
    cells = []
    limit = None
    for _, r in reports:
        comp = next((c for c in r["scales"][0]["components"] if c["component"] == name), None)
        if comp is None:
            cells.append("–")
            continue
        limit = comp.get("limit_percent")
        cells.append(f"{fmt(comp['overhead_percent'])} {comp.get('limit_status', '')}")
    print(f"| {name} | {limit if limit is not None else '–'}% | " + " | ".join(cells) + " |")
cells = [fmt(r["scales"][0].get("total_overhead_percent")) for _, r in reports]
print("| total | 1% | " + " | ".join(cells) + " |")
