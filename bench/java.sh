#!/usr/bin/env bash
# Builds the bench module (and what it needs) quietly, then runs one of its classes:
#   bench/java.sh ClassName [args...]      e.g. bench/java.sh OracleDetectability mixed 30001 100
#   bench/java.sh org.dlinsar.imports.GammaLookupCheck ...  (a class of another package, full name)
# JAVA_OPTS replaces the default -Xmx4g.
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: bench/java.sh ClassName [args...]   (a class of org.dlinsar.bench, or a full class name)" >&2
  exit 2
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && mvn -q -DskipTests package -pl snap-dlinsar-bench -am) >&2
bench="$root/snap-dlinsar-bench/target"
class="$1"
shift
# a class outside org.dlinsar.bench is given by its full name
case "$class" in *.*) main="$class" ;; *) main="org.dlinsar.bench.$class" ;; esac
# shellcheck disable=SC2086
exec java -Djava.awt.headless=true -Djava.util.logging.config.file="$root/bench/logging.properties" ${JAVA_OPTS:--Xmx4g} \
  -cp "$(ls "$bench"/snap-dlinsar-bench-*.jar | head -n 1):$bench/lib/*" \
  "$main" "$@"
