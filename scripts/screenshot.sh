#!/usr/bin/env bash
# Takes a screenshot of the running app (a real WebKitGTK window under Xvfb,
# driven by tauri-driver) and prints the PNG's path. Run `./x.sh test` or
# `./x.sh app` once first so the app, tauri-driver and npm packages exist.
#   scripts/screenshot.sh [NAME]     -> target-e2e/screenshots/NAME.png
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${STEPSTONE_TARGET_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/stepstone/target}"
[ -d "$HOME/.cargo/bin" ] && export PATH="$HOME/.cargo/bin:$PATH"
STEPSTONE_APP="$CARGO_TARGET_DIR/debug/stepstone-app" \
  xvfb-run -a -s "-screen 0 1400x900x24" node tests/e2e/screenshot.mjs "${1:-app}"
