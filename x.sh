#!/usr/bin/env bash
# Stepstone's one entry point for people and CI.
#
#   ./x.sh app    install whatever is missing, build, open the desktop app on
#                 the bundled curriculum with the default local store
#   ./x.sh test   install whatever is missing, build, run every test
#   ./x.sh package  build the .deb for facility IT (dist/stepstone_*.deb)
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
  # the no-network evidence (strace in an empty network namespace)
  strace iproute2
  # the kiosk, checked headless (a bare X server; cage for trying it)
  x11-apps x11-utils cage xwayland grim
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
  npm_ci src/sandbox/js/web/dom
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
  phase "test: the sandbox's DOM bundle is what its sources build (src/sandbox/js/web/dom)"
  (cd src/sandbox/js/web/dom && npm run -s build >/dev/null)
  git diff --exit-code --stat -- src/sandbox/js/web/dom.bundle.js || { echo "dom.bundle.js is stale: commit what 'npm run build' in src/sandbox/js/web/dom writes" >&2; exit 1; }
  phase_end
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
  phase "test: no network (a CLI and an app session in an empty network namespace, under strace)"
  STEPSTONE_APP="$(app_bin)" unshare -rn sh -c 'ip link set lo up && exec xvfb-run -a -s "-screen 0 1400x900x24" node --test --test-concurrency=1 tests/e2e/no-network.mjs'
  phase_end
  phase "test: kiosk session (the app alone, full-screen, on a bare X server; screenshot)"
  as_root bash scripts/kiosk-check.sh "$(app_bin)"
  phase_end
  cmd_package --debug --built
  phase "test: the .deb as root (install, run as a new user, upgrade, downgrade refused, purge)"
  as_root bash tests/package/run.sh "dist/stepstone_$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)_amd64.deb"
  phase_end
  echo "== all tests passed in $(( $(date +%s) - t0 )) s"
}

# ./x.sh package [--debug]: stepstone_<version>_amd64.deb in dist/, built
# offline by Tauri's bundler. It holds the app, the CLI, the bundled
# curriculum and the prebuilt wasm std for student Rust, and the kiosk and
# backup units. --debug packages the debug build (what the tests install,
# to reuse the build they already made); the default is a release build.
cmd_package() {
  local profile=release flag=() built=0
  if [ "${1:-}" = --debug ]; then profile=debug; flag=(--debug); shift; fi
  # --built: the caller (./x.sh test) has just run setup and build.
  if [ "${1:-}" = --built ]; then built=1; shift; fi
  [ "$built" = 1 ] || setup
  npm_ci packaging
  if [ "$built" = 1 ]; then
    :
  elif [ "$profile" = release ]; then
    phase "build: UI"
    (cd ui && npm run -s build >/dev/null)
    node ui/scripts/check-offline.mjs ui/dist
    phase_end
    phase "build: release core, CLI and desktop app"
    cargo build --workspace --locked --release
    phase_end
  else
    build
  fi
  phase "package: .deb ($profile)"
  local bin="$CARGO_TARGET_DIR/$profile" stage="$CARGO_TARGET_DIR/deb-stage-$profile"
  local sysroot="${STEPSTONE_WASM_SYSROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/stepstone/wasm-sysroot}"
  rm -rf "$stage" && mkdir -p "$stage/scripts"
  local schema version rustc_version
  schema=$("$bin/stepstone" store-schema)
  version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
  rustc_version=$(dpkg-query -W -f='${Version}' rustc-web)
  sed "s/@SCHEMA@/$schema/" packaging/deb/preinst > "$stage/scripts/preinst"
  cp packaging/deb/postinst packaging/deb/prerm packaging/deb/postrm "$stage/scripts/"
  chmod 0755 "$stage/scripts/"*
  # The version this package is: tests repackage it as an older one.
  printf '%s\n' "$version" > "$stage/VERSION"
  python3 - "$stage" "$bin" "$sysroot" "$ROOT" "$rustc_version" "$version" <<'PY'
import json, sys
stage, bin, sysroot, root, rustc, version = sys.argv[1:]
files = {
    "/usr/bin/stepstone": f"{bin}/stepstone",
    "/usr/share/stepstone/curriculum": f"{root}/curriculum",
    "/usr/share/stepstone/wasm-sysroot": sysroot,
    "/usr/lib/stepstone/kiosk-session": f"{root}/packaging/kiosk/kiosk-session",
    "/usr/lib/stepstone/kiosk-start": f"{root}/packaging/kiosk/kiosk-start",
    "/usr/sbin/stepstone-kiosk-setup": f"{root}/packaging/kiosk/stepstone-kiosk-setup",
    "/usr/lib/systemd/system/stepstone-kiosk.service": f"{root}/packaging/kiosk/stepstone-kiosk.service",
    "/usr/lib/systemd/system/stepstone-backup.service": f"{root}/packaging/kiosk/stepstone-backup.service",
    "/usr/lib/systemd/system/stepstone-backup.timer": f"{root}/packaging/kiosk/stepstone-backup.timer",
    "/usr/share/doc/stepstone/SECURITY.md": f"{root}/docs/SECURITY.md",
    "/usr/share/doc/stepstone/OPERATIONS.md": f"{root}/docs/OPERATIONS.md",
}
conf = {"version": version, "bundle": {"linux": {"deb": {
    # Student Rust at run time: Debian's rustc-web (the exact version the
    # shipped wasm std was built with) and its linker. Nothing here needs
    # a network. cage and xwayland only for the kiosk.
    "depends": [f"rustc-web (= {rustc})", "lld-19", "adduser"],
    "recommends": ["xserver-xorg-core", "xserver-xorg-legacy", "xinit"],
    "files": files,
    "preInstallScript": f"{stage}/scripts/preinst",
    "postInstallScript": f"{stage}/scripts/postinst",
    "preRemoveScript": f"{stage}/scripts/prerm",
    "postRemoveScript": f"{stage}/scripts/postrm",
}}}}
json.dump(conf, open(f"{stage}/tauri.deb.json", "w"), indent=2)
PY
  [ -f "$sysroot/VERSION" ] || { echo "no wasm std at $sysroot: run scripts/build-wasm-std.sh" >&2; exit 1; }
  (cd src-tauri && CI=true "$ROOT/packaging/node_modules/.bin/tauri" bundle --bundles deb "${flag[@]}" --config "$stage/tauri.deb.json" >/dev/null)
  mkdir -p dist
  local deb
  deb=$(ls -t "$bin"/bundle/deb/*.deb | head -1)
  cp "$deb" "dist/stepstone_${version}_amd64.deb"
  echo "   dist/stepstone_${version}_amd64.deb ($(du -h "dist/stepstone_${version}_amd64.deb" | cut -f1))"
  phase_end
}

case "${1:-}" in
  package) shift; cmd_package "$@" ;;
  app) shift; cmd_app "$@" ;;
  test) shift; cmd_test "$@" ;;
  setup) setup ;;
  *) echo "usage: ./x.sh app | ./x.sh test | ./x.sh package [--debug]" >&2; exit 2 ;;
esac
