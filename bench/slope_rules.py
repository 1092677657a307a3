#!/usr/bin/env python3
"""DL-Detect's slope rules compared offline (the "box's middle" table of the README).

On detections made without the slope filter, with each box's slopes added by DetectionSlopes:

    bench/detect-eval.sh --compare --set minSlope=0 --dump mixed.jsonl mixed LANDSLIDE 960001 100
    bench/java.sh DetectionSlopes mixed mixed.jsonl mixed-slopes.jsonl
    bench/slope_rules.py mixed-slopes.jsonl [minScore]

prints per method and rule the visible slides found, and the detections that hit only a bowl or
nothing, at minScore (default 0.5).
"""
import json
import sys

from ensemble_points import hits

# DetectionSlopes' fields: "slopes" at quantiles 0.5, 0.75, 0.8, 0.85, 0.9, 0.95, 1 of the box;
# "centreSlopes": the median over the middle third, then over the middle half
RULES = {
    "none": lambda d: True,
    "upper quartile >= 10": lambda d: d["slopes"][1] >= 10,
    "90th percentile >= 10": lambda d: d["slopes"][4] >= 10,
    "90th percentile >= 12": lambda d: d["slopes"][4] >= 12,
    "middle third's median >= 10": lambda d: d["centreSlopes"][0] >= 10,
    "upper quartile or middle third's median >= 10":
        lambda d: max(d["slopes"][1], d["centreSlopes"][0]) >= 10,
}


def main(path, min_score):
    counts = {}
    for line in open(path):
        trial = json.loads(line)
        slides = [tuple(s) for s in trial["sites"]]
        bowls = [tuple(s) for s in trial["allSites"] if tuple(s) not in slides]
        for rule, keeps in RULES.items():
            kept = [d for d in trial["detections"] if d["score"] >= min_score and keeps(d)]
            c = counts.setdefault((trial["method"], rule), [0, 0, 0, 0])
            for slide, visible in zip(slides, trial["visible"]):
                if visible:
                    c[0] += 1
                    c[1] += any(hits(d["box"], slide) for d in kept)
            for d in kept:
                on_slide = any(hits(d["box"], s) for s in slides)
                on_bowl = any(hits(d["box"], b) for b in bowls)
                c[2] += not on_slide and on_bowl
                c[3] += not on_slide and not on_bowl
    print("| method | slope rule (degrees) | visible recall | bowls only | on nothing |")
    print("| --- | --- | --- | --- | --- |")
    for (method, rule), (visible, found, bowl, nothing) in counts.items():
        print(f"| {method} | {rule} | {found / visible:.3f} ({found}/{visible}) | {bowl} | {nothing} |")


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help"):
        print(__doc__)
        sys.exit(0 if len(sys.argv) > 1 else 2)
    main(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 0.5)
