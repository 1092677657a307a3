#!/usr/bin/env python3
"""Recall of the separable slides that lie on slopes DL-Detect's slope filter admits (issue 12).

The slope filter (``minSlope``, 10 degrees) is part of the landslide detector the issue asks for,
but the simulator puts some slides on gentler ground: the filter drops them whatever the method.
This scores a LANDSLIDE dump over the slides the gradient stack separates from its background
(``SeparableSites``) whose own true box passes the filter's rule (upper quartile or middle third's
median of the terrain slope >= 10 degrees, as ``DetectionSlopes`` measures it)::

    bench/detect-eval.sh --compare --dump mixed.jsonl mixed LANDSLIDE 30001 100
    bench/slope_admitted.py sites mixed.jsonl > sites.jsonl        # each scene's slides as boxes
    bench/java.sh DetectionSlopes mixed sites.jsonl sites-slopes.jsonl
    bench/slope_admitted.py score mixed.jsonl sites-slopes.jsonl [minScore]
"""
import json
import sys

from ensemble_points import hits
from slope_rules import RULES

ADMITTED = RULES["upper quartile or middle third's median >= 10"]


def sites(dump):
    for trial in map(json.loads, open(dump)):
        if trial["method"] == "CLASSICAL":
            print(json.dumps({"seed": trial["seed"], "method": "SITES",
                              "detections": [{"box": s, "score": 1.0} for s in trial["sites"]]}))


def score(dump, slopes, min_score):
    admitted = {}
    for trial in map(json.loads, open(slopes)):
        for d in trial["detections"]:
            admitted[(trial["seed"], tuple(d["box"]))] = ADMITTED(d)
    counts = {}
    for trial in map(json.loads, open(dump)):
        c = counts.setdefault(trial["method"], [0, 0, 0, 0])
        for site, separable in zip(trial["sites"], trial["separable"]):
            if not separable:
                continue
            hit = any(hits(d["box"], site) for d in trial["detections"] if d["score"] >= min_score)
            c[0] += 1
            c[1] += hit
            if admitted[(trial["seed"], tuple(site))]:
                c[2] += 1
                c[3] += hit
    print(f"| method (minScore {min_score}) | recall, separable slides |"
          " recall, separable slides on slopes the filter admits |")
    print("| --- | --- | --- |")
    for method, (n, hit, n_admitted, hit_admitted) in counts.items():
        print(f"| {method} | {hit / n:.3f} ({hit}/{n}) |"
              f" {hit_admitted / n_admitted:.3f} ({hit_admitted}/{n_admitted}) |")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "sites":
        sites(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == "score":
        score(sys.argv[2], sys.argv[3], float(sys.argv[4]) if len(sys.argv) > 4 else 0.5)
    else:
        sys.exit(__doc__)
