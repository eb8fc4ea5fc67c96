//! Configuration: the sandbox limits and where Stepstone keeps its files.
//!
//! [`Limits`] holds every default in one place; an exercise manifest may
//! override any field. [`Paths`] resolves the data, cache and curriculum
//! directories from flags, environment and XDG defaults. Nothing here reads
//! a file: the facility's settings (`policy.json`: solution rule, idle
//! sign-out, USB folder) are `workstation::Policy`, and the device identity
//! is `bundle::keys`.

use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use ts_rs::TS;

/// Resource limits for one run. Every field is optional in a manifest and
/// falls back to the default below.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Wall-clock limit for running the program, in milliseconds.
    pub run_ms: u64,
    /// Wall-clock limit for compiling (Rust), in milliseconds.
    pub compile_ms: u64,
    /// Guest linear memory, in bytes.
    #[ts(type = "number")]
    pub memory_bytes: u64,
    /// stdout and stderr together, in bytes.
    #[ts(type = "number")]
    pub output_bytes: u64,
    /// Address space for the confined compiler process, in bytes.
    #[ts(type = "number")]
    pub compile_memory_bytes: u64,
    /// Wall-clock limit for all of one check's test runs together, in
    /// milliseconds (Rust runs each test in its own instance).
    pub check_ms: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            run_ms: 5_000,
            compile_ms: 20_000,
            memory_bytes: 256 << 20,
            output_bytes: 1 << 20,
            // rustc builds an ordinary program in well under 1 GiB of
            // address space; a macro bomb must not take a classroom
            // terminal's memory with it.
            compile_memory_bytes: 1536 << 20,
            check_ms: 60_000,
        }
    }
}

/// Where things live on disk.
#[derive(Debug, Clone)]
pub struct Paths {
    /// The progress store, keys and exported bundles live here.
    pub data_dir: PathBuf,
    /// Compiled-module cache; safe to delete at any time.
    pub cache_dir: PathBuf,
    /// The curriculum the app teaches from.
    pub curriculum_dir: PathBuf,
}

fn home() -> PathBuf {
    std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/"))
}

/// `$XDG_DATA_HOME/stepstone`, else `~/.local/share/stepstone`.
pub fn default_data_dir() -> PathBuf {
    match std::env::var_os("XDG_DATA_HOME") {
        Some(d) if !d.is_empty() => PathBuf::from(d).join("stepstone"),
        _ => home().join(".local/share/stepstone"),
    }
}

/// `$XDG_CACHE_HOME/stepstone`, else `~/.cache/stepstone`. Holds the wasm
/// standard library for student Rust, built once per machine.
pub fn default_cache_root() -> PathBuf {
    match std::env::var_os("XDG_CACHE_HOME") {
        Some(d) if !d.is_empty() => PathBuf::from(d).join("stepstone"),
        _ => home().join(".cache/stepstone"),
    }
}

/// The curriculum bundled with this build: `STEPSTONE_CURRICULUM`, else one
/// installed with the program (`/usr/share/stepstone/curriculum` for the
/// .deb, whose programs are in `/usr/bin`; or `curriculum/` beside the
/// executable), else the source tree's `curriculum/`.
pub fn default_curriculum_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("STEPSTONE_CURRICULUM") {
        return PathBuf::from(d);
    }
    let source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("curriculum");
    installed("curriculum").unwrap_or(source)
}

/// `name` shipped with an installed program: in `../share/stepstone/` from
/// the executable's folder, or beside it. `None` for a build run from the
/// source tree's target folder (the source tree's copy is used then).
pub fn installed(name: &str) -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let bin = exe.parent()?;
    [bin.join("../share/stepstone").join(name), bin.join(name)].into_iter().find(|p| p.exists()).map(|p| p.canonicalize().unwrap_or(p))
}

impl Paths {
    /// Paths rooted at `data_dir` (or the default), with the module cache
    /// inside it so that one flag moves everything Stepstone writes.
    pub fn new(data_dir: Option<PathBuf>, curriculum_dir: Option<PathBuf>) -> Paths {
        let data_dir = data_dir.unwrap_or_else(default_data_dir);
        Paths {
            cache_dir: data_dir.join("cache"),
            curriculum_dir: curriculum_dir.unwrap_or_else(default_curriculum_dir),
            data_dir,
        }
    }
}

/// Makes every file and folder this process creates owner-only (umask
/// 077): learners' work, keys and caches are nobody else's to read. Front
/// ends call it first thing.
pub fn private_umask() {
    // SAFETY: umask only sets this process's file-creation mask.
    unsafe {
        libc::umask(0o077);
    }
}
