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
heap="${1:-512m}"
dates="${2:-334}"
dir="${DLINSAR_LONG_CROP_DIR:-${TMPDIR:-/tmp}/dlinsar-long-crop}"
usage="usage: bench/long-crop.sh [heap dates]"
[[ "$heap" =~ ^[1-9][0-9]*[kKmMgG]?$ ]] \
  || { echo "bench/long-crop.sh: heap must be a JVM size such as 512m or 2g, got '$heap'; $usage" >&2; exit 2; }
[[ "$dates" =~ ^[1-9][0-9]*$ && "$dates" -ge 5 && "$dates" -le 1000 ]] \
  || { echo "bench/long-crop.sh: dates must be an integer from 5 to 1000, got '$dates'; $usage" >&2; exit 2; }
if [ ! -x /usr/bin/time ]; then
  echo "bench/long-crop.sh: /usr/bin/time is missing; install it (Debian: apt-get install time)" >&2
  exit 1
fi
mkdir -p "$dir"
stack="$dir/crop_${dates}.dim"
if [ ! -f "$stack" ]; then
  "$root/bin/dlinsar" simulate --preset landslides --width 256 --height 256 --dates "$dates" \
    --interval-days 6 --pairs 3 --seed 7100001 -o "$stack" >&2
fi
output="$dir/chain.dim"
report="$dir/time.txt"
status=0
JAVA_OPTS="-Xmx$heap" /usr/bin/time -v -o "$report" \
  "$root/bin/dlinsar" "$root/graphs/detection-first.xml" -Pinput="$stack" -Poutput="$output" \
  > "$dir/run.log" 2>&1 || status=$?
rm -rf "$output" "${output%.dim}.data" "${output%.dim}".*.csv "${output%.dim}".*.geojson
value() { sed -n "s/.*$1: //p" "$report"; }
rss_kb="$(value 'Maximum resident set size (kbytes)')"
wall="$(value 'Elapsed (wall clock) time (h:mm:ss or m:ss)')"
cpu="$(awk -v u="$(value 'User time (seconds)')" -v s="$(value 'System time (seconds)')" 'BEGIN { printf "%.1f", u + s }')"
printf 'detection-first on 256x256, %d dates x 3, heap %s, %s threads: exit %d, wall %s, CPU %s s, cores busy %s, peak RSS %d MB\n' \
  "$dates" "$heap" "$(nproc)" "$status" "$wall" "$cpu" "$(value 'Percent of CPU this job got')" "$((rss_kb / 1024))"
if [ "$status" -ne 0 ]; then
  grep -m 1 '^Error' "$dir/run.log" || tail -n 3 "$dir/run.log"
fi
