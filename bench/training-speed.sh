#!/usr/bin/env bash
# Training steps per second of the landslide, subsidence and unwrap recipes on a device, on small
# sets the training scripts write with the Java simulator (target/training-speed/, reused, so
# they can be made here and copied to a GPU machine without Java).
#   bench/training-speed.sh [cpu|cuda|auto] [threads] [steps]   (default: cpu 2 30)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
device="${1:-cpu}"
threads="${2:-2}"
steps="${3:-30}"
data="${TRAINING_SPEED_DATA:-$root/target/training-speed}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for task in landslide subsidence unwrap; do
  case $task in
    landslide) sets=(--scenes 12) ;;
    subsidence) sets=(--scenes 5) ;;
    unwrap) sets=(--scenes 3 --held-out-scenes 1) ;;
  esac
  rate=$(python3 "$root/snap-dlinsar-models/training/train_$task.py" --data "$data" --out "$out" \
      --device "$device" --threads "$threads" --steps "$steps" --minutes 10 "${sets[@]}" 2>&1 \
    | tee "$out/$task.log" | sed -n 's/^trained .*(\(.*\) steps\/s)$/\1/p')
  if [ -z "$rate" ]; then
    echo "$task: failed, the end of its log:" >&2
    tail -5 "$out/$task.log" >&2
    exit 1
  fi
  echo "$task on $device ($threads threads): $rate steps/s"
done
