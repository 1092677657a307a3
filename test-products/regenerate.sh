#!/usr/bin/env bash
# Regenerates the simulated test products of this folder with fixed seeds:
#   test-products/regenerate.sh
# Each stack <name>.dim comes with <name>.truth.dim and <name>.sites.json (see README.md).
# DLINSAR overrides the launcher (default: bin/dlinsar of this repository).
set -euo pipefail

here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dlinsar="${DLINSAR:-$here/../bin/dlinsar}"

rm -rf "$here"/landslides-256.* "$here"/mining-256x192.*

"$dlinsar" simulate --preset landslides --width 256 --height 256 --dates 11 --interval-days 12 \
  --pairs 2 --seed 100 -o "$here/landslides-256.dim"
"$dlinsar" simulate --preset mining --width 256 --height 192 --dates 11 --interval-days 12 \
  --pairs 2 --seed 210 -o "$here/mining-256x192.dim"
