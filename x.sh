#!/usr/bin/env bash
# Stepstone's one entry point for people and CI.
#
#   ./x.sh app    install whatever is missing, build, open the desktop app on
#                 the bundled curriculum with the default local store
#   ./x.sh test   install whatever is missing, build, run every test
#
# Both are idempotent and quick when nothing is missing. Everything comes
# from Debian, crates.io and npm; nothing else is downloaded. Build output
# goes to $STEPSTONE_TARGET_DIR (default ~/.cache/stepstone/target) so a
# fresh clone reuses an earlier build.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD

export CARGO_TARGET_DIR="${STEPSTONE_TARGET_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/stepstone/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
[ -d "$HOME/.cargo/bin" ] && export PATH="$HOME/.cargo/bin:$PATH"

APT_PACKAGES=(
  # student-code toolchains
  rustc-web cargo-web rust-web-src clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32
  # Tauri 2 / WebKitGTK
  libwebkit2gtk-4.1-dev libxdo-dev libssl-dev libayatana-appindicator3-dev librsvg2-dev
  build-essential pkg-config file
  # running and testing the window headless
  webkit2gtk-driver xvfb xauth
)

phase_start=0
phase() { phase_start=$(date +%s); echo "== $*"; }
phase_end() { echo "   ($(( $(date +%s) - phase_start )) s)"; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_apt() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  # Node may come from elsewhere than Debian (it does on these machines);
  # only ask apt for it when there is no node at all.
  command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing Debian packages: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

install_rust() {
  if ! command -v cargo >/dev/null; then
    echo "cargo is missing: install Rust 1.95 (rustup) first" >&2
    exit 1
  fi
  # rquickjs-sys carries the QuickJS-ng sources build.rs compiles to wasm.
  cargo fetch --locked -q
}

npm_ci() { # dir
  local dir=$1 stamp
  stamp="$dir/node_modules/.stepstone-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
    # `npm ci` rejects lockfiles written with this machine's npm settings
    # (it wants every platform's optional rollup binary listed); `npm
    # install --no-save` installs the same locked versions and writes nothing.
    (cd "$dir" && npm install --no-save --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$stamp"
  fi
}

setup() {
  phase "setup: Debian packages, crates, wasm std, npm"
  install_apt
  install_rust
  bash scripts/build-wasm-std.sh
  npm_ci ui
  phase_end
}

build() {
  phase "build: UI"
  (cd ui && npm run -s build >/dev/null)
  node ui/scripts/check-offline.mjs ui/dist
  phase_end
  phase "build: core, CLI and desktop app"
  cargo build --workspace --locked
  phase_end
}

app_bin() { echo "$CARGO_TARGET_DIR/debug/stepstone-app"; }

cmd_app() {
  setup
  build
  "$CARGO_TARGET_DIR/debug/stepstone" doctor || true
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting the app under Xvfb (see scripts/screenshot.sh to look at it)."
    exec xvfb-run -a "$(app_bin)" --curriculum "$ROOT/curriculum" "$@"
  fi
  exec "$(app_bin)" --curriculum "$ROOT/curriculum" "$@"
}

install_e2e() {
  if ! command -v tauri-driver >/dev/null; then
    phase "setup: tauri-driver (cargo install)"
    # Its own target dir: it must not share locks or features with ours.
    CARGO_TARGET_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/stepstone/tauri-driver-target" \
      cargo install tauri-driver --locked -q
    phase_end
  fi
  npm_ci tests/e2e
}

cmd_test() {
  local t0; t0=$(date +%s)
  setup
  build
  phase "test: cargo tests (unit and integration)"
  cargo test --workspace --locked
  phase_end
  phase "test: bundled curriculum (every solution passes, every starter fails)"
  "$CARGO_TARGET_DIR/debug/stepstone" curriculum check curriculum
  phase_end
  install_e2e
  phase "test: end-to-end (WebDriver, real window under Xvfb)"
  STEPSTONE_APP="$(app_bin)" xvfb-run -a -s "-screen 0 1400x900x24" node --test --test-concurrency=1 tests/e2e/
  phase_end
  echo "== all tests passed in $(( $(date +%s) - t0 )) s"
}

case "${1:-}" in
  app) shift; cmd_app "$@" ;;
  test) shift; cmd_test "$@" ;;
  setup) setup ;;
  *) echo "usage: ./x.sh app | ./x.sh test" >&2; exit 2 ;;
esac
