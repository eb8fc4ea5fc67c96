//! `stepstone doctor`: what this machine has, what it lacks, and where
//! Stepstone keeps its files. The app shows the same report.
//!
//! It only looks; it installs nothing (the README's commands do that).

use serde::{Deserialize, Serialize};
use std::path::Path;
use ts_rs::TS;

use crate::config::Paths;
use crate::{sandbox, toolchain};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Check {
    pub name: String,
    pub found: bool,
    /// A version or path when found; what to install when missing.
    pub detail: String,
    /// What stops working without it.
    pub needed_for: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DoctorReport {
    pub version: String,
    pub checks: Vec<Check>,
    pub data_dir: String,
    pub curriculum_dir: String,
    pub all_found: bool,
}

fn check(name: &str, needed_for: &str, r: Result<String, String>) -> Check {
    let (found, detail) = match r {
        Ok(d) => (true, d),
        Err(d) => (false, d),
    };
    Check { name: name.into(), found, detail, needed_for: needed_for.into() }
}

fn file(path: &str, package: &str) -> Result<String, String> {
    if Path::new(path).exists() {
        Ok(path.to_string())
    } else {
        Err(format!("{path} is missing: install the Debian package `{package}`"))
    }
}

/// Inspects the machine. Takes a few milliseconds (one `rustc --version`).
pub fn run(paths: &Paths) -> DoctorReport {
    let mut checks = vec![
        check(
            "rustc-web (compiler for student Rust)",
            "Rust exercises",
            file(toolchain::RUSTC, "rustc-web").and_then(|_| toolchain::rustc_version(Path::new(toolchain::RUSTC)).map_err(|e| e.to_string())),
        ),
        check("wasm-ld-19 (linker for student Rust)", "Rust exercises", file(toolchain::LINKER, "lld-19")),
        check(
            "wasm32-wasip1 standard library",
            "Rust exercises",
            toolchain::locate().map(|t| t.sysroot.display().to_string()).map_err(|e| e.to_string()),
        ),
        check(
            "Landlock (confines the Rust compiler)",
            "Rust exercises",
            sandbox::confine::probe(),
        ),
        check(
            "QuickJS-ng (JavaScript engine, built in)",
            "JavaScript exercises",
            Ok(format!("{} KiB wasm module embedded", sandbox::js::QUICKJS_WASM.len() / 1024)),
        ),
    ];
    checks.push(check("data directory", "saving work", writable(&paths.data_dir)));
    checks.push(check("device identity", "saving to USB and signing bundles", identity(&paths.data_dir)));
    checks.push(check(
        "curriculum",
        "lessons and exercises",
        if paths.curriculum_dir.is_dir() {
            Ok(paths.curriculum_dir.display().to_string())
        } else {
            Err(format!("{} is not a directory", paths.curriculum_dir.display()))
        },
    ));
    let all_found = checks.iter().all(|c| c.found);
    DoctorReport {
        version: crate::VERSION.into(),
        checks,
        data_dir: paths.data_dir.display().to_string(),
        curriculum_dir: paths.curriculum_dir.display().to_string(),
        all_found,
    }
}

/// The machine's provisioning, and whether its key was made on this
/// machine (an imaged clone's copied key signs nothing).
fn identity(data_dir: &Path) -> Result<String, String> {
    use crate::bundle::keys::KeyError;
    match crate::bundle::DeviceIdentity::load(data_dir) {
        Ok(id) => Ok(format!(
            "{:?} {} of facility {}, key fingerprint {}, {}",
            id.role,
            id.device_id,
            id.facility,
            crate::bundle::keys::fingerprint(&id.key_id()),
            if crate::bundle::keys::machine_binding().is_some() { "bound to this machine's /etc/machine-id" } else { "this machine has no machine id to bind to" }
        )
        .to_lowercase()),
        // Learners can practise on an unprovisioned machine; only saving
        // to USB needs a key.
        Err(KeyError::NotProvisioned) => Ok("not provisioned yet: learners can practise; saving to USB needs `stepstone provision --from facility.json`".into()),
        Err(e) => Err(e.to_string()),
    }
}

/// Creates the directory (owner-only) if needed, proves a file can be
/// written there, and says whether anyone but this user can get in.
fn writable(dir: &Path) -> Result<String, String> {
    use std::os::unix::fs::{DirBuilderExt, MetadataExt};
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    tempfile::NamedTempFile::new_in(dir).map_err(|e| format!("cannot write in {}: {e}", dir.display()))?;
    let mode = std::fs::metadata(dir).map(|m| m.mode() & 0o777).unwrap_or(0);
    if mode & 0o077 != 0 {
        return Err(format!("{} has mode {mode:o}: other users could read learners' work; run `chmod 700 {}`", dir.display(), dir.display()));
    }
    Ok(format!("{} (owner only)", dir.display()))
}
