#!/usr/bin/env bash
# Landslide contrast of Phase-Gradient-Stack per window against the simulator's truth (issue 9).
#   bench/window-eval.sh [size [seeds...]]    (default 256 1 2 3)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && mvn -q -DskipTests package -pl snap-dlinsar-bench -am) >&2
bench="$root/snap-dlinsar-bench/target"
# shellcheck disable=SC2086
exec java -Djava.awt.headless=true -Djava.util.logging.config.file="$root/bench/logging.properties" ${JAVA_OPTS:--Xmx2g} \
  -cp "$(ls "$bench"/snap-dlinsar-bench-*.jar | head -n 1):$bench/lib/*" \
  org.dlinsar.bench.WindowEval "$@"
