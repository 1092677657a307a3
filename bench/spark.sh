#!/usr/bin/env bash
# bin/dlinsar-spark against bin/dlinsar on one simulated stack (issue 15): a graph on the whole
# frame on one machine, then by tiles on Spark in local[1] and local[2]; prints wall and CPU
# seconds, peak memory (the one JVM: in local mode the driver is the executor), Spark's stage
# times, the speed-up local[1] / local[2], and whether every band file and every CSV beside the
# product (detections, time series) is the same to the byte as the one machine's.
#
#   bench/spark.sh [width height dates tile]     (default 1024 1024 18 512: 33 interferograms)
# GRAPH: the graph (default graphs/gradient-stack.xml; graphs/detection-first.xml runs the chain)
# PAIRS: each date paired with its next PAIRS dates (default 2)
# BENCH_DIR: where the simulated stack is kept between runs (default $TMPDIR/dlinsar-bench-spark;
#   bench/engine.sh's stacks can be shared by pointing both at one folder).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
width="${1:-1024}"
height="${2:-1024}"
dates="${3:-18}"
tile="${4:-512}"
pairs="${PAIRS:-2}"
for arg in "width=$width" "height=$height" "dates=$dates" "tile=$tile" "PAIRS=$pairs"; do
  [[ "${arg#*=}" =~ ^[1-9][0-9]*$ ]] || {
    echo "bench/spark.sh: ${arg%%=*} must be a positive integer, got '${arg#*=}'; usage: bench/spark.sh [width height dates tile]" >&2
    exit 2
  }
done
keep="${BENCH_DIR:-${TMPDIR:-/tmp}/dlinsar-bench-spark}/stack-${width}x${height}x${dates}$([ "$pairs" = 2 ] || echo "p$pairs")"
work="$(mktemp -d "${TMPDIR:-/tmp}/dlinsar-spark.XXXXXX")"
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "bench/spark.sh needs GNU time (/usr/bin/time)" >&2; exit 1; }

stack="$keep/stack.dim"
if [ ! -f "$stack" ]; then
  mkdir -p "$keep"
  echo "simulating the stack into $keep (kept for the next run)..." >&2
  # simulate's own line says what it refused (a size or date count out of its range)
  "$root/bin/dlinsar" simulate --width "$width" --height "$height" --dates "$dates" --pairs "$pairs" -o "$stack" >"$work/simulate.log" 2>&1 || {
    echo "bench/spark.sh: simulating the stack failed: $(grep -m 1 '^Error' "$work/simulate.log" || tail -n 1 "$work/simulate.log")" >&2
    rmdir "$keep" 2>/dev/null || true
    exit 1
  }
fi
"$root/bin/dlinsar-spark" -h >/dev/null # builds the jars first when they are stale
# bin/dlinsar records its class-sharing archive on its first processing run: not a timed one
"$root/bin/dlinsar" "$root/graphs/copy.xml" -Pinput="$stack" -Poutput="$work/warm.dim" >/dev/null 2>&1
rm -rf "$work/warm.dim" "$work/warm.data"
graph="${GRAPH:-$root/graphs/gradient-stack.xml}"

timed() { # timed <name> <command...>: runs it, keeps its output and "wall cpu" in $work/<name>.*
  local name="$1"
  shift
  sync
  /usr/bin/time -f "%e %U %S %M" -o "$work/$name.time" "$@" >"$work/$name.log" 2>&1 || {
    echo "bench/spark.sh: '$*' failed:" >&2
    tail -5 "$work/$name.log" >&2
    exit 1
  }
}
timed single "$root/bin/dlinsar" "$graph" -Pinput="$stack" -Poutput="$work/single.dim"
for slots in 1 2; do
  timed "spark$slots" "$root/bin/dlinsar-spark" "$graph" -Pinput="$stack" -Poutput="$work/spark$slots.dim" \
    --master "local[$slots,4]" --tile "$tile"
done

same="identical"
for img in "$work"/single.data/*.img; do
  for slots in 1 2; do
    cmp -s "$img" "$work/spark$slots.data/$(basename "$img")" || same="DIFFERENT ($(basename "$img"), local[$slots])"
  done
done
for csv in "$work"/single.*.csv; do
  [ -f "$csv" ] || continue
  for slots in 1 2; do
    cmp -s "$csv" "$work/spark$slots.${csv#"$work"/single.}" || same="DIFFERENT ($(basename "$csv"), local[$slots])"
  done
done
wall() { cut -d' ' -f1 "$work/$1.time"; }
cpu() { awk '{ printf "%.2f", $2 + $3 }' "$work/$1.time"; }
rss() { awk '{ printf "%.0f", $4 / 1024 }' "$work/$1.time"; }
echo "spark benchmark: $(basename "$graph"), ${width} x ${height}, ${dates} dates ($(ls "$keep/stack.data" | grep -c '^i_ifg_.*\.img$') interferograms), tile $tile, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf "  %-34s %7s %7s %8s\n" "" "wall s" "cpu s" "peak MB"
printf "  %-34s %7s %7s %8s\n" "bin/dlinsar (one JVM, -q default)" "$(wall single)" "$(cpu single)" "$(rss single)"
for slots in 1 2; do
  printf "  %-34s %7s %7s %8s   %s\n" "bin/dlinsar-spark local[$slots,4]" "$(wall "spark$slots")" "$(cpu "spark$slots")" \
    "$(rss "spark$slots")" \
    "$(sed -n 's/.* in \([0-9.]* s (.*)\)$/\1/p' "$work/spark$slots.log")"
done
echo "  speed-up local[1] / local[2]: $(awk -v a="$(wall spark1)" -v b="$(wall spark2)" 'BEGIN { printf "%.2f", a / b }')"
echo "  band files and CSVs against bin/dlinsar's: $same"
