//! Device identity: role, facility and an Ed25519 key pair per machine.
//!
//! `provision` writes `identity.json` (public facts) and `device.key` (the
//! 32-byte secret, owner-only permissions) into the data directory. The
//! public half travels as an enrollment file that the other side imports
//! into its store's trusted keys.

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
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct IdentityFile {
    role: Role,
    facility: String,
    device_id: String,
    public_key: String,
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
}

pub struct DeviceIdentity {
    pub role: Role,
    pub facility: String,
    pub device_id: String,
    key: SigningKey,
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

    pub fn enrollment(&self) -> Enrollment {
        Enrollment {
            format_version: 1,
            role: self.role,
            facility: self.facility.clone(),
            device_id: self.device_id.clone(),
            public_key: hex(&self.key.verifying_key().to_bytes()),
        }
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
        let key_path = data_dir.join("device.key");
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&key_path)
            .map_err(|source| KeyError::Io { action: "create", path: key_path.display().to_string(), source })?;
        f.write_all(&secret).and_then(|_| f.sync_all()).map_err(|source| KeyError::Io { action: "write", path: key_path.display().to_string(), source })?;
        let identity = DeviceIdentity { role, facility: facility.to_string(), device_id: device_id.to_string(), key };
        let file = IdentityFile { role, facility: facility.into(), device_id: device_id.into(), public_key: hex(&identity.key.verifying_key().to_bytes()) };
        std::fs::write(&id_path, serde_json::to_vec_pretty(&file).unwrap_or_default())
            .map_err(|source| KeyError::Io { action: "write", path: id_path.display().to_string(), source })?;
        Ok(identity)
    }

    pub fn load(data_dir: &Path) -> Result<DeviceIdentity, KeyError> {
        let id_path = data_dir.join("identity.json");
        let text = std::fs::read_to_string(&id_path).map_err(|_| KeyError::NotProvisioned)?;
        let file: IdentityFile = serde_json::from_str(&text).map_err(|e| KeyError::Invalid { path: id_path.display().to_string(), what: "identity file", detail: e.to_string() })?;
        let key_path = data_dir.join("device.key");
        let bytes = std::fs::read(&key_path).map_err(|source| KeyError::Io { action: "read", path: key_path.display().to_string(), source })?;
        let secret: [u8; 32] = bytes.try_into().map_err(|_| KeyError::Invalid { path: key_path.display().to_string(), what: "device key", detail: "not 32 bytes".into() })?;
        Ok(DeviceIdentity { role: file.role, facility: file.facility, device_id: file.device_id, key: SigningKey::from_bytes(&secret) })
    }
}

/// Reads an enrollment file into a key the store can trust.
pub fn read_enrollment(path: &Path) -> Result<TrustedKey, KeyError> {
    let text = std::fs::read_to_string(path).map_err(|source| KeyError::Io { action: "read", path: path.display().to_string(), source })?;
    let e: Enrollment = serde_json::from_str(&text).map_err(|err| KeyError::Invalid { path: path.display().to_string(), what: "enrollment file", detail: err.to_string() })?;
    let public_key = unhex32(&e.public_key).ok_or_else(|| KeyError::Invalid { path: path.display().to_string(), what: "enrollment file", detail: "public_key must be 64 hex digits".into() })?;
    Ok(TrustedKey {
        key_id: key_id(&public_key),
        device_id: e.device_id,
        facility: e.facility,
        role: serde_json::to_value(e.role).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default(),
        public_key,
    })
}
