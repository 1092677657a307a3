# Sourced by the bench scripts that run a graph under GNU time -v (bench/memory.sh,
# bench/long-crop.sh): their argument checks and the run's figures. The caller sets $script (its
# name, for messages), $usage and $root (the repository) first.

# A heap the JVM takes (such as $2), or "default" where $3 is "default": else exit 2. A heap the
# JVM refuses would be reported as the run's failure, its reason on another line.
check_heap() {
  local heap="$1" example="$2" default="${3:-}"
  [[ "$heap" =~ ^[1-9][0-9]*[kKmMgG]?$ || ( -n "$default" && "$heap" = default ) ]] && return
  echo "$script: heap must be a JVM size such as $example or 2g${default:+, or 'default'}, got '$heap'; $usage" >&2
  exit 2
}

# A count of dates from $2 to 1000: else exit 2.
check_dates() {
  local dates="$1" least="$2"
  [[ "$dates" =~ ^[1-9][0-9]*$ && "$dates" -ge "$least" && "$dates" -le 1000 ]] && return
  echo "$script: dates must be an integer from $least to 1000, got '$dates'; $usage" >&2
  exit 2
}

require_gnu_time() {
  if [ ! -x /usr/bin/time ]; then
    echo "$script: /usr/bin/time is missing; install it (Debian: apt-get install time)" >&2
    exit 1
  fi
}

# Runs graph $2 of graphs/ on input $3 into output $4 with JAVA_OPTS $1 under GNU time -v: its
# figures in $dir/time.txt, its output in $dir/run.log; sets $status to its exit status.
timed_graph() {
  status=0
  JAVA_OPTS="$1" /usr/bin/time -v -o "$dir/time.txt" \
    "$root/bin/dlinsar" "$root/graphs/$2.xml" -Pinput="$3" -Poutput="$4" \
    > "$dir/run.log" 2>&1 || status=$?
}

# One figure of the last run's GNU time report, by its label.
time_value() {
  sed -n "s/.*$1: //p" "$dir/time.txt"
}

# The last run's peak resident set size, MB.
peak_rss_mb() {
  echo $(( $(time_value 'Maximum resident set size (kbytes)') / 1024 ))
}

# The last run's wall time, as GNU time writes it.
wall_time() {
  time_value 'Elapsed (wall clock) time (h:mm:ss or m:ss)'
}

# The line saying why the last run failed, if it did.
say_failure() {
  if [ "$status" -ne 0 ]; then
    grep -m 1 '^Error' "$dir/run.log" || tail -n 3 "$dir/run.log"
  fi
}
