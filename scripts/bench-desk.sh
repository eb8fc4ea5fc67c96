#!/usr/bin/env bash
# Benchmark (not a test): the instructor's workstation at 30 learners x 300
# exercises with a year of attempts. First the core's figures (`stepstone
# bench desk`), then the same data in the real window under Xvfb, in the
# release build and the debug build.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${STEPSTONE_TARGET_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/stepstone/target}"
[ -d "$HOME/.cargo/bin" ] && export PATH="$HOME/.cargo/bin:$PATH"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$CARGO_TARGET_DIR/debug/stepstone" bench desk --keep "$work"
# The window, as shipped (a release build, if one is there: `cargo build
# --release -p stepstone-app`), then the debug build `./x.sh app` runs, as
# the reference in the same run.
for profile in release debug; do
  app="$CARGO_TARGET_DIR/$profile/stepstone-app"
  [ -x "$app" ] || continue
  echo "== the window, $profile build"
  STEPSTONE_APP="$app" xvfb-run -a -s "-screen 0 1400x900x24" node tests/e2e/bench-desk.mjs "$work" "${1:-5}"
done
