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
    let compile = || Module::new(engine, wasm).map_err(|e| SandboxError::Engine(format!("{e:#}")));
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
    if !owner_only(path) {
        return None;
    }
    let data = std::fs::read(path).ok()?;
    if data.len() < MAGIC.len() + 32 || &data[..MAGIC.len()] != MAGIC {
        return None;
    }
    let (digest, body) = data[MAGIC.len()..].split_at(32);
    if Sha256::digest(body).as_slice() != digest {
        return None;
    }
    // SAFETY: the bytes are exactly what `Module::serialize` produced in an
    // earlier run (their digest matches the one written beside them), and
    // wasmtime itself rejects output from an incompatible engine.
    unsafe { Module::deserialize(engine, body) }.ok()
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
