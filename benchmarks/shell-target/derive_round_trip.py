"""Writes a copy of a bash-timed recording whose samples are the recorder's round trips.

Each sample's elapsed_ms becomes its round_trip_ms and the manifest loses its timing, so the
analyzer reads the copy as a round-trip recording: the same calls, timed the way recordings made
before bash timed the samples were. call_floor samples are dropped (round-trip recordings have none).
Usage: derive_round_trip.py IN.jsonl OUT.jsonl
"""
import json
import sys

with open(sys.argv[1]) as src, open(sys.argv[2], "w") as out:
    for line in src:
        record = json.loads(line)
        kind = record.get("type")
        if kind == "manifest":
            record["target"].pop("timing", None)
        elif kind == "sample":
            if record["operation"] == "call_floor":
                continue
            record["elapsed_ms"] = record.pop("round_trip_ms")
        elif kind == "calibration":
            record.pop("call_floor_median_ms", None)
            record.pop("call_floor_p95_ms", None)
        out.write(json.dumps(record, separators=(",", ":")) + "\n")
