#!/usr/bin/env bash
# Peak memory of graphs/gradient-stack.xml (Read -> DL-Mask -> Phase-Gradient-Stack -> Write) on a
# simulated stack of 25 interferograms (issue 8, point 4).
#   bench/memory.sh [width height heap]        (default 2048 2048 256m; heap "default": no -Xmx)
# Prints exit status, wall time and peak resident set size (GNU time -v). The stack is simulated
# once into $DLINSAR_MEMORY_DIR (default ${TMPDIR:-/tmp}/dlinsar-memory) and reused; the
# output is deleted afterwards. Needs /usr/bin/time (Debian: apt-get install time).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
width="${1:-2048}"
height="${2:-2048}"
heap="${3:-256m}"
dir="${DLINSAR_MEMORY_DIR:-${TMPDIR:-/tmp}/dlinsar-memory}"
usage="usage: bench/memory.sh [width height heap]"
for size in "$width" "$height"; do
  [[ "$size" =~ ^[1-9][0-9]*$ ]] || { echo "bench/memory.sh: width and height must be positive integers, got '$size'; $usage" >&2; exit 2; }
done
# a heap the JVM refuses would be reported as the run's failure, its reason on another line
[[ "$heap" =~ ^[1-9][0-9]*[kKmMgG]?$ || "$heap" = default ]] \
  || { echo "bench/memory.sh: heap must be a JVM size such as 256m or 2g, or 'default', got '$heap'; $usage" >&2; exit 2; }
if [ ! -x /usr/bin/time ]; then
  echo "bench/memory.sh: /usr/bin/time is missing; install it (Debian: apt-get install time)" >&2
  exit 1
fi
mkdir -p "$dir"
stack="$dir/stack_${width}x${height}.dim"
if [ ! -f "$stack" ]; then
  # 14 dates, each paired with its next two: 25 interferograms
  "$root/bin/dlinsar" simulate --width "$width" --height "$height" --dates 14 --pairs 2 -o "$stack" >&2
fi
output="$dir/gradient_${width}x${height}.dim"
report="$dir/time.txt"
status=0
java_opts="-Xmx$heap"
[ "$heap" = default ] && java_opts=""
JAVA_OPTS="$java_opts" /usr/bin/time -v -o "$report" \
  "$root/bin/dlinsar" "$root/graphs/gradient-stack.xml" -Pinput="$stack" -Poutput="$output" \
  > "$dir/run.log" 2>&1 || status=$?
rm -rf "$output" "${output%.dim}.data"
rss_kb="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$report")"
wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$report")"
printf 'gradient-stack %dx%d, 25 interferograms, heap %s, %s threads: exit %d, wall %s, peak RSS %d MB\n' \
  "$width" "$height" "$heap" "$(nproc)" "$status" "$wall" "$((rss_kb / 1024))"
if [ "$status" -ne 0 ]; then
  grep -m 1 '^Error' "$dir/run.log" || tail -n 3 "$dir/run.log"
fi
