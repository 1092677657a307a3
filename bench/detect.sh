#!/usr/bin/env bash
# DL-Detect's time against the gradient stack it reads, per megapixel, and per interferogram in
# SUBSIDENCE mode (issue 9, point 5), in wall and in process CPU seconds, and of its landslide
# network (method DL, issue 12).
#   bench/detect.sh [width height interferograms repeats warmups]    (default 1024 1024 32 3 3)
# JAVA_OPTS passes JVM options; -Dsnap.parallelism=N sets the thread count.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/java.sh" DetectBenchmark "$@"
