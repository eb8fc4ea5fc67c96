//! Facility deployment: the IT stick that provisions a classroom of
//! imaged terminals, and backups of a terminal that can be restored.
//!
//! `write_kit` runs on the instructor's machine and writes `facility.json`:
//! the facility id, the instructor's enrollment with its fingerprint, and
//! the facility's policy, signed by the instructor's key. `provision_from_kit`
//! runs on a terminal (from the CLI, or from the app when it finds a kit in
//! the USB folder on first start): it provisions the terminal, trusts the
//! instructor, writes the policy and leaves the terminal's own enrollment on
//! the stick for the instructor to enroll. Running it again changes nothing.
//! On a disk cloned from an image whose identity was made elsewhere (see
//! `bundle::keys::machine_binding`), it sets the copied identity aside and
//! gives the terminal a key and a log of its own.
//!
//! The kit is trusted on its physical custody (IT carries it): its
//! signature proves it was not edited after the instructor made it, and IT
//! may also pin the fingerprint (`--expect-key-id`). Backups are in
//! [`backup`]. What this leaves out: provisioning instructor machines from a
//! kit (an instructor machine is provisioned once, by hand).

pub mod backup;

use ed25519_dalek::{Signer, Verifier};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

use crate::bundle::keys::{self, DeviceIdentity, Enrollment, KeyError, Role};
use crate::store::{Store, StoreError};
use crate::workstation::Policy;

pub const KIT_FILE: &str = "facility.json";
const KIT_FORMAT: &str = "stepstone-facility-kit-v1";
/// A real kit is under 4 KiB.
const MAX_KIT_BYTES: u64 = 64 << 10;

#[derive(Debug, thiserror::Error)]
pub enum FacilityError {
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Bundle(#[from] crate::bundle::BundleError),
    #[error("{path} is not a facility kit Stepstone can use: {detail}")]
    BadKit { path: String, detail: String },
    #[error("only the instructor's machine makes facility kits; this machine is a {0}")]
    NotInstructor(String),
    #[error("this machine is already provisioned for facility {ours:?}; the kit is for {theirs:?}. Nothing was changed.")]
    OtherFacility { ours: String, theirs: String },
    #[error("this machine is already provisioned as an instructor's machine; a facility kit provisions terminals. Nothing was changed.")]
    IsInstructor,
    #[error("this terminal already trusts another instructor key for {facility}; the kit's key {kit_key} was not trusted. Nothing was changed.")]
    OtherInstructor { facility: String, kit_key: String },
    #[error("could not {action} {path}: {source}")]
    Io { action: &'static str, path: String, source: std::io::Error },
    #[error("{0}")]
    Backup(String),
}

/// `facility.json` as it lies on the IT stick.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FacilityKit {
    pub format: String,
    pub facility: String,
    /// The instructor's enrollment, self-signed.
    pub instructor: Enrollment,
    /// The instructor key's fingerprint, as people read it.
    pub instructor_fingerprint: String,
    pub policy: Policy,
    pub created_at: i64,
    /// Ed25519 by the instructor's key over every field above.
    pub signature: String,
}

impl FacilityKit {
    fn signed_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(&serde_json::json!([KIT_FORMAT, self.facility, self.instructor, self.instructor_fingerprint, self.policy, self.created_at])).unwrap_or_default()
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    (s.len() % 2 == 0 && s.is_ascii()).then(|| s.as_bytes().chunks(2).map(|c| std::str::from_utf8(c).ok().and_then(|h| u8::from_str_radix(h, 16).ok())).collect::<Option<Vec<u8>>>()).flatten()
}

/// Writes `dir/facility.json` (and an empty `dir/terminals/` for the
/// terminals' enrollments to come back in), from the instructor's machine.
pub fn write_kit(data_dir: &Path, dir: &Path, policy: &Policy) -> Result<PathBuf, FacilityError> {
    let me = DeviceIdentity::load(data_dir)?;
    if me.role != Role::Instructor {
        return Err(FacilityError::NotInstructor("terminal".into()));
    }
    let mut kit = FacilityKit {
        format: KIT_FORMAT.into(),
        facility: me.facility.clone(),
        instructor: me.enrollment(),
        instructor_fingerprint: keys::fingerprint(&me.key_id()),
        policy: policy.clone(),
        created_at: crate::store::now_ms(),
        signature: String::new(),
    };
    kit.signature = hex(&me.signing_key().sign(&kit.signed_bytes()).to_bytes());
    let io = |action: &'static str, path: &Path| {
        let path = path.display().to_string();
        move |source| FacilityError::Io { action, path, source }
    };
    std::fs::create_dir_all(dir.join("terminals")).map_err(io("create", dir))?;
    let path = dir.join(KIT_FILE);
    write_file(&path, &serde_json::to_vec_pretty(&kit).unwrap_or_default()).map_err(io("write", &path))?;
    Ok(path)
}

/// Writes beside, flushes, renames: a pulled stick leaves the old file or
/// the new one, never half of one.
fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Reads and checks a kit: its format, the instructor enrollment's own
/// signature, the kit's signature by that key, the fingerprint it states,
/// and its policy. Returns the kit and the instructor key to trust.
pub fn read_kit(path: &Path) -> Result<(FacilityKit, crate::store::TrustedKey), FacilityError> {
    let shown = path.display().to_string();
    let bad = |detail: String| FacilityError::BadKit { path: shown.clone(), detail };
    let bytes = crate::bundle::read_regular(path, MAX_KIT_BYTES).map_err(|e| bad(e.to_string()))?;
    let kit: FacilityKit = serde_json::from_slice(&bytes).map_err(|e| bad(e.to_string()))?;
    if kit.format != KIT_FORMAT {
        return Err(bad(format!("its format is {:?}; this Stepstone reads {KIT_FORMAT:?}", kit.format)));
    }
    let key = keys::check_enrollment(&shown, kit.instructor.clone())?;
    if key.role != "instructor" {
        return Err(bad(format!("the key in it is a {}'s, not an instructor's", key.role)));
    }
    if key.facility != kit.facility {
        return Err(bad(format!("its instructor is of facility {:?}, not {:?}", key.facility, kit.facility)));
    }
    if !keys::same_key_id(&kit.instructor_fingerprint, &key.key_id) {
        return Err(bad("the fingerprint it states is not its instructor key's".into()));
    }
    let sig: [u8; 64] = unhex(&kit.signature).and_then(|v| v.try_into().ok()).ok_or_else(|| bad("its signature must be 128 hex digits".into()))?;
    let verifying = ed25519_dalek::VerifyingKey::from_bytes(&key.public_key).map_err(|_| bad("its instructor key is not an Ed25519 key".into()))?;
    verifying
        .verify(&kit.signed_bytes(), &ed25519_dalek::Signature::from_bytes(&sig))
        .map_err(|_| bad("its signature does not match its contents: it was changed after the instructor made it".into()))?;
    check_policy(&kit.policy).map_err(bad)?;
    Ok((kit, key))
}

fn check_policy(p: &Policy) -> Result<(), String> {
    if p.idle_sign_out_minutes == 0 || p.idle_sign_out_minutes > 24 * 60 {
        return Err(format!("idle_sign_out_minutes must be between 1 and 1440, not {}", p.idle_sign_out_minutes));
    }
    if !p.usb_folder.starts_with('/') || p.usb_folder.len() > 4096 || p.usb_folder.chars().any(char::is_control) {
        return Err("usb_folder must be an absolute path".into());
    }
    Ok(())
}

/// What provisioning from a kit did.
#[derive(Debug, Clone, Serialize)]
pub struct Provisioned {
    pub device_id: String,
    pub facility: String,
    pub fingerprint: String,
    /// True when this machine was already provisioned from this kit.
    pub already: bool,
    /// Where a copied identity was set aside, if one was.
    pub set_aside: Option<String>,
    /// The terminal's enrollment, written back beside the kit when the
    /// stick could be written (for the instructor to enroll).
    pub enrollment_file: Option<String>,
    pub enrollment: Enrollment,
}

/// Provisions this machine as a terminal of the kit's facility, trusting
/// its instructor and taking its policy; non-interactive. `expected_key_id`
/// pins the instructor fingerprint when IT has it. Safe to run twice.
pub fn provision_from_kit(data_dir: &Path, store: &mut Store, kit_path: &Path, expected_key_id: Option<&str>) -> Result<Provisioned, FacilityError> {
    let (kit, key) = read_kit(kit_path)?;
    if let Some(expected) = expected_key_id {
        if !keys::same_key_id(expected, &key.key_id) {
            return Err(KeyError::FingerprintMismatch { path: kit_path.display().to_string(), expected: expected.trim().to_string() }.into());
        }
    }
    let mut set_aside = None;
    let already = match DeviceIdentity::load(data_dir) {
        Ok(me) => {
            if me.role == Role::Instructor {
                return Err(FacilityError::IsInstructor);
            }
            if me.facility != kit.facility {
                return Err(FacilityError::OtherFacility { ours: me.facility, theirs: kit.facility });
            }
            true
        }
        Err(KeyError::NotProvisioned) => false,
        Err(KeyError::Copied { .. }) => {
            // A clone of an imaged disk. The image's facility and the
            // instructors it trusts still stand: a kit from anyone else (a
            // learner's stick) is refused as on any provisioned terminal.
            let copied = copied_facility(data_dir);
            if let Some(ours) = copied.filter(|f| *f != kit.facility) {
                return Err(FacilityError::OtherFacility { ours, theirs: kit.facility });
            }
            let trusted = store.trusted_keys("instructor", &kit.facility)?;
            if !trusted.is_empty() && !trusted.iter().any(|k| k.key_id == key.key_id) {
                return Err(FacilityError::OtherInstructor { facility: kit.facility, kit_key: keys::fingerprint(&key.key_id) });
            }
            // A log of its own first, then the copied key set aside (kept):
            // a crash between leaves the copy still detected, and running
            // again renews the id once more, harmlessly.
            store.renew_device_id()?;
            set_aside = Some(keys::set_aside_copied(data_dir)?.display().to_string());
            false
        }
        Err(e) => return Err(e.into()),
    };
    if already {
        // Another instructor key trusted for this facility means someone
        // set this terminal up differently: say so, change nothing.
        let trusted = store.trusted_keys("instructor", &kit.facility)?;
        if !trusted.iter().any(|k| k.key_id == key.key_id) && !trusted.is_empty() {
            return Err(FacilityError::OtherInstructor { facility: kit.facility, kit_key: keys::fingerprint(&key.key_id) });
        }
    }
    // Policy first: a crash after it and before the key leaves an
    // unprovisioned machine with the right policy, and running again
    // finishes the job.
    let policy_path = data_dir.join("policy.json");
    std::fs::create_dir_all(data_dir).map_err(|source| FacilityError::Io { action: "create", path: data_dir.display().to_string(), source })?;
    write_file(&policy_path, &serde_json::to_vec_pretty(&kit.policy).unwrap_or_default()).map_err(|source| FacilityError::Io { action: "write", path: policy_path.display().to_string(), source })?;
    let me = if already {
        DeviceIdentity::load(data_dir)?
    } else {
        DeviceIdentity::provision(data_dir, Role::Terminal, &kit.facility, store.device_id())?
    };
    store.trust_key(&key)?;
    let enrollment = me.enrollment();
    let back = kit_path.parent().unwrap_or(Path::new(".")).join("terminals").join(format!("{}.json", me.device_id));
    let folder = back.parent().unwrap_or(Path::new(".")).to_path_buf();
    let enrollment_file = std::fs::create_dir_all(&folder)
        // Not through a link on the stick to somewhere else.
        .and_then(|_| if std::fs::symlink_metadata(&folder)?.is_dir() { Ok(()) } else { Err(std::io::Error::other("not a folder")) })
        .and_then(|_| write_file(&back, &serde_json::to_vec_pretty(&enrollment).unwrap_or_default()))
        .ok()
        .map(|_| back.display().to_string());
    Ok(Provisioned { device_id: me.device_id.clone(), facility: me.facility.clone(), fingerprint: keys::fingerprint(&me.key_id()), already, set_aside, enrollment_file, enrollment })
}

/// The facility a copied identity.json names (read without trusting it).
fn copied_facility(data_dir: &Path) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(data_dir.join("identity.json")).ok()?).ok()?;
    v.get("facility")?.as_str().map(String::from)
}

/// The kit in the USB folder, when this machine is not provisioned yet (or
/// holds a copied identity) and one is there: what the app does on first
/// start. `None` when there is nothing to do.
pub fn provision_on_first_start(data_dir: &Path, store: &mut Store, usb_folder: &Path) -> Option<Result<Provisioned, FacilityError>> {
    let kit = usb_folder.join(KIT_FILE);
    let needs = !data_dir.join("identity.json").exists() || keys::is_copied(data_dir);
    (needs && kit.is_file()).then(|| provision_from_kit(data_dir, store, &kit, None))
}
