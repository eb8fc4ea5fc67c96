//! Backups of one machine's Stepstone data, and restoring them.
//!
//! A backup is a zip, encrypted with a passphrase (age, scrypt), holding a
//! consistent copy of the store (SQLite's online backup), the identity and
//! its keys, and the policy, listed with their SHA-256 in `manifest.json`,
//! which the device key signs. Keys are inside, hence the passphrase: a
//! backup on a stick must not let whoever finds it sign as the terminal.
//!
//! A restored terminal must never reuse a sequence number it already
//! exported (an instructor holding the old event under that number would
//! refuse the new one as a fork). The backup knows what was exported up to
//! the moment it was made, but not what went out after; so the log resumes
//! [`RESUME_GAP`] numbers past the highest the backup knows, and at no less
//! than the clock in milliseconds (so restoring the same backup twice
//! never lands twice in one place), or past what IT says the instructor
//! saw, if higher, with a `restored` event there that
//! tells the instructor's machine the gap is deliberate.
//!
//! What this leaves out: scheduled backups (a systemd timer can run the
//! command), and restoring while the app runs (stop it first).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::Path;

use super::FacilityError;
use crate::bundle::keys::{self, DeviceIdentity};
use crate::store::Store;

const FORMAT: &str = "stepstone-backup-v1";
/// How far past the backup's highest sequence a restored log resumes: more
/// events than a terminal writes in years of classes (an attempt writes
/// one or two), so whatever it exported after the backup lies below.
pub const RESUME_GAP: i64 = 1_000_000;
/// The largest backup read back (a year of a busy terminal is a few MiB).
const MAX_BACKUP_BYTES: u64 = 2 << 30;
const MIN_PASSPHRASE_CHARS: usize = 10;
/// The files a backup may hold, and nothing else.
const FILES: [&str; 5] = ["progress.sqlite3", "identity.json", "device.key", "device.age", "policy.json"];

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct BackupManifest {
    pub format: String,
    pub device_id: String,
    pub facility: String,
    pub key_id: String,
    pub created_at: i64,
    pub schema_version: i64,
    /// The newest event of this device's own log in the backup.
    pub last_seq: i64,
    /// The highest sequence the device had exported when it was made.
    pub highest_exported: i64,
    pub files: Vec<BackupFile>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct BackupFile {
    pub name: String,
    pub size: u64,
    pub sha256: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct BackupReport {
    pub path: String,
    pub bytes: u64,
    pub last_seq: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct RestoreReport {
    pub device_id: String,
    pub backup_seq: i64,
    /// Where this device's log continues.
    pub resumes_at: i64,
    /// Where the files the restore replaced were moved (kept, never deleted).
    pub previous_files: Option<String>,
}

fn err(msg: impl Into<String>) -> FacilityError {
    FacilityError::Backup(msg.into())
}

fn check_passphrase(p: &str) -> Result<(), FacilityError> {
    if p.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(err(format!("the backup passphrase must be at least {MIN_PASSPHRASE_CHARS} characters (a short sentence works well)")));
    }
    Ok(())
}

/// Writes an encrypted, signed backup of `data_dir` to `out` (atomically).
pub fn backup(data_dir: &Path, store: &Store, out: &Path, passphrase: &str) -> Result<BackupReport, FacilityError> {
    check_passphrase(passphrase)?;
    let me = DeviceIdentity::load(data_dir)?;
    let work = tempfile::tempdir_in(data_dir).map_err(|source| FacilityError::Io { action: "create a folder in", path: data_dir.display().to_string(), source })?;
    let db = work.path().join("progress.sqlite3");
    store.backup_to(&db)?;
    let mut files = Vec::new();
    for name in FILES {
        let path = if name == "progress.sqlite3" { db.clone() } else { data_dir.join(name) };
        match std::fs::read(&path) {
            Ok(bytes) => files.push((name, bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && name == "policy.json" => {}
            Err(source) => return Err(FacilityError::Io { action: "read", path: path.display().to_string(), source }),
        }
    }
    let manifest = BackupManifest {
        format: FORMAT.into(),
        device_id: me.device_id.clone(),
        facility: me.facility.clone(),
        key_id: me.key_id(),
        created_at: crate::store::now_ms(),
        schema_version: store.schema_version()?,
        last_seq: store.last_seq()?,
        highest_exported: store.highest_exported()?,
        files: files.iter().map(|(n, b)| BackupFile { name: n.to_string(), size: b.len() as u64, sha256: hex(&Sha256::digest(b)) }).collect(),
    };
    let manifest_bytes = serde_json::to_vec_pretty(&manifest).unwrap_or_default();
    let sig = crate::bundle::sign(&me, &manifest_bytes);
    let mut zip_bytes = Vec::new();
    {
        let mut z = zip::ZipWriter::new(std::io::Cursor::new(&mut zip_bytes));
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        let zerr = |e: zip::result::ZipError| err(format!("could not write the backup: {e}"));
        z.start_file("manifest.json", opts).map_err(zerr)?;
        z.write_all(&manifest_bytes).map_err(|e| err(e.to_string()))?;
        z.start_file("manifest.sig", opts).map_err(zerr)?;
        z.write_all(hex(&sig).as_bytes()).map_err(|e| err(e.to_string()))?;
        for (name, bytes) in &files {
            z.start_file(*name, opts).map_err(zerr)?;
            z.write_all(bytes).map_err(|e| err(e.to_string()))?;
        }
        z.finish().map_err(zerr)?;
    }
    let encryptor = age::Encryptor::with_user_passphrase(age::secrecy::SecretString::from(passphrase.to_string()));
    let mut sealed = Vec::new();
    {
        let mut w = encryptor.wrap_output(&mut sealed).map_err(|e| err(format!("could not encrypt the backup: {e}")))?;
        w.write_all(&zip_bytes).and_then(|_| w.finish().map(|_| ())).map_err(|e| err(format!("could not encrypt the backup: {e}")))?;
    }
    let dir = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let io = |action: &'static str| move |source| FacilityError::Io { action, path: out.display().to_string(), source };
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(io("write"))?;
    tmp.write_all(&sealed).and_then(|_| tmp.as_file().sync_all()).map_err(io("write"))?;
    tmp.persist(out).map_err(|e| e.error).map_err(io("rename into place"))?;
    Ok(BackupReport { path: out.display().to_string(), bytes: sealed.len() as u64, last_seq: manifest.last_seq })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Opens a backup: decrypts it, checks every file against the manifest and
/// the manifest's signature by the key inside. Returns the manifest and
/// the files.
pub fn open(file: &Path, passphrase: &str) -> Result<(BackupManifest, Vec<(String, Vec<u8>)>), FacilityError> {
    let sealed = crate::bundle::read_regular(file, MAX_BACKUP_BYTES).map_err(|e| err(format!("{} cannot be read as a backup: {e}", file.display())))?;
    let decryptor = age::Decryptor::new(&sealed[..]).map_err(|_| err(format!("{} is not a Stepstone backup (it is not an encrypted file)", file.display())))?;
    let mut identity = age::scrypt::Identity::new(age::secrecy::SecretString::from(passphrase.to_string()));
    // A hostile file may ask for an absurd scrypt cost; age's default cap
    // already refuses those, and a lower one keeps a wrong file quick.
    identity.set_max_work_factor(22);
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|_| err("the passphrase is wrong, or the file was made for another passphrase".to_string()))?;
    let mut zip_bytes = Vec::new();
    (&mut reader).take(MAX_BACKUP_BYTES + 1).read_to_end(&mut zip_bytes).map_err(|e| err(format!("the backup is damaged: {e}")))?;
    if zip_bytes.len() as u64 > MAX_BACKUP_BYTES {
        return Err(err("the backup is larger than any Stepstone makes"));
    }
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(&zip_bytes[..])).map_err(|e| err(format!("the backup is damaged: {e}")))?;
    let mut read = |name: &str, cap: u64| -> Result<Vec<u8>, FacilityError> {
        let f = z.by_name(name).map_err(|_| err(format!("the backup has no {name}")))?;
        let mut out = Vec::new();
        f.take(cap + 1).read_to_end(&mut out).map_err(|e| err(format!("the backup's {name} is damaged: {e}")))?;
        if out.len() as u64 > cap {
            return Err(err(format!("the backup's {name} is larger than it says")));
        }
        Ok(out)
    };
    let manifest_bytes = read("manifest.json", 1 << 20)?;
    let sig_hex = read("manifest.sig", 256)?;
    let manifest: BackupManifest = serde_json::from_slice(&manifest_bytes).map_err(|e| err(format!("the backup's manifest is not valid: {e}")))?;
    if manifest.format != FORMAT {
        return Err(err(format!("the backup's format is {:?}; this Stepstone reads {FORMAT:?}", manifest.format)));
    }
    let mut files = Vec::new();
    for f in &manifest.files {
        if !FILES.contains(&f.name.as_str()) || files.iter().any(|(n, _): &(String, Vec<u8>)| n == &f.name) {
            return Err(err(format!("the backup lists a file Stepstone never backs up: {:?}", f.name)));
        }
        let bytes = read(&f.name, f.size.min(MAX_BACKUP_BYTES))?;
        if bytes.len() as u64 != f.size || hex(&Sha256::digest(&bytes)) != f.sha256 {
            return Err(err(format!("the backup's {} does not match its manifest: the file was changed or damaged", f.name)));
        }
        files.push((f.name.clone(), bytes));
    }
    for needed in ["progress.sqlite3", "identity.json", "device.key"] {
        if !files.iter().any(|(n, _)| n == needed) {
            return Err(err(format!("the backup has no {needed}")));
        }
    }
    // The manifest is signed by the key it carries: the key must be the
    // one the identity names, and the signature must hold.
    let get = |n: &str| files.iter().find(|(name, _)| name == n).map(|(_, b)| b.clone()).unwrap_or_default();
    let secret: [u8; 32] = get("device.key").try_into().map_err(|_| err("the backup's device key is not 32 bytes"))?;
    let signing = ed25519_dalek::SigningKey::from_bytes(&secret);
    let public = signing.verifying_key();
    if keys::key_id(&public.to_bytes()) != manifest.key_id {
        return Err(err("the backup's key is not the one its manifest names"));
    }
    let identity_json: serde_json::Value = serde_json::from_slice(&get("identity.json")).map_err(|e| err(format!("the backup's identity is not valid: {e}")))?;
    if identity_json.get("public_key").and_then(|v| v.as_str()) != Some(hex(&public.to_bytes()).as_str())
        || identity_json.get("device_id").and_then(|v| v.as_str()) != Some(manifest.device_id.as_str())
    {
        return Err(err("the backup's identity does not match its key"));
    }
    // Decoded from bytes: a hostile file's non-ASCII text is never sliced.
    if identity_json.get("role").and_then(|v| v.as_str()) != Some("terminal") && identity_json.get("role").and_then(|v| v.as_str()) != Some("instructor") {
        return Err(err("the backup's identity has no valid role"));
    }
    let sig: [u8; 64] = Some(&sig_hex[..])
        .filter(|s| s.len() == 128 && s.is_ascii())
        .and_then(|s| s.chunks(2).map(|c| std::str::from_utf8(c).ok().and_then(|h| u8::from_str_radix(h, 16).ok())).collect::<Option<Vec<u8>>>())
        .and_then(|v| v.try_into().ok())
        .ok_or_else(|| err("the backup's signature is not 128 hex digits"))?;
    public
        .verify_strict(&manifest_bytes, &ed25519_dalek::Signature::from_bytes(&sig))
        .map_err(|_| err("the backup's signature does not match its manifest: it was changed after it was made"))?;
    Ok((manifest, files))
}

/// Restores a backup into `data_dir`. Refuses one of another machine's
/// identity when this one has its own. The files it replaces are moved to
/// `data_dir/before-restore-<ms>/`. `instructor_saw` is the highest
/// sequence of this terminal the instructor's machine holds, when IT knows
/// it; the log resumes past it too.
pub fn restore(data_dir: &Path, file: &Path, passphrase: &str, instructor_saw: Option<i64>) -> Result<RestoreReport, FacilityError> {
    let (manifest, files) = open(file, passphrase)?;
    let io = |action: &'static str, p: &Path| {
        let p = p.display().to_string();
        move |source| FacilityError::Io { action, path: p, source }
    };
    std::fs::create_dir_all(data_dir).map_err(io("create", data_dir))?;
    if let Ok(text) = std::fs::read_to_string(data_dir.join("identity.json")) {
        let here: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        let here_key = here.get("public_key").and_then(|v| v.as_str()).and_then(|h| {
            let v: Option<Vec<u8>> = (0..h.len() / 2).map(|i| h.get(2 * i..2 * i + 2).and_then(|x| u8::from_str_radix(x, 16).ok())).collect();
            v.and_then(|v| <[u8; 32]>::try_from(v).ok())
        });
        if here_key.map(|k| keys::key_id(&k)) != Some(manifest.key_id.clone()) {
            return Err(err(format!(
                "this machine has an identity of its own, and the backup is of another terminal (device {}). Nothing was changed. Restore it onto that terminal, or onto a machine not provisioned yet.",
                manifest.device_id
            )));
        }
    }
    // Every restored file is written beside its place first, and the store
    // is checked there (quick_check and migration: a backup from a newer
    // Stepstone is refused here, before anything moves).
    let staged: Vec<(String, std::path::PathBuf)> = files
        .iter()
        .map(|(name, bytes)| {
            let tmp = data_dir.join(format!("{name}.restoring"));
            let _ = std::fs::remove_file(&tmp);
            let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(&tmp).map_err(io("write", &tmp))?;
            f.write_all(bytes).and_then(|_| f.sync_all()).map_err(io("write", &tmp))?;
            Ok((name.clone(), tmp))
        })
        .collect::<Result<_, FacilityError>>()?;
    let cleanup = || staged.iter().for_each(|(_, p)| drop(std::fs::remove_file(p)));
    // Closed before it moves: SQLite folds its WAL back in on close.
    let check = Store::open(&data_dir.join("progress.sqlite3.restoring")).map(drop);
    let _ = std::fs::remove_file(data_dir.join("progress.sqlite3.restoring-wal"));
    let _ = std::fs::remove_file(data_dir.join("progress.sqlite3.restoring-shm"));
    if let Err(e) = check {
        cleanup();
        return Err(err(format!("the backup's store cannot be used here: {e}")));
    }
    // Move what is here aside (kept), then the restored files in; the
    // identity last, so a crash before it leaves the old identity in place.
    let aside = data_dir.join(format!("before-restore-{}", crate::store::now_ms()));
    let mut moved = false;
    for name in ["progress.sqlite3", "progress.sqlite3-wal", "progress.sqlite3-shm", "policy.json", "device.age", "device.key", "identity.json"] {
        let p = data_dir.join(name);
        if p.exists() {
            if !moved {
                std::fs::create_dir(&aside).map_err(io("create", &aside))?;
                moved = true;
            }
            std::fs::rename(&p, aside.join(name)).map_err(io("move", &p))?;
        }
    }
    let order = ["progress.sqlite3", "policy.json", "device.age", "device.key", "identity.json"];
    for name in order {
        if let Some((_, tmp)) = staged.iter().find(|(n, _)| n == name) {
            std::fs::rename(tmp, data_dir.join(name)).map_err(io("move", tmp))?;
        }
    }
    // IT restores on purpose, perhaps onto a replaced disk with a new
    // machine id: the identity belongs to this machine from now on.
    keys::rebind(data_dir)?;
    let mut store = Store::open(&data_dir.join("progress.sqlite3"))?;
    let backup_seq = manifest.last_seq.max(manifest.highest_exported);
    // Past anything this backup could have led to before: the same backup
    // restored again (after a second failure) must not land where the
    // first restore's events went. So each restore resumes at no less than
    // the clock in milliseconds: every event is its own fsynced
    // transaction, so a log never grows faster than one number a
    // millisecond, and a later restore starts above an earlier one's end.
    let next = (backup_seq + RESUME_GAP).max(crate::store::now_ms()).max(instructor_saw.unwrap_or(0).saturating_add(1));
    let resumes_at = store.resume_after_restore(backup_seq, next)?;
    Ok(RestoreReport { device_id: manifest.device_id, backup_seq, resumes_at, previous_files: moved.then(|| aside.display().to_string()) })
}

/// Checks a passphrase for a new backup (front ends ask before working).
pub fn passphrase_ok(p: &str) -> Result<(), FacilityError> {
    check_passphrase(p)
}
