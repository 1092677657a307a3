#!/usr/bin/env bash
# JMH benchmarks of the detection kernels on a frame in memory (DetectKernelBenchmark).
#   bench/detect-kernels.sh [JMH options]        e.g. bench/detect-kernels.sh -p size=2048
# Scores are milliseconds per frame of size x size pixels.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && mvn -q -DskipTests package -pl snap-dlinsar-bench -am) >&2
bench="$root/snap-dlinsar-bench/target"
exec java -cp "$(ls "$bench"/snap-dlinsar-bench-*.jar | head -n 1):$bench/lib/*" \
  org.openjdk.jmh.Main DetectKernelBenchmark "$@"
