#!/usr/bin/env bash
# JMH benchmarks of the detection kernels on a frame in memory (DetectKernelBenchmark).
#   bench/detect-kernels.sh [benchmark] [JMH options]        e.g. bench/detect-kernels.sh 'localNoise.*' -p size=2048
# benchmark: a method name, or a regular expression of method names (default: all of them).
# Scores are milliseconds per frame of size x size pixels (per bowl and interferogram for localNoise*).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && mvn -q -DskipTests package -pl snap-dlinsar-bench -am) >&2
bench="$root/snap-dlinsar-bench/target"
benchmarks=DetectKernelBenchmark
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  benchmarks="DetectKernelBenchmark\.($1)\$"
  shift
fi
exec java -cp "$(ls "$bench"/snap-dlinsar-bench-*.jar | head -n 1):$bench/lib/*" \
  org.openjdk.jmh.Main "$benchmarks" "$@"
