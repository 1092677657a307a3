#!/usr/bin/env bash
# Phase-Gradient-Stack throughput against reading the same bands (issue 3, point 6).
#   bench/gradient-stack.sh [--warm-only] [width height interferograms repeats [window]]    (default 1024 1024 32 3, the default window)
# Two passes: with the stack in the page cache, then from disk, for which it drops the page cache
# (/proc/sys/vm/drop_caches, root only) before each read: the whole machine's, which slows
# everyone else on a shared machine. --warm-only leaves the pass from disk out (the default, and
# the figures the README gives from disk, keep it).
# JAVA_OPTS passes JVM options (default -Xmx4g, the parallel collector and, where the kernel gives
# them on request, transparent huge pages, as bin/dlinsar runs; its compiler setting does not
# matter after the warm-up passes); -Dsnap.parallelism=N sets the thread count.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && mvn -q -DskipTests package -pl snap-dlinsar-bench -am) >&2
bench="$root/snap-dlinsar-bench/target"
defaults="-Xmx4g -XX:+UseParallelGC"
if grep -qs '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled; then
  defaults="$defaults -XX:+UseTransparentHugePages"
fi
# shellcheck disable=SC2086
exec java -Djava.awt.headless=true -Djava.util.logging.config.file="$root/bench/logging.properties" ${JAVA_OPTS:-$defaults} \
  -cp "$(ls "$bench"/snap-dlinsar-bench-*.jar | head -n 1):$bench/lib/*" \
  org.dlinsar.bench.GradientStackBenchmark "$@"
