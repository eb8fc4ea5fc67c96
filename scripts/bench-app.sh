#!/usr/bin/env bash
# Benchmark (not a test): time to an interactive window and the app's
# process-tree memory, over several launches under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${STEPSTONE_TARGET_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/stepstone/target}"
[ -d "$HOME/.cargo/bin" ] && export PATH="$HOME/.cargo/bin:$PATH"
STEPSTONE_APP="$CARGO_TARGET_DIR/debug/stepstone-app" \
  xvfb-run -a -s "-screen 0 1400x900x24" node tests/e2e/bench-startup.mjs "${1:-5}"
