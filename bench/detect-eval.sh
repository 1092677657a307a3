#!/usr/bin/env bash
# DL-Detect against the simulator's truth over several seeds: recall, precision and lookalikes
# per minScore (issue 9, point 4). Usage:
#   bench/detect-eval.sh [--compare] [--fringes] [--size WxH] [--regional mm,px] preset LANDSLIDE|SUBSIDENCE firstSeed seeds [dates neighbours]
#   e.g. bench/detect-eval.sh landslides LANDSLIDE 1001 10
# --compare: methods CLASSICAL and DL on the same stacks, a table each (issue 12).
# --fringes: mode SUBSIDENCE on the masked stack without its gradient stack.
# --size WxH: the presets' scenes at another size (default 256x256).
# --regional mm,px: the scenes on ground moving everywhere (RegionalMotion: peak mm/year, scale).
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/java.sh" DetectionEvaluation "$@"
