#!/usr/bin/env bash
# The classical unwrapper (DL-Unwrap method=CLASSICAL): seconds per megapixel on all cores, peak
# heap and success against the simulator's truth, per raster size and tile size (issue 10,
# point 1: <= 5 s/Mpx on 2 cores at 1 and 4 Mpx). Usage:
#   bench/unwrap.sh [sizes tiles repeats seed]      default: 1024,2048, DL-Unwrap's tile (512), 3 repeats, seed 7
#   bench/unwrap.sh 1024 128,256,512 3              the tile-size table of README.md
set -euo pipefail
export JAVA_OPTS="${JAVA_OPTS:--Xmx6g}"
exec "$(dirname "${BASH_SOURCE[0]}")/java.sh" UnwrapBenchmark "$@"
