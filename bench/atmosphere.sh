#!/usr/bin/env bash
# The simulator's atmosphere beside a real stack's: each interferogram's phase spread after a
# plane, over the presets' interferograms with the atmosphere alone and over the unwrapped
# interferograms of a real stack (GAMMA float32 .unw, as PyRate's ENVISAT Sydney data):
#   bench/atmosphere.sh [path/to/sydney_envisat_pyrate/gamma_obs 47 72]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && mvn -q -DskipTests package -pl snap-dlinsar-bench -am) >&2
bench="$root/snap-dlinsar-bench/target"
# shellcheck disable=SC2086
exec java -Djava.awt.headless=true -Djava.util.logging.config.file="$root/bench/logging.properties" ${JAVA_OPTS:--Xmx2g} \
  -cp "$(ls "$bench"/snap-dlinsar-bench-*.jar | head -n 1):$bench/lib/*" \
  org.dlinsar.bench.AtmosphereAmplitude "$@"
