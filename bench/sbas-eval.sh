#!/usr/bin/env bash
# Local-SBAS against the simulator's truth per margin (issue 10): the true sites are the
# detections; median velocity error, series RMSE and seconds per margin.
#   bench/sbas-eval.sh [preset dates pairs|r<k> classical|oracle margins seeds...]
#   (r<k>: every date paired with date k, a single-reference stack)
#   (default: landslides 31 3 classical 8,16,32,48 1001 1002)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && mvn -q -DskipTests package -pl snap-dlinsar-bench -am) >&2
bench="$root/snap-dlinsar-bench/target"
if [ $# -eq 0 ]; then set -- landslides 31 3 classical 8,16,32,48 1001 1002; fi
# shellcheck disable=SC2086
exec java -Djava.awt.headless=true -Djava.util.logging.config.file="$root/bench/logging.properties" ${JAVA_OPTS:--Xmx3g} \
  -cp "$(ls "$bench"/snap-dlinsar-bench-*.jar | head -n 1):$bench/lib/*" \
  org.dlinsar.bench.SbasEval "$@"
