#!/usr/bin/env bash
# Which visible landslides a matched filter that knows each slide's true pattern finds above the
# background's strongest response (issue 12): an upper bound on detectors' visible recall.
#   bench/oracle.sh preset firstSeed seeds [dates neighbours] > oracle.txt
#   then: bench/oracle_recall.py oracle.txt dump.jsonl 0.5   (dump: detect-eval.sh --compare --dump)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && mvn -q -DskipTests package -pl snap-dlinsar-bench -am) >&2
bench="$root/snap-dlinsar-bench/target"
# shellcheck disable=SC2086
exec java -Djava.awt.headless=true -Djava.util.logging.config.file=/dev/null ${JAVA_OPTS:--Xmx4g} \
  -cp "$(ls "$bench"/snap-dlinsar-bench-*.jar | head -n 1):$bench/lib/*" \
  org.dlinsar.bench.OracleDetectability "$@"
