#!/usr/bin/env bash
# DL-Detect's time against the gradient stack it reads, per megapixel, and per interferogram in
# SUBSIDENCE mode (issue 9, point 5), and of its landslide network (method DL, issue 12).
#   bench/detect.sh [width height interferograms repeats]    (default 1024 1024 32 3)
# JAVA_OPTS passes JVM options; -Dsnap.parallelism=N sets the thread count.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && mvn -q -DskipTests package -pl snap-dlinsar-bench -am) >&2
bench="$root/snap-dlinsar-bench/target"
# shellcheck disable=SC2086
exec java -Djava.awt.headless=true -Djava.util.logging.config.file=/dev/null ${JAVA_OPTS:--Xmx4g} \
  -cp "$(ls "$bench"/snap-dlinsar-bench-*.jar | head -n 1):$bench/lib/*" \
  org.dlinsar.bench.DetectBenchmark "$@"
