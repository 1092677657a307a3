#!/usr/bin/env bash
# A stop at any moment leaves the previous outputs as they were (README, "Exit status"): runs
# bin/dlinsar's whole chain (graphs/detection-first.xml: the product and the detections and time
# series beside it) over a product it wrote before, sends SIGTERM (or SIGINT) after a random delay
# within a full run's time, and checks what is left: exit 143 (130) with every file of the previous
# outputs byte for byte and nothing else (no staged, hidden, lock or backup file), or exit 0 with
# the new outputs whole (the signal came after the run) and nothing hidden left either.
#   bench/stop-anywhere.sh [--spark] [runs signal width height dates seed]   (default 20 TERM 256 256 12 1)
# --spark runs the same graph with bin/dlinsar-spark (--master local[2] --tile 128) and checks too
# that a stopped run says so in its one line, 'dlinsar-spark: stopped (exit status N)', and nothing
# on standard output, that a finished one wrote no such line, and that no tile folder is left
# (CONTRACT.md section 7).
# Not a timing: a check of the stop guarantees at moments a unit test does not choose, for a
# machine with time to spare (each run is a JVM and a chain, 5 to 15 s). The folder is
# ${STOP_ANYWHERE_DIR:-/tmp/dlinsar-stop-anywhere}; it is removed when the script ends.
set -euo pipefail
spark=false
if [ "${1:-}" = --spark ]; then
  spark=true
  shift
fi
runs=${1:-20}; signal=${2:-TERM}; w=${3:-256}; h=${4:-256}; dates=${5:-12}; seed=${6:-1}
case "$signal" in
  TERM) stopped=143 ;;
  INT) stopped=130 ;;
  *) echo "bench/stop-anywhere.sh: signal must be TERM or INT, not '$signal'" >&2; exit 2 ;;
esac
for n in "$runs" "$w" "$h" "$dates" "$seed"; do
  case "$n" in ''|*[!0-9]*) echo "bench/stop-anywhere.sh: '$n' is not a whole number (runs width height dates seed)" >&2; exit 2 ;; esac
done
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if $spark; then
  (cd "$root" && mvn -q -DskipTests package -pl snap-dlinsar-cli,snap-dlinsar-spark -am) >&2
else
  (cd "$root" && mvn -q -DskipTests package -pl snap-dlinsar-cli -am) >&2
fi
dir="${STOP_ANYWHERE_DIR:-/tmp/dlinsar-stop-anywhere}"
rm -rf "$dir"
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/out"
"$root/bin/dlinsar" simulate --preset mixed --seed "$seed" --width "$w" --height "$h" --dates "$dates" \
  -o "$dir/stack.dim" > /dev/null 2>&1
# exec: the signal goes to the JVM (bin/dlinsar execs java), not to a shell around it
chain() {
  if $spark; then
    exec "$root/bin/dlinsar-spark" "$root/graphs/detection-first.xml" -Pinput="$dir/stack.dim" \
      -Poutput="$dir/out/chain.dim" --master 'local[2]' --tile 128
  fi
  exec "$root/bin/dlinsar" "$root/graphs/detection-first.xml" -Pinput="$dir/stack.dim" -Poutput="$dir/out/chain.dim"
}
# --spark: what the run said is the contract's for how it ended (bin/dlinsar says nothing of a stop)
said_right() {
  $spark || return 0
  local lines
  lines=$(grep '^dlinsar-spark:' "$dir/run.log" || true)
  if [ "$1" = "$stopped" ]; then
    [ "$lines" = "dlinsar-spark: stopped (exit status $stopped)" ] && [ ! -s "$dir/run.out" ]
  else
    ! grep -q 'stopped' <<< "$lines"
  fi
}
# the outputs as they are: every file under out/, with its checksum, hidden ones included
listing() {
  (cd "$dir/out" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum)
}
start=$(date +%s%N)
(chain) > /dev/null 2> "$dir/first.log" || { echo "the first run failed:"; cat "$dir/first.log"; exit 1; }
full_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "one run: ${full_ms} ms; ${runs} runs stopped with SIG${signal} at random moments within it"
kept=0; finished=0; broken=0
for ((k = 1; k <= runs; k++)); do
  before=$(listing)
  delay_ms=$(( RANDOM * full_ms / 32768 ))
  (chain) > "$dir/run.out" 2> "$dir/run.log" &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -s "$signal" "$pid" 2> /dev/null || true
  status=0
  wait "$pid" || status=$?
  after=$(listing)
  hidden=$(cd "$dir/out" && find . -name '.*' ! -name . | sort | tr '\n' ' ')
  if [ "$status" = "$stopped" ] && [ "$after" = "$before" ] && [ -z "$hidden" ] && said_right "$status"; then
    kept=$((kept + 1))
  elif [ "$status" = 0 ] && [ -z "$hidden" ] && [ -f "$dir/out/chain.dim" ] && [ -d "$dir/out/chain.data" ] &&
    said_right "$status"; then
    finished=$((finished + 1))
  else
    broken=$((broken + 1))
    echo "run $k, stopped after ${delay_ms} ms: exit $status; left hidden: ${hidden:-none}"
    diff <(echo "$before") <(echo "$after") | head -n 10 || true
    tail -n 3 "$dir/run.log"
    if $spark; then
      echo "its dlinsar-spark lines: $(grep '^dlinsar-spark:' "$dir/run.log" | tr '\n' '|')"
    fi
  fi
done
echo "stopped, previous outputs kept: $kept; finished before the signal: $finished; anything else: $broken"
[ "$broken" = 0 ]
