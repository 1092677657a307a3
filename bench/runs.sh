# Sourced by the bench scripts that time whole-process runs and print medians (bench/engine.sh,
# bench/import.sh). The caller sets $script (its name, for messages) and $work (a scratch folder)
# first.

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
