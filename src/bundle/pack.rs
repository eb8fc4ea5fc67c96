//! Curriculum packs: a whole track carried from the instructor to terminals.
//!
//! A pack is one JSON payload, `{track_id, files: {relative path: text}}`,
//! inside a signed bundle. Before a terminal stores a pack it is checked
//! exactly like the bundled curriculum: every path must be a plain relative
//! name, the sizes are capped, and the files are staged in a scratch folder
//! and loaded with [`crate::curriculum::load`], so a hostile or broken pack
//! is refused with the validator's own line-numbered problems. Installed
//! packs live in the store (one transaction with the import) and are written
//! out to `packs/<sha256>/` under the data directory when the app opens: the
//! folder is a cache, rebuilt whenever it is missing.
//!
//! What it leaves out: running the pack's solutions through the sandbox on
//! import (the instructor's export runs the static checks; `stepstone
//! curriculum check` runs the full one), and binary files such as images.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{name_is_safe, BundleError};
use crate::store::PackRecord;

/// Caps on a pack, well above any real track.
pub const MAX_FILES: usize = 2_000;
pub const MAX_BYTES: usize = 16 << 20;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    pub track_id: String,
    pub files: BTreeMap<String, String>,
}

fn bad(detail: impl Into<String>) -> BundleError {
    BundleError::BadPack(detail.into())
}

/// Reads a track folder (the one holding `track.toml`) into a pack.
pub fn read_dir(dir: &Path) -> Result<Pack, BundleError> {
    let manifest = dir.join("track.toml");
    let text = crate::bundle::read_regular(&manifest, 1 << 20)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or_else(|| bad(format!("{} could not be read (name the folder that holds track.toml, a small text file)", manifest.display())))?;
    let track_id = toml::from_str::<toml::Table>(&text)
        .ok()
        .and_then(|t| t.get("id").and_then(|v| v.as_str()).map(str::to_string))
        .ok_or_else(|| bad(format!("{}: no id", manifest.display())))?;
    let mut files = BTreeMap::new();
    collect(dir, "", &mut files, &mut 0)?;
    Ok(Pack { track_id, files })
}

/// The deepest folder a pack may nest.
const MAX_DEPTH: usize = 12;

/// Reads the folder's text files into `files`, refusing links, special
/// files, and anything over the pack limits before reading it: the folder
/// may be on a stick, and a huge file or a deep tree must cost nothing.
fn collect(dir: &Path, prefix: &str, files: &mut BTreeMap<String, String>, bytes: &mut u64) -> Result<(), BundleError> {
    if prefix.matches('/').count() > MAX_DEPTH {
        return Err(bad(format!("{prefix} is nested more than {MAX_DEPTH} folders deep")));
    }
    let mut entries = Vec::new();
    for e in std::fs::read_dir(dir).map_err(|e| bad(format!("{}: {e}", dir.display())))?.flatten() {
        entries.push(e);
        if entries.len() > MAX_FILES {
            return Err(bad(format!("{prefix}: more than {MAX_FILES} entries")));
        }
    }
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name().to_string_lossy().to_string();
        if name.starts_with('.') {
            continue;
        }
        let rel = format!("{prefix}{name}");
        let meta = std::fs::symlink_metadata(e.path()).map_err(|err| bad(format!("{rel}: {err}")))?;
        if meta.is_dir() {
            collect(&e.path(), &format!("{rel}/"), files, bytes)?;
        } else if meta.is_file() {
            *bytes += meta.len();
            if *bytes > MAX_BYTES as u64 || files.len() >= MAX_FILES {
                return Err(bad(format!("more than {MAX_BYTES} bytes or {MAX_FILES} files; a pack must be smaller")));
            }
            let text = crate::bundle::read_regular(&e.path(), MAX_BYTES as u64)
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .ok_or_else(|| bad(format!("{rel} could not be read as text (packs carry text files only)")))?;
            files.insert(rel, text);
        } else {
            return Err(bad(format!("{rel} is a link or special file")));
        }
    }
    Ok(())
}

/// Checks names and sizes, then loads the pack from a scratch folder with
/// the curriculum validator. Touches nothing else.
pub fn validate(p: &Pack) -> Result<(), BundleError> {
    let plain = |s: &str| !s.is_empty() && s.len() <= 64 && s.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)) && !s.starts_with('.');
    if !plain(&p.track_id) {
        return Err(bad(format!("the track id {:?} must be letters, digits, '-', '_' or '.'", p.track_id)));
    }
    if p.files.len() > MAX_FILES {
        return Err(bad(format!("{} files; at most {MAX_FILES} are allowed", p.files.len())));
    }
    let total: usize = p.files.iter().map(|(k, v)| k.len() + v.len()).sum();
    if total > MAX_BYTES {
        return Err(bad(format!("{total} bytes; at most {MAX_BYTES} are allowed")));
    }
    if let Some(name) = p.files.keys().find(|n| !name_is_safe(n) || n.len() > 255) {
        return Err(bad(format!("the file name {name:?} is not allowed (it could escape the pack)")));
    }
    let (_scratch, curriculum) = load_staged(&p.track_id, &p.files)?;
    match curriculum.tracks.as_slice() {
        [t] if t.id == p.track_id => Ok(()),
        [t] => Err(bad(format!("the pack says track {:?} but its track.toml says {:?}", p.track_id, t.id))),
        _ => Err(bad("a pack holds exactly one track")),
    }
}

/// An installed-to-be pack loaded from a scratch folder, to see whether it
/// fits beside the curriculum a terminal already teaches. The folder lives
/// as long as the returned guard.
pub fn stage(pack: &PackRecord) -> Result<(tempfile::TempDir, crate::curriculum::Curriculum), BundleError> {
    load_staged(&pack.track_id, &pack.files)
}

/// Writes a pack's files to a scratch folder and loads them with the
/// curriculum loader, whose line-numbered problems become the error.
fn load_staged(track_id: &str, files: &BTreeMap<String, String>) -> Result<(tempfile::TempDir, crate::curriculum::Curriculum), BundleError> {
    let scratch = tempfile::tempdir().map_err(|e| bad(format!("no scratch folder to check the pack in: {e}")))?;
    write_files(&scratch.path().join(track_id), files)?;
    let curriculum = crate::curriculum::load(scratch.path()).map_err(|e| match e {
        crate::curriculum::CurriculumError::Invalid { problems, .. } => bad(problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n")),
        other => bad(other.to_string()),
    })?;
    Ok((scratch, curriculum))
}

/// Removes what no installed pack uses under `packs/`: folders of replaced
/// versions and scratch folders a crash left behind.
pub fn remove_unused(data_dir: &Path, installed: &[PackRecord]) {
    let Ok(entries) = std::fs::read_dir(data_dir.join("packs")) else { return };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if !installed.iter().any(|p| p.sha256 == name) {
            // Best effort: a folder that cannot be removed now is tried
            // again at the next start, and is never read meanwhile.
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

fn write_files(dir: &Path, files: &BTreeMap<String, String>) -> Result<(), BundleError> {
    for (name, text) in files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| bad(format!("{}: {e}", parent.display())))?;
        }
        std::fs::write(&path, text).map_err(|e| bad(format!("{}: {e}", path.display())))?;
    }
    Ok(())
}

/// The folder an installed pack is read from (its curriculum root), written
/// out from the store if missing: first to a scratch name, then renamed, so
/// a crash never leaves a half-written pack under the real name.
pub fn materialize(data_dir: &Path, pack: &PackRecord) -> Result<PathBuf, BundleError> {
    let packs = data_dir.join("packs");
    let root = packs.join(&pack.sha256);
    if root.join(&pack.track_id).join("track.toml").is_file() {
        return Ok(root);
    }
    std::fs::create_dir_all(&packs).map_err(|e| bad(format!("{}: {e}", packs.display())))?;
    let scratch = tempfile::Builder::new().prefix(".staging-").tempdir_in(&packs).map_err(|e| bad(format!("{}: {e}", packs.display())))?;
    write_files(&scratch.path().join(&pack.track_id), &pack.files)?;
    let staged = scratch.keep();
    // A stale half-written folder from an older crash is replaced.
    let _ = std::fs::remove_dir_all(&root);
    std::fs::rename(&staged, &root).map_err(|e| bad(format!("{}: {e}", root.display())))?;
    Ok(root)
}
