#!/usr/bin/env bash
# bin/dlinsar import against decoding its GeoTIFFs once, on a LiCSAR-like frame (LicsarFrameFiles:
# one folder per 12-day pair, float32 phase and coherence, Deflate, strips of one row as GDAL writes
# them), each figure the median of whole-process runs (page cache warm):
#   cat       cat of every GeoTIFF
#   decode    every GeoTIFF read once, whole, in one JVM thread (the least decoding an import does)
#   import    bin/dlinsar import --format licsar on 1 and 2 threads (-Dsnap.parallelism), with its
#             peak RSS
#
#   bench/import.sh [width height pairs repeats]   (default 3300 512 59 3: 118 files, 680 MB;
#                                                   about 3 minutes on 2 cores, the first run
#                                                   half a minute more to write the frame)
# JAVA_OPTS: JVM options of the Java runs (default -Xmx1g, the heap the RSS figures are at).
# BENCH_DIR: where the frame is kept between runs (default $TMPDIR/dlinsar-bench-import).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
width="${1:-3300}"
height="${2:-512}"
pairs="${3:-59}"
repeats="${4:-3}"
script=bench/import.sh
# shellcheck source=bench/runs.sh
. "$root/bench/runs.sh"
positive_integers "bench/import.sh [width height pairs repeats]" "width=$width" "height=$height" "pairs=$pairs" \
  "repeats=$repeats"
export JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
keep="${BENCH_DIR:-${TMPDIR:-/tmp}/dlinsar-bench-import}/licsar-${width}x${height}x${pairs}"
work="$(mktemp -d "${TMPDIR:-/tmp}/dlinsar-import.XXXXXX")"
trap 'rm -rf "$work"' EXIT

launcher_and_bench_jars

if [ ! -f "$keep/done" ]; then
  echo "writing the frame into $keep (kept for the next run)..." >&2
  rm -rf "$keep"
  mkdir -p "$keep"
  # shellcheck disable=SC2086
  "$java" $JAVA_OPTS -cp "$bench_cp" org.dlinsar.bench.LicsarFrameFiles write "$keep/interferograms" \
    "$width" "$height" "$pairs"
  touch "$keep/done"
fi
files=()
while IFS= read -r f; do files+=("$f"); done < <(find "$keep/interferograms" -name '*.tif' | sort)
cat "${files[@]}" >/dev/null

load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
for ((r = 0; r < repeats; r++)); do
  run cat cat "${files[@]}"
  # shellcheck disable=SC2086
  run decode "$java" $JAVA_OPTS -cp "$bench_cp" org.dlinsar.bench.LicsarFrameFiles decode "$keep/interferograms"
  for q in 1 2; do
    JAVA_OPTS="$JAVA_OPTS -Dsnap.parallelism=$q" run "import_q$q" "$dlinsar" import --format licsar \
      -o "$work/out/frame.dim" "$keep/interferograms"
  done
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"

row() {
  local rss="-"
  [ "${3:-}" = rss ] && rss="$(median "$1" 3)"
  printf "  %-44s %7.2f %7.2f %8s\n" "$2" "$(median "$1" 1)" "$(median "$1" 2)" "$rss"
}
echo "import benchmark: LiCSAR-like frame ${width} x ${height}, ${pairs} pairs, ${#files[@]} GeoTIFFs" \
  "($(du -sm "$keep/interferograms" | cut -f1) MB), $(nproc) cores"
echo "  JAVA_OPTS=$JAVA_OPTS, medians of $repeats runs; load average $load_before before, $load_after after"
printf "  %-44s %7s %7s %8s\n" "" "wall s" "cpu s" "RSS MB"
row cat "cat of every GeoTIFF"
row decode "each GeoTIFF decoded once (one thread)" rss
row import_q1 "bin/dlinsar import --format licsar, 1 thread" rss
row import_q2 "bin/dlinsar import --format licsar, 2 threads" rss
echo "  import / decoding once: $(ratio import_q1 decode) on 1 thread, $(ratio import_q2 decode) on 2"
