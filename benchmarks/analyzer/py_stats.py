#!/usr/bin/env python3
"""The Python baseline: read a results file with the json module and compute, per (test,
operation, agent count), what the analyzer computes for raw samples: n, mean, sample stddev, min,
max, and p50/p95/p99 by linear interpolation between closest ranks (numpy's default). Warm-up
samples are left out. Prints one line per series.

Usage: py_stats.py RESULTS.jsonl
"""
import json
import math
import sys


def percentile(sorted_values, q):
    n = len(sorted_values)
    h = (n - 1) * q
    lo = math.floor(h)
    hi = min(lo + 1, n - 1)
    return sorted_values[lo] + (h - lo) * (sorted_values[hi] - sorted_values[lo])


def main(path):
    groups = {}
    with open(path, "rb") as f:
        for line in f:
            try:
                r = json.loads(line)
            except ValueError:
                continue
            if not isinstance(r, dict) or "elapsed_ms" not in r or r.get("type", "sample") != "sample":
                continue
            if (r.get("metadata") or {}).get("warmup"):
                continue
            groups.setdefault((r["test_name"], r["operation"], r["agent_count"]), []).append(r["elapsed_ms"])
    for (test, op, agents), v in sorted(groups.items(), key=lambda kv: (kv[0][2], kv[0][0], kv[0][1])):
        v.sort()
        n = len(v)
        mean = math.fsum(v) / n
        sd = math.sqrt(math.fsum((x - mean) ** 2 for x in v) / (n - 1)) if n > 1 else 0.0
        print("%s/%s@%d n=%d mean=%.6f sd=%.6f min=%.6f max=%.6f p50=%.6f p95=%.6f p99=%.6f"
              % (test, op, agents, n, mean, sd, v[0], v[-1], percentile(v, .5), percentile(v, .95), percentile(v, .99)))


if __name__ == "__main__":
    main(sys.argv[1])
