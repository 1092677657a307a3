#!/usr/bin/env bash
# Detection-first (Phase-Gradient-Stack + DL-Detect + Local-SBAS on patches) against full-frame
# SBAS (Local-SBAS scope=FULL) on one simulated stack (issue 10): times, their ratio, and the
# velocity at each detection's peak from both runs and the truth.
#   bench/sbas.sh [width height dates pairs margin]    (default 1024 1024 60 2 32)
# The stack is simulated once into ${SBAS_BENCH_DIR:-/tmp/dlinsar-sbas-bench} and kept; the
# products both runs write there (out/: velocity, displacements, residual, time series; as large as
# the stack for the full frame) are only written to be timed and read back for the velocities, so
# they are removed when the run ends, also by Ctrl-C or an error (a run killed otherwise leaves
# them to the next run, which removes them first).
# JAVA_OPTS passes JVM options; -Dsnap.parallelism=N sets the thread count.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
w=${1:-1024}; h=${2:-1024}; dates=${3:-60}; pairs=${4:-2}; margin=${5:-32}
dir="${SBAS_BENCH_DIR:-/tmp/dlinsar-sbas-bench}/landslides_${w}x${h}_${dates}d_${pairs}p"
(cd "$root" && mvn -q -DskipTests package -pl snap-dlinsar-bench,snap-dlinsar-cli -am) >&2
if [ ! -f "$dir/stack.dim" ]; then
  mkdir -p "$dir"
  "$root/bin/dlinsar" simulate --preset landslides --seed 7 --width "$w" --height "$h" \
    --dates "$dates" --pairs "$pairs" -o "$dir/stack.dim" >&2
fi
bench="$root/snap-dlinsar-bench/target"
out="$dir/out"
rm -rf "$out" # left by a run that was killed before its trap ran
trap 'rm -rf "$out"' EXIT
# shellcheck disable=SC2086
java -Djava.awt.headless=true -Djava.util.logging.config.file="$root/bench/logging.properties" ${JAVA_OPTS:--Xmx6g} \
  -cp "$(ls "$bench"/snap-dlinsar-bench-*.jar | head -n 1):$bench/lib/*" \
  org.dlinsar.bench.SbasBenchmark "$dir/stack.dim" "$out" "$margin"
