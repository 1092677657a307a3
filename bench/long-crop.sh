#!/usr/bin/env bash
# graphs/detection-first.xml (DL-Mask, Phase-Gradient-Stack, DL-Detect, DL-Unwrap, Local-SBAS)
# on a crop of a long stack: a 256 x 256 landslides scene, dates every 6 days each paired with
# its next 3 (334 dates: 996 interferograms, 845 MB). A frame of one tile, so its tile threads
# have one tile to compute: the cores stay busy only as far as the operators read several
# interferograms at once (InterferogramReads).
#   bench/long-crop.sh [heap dates]        (default 512m 334)
# Prints exit status, wall time, CPU seconds, the cores busy on average and peak resident set
# size (GNU time -v). The stack is simulated once into $DLINSAR_LONG_CROP_DIR (default
# ${TMPDIR:-/tmp}/dlinsar-long-crop) and reused; the output is deleted afterwards. Needs
# /usr/bin/time (Debian: apt-get install time).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
script=bench/long-crop.sh
usage="usage: bench/long-crop.sh [heap dates]"
source "$root/bench/gnu-time.sh"
heap="${1:-512m}"
dates="${2:-334}"
dir="${DLINSAR_LONG_CROP_DIR:-${TMPDIR:-/tmp}/dlinsar-long-crop}"
check_heap "$heap" 512m
check_dates "$dates" 5
require_gnu_time
mkdir -p "$dir"
stack="$dir/crop_${dates}.dim"
if [ ! -f "$stack" ]; then
  "$root/bin/dlinsar" simulate --preset landslides --width 256 --height 256 --dates "$dates" \
    --interval-days 6 --pairs 3 --seed 7100001 -o "$stack" >&2
fi
output="$dir/chain.dim"
timed_graph "-Xmx$heap" detection-first "$stack" "$output"
rm -rf "$output" "${output%.dim}.data" "${output%.dim}".*.csv "${output%.dim}".*.geojson
cpu="$(awk -v u="$(time_value 'User time (seconds)')" -v s="$(time_value 'System time (seconds)')" 'BEGIN { printf "%.1f", u + s }')"
printf 'detection-first on 256x256, %d dates x 3, heap %s, %s threads: exit %d, wall %s, CPU %s s, cores busy %s, peak RSS %d MB\n' \
  "$dates" "$heap" "$(nproc)" "$status" "$(wall_time)" "$cpu" "$(time_value 'Percent of CPU this job got')" "$(peak_rss_mb)"
say_failure
