#!/usr/bin/env python3
"""The operating points of DL-Detect's method DL (a detection model card's ``ensemble``) from a table.

Reads the dumps of ``bench/detect-eval.sh --compare --dump FILE`` (one per preset, the same mode,
tuning seeds the held-out set does not use), joins the network-alone detections with the
classical ones as DL-Detect does (``DetectionEnsemble``: each method's score rescaled so that
its operating point is 0.5, a target both find one detection with the higher score's box, as
``BoxSuppression.sameTarget`` says, or the classical one's with ``classicalFirst``), scores them as ``DetectionScores`` does, and prints, for each
pair of operating points, recall (visible, all), precision and lookalike cells at minScore 0.5
beside the classical method's at 0.5 and the network's alone at 0.5. Rows marked ``ok`` are at
least as good as the classical method on every figure of every preset, ``ok network`` at least as
good as the network alone; the card takes the ``ok`` row of highest mean visible recall (ties: of
all sites), or where none is, the ``ok network`` one.

Not emulated: in mode SUBSIDENCE DL-Detect first drops DDNet's bowls where the ground does not
subside steadily over the stack (the network alone's dump keeps them), so the table overstates
what DDNet adds there, its lookalikes above all; measure the chosen row with the operator
(``bench/detect-eval.sh --compare``, method DL) before writing it into the card. E.g.::

    bench/detect-eval.sh --compare --dump /tmp/landslides.jsonl landslides LANDSLIDE 960001 100
    bench/detect-eval.sh --compare --dump /tmp/mixed.jsonl mixed LANDSLIDE 960001 100
    python3 bench/ensemble_points.py /tmp/landslides.jsonl /tmp/mixed.jsonl \
        --card snap-dlinsar-models/src/main/resources/dlinsar-models/yolo-landslide.card.json

``--card`` writes the chosen points into the card's ``ensemble`` (the training scripts write
none), so that retraining, choosing the points and scoring (``score_detector.py``) run without a
hand edit. Only the network-alone and classical rows of the dumps are read, so they may come from
a card without its points.
"""

import argparse
import json
from pathlib import Path

NETWORK = "NETWORK_ALONE"
POINTS = (0.5, 0.55, 0.6, 0.65, 0.7)


def iou(a, b):
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def contains(box, x, y):
    return box[0] <= x < box[2] and box[1] <= y < box[3]


def hits(detection, site):
    """DetectionScores.hits: IoU >= 0.1 or the detection's centre inside the site."""
    cx, cy = (detection[0] + detection[2] - 1) // 2, (detection[1] + detection[3] - 1) // 2
    return iou(detection, site) >= 0.1 or contains(site, cx, cy)


def same_target(kept, other):
    """BoxSuppression.sameTarget: the other's centre inside the kept box, or IoU >= 0.3."""
    cx, cy = (other[0] + other[2]) // 2, (other[1] + other[3]) // 2
    return contains(kept, cx, cy) or iou(kept, other) >= 0.3


def joined_score(score, point):
    return 0.5 * score / point if score <= point else 0.5 + 0.5 * (score - point) / (1 - point)


def method_score(joined, point):
    """DetectionEnsemble.methodScore: the inverse of joined_score."""
    return 2 * joined * point if joined <= 0.5 else point + (2 * joined - 1) * (1 - point)


def on_target(box, boxes):
    """The index of the surest of boxes on the target of box (either way), the first of equals."""
    best = None
    for k, (b, score) in enumerate(boxes):
        if (same_target(box, b) or same_target(b, box)) and (best is None or score > boxes[best][1]):
            best = k
    return best


def agreed(own, other, agreement):
    """DetectionEnsemble.agreed: at least the mean with its partner, the mutually surest other."""
    if agreement == 0:
        return own
    result = []
    for k, (box, score) in enumerate(own):
        partner = on_target(box, other)
        if partner is not None and on_target(other[partner][0], own) == k:
            mean = (score + other[partner][1]) / 2
            score = max(score, mean + agreement * min(1.0, 2 * (1 - mean)))
        result.append((box, score))
    return result


def joined(scene, network_point, classical_point, classical_first=False, min_score=0.5,
           agreement=0.0):
    """DetectionEnsemble.join: surest first, or the classical detections first (classicalFirst)."""
    network_joined = [(d["box"], joined_score(d["score"], network_point))
                      for d in scene[NETWORK]["detections"]]
    classical_joined = [(d["box"], joined_score(d["score"], classical_point))
                        for d in scene["CLASSICAL"]["detections"]]
    network = sorted(agreed(network_joined, classical_joined, agreement), key=lambda c: -c[1])
    classical = sorted(agreed(classical_joined, network_joined, agreement), key=lambda c: -c[1])
    candidates = (classical + network if classical_first
                  else sorted(network + classical, key=lambda c: -c[1]))
    kept = []
    for box, score in candidates:
        if score >= min_score and not any(same_target(k, box) for k in kept):
            kept.append(box)
    return kept


def figures(scenes, boxes_of):
    visible = visible_hit = sites = sites_hit = detections = hitting = cells = found = 0
    separable = separable_hit = 0
    for scene in scenes:
        truth = scene["CLASSICAL"]
        boxes = boxes_of(scene)
        hit = [any(hits(b, s) for b in boxes) for s in truth["sites"]]
        sites += len(hit)
        sites_hit += sum(hit)
        visible += sum(truth["visible"])
        visible_hit += sum(h for h, v in zip(hit, truth["visible"]) if v)
        separable += sum(truth.get("separable", []))
        separable_hit += sum(h for h, v in zip(hit, truth.get("separable", [])) if v)
        on_site = [any(hits(b, s) for s in truth["allSites"]) for b in boxes]
        detections += len(boxes)
        hitting += sum(on_site)
        for cell in truth["lookalikes"]:
            cells += 1
            x, y = int(cell["centre"][0]), int(cell["centre"][1])
            found += any(not on and (contains(b, x, y) or iou(b, cell["box"]) >= 0.1)
                         for b, on in zip(boxes, on_site))
    return {"separable": separable_hit / separable if separable else None,
            "visible": visible_hit / visible if visible else 1.0,
            "all": sites_hit / sites if sites else 1.0,
            "precision": hitting / detections if detections else 1.0,
            "lookalikes": found / cells if cells else 0.0}


def load(path, methods=(NETWORK, "CLASSICAL")):
    """The dump's scenes (per method, its trial) that hold a trial of every one of methods."""
    scenes = {}
    for line in path.read_text().splitlines():
        trial = json.loads(line)
        scenes.setdefault(trial["seed"], {})[trial["method"]] = trial
    return [s for s in scenes.values() if all(m in s for m in methods)]


def at_least(figures_a, figures_b):
    """Whether figures_a are at least as good as figures_b on every figure of every preset."""
    return all((a["separable"] is None or a["separable"] >= b["separable"])
               and a["visible"] >= b["visible"] and a["all"] >= b["all"]
               and a["precision"] >= b["precision"] and a["lookalikes"] <= b["lookalikes"]
               for a, b in ((figures_a[p], figures_b[p]) for p in figures_a))


def mean(by_preset, key):
    return sum(f[key] for f in by_preset.values()) / len(by_preset)


def row(name, by_preset):
    cells = [("" if f["separable"] is None else f"{f['separable']:.3f} / ")
             + f"{f['visible']:.3f} / {f['all']:.3f} / {f['precision']:.3f} / {f['lookalikes']:.3f}"
             for f in by_preset.values()]
    return f"| {name} | " + " | ".join(cells) + " |"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dumps", type=Path, nargs="+")
    parser.add_argument("--agreements", default="0",
                        help="comma-separated values of the card's ensemble agreement to try")
    parser.add_argument("--card", type=Path,
                        help="a model card (.card.json) to write the chosen points into")
    args = parser.parse_args()
    agreements = [float(a) for a in args.agreements.split(",")]
    presets = {p.stem: load(p) for p in args.dumps}
    classical = {p: figures(s, lambda sc: [d["box"] for d in sc["CLASSICAL"]["detections"]
                                           if d["score"] >= 0.5]) for p, s in presets.items()}
    network = {p: figures(s, lambda sc: [d["box"] for d in sc[NETWORK]["detections"]
                                         if d["score"] >= 0.5]) for p, s in presets.items()}
    print("| points (network, classical) | " + " | ".join(presets) + " | ok |")
    print("| --- |" + " --- |" * (len(presets) + 1))
    print(row("CLASSICAL alone", classical) + " |")
    print(row("network alone", network) + " |")
    best = {"ok": None, "ok network": None}
    separable = all(f["separable"] is not None for f in classical.values())
    for first in (False, True):
        for agreement in agreements:
            for network_point in POINTS:
                for classical_point in POINTS:
                    by_preset = {p: figures(s, lambda sc: joined(
                        sc, network_point, classical_point, first, agreement=agreement))
                                 for p, s in presets.items()}
                    mark = ("ok" if at_least(by_preset, classical)
                            else "ok network" if at_least(by_preset, network) else "")
                    name = (f"{network_point:.2f}, {classical_point:.2f}"
                            + (f", agreement {agreement:.2f}" if agreement else "")
                            + (", classical first" if first else ""))
                    print(row(name, by_preset) + f" {mark} |")
                    rank = ((mean(by_preset, "separable"),) if separable else ()) + (
                        mean(by_preset, "visible"), mean(by_preset, "all"))
                    if mark and (best[mark] is None or rank > best[mark][0]):
                        best[mark] = (rank, network_point, classical_point, first, agreement)
    print("cells: recall " + ("of the separable sites / " if separable else "")
          + "of visible sites / of all sites / precision / share of lookalike cells detected")
    chosen = best["ok"] or best["ok network"]
    if chosen:
        print(f"chosen: networkScore {chosen[1]}, classicalScore {chosen[2]},"
              f" classicalFirst {'true' if chosen[3] else 'false'}, agreement {chosen[4]}"
              f" ({'ok' if best['ok'] else 'ok network'}: mean recall "
              + ("of the separable sites, visible, all " if separable else "visible, all ")
              + ", ".join(f"{r:.3f}" for r in chosen[0]) + ")")
        if args.card:
            write_ensemble(args.card, chosen[1], chosen[2], chosen[3], chosen[4])
            print(f"wrote the chosen points into {args.card}")
    else:
        print("no pair of points is at least as good as the network alone everywhere")


def write_ensemble(card: Path, network_point, classical_point, classical_first, agreement):
    """Replaces the card's ``ensemble`` with the chosen points, through a temporary file."""
    data = json.loads(card.read_text())
    ensemble = {"networkScore": network_point, "classicalScore": classical_point}
    if agreement:
        ensemble["agreement"] = agreement
    if classical_first:
        ensemble["classicalFirst"] = True
    data["ensemble"] = ensemble
    save_card(card, data)


def save_card(card: Path, data):
    """Writes a model card's JSON through a temporary name, so a failed run leaves the old one."""
    partial = card.with_name(card.name + ".partial")
    partial.write_text(json.dumps(data, indent=2) + "\n")
    partial.replace(card)


if __name__ == "__main__":
    main()
