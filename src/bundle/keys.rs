//! Device identity: role, facility and an Ed25519 key pair per machine.
//!
//! `provision` writes `identity.json` (public facts), `device.key` (the
//! 32-byte Ed25519 signing secret) and `device.age` (the X25519 secret that
//! bundles are encrypted to), both owner-only, into the data directory. The
//! public halves travel as an enrollment file that the other side imports
//! into its store's trusted keys. A machine provisioned before bundles were
//! encrypted gets its X25519 key the first time its identity is loaded.

use ed25519_dalek::SigningKey;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use crate::store::TrustedKey;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Terminal,
    Instructor,
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("this machine is not provisioned yet: run `stepstone provision`")]
    NotProvisioned,
    #[error("this machine is already provisioned ({0}); its key is never replaced silently")]
    AlreadyProvisioned(String),
    #[error("could not {action} {path}: {source}")]
    Io { action: &'static str, path: String, source: std::io::Error },
    #[error("{path} is not a valid {what}: {detail}")]
    Invalid { path: String, what: &'static str, detail: String },
    #[error("no randomness available for a new key: {0}")]
    Random(String),
    #[error("{path} is the enrollment file of a {role}; this machine trusts only {wanted} keys")]
    WrongRole { path: String, role: String, wanted: &'static str },
    #[error("{path} belongs to facility {theirs:?}, not {ours:?}")]
    OtherFacility { path: String, theirs: String, ours: String },
    #[error("the key in {path} does not have the fingerprint {expected}: it was not trusted. Read the fingerprint again off the other machine's screen; if it still does not match, this file is not from that machine.")]
    FingerprintMismatch { path: String, expected: String },
    #[error("this machine's key was made on another machine: {why}. The disk was probably copied from an image. Stepstone will not sign anything with a copied key, because two terminals signing as one would split this terminal's record in two. Ask IT to provision this machine again from the facility kit (`stepstone provision --from facility.json`); learners' work on it is kept.")]
    Copied { why: String },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct IdentityFile {
    role: Role,
    facility: String,
    device_id: String,
    public_key: String,
    /// [`machine_binding`] of the machine the key was made on. Absent in
    /// files from before clones were detected: the first load binds them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    machine: Option<String>,
}

/// Where the machine's identity is read: `/etc/machine-id`, which systemd
/// makes fresh on the first boot of an image whose file is empty. Tests
/// point `STEPSTONE_MACHINE_ID_FILE` elsewhere.
fn machine_id_path() -> std::path::PathBuf {
    std::env::var_os("STEPSTONE_MACHINE_ID_FILE").map(Into::into).unwrap_or_else(|| "/etc/machine-id".into())
}

/// A hash of this machine's id (`None` when it has none). The id itself is
/// not stored: machine-id(5) asks that it be kept private, and a hash is
/// all that is needed to notice a copy.
pub fn machine_binding() -> Option<String> {
    let id = std::fs::read_to_string(machine_id_path()).ok()?;
    let id = id.trim();
    if id.is_empty() || id == "uninitialized" {
        return None;
    }
    Some(hex(&Sha256::digest(format!("stepstone-machine-v1\n{id}").as_bytes())[..16]))
}

/// Whether the identity in `data_dir` was made on this machine: `Err`
/// with a plain reason when it was copied from another.
fn check_machine(file: &IdentityFile) -> Result<(), KeyError> {
    match (&file.machine, machine_binding()) {
        (Some(made_on), Some(here)) if *made_on != here => Err(KeyError::Copied { why: format!("{} is not the one it was made with", machine_id_path().display()) }),
        (Some(_), None) => Err(KeyError::Copied { why: format!("{} is missing or empty here", machine_id_path().display()) }),
        _ => Ok(()),
    }
}

/// The public half, as carried to the other side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Enrollment {
    pub format_version: u32,
    pub role: Role,
    pub facility: String,
    pub device_id: String,
    pub public_key: String,
    /// The age (X25519) recipient that bundles for this device are
    /// encrypted to. Absent in files from before bundles were encrypted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption_key: Option<String>,
    /// Ed25519, by the key itself, over every field above (see
    /// [`Enrollment::signed_bytes`]): confirming the key's fingerprint then
    /// confirms the role, facility and encryption key too, so nobody who
    /// handles the file on its way can swap any of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
}

impl Enrollment {
    /// What the signature covers: the fields in a fixed order, as JSON.
    fn signed_bytes(&self) -> Vec<u8> {
        let body = serde_json::json!([
            "stepstone-enrollment-v1",
            self.format_version,
            self.role,
            self.facility,
            self.device_id,
            self.public_key,
            self.encryption_key,
        ]);
        serde_json::to_vec(&body).unwrap_or_default()
    }
}

/// A key id as people compare it: groups of four, `a1b2 c3d4 ...`.
pub fn fingerprint(key_id: &str) -> String {
    key_id.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}

/// Whether `typed` (any case, spaces, dashes or colons between the
/// digits) is the whole of `key_id`. A prefix is not enough: a few hex
/// digits can be matched by making keys until one fits.
pub fn same_key_id(typed: &str, key_id: &str) -> bool {
    let cleaned: String = typed.chars().filter(|c| !matches!(c, ' ' | '-' | ':')).collect::<String>().to_ascii_lowercase();
    cleaned == key_id
}

pub struct DeviceIdentity {
    pub role: Role,
    pub facility: String,
    pub device_id: String,
    key: SigningKey,
    age: age::x25519::Identity,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex32(s: &str) -> Option<[u8; 32]> {
    if s.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, chunk) in s.as_bytes().chunks(2).enumerate() {
        out[i] = u8::from_str_radix(std::str::from_utf8(chunk).ok()?, 16).ok()?;
    }
    Some(out)
}

/// A key's id: the first 16 bytes of the SHA-256 of the public key, in hex.
pub fn key_id(public_key: &[u8; 32]) -> String {
    hex(&Sha256::digest(public_key)[..16])
}

impl DeviceIdentity {
    pub fn key_id(&self) -> String {
        key_id(&self.key.verifying_key().to_bytes())
    }

    pub(crate) fn signing_key(&self) -> &SigningKey {
        &self.key
    }

    /// The secret that opens bundles encrypted to this device.
    pub(crate) fn decryption_key(&self) -> &age::x25519::Identity {
        &self.age
    }

    pub fn enrollment(&self) -> Enrollment {
        use ed25519_dalek::Signer;
        let mut e = Enrollment {
            format_version: 1,
            role: self.role,
            facility: self.facility.clone(),
            device_id: self.device_id.clone(),
            public_key: hex(&self.key.verifying_key().to_bytes()),
            encryption_key: Some(self.age.to_public().to_string()),
            signature: None,
        };
        e.signature = Some(hex(&self.key.sign(&e.signed_bytes()).to_bytes()));
        e
    }

    /// Creates this machine's identity. `device_id` is the store's.
    pub fn provision(data_dir: &Path, role: Role, facility: &str, device_id: &str) -> Result<DeviceIdentity, KeyError> {
        let id_path = data_dir.join("identity.json");
        if id_path.exists() {
            return Err(KeyError::AlreadyProvisioned(id_path.display().to_string()));
        }
        std::fs::create_dir_all(data_dir).map_err(|source| KeyError::Io { action: "create", path: data_dir.display().to_string(), source })?;
        let mut secret = [0u8; 32];
        getrandom::fill(&mut secret).map_err(|e| KeyError::Random(e.to_string()))?;
        let key = SigningKey::from_bytes(&secret);
        write_secret(&data_dir.join("device.key"), &secret)?;
        let age = load_or_create_age(data_dir)?;
        let identity = DeviceIdentity { role, facility: facility.to_string(), device_id: device_id.to_string(), key, age };
        let file = IdentityFile { role, facility: facility.into(), device_id: device_id.into(), public_key: hex(&identity.key.verifying_key().to_bytes()), machine: machine_binding() };
        write_private(&id_path, &serde_json::to_vec_pretty(&file).unwrap_or_default(), false)?;
        Ok(identity)
    }

    pub fn load(data_dir: &Path) -> Result<DeviceIdentity, KeyError> {
        let id_path = data_dir.join("identity.json");
        let text = std::fs::read_to_string(&id_path).map_err(|_| KeyError::NotProvisioned)?;
        let mut file: IdentityFile = serde_json::from_str(&text).map_err(|e| KeyError::Invalid { path: id_path.display().to_string(), what: "identity file", detail: e.to_string() })?;
        check_machine(&file)?;
        if file.machine.is_none() {
            // Made before clones were detected: bind it to this machine now,
            // so a copy taken from here on is noticed.
            if let Some(here) = machine_binding() {
                file.machine = Some(here);
                replace_private(&id_path, &serde_json::to_vec_pretty(&file).unwrap_or_default())?;
            }
        }
        let key_path = data_dir.join("device.key");
        let bytes = std::fs::read(&key_path).map_err(|source| KeyError::Io { action: "read", path: key_path.display().to_string(), source })?;
        let secret: [u8; 32] = bytes.try_into().map_err(|_| KeyError::Invalid { path: key_path.display().to_string(), what: "device key", detail: "not 32 bytes".into() })?;
        let age = load_or_create_age(data_dir)?;
        Ok(DeviceIdentity { role: file.role, facility: file.facility, device_id: file.device_id, key: SigningKey::from_bytes(&secret), age })
    }
}

/// Whether `data_dir` holds an identity copied from another machine (an
/// imaged clone): the one state in which provisioning again may set the
/// old identity aside.
pub fn is_copied(data_dir: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(data_dir.join("identity.json")) else { return false };
    let Ok(file) = serde_json::from_str::<IdentityFile>(&text) else { return false };
    matches!(check_machine(&file), Err(KeyError::Copied { .. }))
}

/// Moves a copied identity's files into `data_dir/copied-identity-<ms>/`,
/// kept for IT to look at, never deleted. Refuses an identity made here.
pub fn set_aside_copied(data_dir: &Path) -> Result<std::path::PathBuf, KeyError> {
    if !is_copied(data_dir) {
        return Err(KeyError::AlreadyProvisioned(data_dir.join("identity.json").display().to_string()));
    }
    let dir = data_dir.join(format!("copied-identity-{}", crate::store::now_ms()));
    std::fs::create_dir(&dir).map_err(|source| KeyError::Io { action: "create", path: dir.display().to_string(), source })?;
    // identity.json last: until it moves, the machine still reads as the
    // copy, so a crash half-way is finished by running provision again.
    for name in ["device.key", "device.age", "identity.json"] {
        let from = data_dir.join(name);
        if from.exists() {
            std::fs::rename(&from, dir.join(name)).map_err(|source| KeyError::Io { action: "move", path: from.display().to_string(), source })?;
        }
    }
    Ok(dir)
}

/// Replaces an owner-only file atomically (write beside, flush, rename).
fn replace_private(path: &Path, bytes: &[u8]) -> Result<(), KeyError> {
    let tmp = path.with_extension("json.tmp");
    let _ = std::fs::remove_file(&tmp);
    write_private(&tmp, bytes, true)?;
    std::fs::rename(&tmp, path).map_err(|source| KeyError::Io { action: "replace", path: path.display().to_string(), source })
}

/// Binds the identity in `data_dir` to this machine (after a restore onto
/// a replaced disk, which IT does on purpose).
pub(crate) fn rebind(data_dir: &Path) -> Result<(), KeyError> {
    let id_path = data_dir.join("identity.json");
    let text = std::fs::read_to_string(&id_path).map_err(|_| KeyError::NotProvisioned)?;
    let mut file: IdentityFile = serde_json::from_str(&text).map_err(|e| KeyError::Invalid { path: id_path.display().to_string(), what: "identity file", detail: e.to_string() })?;
    file.machine = machine_binding();
    replace_private(&id_path, &serde_json::to_vec_pretty(&file).unwrap_or_default())
}

/// Writes a new owner-only file (0600) and flushes it; never replaces one.
fn write_secret(path: &Path, bytes: &[u8]) -> Result<(), KeyError> {
    write_private(path, bytes, true)
}

fn write_private(path: &Path, bytes: &[u8], create_new: bool) -> Result<(), KeyError> {
    let err = |action: &'static str| move |source| KeyError::Io { action, path: path.display().to_string(), source };
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .create_new(create_new)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .map_err(err("create"))?;
    f.write_all(bytes).and_then(|_| f.sync_all()).map_err(err("write"))
}

/// This device's X25519 secret, made on first use (machines provisioned
/// before bundles were encrypted have none yet).
fn load_or_create_age(data_dir: &Path) -> Result<age::x25519::Identity, KeyError> {
    use age::secrecy::ExposeSecret;
    let path = data_dir.join("device.age");
    match std::fs::read_to_string(&path) {
        Ok(text) => text.trim().parse().map_err(|e: &str| KeyError::Invalid { path: path.display().to_string(), what: "encryption key", detail: e.to_string() }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let id = age::x25519::Identity::generate();
            write_secret(&path, id.to_string().expose_secret().as_bytes())?;
            Ok(id)
        }
        Err(source) => Err(KeyError::Io { action: "read", path: path.display().to_string(), source }),
    }
}

/// The largest enrollment file read (a real one is under 1 KiB).
const MAX_ENROLLMENT_BYTES: u64 = 64 << 10;

/// Reads an enrollment file into a key the store can trust.
pub fn read_enrollment(path: &Path) -> Result<TrustedKey, KeyError> {
    // It may come from a stick: a regular file only (no link to /dev/zero,
    // no FIFO to hang on), and small.
    let bytes = super::read_regular(path, MAX_ENROLLMENT_BYTES).map_err(|e| KeyError::Invalid { path: path.display().to_string(), what: "enrollment file", detail: e.to_string() })?;
    let text = String::from_utf8(bytes).map_err(|_| KeyError::Invalid { path: path.display().to_string(), what: "enrollment file", detail: "it is not text".into() })?;
    let e: Enrollment = serde_json::from_str(&text).map_err(|err| KeyError::Invalid { path: path.display().to_string(), what: "enrollment file", detail: err.to_string() })?;
    check_enrollment(&path.display().to_string(), e)
}

/// Checks an enrollment (its own signature, its key, its names) and turns
/// it into a key the store can trust; `shown` names where it came from.
pub fn check_enrollment(shown: &str, e: Enrollment) -> Result<TrustedKey, KeyError> {
    let public_key = unhex32(&e.public_key).ok_or_else(|| KeyError::Invalid { path: shown.to_string(), what: "enrollment file", detail: "public_key must be 64 hex digits".into() })?;
    // The file must be signed by its own key: otherwise the role, facility
    // or encryption key could have been changed on the way, and a
    // fingerprint check would not notice.
    let invalid = |detail: &str| KeyError::Invalid { path: shown.to_string(), what: "enrollment file", detail: detail.to_string() };
    let sig = e.signature.as_deref().ok_or_else(|| invalid("it is not signed (made by an older Stepstone?): make it again with `stepstone enrollment`"))?;
    // Decoded from bytes: a hostile file's non-ASCII text must not be
    // sliced as a string.
    let sig: [u8; 64] = (sig.len() == 128 && sig.is_ascii())
        .then(|| sig.as_bytes().chunks(2).map(|c| std::str::from_utf8(c).ok().and_then(|h| u8::from_str_radix(h, 16).ok())).collect::<Option<Vec<u8>>>())
        .flatten()
        .and_then(|v| v.try_into().ok())
        .ok_or_else(|| invalid("its signature must be 128 hex digits"))?;
    let verifying = ed25519_dalek::VerifyingKey::from_bytes(&public_key).map_err(|_| invalid("public_key is not an Ed25519 key"))?;
    verifying
        .verify_strict(&e.signed_bytes(), &ed25519_dalek::Signature::from_bytes(&sig))
        .map_err(|_| invalid("its signature does not match its contents: the file was changed after it was made"))?;
    if let Some(k) = &e.encryption_key {
        k.parse::<age::x25519::Recipient>().map_err(|detail| KeyError::Invalid { path: shown.to_string(), what: "enrollment file", detail: format!("encryption_key: {detail}") })?;
    }
    if !crate::store::name_is_valid(&e.facility) || !crate::store::name_is_valid(&e.device_id) {
        return Err(KeyError::Invalid { path: shown.to_string(), what: "enrollment file", detail: "the facility or device id is empty, too long or holds control characters".into() });
    }
    Ok(TrustedKey {
        encryption_key: e.encryption_key,
        key_id: key_id(&public_key),
        device_id: e.device_id,
        facility: e.facility,
        role: serde_json::to_value(e.role).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default(),
        public_key,
    })
}
