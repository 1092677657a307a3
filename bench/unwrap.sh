#!/usr/bin/env bash
# The classical unwrapper (DL-Unwrap method=CLASSICAL): seconds per megapixel on all cores, peak
# heap and success against the simulator's truth, per raster size and tile size (issue 10,
# point 1: <= 5 s/Mpx on 2 cores at 1 and 4 Mpx). Usage:
#   bench/unwrap.sh [sizes tiles repeats seed]      default: 1024,2048 256 3 7
#   bench/unwrap.sh 1024 128,256,512 3              the tile-size table of README.md
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && mvn -q -DskipTests package -pl snap-dlinsar-bench -am) >&2
bench="$root/snap-dlinsar-bench/target"
# shellcheck disable=SC2086
exec java -Djava.awt.headless=true -Djava.util.logging.config.file=/dev/null ${JAVA_OPTS:--Xmx6g} \
  -cp "$(ls "$bench"/snap-dlinsar-bench-*.jar | head -n 1):$bench/lib/*" \
  org.dlinsar.bench.UnwrapBenchmark "$@"
