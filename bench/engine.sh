#!/usr/bin/env bash
# The headless engine against the machine (issue 8), side by side in one run, each figure the
# median of whole-process runs (page cache warm, dirty pages synced before each run):
#   copy      Read -> Write (graphs/copy.xml), and the same in a warm JVM, against cp -r
#   stack     graphs/gradient-stack.xml (DL-Mask + Phase-Gradient-Stack + BandSelect + Write of the
#             4 bands it adds), the same chain through the API (NewBandsRun), two numpy peers
#             (bench/gradient_stack_peer.py): the issue's (the stack alone, window 1, no mask) and
#             one doing the graph's work (Otsu mask, window 7, standard error; how far its rates lie
#             from the graph's is printed), cat of the i/q/coh files the stack reads
#   JIT       CPU seconds the JIT compilers spent in one graph run (-XX:+CITime)
#   threads   -q 1 against -q 2, beside what the machine gives a perfectly parallel loop now, and
#             the cores each kept busy (CPU s / wall s), which load distorts less than wall time;
#             CPU seconds (user + sys); peak RSS at a fixed heap
#
#   bench/engine.sh [width height dates repeats]     (default 1024 1024 18 3: 33 interferograms,
#                                                     473 MB; about 2 minutes on 2 cores)
# JAVA_OPTS: JVM options of every Java run (default -Xmx2g, the heap the RSS figures are at).
# JAVA_HOME: the JDK of every Java run, as for bin/dlinsar (default: java on the PATH); from JDK 25
#   bin/dlinsar runs with an AOT cache (README, "Command line" and "Benchmarks").
# BENCH_DIR: where the simulated stack is kept between runs (default $TMPDIR/dlinsar-bench-engine).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
width="${1:-1024}"
height="${2:-1024}"
dates="${3:-18}"
repeats="${4:-3}"
script=bench/engine.sh
# shellcheck source=bench/runs.sh
. "$root/bench/runs.sh"
positive_integers "bench/engine.sh [width height dates repeats]" "width=$width" "height=$height" "dates=$dates" \
  "repeats=$repeats"
export JAVA_OPTS="${JAVA_OPTS:--Xmx2g}"
keep="${BENCH_DIR:-${TMPDIR:-/tmp}/dlinsar-bench-engine}/stack-${width}x${height}x${dates}"
work="$(mktemp -d "${TMPDIR:-/tmp}/dlinsar-engine.XXXXXX")"
trap 'rm -rf "$work"' EXIT

launcher_and_bench_jars
peer=yes
python3 -c 'import numpy' 2>/dev/null || peer="no (python3 with numpy not found: pip install numpy)"

stack="$keep/stack.dim"
if [ ! -f "$stack" ]; then
  mkdir -p "$keep"
  echo "simulating the stack into $keep (kept for the next run)..." >&2
  # simulate's own line says what it refused (a size or date count out of its range)
  "$dlinsar" simulate --width "$width" --height "$height" --dates "$dates" --pairs 2 -o "$stack" >"$work/simulate.log" 2>&1 || {
    echo "bench/engine.sh: simulating the stack failed: $(grep -m 1 '^Error' "$work/simulate.log" || tail -n 1 "$work/simulate.log")" >&2
    rmdir "$keep" 2>/dev/null || true
    exit 1
  }
fi
data="$keep/stack.data"
ifgs=$(ls "$data" | grep -c '^i_ifg_.*\.img$')
bands=( "$data"/*.img )
read_bands=( "$data"/i_ifg_*.img "$data"/q_ifg_*.img "$data"/coh_*.img )
cat "${bands[@]}" >/dev/null
# bin/dlinsar records its class-sharing archive on its first processing run: not a timed one
"$dlinsar" "$root/graphs/copy.xml" -Pinput="$stack" -Poutput="$work/warm.dim" >/dev/null 2>&1
rm -rf "$work/warm.dim" "$work/warm.data"

# timed <case> <command...>: NewBandsRun's run, keeping its own figure as well: the tiles' part,
# after the single-threaded setup
timed() {
  run "$@"
  sed -n 's/.*compute and write \([0-9.]*\) s.*/\1 0 0/p' "$work/log" >>"$work/$1.tiles"
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
for ((r = 0; r < repeats; r++)); do
  run cat_all cat "${bands[@]}"
  run cat_read cat "${read_bands[@]}"
  run cp sh -c 'cp -r "$1" "$2/copy.data" && cp "$3" "$2/copy.dim"' cp "$data" "$work/out" "$stack"
  run jvm "$dlinsar" -h
  run copy "$dlinsar" "$root/graphs/copy.xml" -Pinput="$stack" -Poutput="$work/out/copy.dim"
  # shellcheck disable=SC2086
  "$java" -Djava.awt.headless=true $JAVA_OPTS -cp "$bench_cp" org.dlinsar.bench.CopyPasses "$stack" "$work/out" 3 |
    sed -n 's/last pass \([0-9.]*\) s/\1 0 0/p' >>"$work/copy_warm"
  if [ "$peer" = yes ]; then
    run peer python3 "$root/bench/gradient_stack_peer.py" "$stack" "$work/out/peer"
    run peer_like python3 "$root/bench/gradient_stack_peer.py" --like-graph "$stack" "$work/out/peer"
    cp "$work/out/peer/grad_az.img" "$work/grad_az_peer.img"
  fi
  for q in 1 2; do
    run "cpu_q$q" "$java" -cp "$bench_cp" org.dlinsar.bench.CpuScaling "$q"
    run "graph_q$q" "$dlinsar" "$root/graphs/gradient-stack.xml" -q "$q" -Pinput="$stack" -Poutput="$work/out/grad.dim"
    cp "$work/out/grad.data/grad_az.img" "$work/grad_az_q$q.img"
    # shellcheck disable=SC2086
    timed "new_q$q" "$java" -Djava.awt.headless=true -Dsnap.parallelism="$q" $JAVA_OPTS -cp "$bench_cp" \
      org.dlinsar.bench.NewBandsRun "$stack" "$work/out/new.dim"
  done
done
rm -rf "$work/out"
JAVA_OPTS="$JAVA_OPTS -XX:+CITime" "$dlinsar" "$root/graphs/gradient-stack.xml" -q 2 -Pinput="$stack" \
  -Poutput="$work/jit.dim" >"$work/jit.log" 2>&1
jit_s="$(sed -n 's/^ *Total compilation time *: *\([0-9.]*\) s.*/\1/p' "$work/jit.log" | head -n 1)"
load_after="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"

row() {
  local rss="-"
  [ "${3:-}" = rss ] && rss="$(median "$1" 3)"
  printf "  %-50s %7.2f %7.2f %8s\n" "$2" "$(median "$1" 1)" "$(median "$1" 2)" "$rss"
}
busy() {
  awk -v c="$(median "$1" 2)" -v w="$(median "$1" 1)" 'BEGIN { printf "%.2f", c / w }'
}
mb=$(du -sm "$data" | cut -f1)
read_mb=$(du -cm "${read_bands[@]}" | tail -1 | cut -f1)
echo "engine benchmark: ${width} x ${height}, ${dates} dates, ${ifgs} interferograms, ${#bands[@]} band files" \
  "(${mb} MB; the stack reads ${read_mb} MB), $(nproc) cores"
echo "  JAVA_OPTS=$JAVA_OPTS, medians of $repeats runs; load average $load_before before, $load_after after"
echo "  java $("$java" -version 2>&1 | head -1 | cut -d'"' -f2), numpy peer: $peer"
printf "  %-50s %7s %7s %8s\n" "" "wall s" "cpu s" "RSS MB"
row cat_all "cat of every band file"
row cat_read "cat of the i/q/coh files (what the stack reads)"
row cp "cp -r of the product"
row jvm "bin/dlinsar -h (JVM start)" rss
row copy "Read -> Write copy (graphs/copy.xml)" rss
printf "  %-50s %7.2f\n" "the same copy in a warm JVM (3rd pass, CopyPasses)" "$(median copy_warm 1)"
if [ "$peer" = yes ]; then
  row peer "numpy peer: stack alone, window 1, no mask" rss
  row peer_like "numpy peer doing the graph's work (4 bands)" rss
fi
row graph_q1 "gradient-stack.xml -q 1 (writes its 4 bands)" rss
row graph_q2 "gradient-stack.xml -q 2 (writes its 4 bands)" rss
row new_q1 "same chain -q 1 in one JVM (NewBandsRun)" rss
row new_q2 "same chain -q 2 in one JVM (NewBandsRun)" rss
identical="differ"
cmp -s "$work/grad_az_q1.img" "$work/grad_az_q2.img" && identical="identical"
echo "  copy / cp -r                          $(ratio copy cp)   (goal <= 3; in a warm JVM $(ratio copy_warm cp))"
echo "  speed-up -q 1 / -q 2: the graph       $(ratio graph_q1 graph_q2)   (goal >= 1.6; grad_az $identical)"
echo "                        NewBandsRun     $(ratio new_q1 new_q2)"
echo "                        new bands, tiles $(ratio new_q1.tiles new_q2.tiles)   ($(median new_q1.tiles 1) s / $(median new_q2.tiles 1) s after the one-thread setup)"
echo "                        parallel loop   $(ratio cpu_q1 cpu_q2)   (CpuScaling: what 2 threads get on this machine now)"
echo "  cores kept busy -q 2 (cpu s / wall s): graph $(busy graph_q2), parallel loop $(busy cpu_q2); -q 1: graph $(busy graph_q1)"
if [ "$peer" = yes ]; then
  echo "  graph -q 2 / numpy peer: wall         $(ratio graph_q2 peer)   (goal <= 1)"
  echo "                           CPU s        $(awk -v a="$(median graph_q2 2)" -v b="$(median peer 2)" 'BEGIN { printf "%.2f", a / b }')"
  echo "                           NewBandsRun  $(ratio new_q2 peer)"
  echo "  graph -q 2 / numpy peer doing its work: $(ratio graph_q2 peer_like)   (grad_az apart by $(python3 -c '
import sys, numpy as np
a, b = (np.fromfile(f, ">f4") for f in sys.argv[1:])
both = np.isfinite(a) & np.isfinite(b)
print(f"{np.percentile(np.abs(a[both] - b[both]), 99):.1e} rad/px/yr at the 99th percentile, on {both.mean():.0%} of the pixels")
' "$work/grad_az_q2.img" "$work/grad_az_peer.img"))"
fi
echo "  JIT compilers in one graph run (-q 2): ${jit_s:-?} CPU s"
echo "  graph -q 2 / cat of i/q/coh: $(ratio graph_q2 cat_read)   (goal <= 3; NewBandsRun $(ratio new_q2 cat_read))"
