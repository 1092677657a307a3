#!/usr/bin/env python3
"""Recall of DL-Detect's methods over the slides an oracle finds (issue 12).

Joins `OracleDetectability`'s lines (which visible slides a matched filter that knows each
slide's true gradient field finds above the background's strongest response) with a
`DetectionEvaluation --compare --dump` file of the same seeds, and prints each method's visible
recall over all visible slides and over those the oracle finds, at the given minScores. With an
oracle file of every slide (`OracleDetectability ... all`) the second is over every slide the
oracle finds, visible by `SiteVisibility`'s bar or not.

    bench/oracle_recall.py oracle.txt dump.jsonl [minScore ...]

With an oracle file of bowls (`bench/java.sh OracleDetectability mining 30001 100 bowls`) and a
SUBSIDENCE dump, the same over every bowl, visible or not.
"""
import json
import re
import sys

from ensemble_points import hits  # DetectionScores.hits, as the join scores it


def main(oracle_file, dump_file, min_scores):
    oracle = {}
    for line in open(oracle_file):
        m = re.match(r"seed (\d+) (?:slide|bowl) \d+ box (\d+),(\d+),(\d+),(\d+) .*", line)
        if m:
            oracle[(int(m.group(1)), tuple(int(g) for g in m.groups()[1:]))] = "MISSED" not in line
    counts = {}
    for line in open(dump_file):
        trial = json.loads(line)
        for site, visible in zip(trial["sites"], trial["visible"]):
            if (trial["seed"], tuple(site)) not in oracle:
                continue  # a slide the oracle file leaves out (invisible, without `all`)
            found_by_oracle = oracle[(trial["seed"], tuple(site))]
            for t in min_scores:
                hit = any(hits(d["box"], site) for d in trial["detections"] if d["score"] >= t)
                c = counts.setdefault((trial["method"], t), [0, 0, 0, 0])
                c[0] += visible
                c[1] += hit and visible
                c[2] += found_by_oracle
                c[3] += hit and found_by_oracle
    print("| method | minScore | recall, visible | recall over the sites the oracle finds |"
          " the oracle finds / visible |")
    print("| --- | --- | --- | --- | --- |")
    for (method, t), (n, hit, oracle_n, both) in counts.items():
        print(f"| {method} | {t:.2f} | {hit / n:.3f} ({hit}/{n}) | {both / oracle_n:.3f}"
              f" ({both}/{oracle_n}) | {oracle_n} / {n} |")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], [float(t) for t in sys.argv[3:]] or [0.5])
