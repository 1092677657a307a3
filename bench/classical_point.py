#!/usr/bin/env python3
"""The classical method's operating point in a classical-first join (a card's ``classicalScore``)
that keeps the join's precision at a bar with confidence.

Reads dumps of ``bench/detect-eval.sh --compare --dump FILE`` (tuning seeds, one or more per
preset: files named ``PRESET-...jsonl`` are pooled by PRESET), made with the card as it is. In
each scene the classical method's detections within method DL are those equal in box and score
to the CLASSICAL run's; they are put on the joined scale at each trial point, the others (DDNet's,
after its steadiness test) keep their scores, and DL is scored at minScore 0.5 as
``DetectionScores`` scores it. Chosen: the lowest point at which, on every preset, the one-sided
lower confidence bound of precision (Wilson) reaches ``--min-precision``. A bar met by the
point estimate alone is met on about half of other scene sets; the bound leaves room for the
sampling noise of a few dozen false detections per hundred scenes.

Not emulated: a DDNet box on a target whose classical box a higher point drops would surface in
DL-Detect (classical first hides it in the dumps); the script counts such targets. Measure the
chosen point with the operator before scoring the card (``score_detector.py``). E.g.::

    bench/detect-eval.sh --compare --dump /tmp/mining-960001.jsonl mining SUBSIDENCE 960001 100
    ... mixed, and seeds 980001 of both ...
    python3 bench/classical_point.py /tmp/mining-*.jsonl /tmp/mixed-*.jsonl \
        --card snap-dlinsar-models/src/main/resources/dlinsar-models/ddnet-subsidence.card.json
"""

import argparse
import json
import math
from pathlib import Path
from statistics import NormalDist

from ensemble_points import hits, joined_score, load, method_score, same_target, save_card

NETWORK = "NETWORK_ALONE"
POINTS = (0.50, 0.51, 0.52, 0.53, 0.54, 0.55, 0.56, 0.58, 0.60)


def lower_bound(hit, n, confidence):
    """Wilson's one-sided lower confidence bound of a proportion hit / n."""
    if n == 0:
        return 1.0
    z = NormalDist().inv_cdf(confidence)
    p = hit / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def dl_boxes(scene, dumped_point, point):
    """DL's boxes at minScore 0.5 with the classical detections joined at point; and how many
    dropped classical boxes a network box stood behind."""
    classical = {(tuple(d["box"]), round(d["score"], 9)) for d in scene["CLASSICAL"]["detections"]}
    kept, dropped = [], []
    for d in scene["DL"]["detections"]:
        score = d["score"]
        own = method_score(score, dumped_point)
        if (tuple(d["box"]), round(own, 9)) in classical:
            score = joined_score(own, point)
            if score < 0.5 <= d["score"]:
                dropped.append(d["box"])
        if score >= 0.5:
            kept.append(d["box"])
    behind = sum(any(same_target(b, n["box"]) or same_target(n["box"], b)
                     for n in scene.get(NETWORK, {}).get("detections", []) if n["score"] >= 0.5)
                 for b in dropped)
    return kept, behind


def figures(scenes, dumped_point, point, confidence):
    visible = visible_hit = sites = sites_hit = detections = hitting = behind = 0
    for scene in scenes:
        truth = scene["CLASSICAL"]
        boxes, hidden = dl_boxes(scene, dumped_point, point)
        behind += hidden
        hit = [any(hits(b, s) for b in boxes) for s in truth["sites"]]
        sites += len(hit)
        sites_hit += sum(hit)
        visible += sum(truth["visible"])
        visible_hit += sum(h for h, v in zip(hit, truth["visible"]) if v)
        detections += len(boxes)
        hitting += sum(any(hits(b, s) for s in truth["allSites"]) for b in boxes)
    return {"visible": (visible_hit, visible), "all": (sites_hit, sites),
            "precision": (hitting, detections),
            "bound": lower_bound(hitting, detections, confidence), "behind": behind}


def cell(f):
    v, a, p = f["visible"], f["all"], f["precision"]
    return (f"{v[0] / v[1]:.3f} ({v[0]}/{v[1]}) / {a[0] / a[1]:.3f} / {p[0] / p[1]:.3f}"
            f" ({p[0]}/{p[1]}) / {f['bound']:.3f} / {f['behind']}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dumps", type=Path, nargs="+")
    parser.add_argument("--min-precision", type=float, default=0.9)
    parser.add_argument("--confidence", type=float, default=0.9,
                        help="of the one-sided lower bound, in (0.5, 1)")
    parser.add_argument("--card", type=Path, help="the card the dumps ran with; the chosen"
                        " point is written into its ensemble")
    parser.add_argument("--dumped-point", type=float,
                        help="the classicalScore the dumps ran with (default: the card's, or 0.5)")
    args = parser.parse_args()
    card = json.loads(args.card.read_text()) if args.card else None
    dumped = args.dumped_point or (card["ensemble"]["classicalScore"] if card else 0.5)
    presets = {}
    for path in args.dumps:
        presets.setdefault(path.stem.split("-")[0], []).extend(load(path, ("DL", "CLASSICAL")))
    print("| classical point | " + " | ".join(
        f"{p} ({len(s)} scenes)" for p, s in presets.items()) + " |")
    print("| --- |" + " --- |" * len(presets))
    chosen = None
    for point in POINTS:
        by_preset = {p: figures(s, dumped, point, args.confidence) for p, s in presets.items()}
        ok = all(f["bound"] >= args.min_precision for f in by_preset.values())
        if ok and chosen is None:
            chosen = point
        print(f"| {point:.2f}{' (chosen)' if chosen == point else ''} | "
              + " | ".join(cell(f) for f in by_preset.values()) + " |")
    print(f"cells: recall of visible sites / of all sites / precision / its {args.confidence:.0%}"
          " lower bound / dropped classical boxes with a network box on their target")
    if chosen is None:
        print(f"no point keeps precision's lower bound at {args.min_precision} on every preset")
        return
    print(f"chosen: classicalScore {chosen}")
    if args.card:
        card["ensemble"]["classicalScore"] = chosen
        save_card(args.card, card)
        print(f"wrote it into {args.card}")


if __name__ == "__main__":
    main()
