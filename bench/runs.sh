# Sourced by the bench scripts that time whole-process runs and print medians (bench/engine.sh,
# bench/import.sh). The caller sets $root (the repository), $script (its name, for messages) and,
# before its runs, $work (a scratch folder).

# positive_integers <usage> <name=value>...: stops the script (status 2), naming the argument and
# the usage, unless every value is a positive integer
positive_integers() {
  local usage="$1" arg
  shift
  for arg in "$@"; do
    [[ "${arg#*=}" =~ ^[1-9][0-9]*$ ]] || {
      echo "$script: ${arg%%=*} must be a positive integer, got '${arg#*=}'; usage: $usage" >&2
      exit 2
    }
  done
}

# launcher_and_bench_jars: checks for GNU time, sets $dlinsar, $java ($JAVA_HOME's where it has one)
# and $bench_cp (snap-dlinsar-bench's jar and libraries), building the jars first when they are stale
launcher_and_bench_jars() {
  [ -x /usr/bin/time ] || { echo "$script needs GNU time (/usr/bin/time)" >&2; exit 1; }
  dlinsar="$root/bin/dlinsar"
  java="java"
  [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && java="$JAVA_HOME/bin/java"
  "$dlinsar" -h >/dev/null # builds the jars first when they are stale (mvn clean package)
  (cd "$root" && mvn -q -DskipTests package -pl snap-dlinsar-bench -am) >&2
  local bench="$root/snap-dlinsar-bench/target"
  bench_cp="$(ls "$bench"/snap-dlinsar-bench-*.jar | head -n 1):$bench/lib/*"
}

# run <case> <command...>: one timed run, in an empty $work/out, dirty pages synced first; appends
# "wall cpu rss_mb" to $work/<case>, its output to $work/log; a failure stops the script
run() {
  local name="$1"
  shift
  rm -rf "$work/out"
  mkdir -p "$work/out"
  sync
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/log" 2>&1 || {
    echo "$script: '$*' failed:" >&2
    tail -5 "$work/log" >&2
    exit 1
  }
  awk '{ printf "%.3f %.3f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$work/time" >>"$work/$name"
}

# median <case> <column>: 1 wall s, 2 cpu s, 3 peak RSS MB
median() {
  cut -d' ' -f"$2" "$work/$1" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# ratio <case> <case>: the first's median wall time over the second's
ratio() {
  awk -v a="$(median "$1" 1)" -v b="$(median "$2" 1)" 'BEGIN { printf "%.2f", a / b }'
}
