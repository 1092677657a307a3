#!/usr/bin/env bash
# The simulator's atmosphere beside a real stack's: each interferogram's phase spread after a
# plane, over the presets' interferograms with the atmosphere alone and over the unwrapped
# interferograms of a real stack (GAMMA float32 .unw, as PyRate's ENVISAT Sydney data):
#   bench/atmosphere.sh [path/to/sydney_envisat_pyrate/gamma_obs 47 72]
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/java.sh" AtmosphereAmplitude "$@"
