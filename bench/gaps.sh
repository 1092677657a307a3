#!/usr/bin/env bash
# Regions behind a decorrelated gap (README, Local-SBAS, "Regions behind a gap"): per interferogram and
# site patch of simulated scenes, the regions masked pixels separate from the reference ring's main
# one and whether their whole cycles are off against the noise-free truth, then Local-SBAS's
# velocities against the true ones, as built and with the variants GapsMeasure's comment names.
#   bench/gaps.sh [preset from count river nodata modes]   (default mining 5100001 10 0 false none,main,bridge)
# river: a decorrelated strip that many pixels wide across each patch (0: none); nodata: true for a
# strip without data instead of noise. A gated measurement in the operators' tests, run through Maven.
set -euo pipefail
preset=${1:-mining}; from=${2:-5100001}; count=${3:-10}; river=${4:-0}; nodata=${5:-false}
modes=${6:-none,main,bridge}
for n in "$from" "$count" "$river"; do
  case "$n" in ''|*[!0-9]*) echo "bench/gaps.sh: '$n' is not a whole number (from count river)" >&2; exit 2 ;; esac
done
case "$nodata" in true|false) ;; *) echo "bench/gaps.sh: nodata must be true or false, not '$nodata'" >&2; exit 2 ;; esac
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -ntp test -pl snap-engine-lite,snap-dlinsar-operators -Dtest=GapsMeasure -Dsurefire.failIfNoSpecifiedTests=false \
  -Ddlinsar.measureGaps=true -Dgaps.preset="$preset" -Dgaps.from="$from" -Dgaps.count="$count" \
  -Dgaps.river="$river" -Dgaps.nodata="$nodata" -Dgaps.modes="$modes" | grep '^GAPS'
