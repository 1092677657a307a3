#!/usr/bin/env bash
# JMH benchmarks of the gradient-stacking kernels on one tile, one core (GradientKernelBenchmark).
#   bench/kernels.sh [JMH options]        e.g. bench/kernels.sh -p height=66 -f 1 -i 3
# Scores are microseconds per tile; divide by width x height for nanoseconds per sample.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && mvn -q -DskipTests package -pl snap-dlinsar-bench -am) >&2
bench="$root/snap-dlinsar-bench/target"
exec java -cp "$(ls "$bench"/snap-dlinsar-bench-*.jar | head -n 1):$bench/lib/*" \
  org.openjdk.jmh.Main GradientKernelBenchmark "$@"
