#!/usr/bin/env python3
"""Writes a realistic results file of exactly N records (default 1,000,000, about 200 MB) in the
recorder's format (field order and number spelling as Record+JSONLine.swift writes them), plus a
matching perf log. The suite: 7 tests, scales 1/10/100, 1000 iterations per run, one warm-up
block per scale, then as many statistical runs as fit.

Usage: generate.py OUT.jsonl [--records N] [--perf-log OUT.log] [--seed S]
"""
import argparse
import datetime
import json
import math
import random

TESTS = [  # (test, operations timed each iteration)
    ("baseline", ["message_send", "message_receive"]),
    ("baseline_control", ["message_send", "message_receive"]),
    ("metrics_integration", ["message_send_with_metrics"]),
    ("health_integration", ["health_report", "health_check"]),
    ("rate_limiting_integration", ["capacity_check", "send_with_backpressure"]),
    ("shutdown_integration", []),  # coordinated_shutdown once per agent
    ("full_integration", ["complete_operation"]),  # then one shutdown
]
SCALES = [1, 10, 100]
ITERATIONS = 1000
BASE_SEND = {1: 0.120, 10: 0.135, 100: 0.145}  # ms, the README's bottleneck table
# Median cost relative to a baseline send, per operation (README: metrics +1.4%, health +0.4%, ...).
FACTOR = {
    "message_send": 1.0, "message_receive": 0.62, "message_send_with_metrics": 1.014,
    "health_report": 0.35, "health_check": 0.12, "capacity_check": 0.03,
    "send_with_backpressure": 1.03, "coordinated_shutdown": 4.0, "complete_operation": 1.12,
    "shutdown": 40.0,
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--perf-log")
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    start = datetime.datetime(2026, 11, 26, 17, 30, 0, tzinfo=datetime.timezone.utc)
    clock = [start.timestamp()]
    budget = [a.records]
    out = open(a.out, "w", buffering=1 << 20)

    def ts():
        t = datetime.datetime.fromtimestamp(clock[0], datetime.timezone.utc)
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)

    def emit(line):
        out.write(line)
        out.write("\n")
        budget[0] -= 1

    def num(v):  # JSONText.appendNumber: integral values without a fraction, else shortest repr
        return str(int(v)) if v == int(v) and abs(v) < 1e15 else repr(v)

    trailer = 1 + 3 * 12  # end + one summary per series
    manifest = {
        "type": "manifest", "schema_version": 1, "tool_version": "0.1.0", "start_time": ts(),
        "host": {"hostname": "bench-host", "kernel": "6.8.0", "cpu_model": "Generic x86_64", "cpu_count": 2,
                 "memory_mb": 24105, "tmpfs_mb": 12052},
        "config": {"iterations": ITERATIONS, "scale_levels": SCALES, "statistical_runs": 0, "warmup_runs": 1,
                   "concurrency": 1, "sample_interval_s": 1, "timeout_s": None,
                   "latency_regression_threshold_ms": None, "seed": a.seed, "target_overhead_percent": 1,
                   "confidence": 0.95, "until_decided": False},
        "target": {"kind": "native", "lib_dir": None, "files": []},
    }
    emit(json.dumps(manifest, separators=(",", ":")))
    sums = {}
    samples = 0
    run = 0
    perf = []
    while budget[0] > trailer:
        run += 1
        warm = run == 1
        for agents in SCALES:
            if budget[0] <= trailer:
                break
            order = [t for t, _ in TESTS]
            rnd.shuffle(order)
            emit('{"type":"block","agent_count":%d,"run":%d,"warmup":%s,"order":%s}'
                 % (agents, run, "true" if warm else "false", json.dumps(order, separators=(",", ":"))))
            for test in order:
                if budget[0] <= trailer + 3:
                    break
                ops = dict(TESTS)[test]
                emit('{"type":"window","event":"start","timestamp":"%s","unix_time":%s,"test_name":"%s","agent_count":%d,"run":%d,"warmup":%s}'
                     % (ts(), num(round(clock[0], 3)), test, agents, run, "true" if warm else "false"))
                timed = [(op, i) for i in range(1, ITERATIONS + 1) for op in ops]
                if test == "shutdown_integration":
                    timed = [("coordinated_shutdown", i) for i in range(1, agents + 1)]
                if test == "full_integration":
                    timed.append(("shutdown", 1))
                for op, i in timed:
                    if budget[0] <= trailer + 2:  # leave room for this window's end and conservation
                        break
                    ms = round(BASE_SEND[agents] * FACTOR[op] * rnd.lognormvariate(0, 0.12), 6)
                    clock[0] += ms / 1000 + 0.00002
                    cpu = round(2 + agents / 40 + rnd.random(), 1)
                    mem = round(1500 + run * 0.05 + rnd.random() * 4, 1)
                    emit('{"type":"sample","timestamp":"%s","test_name":"%s","agent_count":%d,"operation":"%s","elapsed_ms":%s,"cpu_percent":%s,"memory_mb":%s,"metadata":{"run":%d,"iteration":%d,"warmup":%s}}'
                         % (ts(), test, agents, op, num(ms), num(cpu), num(mem), run, i, "true" if warm else "false"))
                    samples += 1
                    if not warm:
                        s = sums.setdefault((test, agents, op), [])
                        s.append(ms)
                emit('{"type":"window","event":"end","timestamp":"%s","unix_time":%s,"test_name":"%s","agent_count":%d,"run":%d,"warmup":%s}'
                     % (ts(), num(round(clock[0], 3)), test, agents, run, "true" if warm else "false"))
                emit('{"type":"conservation","test_name":"%s","agent_count":%d,"run":%d,"sent":%d,"received":%d,"drained":0,"evicted":0,"balanced":true}'
                     % (test, agents, run, ITERATIONS, ITERATIONS))
    for (test, agents, op), v in sorted(sums.items()):
        v.sort()
        n = len(v)
        mean = sum(v) / n
        sd = math.sqrt(sum((x - mean) ** 2 for x in v) / (n - 1)) if n > 1 else 0.0
        pct = lambda q: v[min(n - 1, int(math.ceil(q * n)) - 1)] if n else 0.0
        emit('{"timestamp":"%s","test_name":"%s","agent_count":%d,"operation":"%s","type":"statistics","avg_ms":%s,"stddev_ms":%s,"p50_ms":%s,"p95_ms":%s,"p99_ms":%s,"count":%d}'
             % (ts(), test, agents, op, num(round(mean, 6)), num(round(sd, 6)), num(pct(.5)), num(pct(.95)), num(pct(.99)), n))
    while budget[0] > 1:  # exact record count
        emit('{"type":"decision","timestamp":"%s","blocks":%d,"decided":false,"detail":"padding"}' % (ts(), run))
    emit('{"type":"end","timestamp":"%s","samples":%d,"failures":0,"evictions":0}' % (ts(), samples))
    out.close()
    if a.perf_log:
        with open(a.perf_log, "w") as p:
            p.write("timestamp cpu_percent memory_mb tmpfs_mb recorder_cpu_percent recorder_rss_mb\n")
            t = int(start.timestamp())
            while t <= clock[0]:
                p.write("%d %.1f %.1f %.1f %.1f %.1f\n" % (t, 2 + rnd.random() * 3, 1500 + rnd.random() * 20,
                                                         10 + rnd.random() * 8, 30 + rnd.random() * 10, 18 + rnd.random()))
                t += 1


if __name__ == "__main__":
    main()
