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
width="${1:-2048}"
height="${2:-2048}"
heap="${3:-256m}"
graph="${4:-gradient-stack}"
dates="${5:-14}"
dir="${DLINSAR_MEMORY_DIR:-${TMPDIR:-/tmp}/dlinsar-memory}"
usage="usage: bench/memory.sh [width height heap graph dates]"
for size in "$width" "$height"; do
  [[ "$size" =~ ^[1-9][0-9]*$ ]] || { echo "bench/memory.sh: width and height must be positive integers, got '$size'; $usage" >&2; exit 2; }
done
# a heap the JVM refuses would be reported as the run's failure, its reason on another line
[[ "$heap" =~ ^[1-9][0-9]*[kKmMgG]?$ || "$heap" = default ]] \
  || { echo "bench/memory.sh: heap must be a JVM size such as 256m or 2g, or 'default', got '$heap'; $usage" >&2; exit 2; }
[[ "$graph" = gradient-stack || "$graph" = unwrap ]] \
  || { echo "bench/memory.sh: graph must be gradient-stack or unwrap, got '$graph'; $usage" >&2; exit 2; }
[[ "$dates" =~ ^[1-9][0-9]*$ && "$dates" -ge 3 && "$dates" -le 1000 ]] \
  || { echo "bench/memory.sh: dates must be an integer from 3 to 1000, got '$dates'; $usage" >&2; exit 2; }
interferograms=$((2 * dates - 3))
if [ ! -x /usr/bin/time ]; then
  echo "bench/memory.sh: /usr/bin/time is missing; install it (Debian: apt-get install time)" >&2
  exit 1
fi
mkdir -p "$dir"
stack="$dir/stack_${width}x${height}_${dates}.dim"
if [ ! -f "$stack" ]; then
  "$root/bin/dlinsar" simulate --width "$width" --height "$height" --dates "$dates" --pairs 2 -o "$stack" >&2
fi
output="$dir/${graph}_${width}x${height}.dim"
report="$dir/time.txt"
status=0
java_opts="-Xmx$heap"
[ "$heap" = default ] && java_opts=""
JAVA_OPTS="$java_opts" /usr/bin/time -v -o "$report" \
  "$root/bin/dlinsar" "$root/graphs/$graph.xml" -Pinput="$stack" -Poutput="$output" \
  > "$dir/run.log" 2>&1 || status=$?
rm -rf "$output" "${output%.dim}.data"
rss_kb="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$report")"
wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$report")"
printf '%s %dx%d, %d interferograms, heap %s, %s threads: exit %d, wall %s, peak RSS %d MB\n' \
  "$graph" "$width" "$height" "$interferograms" "$heap" "$(nproc)" "$status" "$wall" "$((rss_kb / 1024))"
if [ "$status" -ne 0 ]; then
  grep -m 1 '^Error' "$dir/run.log" || tail -n 3 "$dir/run.log"
fi
