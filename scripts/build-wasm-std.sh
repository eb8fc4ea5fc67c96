#!/usr/bin/env bash
# Builds the wasm32-wasip1 Rust standard library for student code, once per
# machine, from Debian's rust-web-src with Debian's rustc-web, and links it
# against Debian's wasi-libc. Nothing is downloaded: the std sources and the
# crates they need are vendored in /usr/lib/rustlib/src/rust/library.
#
# Output: $STEPSTONE_WASM_SYSROOT (default ~/.cache/stepstone/wasm-sysroot),
# stamped with the compiler version; rebuilt only when that changes.
set -euo pipefail

RUSTC=/usr/bin/rustc
CARGO=/usr/bin/cargo
LIBSRC=/usr/lib/rustlib/src/rust/library
CACHE_ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/stepstone"
SYSROOT="${STEPSTONE_WASM_SYSROOT:-$CACHE_ROOT/wasm-sysroot}"

for f in "$RUSTC:rustc-web" "$CARGO:cargo-web" "$LIBSRC/Cargo.lock:rust-web-src" \
         /usr/bin/wasm-ld-19:lld-19 /usr/bin/clang-19:clang-19 /usr/lib/wasm32-wasi/libc.a:wasi-libc; do
  path=${f%%:*}; pkg=${f##*:}
  [ -e "$path" ] || { echo "build-wasm-std: $path is missing: install the Debian package $pkg" >&2; exit 1; }
done

version=$("$RUSTC" --version)
if [ -f "$SYSROOT/VERSION" ] && [ "$(cat "$SYSROOT/VERSION")" = "$version" ]; then
  echo "wasm std: up to date ($version) at $SYSROOT"
  exit 0
fi

echo "wasm std: building for $version (about a minute)..."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/crate/src" "$work/home"
cat > "$work/crate/Cargo.toml" <<'TOML'
[package]
name = "stepstone-wasm-std"
version = "0.0.0"
edition = "2021"
[profile.release]
debug = 0
TOML
# A library crate: building it builds std without linking anything.
echo '#![no_std]' > "$work/crate/src/lib.rs"
cat > "$work/home/config.toml" <<TOML
[source.crates-io]
replace-with = "vendored"
[source.vendored]
directory = "$LIBSRC/vendor"
TOML

stage="$SYSROOT.new"
rm -rf "$stage"
lib="$stage/lib/rustlib/wasm32-wasip1/lib"
mkdir -p "$lib/self-contained"
# Debian's wasi-libc stands in for the crt objects and libc rustup would ship.
cp /usr/lib/wasm32-wasi/crt1-command.o /usr/lib/wasm32-wasi/crt1-reactor.o /usr/lib/wasm32-wasi/libc.a "$lib/self-contained/"

(cd "$work/crate" && env -i PATH=/usr/bin:/bin HOME="$HOME" CARGO_HOME="$work/home" RUSTC="$RUSTC" \
  RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$work/target" \
  "$CARGO" build --release --offline -Zbuild-std=std,panic_abort,test --target wasm32-wasip1 -q)
cp "$work/target/wasm32-wasip1/release/deps/"lib*.rlib "$lib/"

# The 2022 wasi-libc lacks pthread_join/detach/create, which std references
# (but never reaches: student programs cannot spawn threads on wasip1).
cat > "$work/pthread_stub.c" <<'C'
#include <errno.h>
typedef unsigned long pthread_t;
int pthread_create(pthread_t *t, const void *a, void *(*f)(void *), void *arg) { (void)t; (void)a; (void)f; (void)arg; return EAGAIN; }
int pthread_join(pthread_t t, void **r) { (void)t; (void)r; return EINVAL; }
int pthread_detach(pthread_t t) { (void)t; return EINVAL; }
C
clang-19 --target=wasm32-wasi -O2 -c "$work/pthread_stub.c" -o "$lib/self-contained/pthread_stub.o"

# Prove the sysroot links a program before stamping it.
echo 'fn main() { println!("ok"); }' > "$work/probe.rs"
"$RUSTC" --sysroot "$stage" --target wasm32-wasip1 -C linker=wasm-ld-19 \
  -C link-arg="$lib/self-contained/pthread_stub.o" "$work/probe.rs" -o "$work/probe.wasm"
echo "$version" > "$stage/VERSION"
rm -rf "$SYSROOT"
mv "$stage" "$SYSROOT"
echo "wasm std: built at $SYSROOT"
