#!/usr/bin/env bash
# The gradient stack and DL-Detect on a real stack of unwrapped interferograms (PyRate's test
# data, wrapped again): grad_count, |grad| and its significance, detections with and without
# grad_stderr, SUBSIDENCE. The data stay outside the repository (github.com/GeoscienceAustralia/
# PyRate, tests/test_data: cropA for Mexico City, the ENVISAT set for Sydney); give their folder:
#   bench/real-stack.sh path/to/mexico_city_s1_pyrate
#   JAVA_OPTS=-Dcoherence=false bench/real-stack.sh path/to/sydney_envisat_pyrate 47 72
# (the Sydney coherence is synthetic: every sample gets coherence 1 and no mask). Both stacks
# come with their DEM and lon/lat grid, so LANDSLIDE runs with its slope filter (and once without).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && mvn -q -DskipTests package -pl snap-dlinsar-bench -am) >&2
bench="$root/snap-dlinsar-bench/target"
# shellcheck disable=SC2086
exec java -Djava.awt.headless=true -Djava.util.logging.config.file="$root/bench/logging.properties" ${JAVA_OPTS:-} \
  -cp "$(ls "$bench"/snap-dlinsar-bench-*.jar | head -n 1):$bench/lib/*" \
  org.dlinsar.bench.RealStackCheck "$@"
