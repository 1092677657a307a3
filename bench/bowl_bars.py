#!/usr/bin/env python3
"""The bars of DL-Detect's bowls in the gradient stack rescored offline (the README's z_half and
maxBowlSlope tables under "Bowls in the gradient stack").

From CLASSICAL dumps made without the slope rule, on the tuning seeds::

    bench/detect-eval.sh --set maxBowlSlope=90 --dump mining.jsonl mining SUBSIDENCE 980001 100
    bench/detect-eval.sh --set maxBowlSlope=90 --dump mixed.jsonl mixed SUBSIDENCE 980001 100
    python3 bench/bowl_bars.py z mining.jsonl mixed.jsonl
    bench/java.sh DetectionSlopes mixed mixed.jsonl mixed-slopes.jsonl
    python3 bench/bowl_bars.py slope mixed-slopes.jsonl

``z``: recall of all bowls and precision per z_half, the bar a detection passes at minScore 0.5
(its score z / (z + 3.5) at the shipped 3.5, on 256 x 256 scenes), with precision's one-sided
90 % lower bound (Wilson, as bench/classical_point.py takes it). ``slope``: at minScore 0.5, the
bowls found, the detections hitting a slide and no bowl, and all detections, per maxBowlSlope
(a blob is dropped when its box's middle third has a median slope this steep or steeper).
Scored as DetectionScores scores (ensemble_points.hits).
"""
import json
import math
import sys

from ensemble_points import hits

Z_HALF = 3.5
BARS = (3.0, 3.2, 3.4, 3.5, 3.6, 4.0, 4.5)
SLOPES = (None, 8, 10, 11, 12, 14)


def trials(path):
    return [t for t in map(json.loads, open(path)) if t["method"] == "CLASSICAL"]


def lower_bound(k, n, z=1.2816):
    p = k / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def tally(scenes, keep):
    """Bowls hit, bowls, detections on any site, detections, detections on a slide only."""
    hit = bowls = on_site = kept = slide_only = 0
    for t in scenes:
        boxes = [d["box"] for d in t["detections"] if keep(d)]
        slides = [s for s in t["allSites"] if s not in t["sites"]]
        bowls += len(t["sites"])
        hit += sum(any(hits(b, s) for b in boxes) for s in t["sites"])
        kept += len(boxes)
        on_site += sum(any(hits(b, s) for s in t["allSites"]) for b in boxes)
        slide_only += sum(not any(hits(b, s) for s in t["sites"])
                          and any(hits(b, s) for s in slides) for b in boxes)
    return hit, bowls, on_site, kept, slide_only


def main(mode, paths):
    for path in paths:
        scenes = trials(path)
        print(path)
        if mode == "z":
            print("| z at the default | recall, all bowls | precision | its lower bound |")
            print("| --- | --- | --- | --- |")
            for z in BARS:
                hit, bowls, on_site, kept, _ = tally(
                    scenes, lambda d, bar=z / (z + Z_HALF): d["score"] >= bar)
                print(f"| {z} | {hit / bowls:.3f} ({hit}/{bowls}) | {on_site / kept:.3f}"
                      f" ({on_site}/{kept}) | {lower_bound(on_site, kept):.3f} |")
        else:
            print("| middle third's median slope at least | bowls found at 0.5"
                  " | detections hitting only a slide | of all detections |")
            print("| --- | --- | --- | --- |")
            for slope in SLOPES:
                hit, bowls, _, kept, slide_only = tally(
                    scenes, lambda d, s=slope: d["score"] >= 0.5
                    and (s is None or d["centreSlopes"][0] < s))
                print(f"| {slope or '(no rule)'} | {hit / bowls:.3f} ({hit}/{bowls})"
                      f" | {slide_only} | {kept} |")


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("z", "slope"):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
