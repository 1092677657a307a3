#!/usr/bin/env bash
# DL-Detect against the simulator's truth over several seeds: recall, precision and lookalikes
# per minScore (issue 9, point 4). Usage:
#   bench/detect-eval.sh [--compare] [--fringes] [--dump file.jsonl] [--model file.onnx]
#       [--network-model file.onnx]
#       [--size WxH] [--regional mm,px] [--seams n] [--seam-tilt deg] [--reference-date k] [--set name=value ...] [--mask OTSU|DL]
#       preset LANDSLIDE|SUBSIDENCE firstSeed seeds [dates neighbours [forest gamma0]]
#   e.g. bench/detect-eval.sh landslides LANDSLIDE 1001 10
#        bench/detect-eval.sh landslides LANDSLIDE 1001 5 31 3 0.6 0.55   (3/5 of the scene forest)
# --compare: methods CLASSICAL, DL (the network joined with CLASSICAL as its card says) and the
#   network alone on the same stacks, a table each (issue 12).
# --fringes: mode SUBSIDENCE on the masked stack without its gradient stack.
# --dump file.jsonl: every trial's detections (all scores) and truth, one JSON line each, for
#   rules tried offline (bench/*.py).
# --model file.onnx: that model (its card beside it) as method DL and, without its card's ensemble,
#   as the network alone of --compare, instead of the bundled one (score_detector.py --card).
# --network-model file.onnx: that model (its card beside it) as the network alone of --compare.
# --size WxH: the presets' scenes at another size (default 256x256).
# --regional mm,px: the scenes on ground moving everywhere (RegionalMotion: peak mm/year, scale).
# --seams n: n seams in every scene (lines across which the phase steps further every date, one sign
#   in every pair, as simulate --seams makes them); --seam-tilt deg: each turned that far off its axis.
# --reference-date k: every date paired with date k (0 = the first), the single-reference stack
#   SNAP's InterferogramOp forms from a coregistered stack; neighbours is then ignored.
# --set name=value: a numeric DL-Detect parameter for every method (repeatable), e.g. minSlope=0.
# --mask OTSU|DL: DL-Mask's method before the gradient stack (default OTSU, as the networks were
#   trained and their cards measured; DL is the shipped chain's, graphs/detection-first.xml).
# dates neighbours: acquisitions every 12 days, each paired with its next neighbours (default 11 2);
# forest gamma0: the share of the scene under vegetation and its short-term coherence.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/java.sh" DetectionEvaluation "$@"
