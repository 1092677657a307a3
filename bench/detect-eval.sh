#!/usr/bin/env bash
# DL-Detect against the simulator's truth over several seeds: recall, precision and lookalikes
# per minScore (issue 9, point 4). Usage:
#   bench/detect-eval.sh [--compare] preset LANDSLIDE|SUBSIDENCE firstSeed seeds [dates neighbours]
#   e.g. bench/detect-eval.sh landslides LANDSLIDE 1001 10
# --compare: methods CLASSICAL and DL on the same stacks, a table each (issue 12).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && mvn -q -DskipTests package -pl snap-dlinsar-bench -am) >&2
bench="$root/snap-dlinsar-bench/target"
# shellcheck disable=SC2086
exec java -Djava.awt.headless=true -Djava.util.logging.config.file=/dev/null ${JAVA_OPTS:--Xmx4g} \
  -cp "$(ls "$bench"/snap-dlinsar-bench-*.jar | head -n 1):$bench/lib/*" \
  org.dlinsar.bench.DetectionEvaluation "$@"
