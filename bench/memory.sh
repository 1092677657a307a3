#!/usr/bin/env bash
# Peak memory of graphs/gradient-stack.xml (Read -> DL-Mask -> Phase-Gradient-Stack -> Write), or of
# graphs/unwrap.xml (Read -> DL-Mask -> DL-Unwrap over the whole raster -> Write), on a simulated
# stack whose dates each pair with their next two: 14 dates, 25 interferograms (issue 8, point 4).
#   bench/memory.sh [width height heap graph dates]    (default 2048 2048 256m gradient-stack 14;
#                                                       heap "default": no -Xmx; graph: gradient-stack or unwrap)
# Prints exit status, wall time and peak resident set size (GNU time -v). The stack is simulated
# once into $DLINSAR_MEMORY_DIR (default ${TMPDIR:-/tmp}/dlinsar-memory) and reused; the
# output is deleted afterwards. Needs /usr/bin/time (Debian: apt-get install time).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
script=bench/memory.sh
usage="usage: bench/memory.sh [width height heap graph dates]"
source "$root/bench/gnu-time.sh"
width="${1:-2048}"
height="${2:-2048}"
heap="${3:-256m}"
graph="${4:-gradient-stack}"
dates="${5:-14}"
dir="${DLINSAR_MEMORY_DIR:-${TMPDIR:-/tmp}/dlinsar-memory}"
for size in "$width" "$height"; do
  [[ "$size" =~ ^[1-9][0-9]*$ ]] || { echo "bench/memory.sh: width and height must be positive integers, got '$size'; $usage" >&2; exit 2; }
done
check_heap "$heap" 256m default
[[ "$graph" = gradient-stack || "$graph" = unwrap ]] \
  || { echo "bench/memory.sh: graph must be gradient-stack or unwrap, got '$graph'; $usage" >&2; exit 2; }
check_dates "$dates" 3
interferograms=$((2 * dates - 3))
require_gnu_time
mkdir -p "$dir"
stack="$dir/stack_${width}x${height}_${dates}.dim"
if [ ! -f "$stack" ]; then
  "$root/bin/dlinsar" simulate --width "$width" --height "$height" --dates "$dates" --pairs 2 -o "$stack" >&2
fi
output="$dir/${graph}_${width}x${height}.dim"
java_opts="-Xmx$heap"
[ "$heap" = default ] && java_opts=""
timed_graph "$java_opts" "$graph" "$stack" "$output"
rm -rf "$output" "${output%.dim}.data"
printf '%s %dx%d, %d interferograms, heap %s, %s threads: exit %d, wall %s, peak RSS %d MB\n' \
  "$graph" "$width" "$height" "$interferograms" "$heap" "$(nproc)" "$status" "$(wall_time)" "$(peak_rss_mb)"
say_failure
