//! Shared helpers: one sandbox per test binary, pointed at the CLI for
//! compiler confinement (the test binary itself cannot re-exec into it).

use std::path::PathBuf;
use std::sync::OnceLock;

use stepstone::sandbox::Sandbox;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn cli() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_stepstone"))
}

/// A scratch data directory that lives as long as the test binary.
pub fn scratch() -> &'static tempfile::TempDir {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().expect("temp dir"))
}

pub fn sandbox() -> &'static Sandbox {
    static SANDBOX: OnceLock<Sandbox> = OnceLock::new();
    SANDBOX.get_or_init(|| {
        let mut s = Sandbox::new(Some(scratch().path().join("cache"))).expect("sandbox");
        s.set_confine_exe(cli());
        s
    })
}
