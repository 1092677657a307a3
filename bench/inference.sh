#!/usr/bin/env bash
# Tiled ONNX inference on the CPU, megapixels per second at 1 and 4 Mpx, one thread per call and
# on every thread (README, Models: how the operators call their models), for the test network of
# snap-dlinsar-models/training/make_test_fixture.py (two 3x3 convolutions; its card: tiles of 64,
# halo 4, batch 4) or another model. Usage:
#   bench/inference.sh [model.onnx task [runs]]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
model="${1:-$root/snap-dlinsar-operators/src/test/resources/org/dlinsar/inference/tiny-fcn.onnx}"
task="${2:-fixture}"
runs="${3:-5}"
(cd "$root" && mvn -q -DskipTests package -pl snap-dlinsar-bench -am) >&2
bench="$root/snap-dlinsar-bench/target"
# shellcheck disable=SC2086
exec java -Djava.awt.headless=true -Djava.util.logging.config.file="$root/bench/logging.properties" ${JAVA_OPTS:--Xmx4g} \
  -cp "$(ls "$bench"/snap-dlinsar-bench-*.jar | head -n 1):$bench/lib/*" \
  org.dlinsar.bench.InferenceBenchmark "$model" "$task" "$runs"
