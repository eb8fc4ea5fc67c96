//! On-disk cache of compiled modules (`Module::serialize`).
//!
//! An entry is keyed by the engine's compatibility hash and the SHA-256 of
//! the wasm it was compiled from, and it carries the SHA-256 of its own bytes
//! in a header. Loading checks that digest before handing the bytes to
//! `Module::deserialize`, so a truncated or corrupted file (a bad disk, a
//! half-finished write, a tampered cache) is rebuilt, never trusted. Writes go
//! to a temporary file that is renamed into place. The digest cannot stop a
//! writer who recomputes it, so the cache is used only when the folder and
//! file are owned by this user and writable by nobody else.
//!
//! The same verified entries also hold rustc's output for a learner's
//! files ([`read_entry`]/[`write_entry`], keyed in `sandbox::rust`), and
//! a per-machine secret ([`secret`]) that names test builds' guard module,
//! so that one source always builds to the same wasm (and hits the cache)
//! while its guard's name stays unguessable.

use sha2::{Digest, Sha256};
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};
use wasmtime::{Engine, Module};

use super::SandboxError;

const MAGIC: &[u8; 8] = b"SSCWASM1";

/// Feeds `Hash` output into SHA-256: std's `DefaultHasher` is not promised
/// to be stable across Rust versions, and the cache outlives a build.
struct ShaHasher(Sha256);
impl Hasher for ShaHasher {
    fn finish(&self) -> u64 {
        0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The cache file for `wasm` under this engine's configuration.
pub fn entry_path(engine: &Engine, dir: &Path, name: &str, wasm: &[u8]) -> PathBuf {
    let mut h = ShaHasher(Sha256::new());
    engine.precompile_compatibility_hash().hash(&mut h);
    h.0.update(Sha256::digest(wasm));
    let key = hex(&h.0.finalize()[..16]);
    dir.join(format!("{name}-{key}.cwasm"))
}

/// Loads the cached compilation of `wasm`, or compiles and stores it.
/// Cache problems are never fatal: the worst case is compiling again.
pub fn load_or_compile(engine: &Engine, dir: Option<&Path>, name: &str, wasm: &[u8]) -> Result<Module, SandboxError> {
    let compile = || compile_once_per_process(engine, wasm);
    let Some(dir) = dir else { return compile() };
    // A cached module is native code run as is: only a cache that nobody
    // else could have written to is used at all.
    let _ = create_private_dir(dir);
    if !owner_only(dir) {
        return compile();
    }
    let path = entry_path(engine, dir, name, wasm);
    if let Some(module) = load(engine, &path) {
        return Ok(module);
    }
    let module = compile()?;
    if let Ok(bytes) = module.serialize() {
        // A read-only or full disk only costs speed next time.
        let _ = store(dir, &path, &bytes);
    }
    Ok(module)
}

/// Compiles `wasm` (one of Stepstone's own modules), or deserializes what
/// this process compiled before for an engine of the same configuration:
/// a process with several sandboxes (the instructor's desk, the tests)
/// compiles each module once, whatever their cache folders hold. The
/// bytes never leave this process's memory, so they need no digest.
fn compile_once_per_process(engine: &Engine, wasm: &[u8]) -> Result<Module, SandboxError> {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex, OnceLock};
    static COMPILED: OnceLock<Mutex<HashMap<Vec<u8>, Arc<Vec<u8>>>>> = OnceLock::new();
    let mut h = ShaHasher(Sha256::new());
    engine.precompile_compatibility_hash().hash(&mut h);
    h.0.update(Sha256::digest(wasm));
    let key = h.0.finalize().to_vec();
    let compiled = COMPILED.get_or_init(Default::default);
    let known = compiled.lock().unwrap_or_else(|p| p.into_inner()).get(&key).cloned();
    if let Some(bytes) = known {
        // SAFETY: these bytes are `Module::serialize` output made by this
        // process for an engine with the same compatibility hash.
        if let Ok(m) = unsafe { Module::deserialize(engine, bytes.as_slice()) } {
            return Ok(m);
        }
    }
    let module = Module::new(engine, wasm).map_err(|e| SandboxError::Engine(format!("{e:#}")))?;
    if let Ok(bytes) = module.serialize() {
        compiled.lock().unwrap_or_else(|p| p.into_inner()).insert(key, Arc::new(bytes));
    }
    Ok(module)
}

/// A cache directory ready for use: created owner-only where it is new, and
/// refused when someone else could write to it.
pub fn usable_dir(dir: &Path) -> bool {
    let _ = create_private_dir(dir);
    owner_only(dir)
}

/// The verified bytes of an entry written by [`write_entry`].
pub fn read_entry(path: &Path) -> Option<Vec<u8>> {
    if !owner_only(path) {
        return None;
    }
    let data = std::fs::read(path).ok()?;
    if data.len() < MAGIC.len() + 32 || &data[..MAGIC.len()] != MAGIC {
        return None;
    }
    let (digest, body) = data[MAGIC.len()..].split_at(32);
    (Sha256::digest(body).as_slice() == digest).then(|| body.to_vec())
}

/// Writes an entry atomically (a crash leaves the old one or none), then
/// keeps the folder under [`MAX_CACHE_BYTES`].
pub fn write_entry(dir: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    store(dir, path, bytes)?;
    prune(dir, MAX_CACHE_BYTES);
    Ok(())
}

/// What the learner-code entries of one cache folder may take on disk: a
/// year of checks on a terminal would otherwise fill it.
pub const MAX_CACHE_BYTES: u64 = 768 << 20;

/// Deletes the least recently written entries (never the secret or the
/// JS runner's module) until the folder holds at most three quarters of `max`.
pub fn prune(dir: &Path, max: u64) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut files: Vec<(std::time::SystemTime, u64, PathBuf)> = entries
        .flatten()
        .filter(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.starts_with("learner-") || n.starts_with("rustc-")
        })
        .filter_map(|e| {
            let m = e.metadata().ok()?;
            Some((m.modified().ok()?, m.len(), e.path()))
        })
        .collect();
    let total: u64 = files.iter().map(|f| f.1).sum();
    if total <= max {
        return;
    }
    files.sort();
    let mut left = total;
    for (_, len, path) in files {
        if left <= max / 4 * 3 {
            break;
        }
        if std::fs::remove_file(&path).is_ok() {
            left -= len;
        }
    }
}

/// A compiled module cached under `name` for `wasm`, if there is one.
pub fn cached_module(engine: &Engine, dir: &Path, name: &str, wasm: &[u8]) -> Option<Module> {
    if !usable_dir(dir) {
        return None;
    }
    load(engine, &entry_path(engine, dir, name, wasm))
}

/// Keeps `module` (compiled from `wasm`) for next time; failures cost only speed.
pub fn keep_module(engine: &Engine, dir: &Path, name: &str, wasm: &[u8], module: &Module) {
    if usable_dir(dir) {
        if let Ok(bytes) = module.serialize() {
            let _ = write_entry(dir, &entry_path(engine, dir, name, wasm), &bytes);
        }
    }
}

/// 32 random bytes kept owner-only in `dir`, made on first use.
pub fn secret(dir: &Path) -> Option<Vec<u8>> {
    if !usable_dir(dir) {
        return None;
    }
    let path = dir.join("build-secret");
    if let Some(s) = read_entry(&path).filter(|s| s.len() == 32) {
        return Some(s);
    }
    let mut fresh = [0u8; 32];
    getrandom::fill(&mut fresh).ok()?;
    store(dir, &path, &fresh).ok()?;
    // Another process may have won the race: use what is on disk.
    read_entry(&path).filter(|s| s.len() == 32)
}

/// SHA-256 of `parts`, each length-prefixed so no two lists collide.
pub fn digest(parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    hex(&h.finalize())
}

/// The directory, made owner-only (0700) where it is new.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)
}

/// Owned by this user, not a link, and writable by nobody else.
pub fn owner_only(path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid has no preconditions.
    let me = unsafe { libc::geteuid() };
    std::fs::symlink_metadata(path).is_ok_and(|m| !m.file_type().is_symlink() && m.uid() == me && m.mode() & 0o022 == 0)
}

fn load(engine: &Engine, path: &Path) -> Option<Module> {
    let body = read_entry(path)?;
    // SAFETY: the bytes are exactly what `Module::serialize` produced in an
    // earlier run (their digest matches the one written beside them), and
    // wasmtime itself rejects output from an incompatible engine.
    unsafe { Module::deserialize(engine, &body) }.ok()
}

fn store(dir: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    create_private_dir(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(MAGIC)?;
    tmp.write_all(&Sha256::digest(bytes))?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
