#!/usr/bin/env bash
# JMH benchmarks of the gradient-stacking kernels on one tile, one core (GradientKernelBenchmark).
#   bench/kernels.sh [benchmark] [JMH options]        e.g. bench/kernels.sh wrappedGradient -p height=66
# benchmark: a method name, or a regular expression of method names (default: all of them).
# Scores are microseconds per tile; divide by width x height for nanoseconds per sample.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && mvn -q -DskipTests package -pl snap-dlinsar-bench -am) >&2
bench="$root/snap-dlinsar-bench/target"
benchmarks=GradientKernelBenchmark
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  benchmarks="GradientKernelBenchmark\.($1)\$"
  shift
fi
exec java -cp "$(ls "$bench"/snap-dlinsar-bench-*.jar | head -n 1):$bench/lib/*" \
  org.openjdk.jmh.Main "$benchmarks" "$@"
