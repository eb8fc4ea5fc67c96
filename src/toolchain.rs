//! Finds the toolchain that compiles student Rust to wasm32-wasip1: Debian's
//! `rustc-web` compiler, `wasm-ld-19`, and the standard library that
//! `scripts/build-wasm-std.sh` builds once per machine from `rust-web-src`.
//!
//! It only locates and checks; it never builds or downloads anything.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Debian's rustc-web installs here; rustup's `rustc` on PATH is a different
/// compiler with no wasm target, so the path is fixed on purpose.
pub const RUSTC: &str = "/usr/bin/rustc";
pub const LINKER: &str = "/usr/bin/wasm-ld-19";
pub const TARGET: &str = "wasm32-wasip1";

#[derive(Debug, thiserror::Error)]
pub enum ToolchainError {
    #[error("{path} is missing: install the Debian package `{package}`")]
    Missing { path: PathBuf, package: &'static str },
    #[error("the wasm32-wasip1 standard library is not built at {0}: run `scripts/build-wasm-std.sh`")]
    NoSysroot(PathBuf),
    #[error("the wasm standard library at {sysroot} was built by {built}, but the compiler is {found}: run `scripts/build-wasm-std.sh`")]
    Stale { sysroot: PathBuf, built: String, found: String },
    #[error("could not run {0}: {1}")]
    Run(PathBuf, String),
}

/// Everything `rustc` needs to build a student's program.
#[derive(Debug, Clone)]
pub struct RustToolchain {
    pub rustc: PathBuf,
    pub linker: PathBuf,
    pub sysroot: PathBuf,
    /// wasi-libc (2022) lacks a few pthread symbols std references.
    pub pthread_stub: PathBuf,
    pub version: String,
}

/// Where the sysroot lives: `STEPSTONE_WASM_SYSROOT`, else one installed
/// with the program, else the cache root.
pub fn sysroot_dir() -> PathBuf {
    std::env::var_os("STEPSTONE_WASM_SYSROOT")
        .map(PathBuf::from)
        // The .deb ships a prebuilt one in /usr/share/stepstone.
        .or_else(|| crate::config::installed("wasm-sysroot"))
        .unwrap_or_else(|| crate::config::default_cache_root().join("wasm-sysroot"))
}

pub fn rustc_version(rustc: &Path) -> Result<String, ToolchainError> {
    let out = Command::new(rustc)
        .arg("--version")
        .env_clear()
        .output()
        .map_err(|e| ToolchainError::Run(rustc.to_path_buf(), e.to_string()))?;
    if !out.status.success() {
        return Err(ToolchainError::Run(rustc.to_path_buf(), String::from_utf8_lossy(&out.stderr).into_owned()));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn require(path: &str, package: &'static str) -> Result<PathBuf, ToolchainError> {
    let p = PathBuf::from(path);
    if p.exists() {
        Ok(p)
    } else {
        Err(ToolchainError::Missing { path: p, package })
    }
}

/// Locates and checks the toolchain. Costs one `rustc --version`.
pub fn locate() -> Result<RustToolchain, ToolchainError> {
    let rustc = require(RUSTC, "rustc-web")?;
    let linker = require(LINKER, "lld-19")?;
    let sysroot = sysroot_dir();
    let libdir = sysroot.join("lib/rustlib").join(TARGET).join("lib");
    let stamp = sysroot.join("VERSION");
    let pthread_stub = libdir.join("self-contained/pthread_stub.o");
    if !stamp.exists() || !pthread_stub.exists() {
        return Err(ToolchainError::NoSysroot(sysroot));
    }
    let version = rustc_version(&rustc)?;
    let built = std::fs::read_to_string(&stamp).unwrap_or_default().trim().to_string();
    if built != version {
        return Err(ToolchainError::Stale { sysroot, built, found: version });
    }
    Ok(RustToolchain { rustc, linker, sysroot, pthread_stub, version })
}
