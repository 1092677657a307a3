"""Score a bundled detection network against DL-Detect's classical method and fill its card.

From the repository root, after ``train_landslide.py`` or ``train_subsidence.py`` (about 10
minutes each on 2 cores)::

    python snap-dlinsar-models/training/score_detector.py landslide
    python snap-dlinsar-models/training/score_detector.py subsidence

runs ``bench/detect-eval.sh --compare`` on held-out preset scenes (seeds the training never saw):
the whole chain (DL-Mask OTSU, then Phase-Gradient-Stack and DL-Detect LANDSLIDE, or DL-Detect
SUBSIDENCE) with method CLASSICAL, DL (the network joined with CLASSICAL as the card's
``ensemble`` says) and the network alone on the same stacks, scored against the simulator's truth.
The card's metrics are the figures at each method's minScore: DL's ``--min-score`` (default 0.5,
its operating points chosen on other seeds, README), the network alone's
``--network-min-score`` and the classical default 0.5. Then, for stacks of a year of dates (87
interferograms, where operating points chosen on 19 did not always hold), add their figures::

    python snap-dlinsar-models/training/score_detector.py landslide --scenes 30 --dates 31 --neighbours 3
    python snap-dlinsar-models/training/score_detector.py subsidence --scenes 30 --dates 31 --neighbours 3

``--card other/<name>.card.json`` scores the network ``other/<name>.onnx`` beside it (method DL
and the network alone, ``detect-eval.sh --model``) and fills that card instead: a trial run's
(``train_landslide.py --out other``), leaving the bundled model and card alone.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from pathlib import Path

import common

# detector: its card, DL-Detect's mode, the presets scored, what recall counts
DETECTORS = {
    "landslide": ("yolo-landslide.card.json", "LANDSLIDE", "landslides,mixed", "slides"),
    "subsidence": ("ddnet-subsidence.card.json", "SUBSIDENCE", "mining,mixed", "bowls"),
}

# the first six columns; LANDSLIDE's tables go on with the recall of the separable slides,
# SUBSIDENCE's with the dates seen
SEPARABLE = re.compile(r"^ [\d.]+ \((\d+)/(\d+)\) \|$")
ROW = re.compile(r"^\| (\d\.\d\d) \| [\w.]+ \((\d+)/(\d+)\) \| [\w.]+ \((\d+)/(\d+)\) \|"
                 r" [\w.]+ \((\d+)/(\d+)\) \| (\d+)/(\d+) \| (\d+) \|( .*)?$")


def tables(output: str) -> dict[str, dict[float, dict]]:
    """The evaluation's tables: per method, per minScore, its counts."""
    result: dict[str, dict[float, dict]] = {}
    method = None
    for line in output.splitlines():
        header = re.search(r", method (\w+), seeds", line)
        if header:
            method = header.group(1)
            result[method] = {}
        row = ROW.match(line.strip())
        if row and method:
            v = [int(g) for g in row.groups()[1:10]]
            counts = {"all": (v[0], v[1]), "visible": (v[2], v[3]), "precision": (v[4], v[5]),
                      "lookalikes": (v[6], v[7]), "second": v[8]}
            separable = SEPARABLE.match(row.group(11) or "")
            if separable:
                counts["separable"] = (int(separable.group(1)), int(separable.group(2)))
            result[method][float(row.group(1))] = counts
    return result


def ratio(pair):
    """hit / total, None when there is nothing to count (a precision without detections): the
    card leaves such a metric out (common.save_card)."""
    hit, total = pair
    return round(hit / total, 4) if total else None


def share_without(pair):
    """The share of lookalike cells without a detection; None where there are none."""
    detected = ratio(pair)
    return None if detected is None else round(1 - detected, 4)


def training_seeds(card: dict) -> range:
    """The scene seeds the card's network was trained on: its recipe's "seeds a-b", else its seed."""
    training = card.get("training", {})
    found = re.search(r"seeds (\d+)-(\d+)", training.get("recipe", ""))
    if found:
        return range(int(found.group(1)), int(found.group(2)) + 1)
    seed = training.get("seed")
    return range(seed, seed + 1) if isinstance(seed, int) else range(0)


def check_held_out(card_path: Path, first: int, scenes: int):
    """Refuses scoring seeds the network was trained on: its figures would not be held-out ones."""
    if scenes < 1:
        raise SystemExit(f"--scenes {scenes}: expected at least one scene to score")
    trained = training_seeds(json.loads(card_path.read_text()))
    scored = range(first, first + scenes)
    if trained and scored.start <= trained[-1] and trained.start <= scored[-1]:
        raise SystemExit(f"--seed {first} --scenes {scenes}: seeds {scored.start}-{scored[-1]} overlap the"
                         f" seeds {trained.start}-{trained[-1]} {card_path.name} was trained on; score on"
                         f" held-out seeds (default 30001)")


def check_output_plan(output: str, preset: str, args) -> None:
    """Refuses a saved output (--outputs) of other scenes than the card's metrics will name."""
    wanted = (preset, args.seed, args.seed + args.scenes - 1, args.dates, args.neighbours)
    for header in re.finditer(r"^(\w+), mode \w+, method \w+, seeds (\d+)\.\.(\d+), (\d+) dates x (\d+)"
                              r" neighbours", output, re.MULTILINE):
        found = (header.group(1),) + tuple(int(g) for g in header.groups()[1:])
        if found != wanted:
            raise SystemExit(f"--outputs: a table of {found[0]} seeds {found[1]}-{found[2]} at {found[3]} dates x"
                             f" {found[4]} neighbours, where the card's metrics will name {preset} seeds"
                             f" {wanted[1]}-{wanted[2]} at {wanted[3]} x {wanted[4]}; give the outputs of"
                             f" this plan, in the presets' order, or --seed/--scenes/--dates/--neighbours")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("detector", choices=sorted(DETECTORS))
    parser.add_argument("--card", type=Path,
                        help="the card to fill, its network <name>.onnx beside it, which is the one"
                             " scored (a trial run's: train_*.py --out); default: the detector's"
                             " bundled card and the bundled network on the class path")
    parser.add_argument("--seed", type=int, default=30001)
    parser.add_argument("--scenes", type=int, default=100)
    parser.add_argument("--min-score", type=float, default=0.5)
    parser.add_argument("--classical-min-score", type=float, default=0.5)
    parser.add_argument("--network-min-score", type=float, default=0.5,
                        help="the network alone's probability (card without its ensemble)")
    parser.add_argument("--presets", help="default: the detector's")
    parser.add_argument("--dates", type=int, default=11,
                        help="acquisitions per scene (11: the presets' plan)")
    parser.add_argument("--neighbours", type=int, default=2,
                        help="each date paired with its next this many")
    parser.add_argument("--outputs", type=Path, nargs="+",
                        help="saved outputs of bench/detect-eval.sh --compare, one per preset in"
                             " order, instead of running it")
    args = parser.parse_args()
    card_name, mode, presets, kind = DETECTORS[args.detector]
    card_path = args.card or common.MODELS / card_name
    # the figures must be the network's beside the card, not the bundled one's
    model_file = None
    if args.card:
        model_file = args.card.with_name(args.card.name.removesuffix(".card.json") + ".onnx")
        if not args.card.name.endswith(".card.json") or not model_file.is_file() \
                or not args.card.is_file():
            raise SystemExit(f"--card {args.card}: expected an existing <name>.card.json with its"
                             f" network <name>.onnx beside it")

    check_held_out(card_path, args.seed, args.scenes)

    # the presets' plan names its metrics plainly and replaces them all; another plan (a year of
    # dates, say) adds its own, named with the plan, so run it after the plan's scoring
    plan = "" if (args.dates, args.neighbours) == (11, 2) else \
        f" ({args.dates} dates x {args.neighbours} neighbours)"
    metrics = []
    for k, preset in enumerate((args.presets or presets).split(",")):
        if args.outputs:
            output = args.outputs[k].read_text()
        else:
            command = [str(common.REPO / "bench/detect-eval.sh"), "--compare"]
            if model_file:
                command += ["--model", str(model_file.resolve())]
            command += [preset, mode, str(args.seed), str(args.scenes), str(args.dates),
                        str(args.neighbours)]
            output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            print(output)
        check_output_plan(output, preset, args)
        found = tables(output)
        classical = found["CLASSICAL"][args.classical_min_score]
        held = (f"{args.scenes} simulated {preset} scenes (256 px, {args.dates} dates x"
                f" {args.neighbours} neighbours),"
                f" seeds {args.seed}-{args.seed + args.scenes - 1}; minScore {{}}"
                f" (classical {args.classical_min_score})")
        # method DL as DL-Detect runs it (joined per the card's ensemble), then the network alone
        for prefix, method, min_score in [("", "DL", args.min_score),
                                          ("network alone: ", "NETWORK_ALONE", args.network_min_score)]:
            dl = found[method][min_score]
            recalls = [(f"recall of visible {kind}", "visible"), (f"recall of all {kind}", "all")]
            if "separable" in dl:
                recalls.append((f"recall of the {kind} the gradient stack separates from its"
                                f" background", "separable"))
            for name, key in recalls + [("precision", "precision")]:
                metrics.append({"name": f"{prefix}{name}, {preset}{plan}", "model": ratio(dl[key]),
                                "classical": ratio(classical[key]), "classicalMethod": "CLASSICAL",
                                "heldOut": held.format(min_score)})
            metrics.append({"name": f"{prefix}share of lookalike cells without a detection,"
                                    f" {preset}{plan}",
                            "model": share_without(dl["lookalikes"]),
                            "classical": share_without(classical["lookalikes"]),
                            "classicalMethod": "CLASSICAL", "heldOut": held.format(min_score)})
    card = json.loads(card_path.read_text())
    if plan:
        names = {m["name"] for m in metrics}
        metrics = [m for m in card["metrics"] if m["name"] not in names] + metrics
    card["metrics"] = metrics
    common.save_card(card_path, card)
    print(f"wrote {sum(map(common.measured, metrics))} metrics into {card_path}")


if __name__ == "__main__":
    main()
