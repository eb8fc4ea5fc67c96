//! Sneakernet bundles: signed zip files that carry the event log between
//! terminals and the instructor on a USB stick.
//!
//! A bundle holds `manifest.json` (format version, ids, sequence range, the
//! hash of this device's previous bundle, and every entry's size and
//! SHA-256), `manifest.sig` (Ed25519 over the manifest's exact bytes) and
//! `payload.age`: the payload encrypted with age (X25519 +
//! ChaCha20-Poly1305) to every device it is for, so a copied stick shows
//! nobody's code, name or PIN hash without a device key. The signature
//! covers the ciphertext's hash, so the sender is known before anything is
//! decrypted. (Format 1 bundles, from before encryption, carried the
//! payload in plain text; they are still read.)
//!
//! Export writes a temporary file, fsyncs it, renames it and fsyncs the
//! directory, so a pulled stick never leaves a partial file under the final
//! name. Verification reads the zip in memory in a fixed order: the central
//! directory's records are counted by hand (so two tools cannot see
//! different entries under one name), then only the manifest and signature
//! are inflated, with small caps, and checked; only then is each listed
//! entry inflated, to at most its declared size, hashed and decrypted. The
//! database is touched only after all of that, in one transaction.
//!
//! The same format carries four kinds. `progress` (a device's event log,
//! terminal to instructor) and, signed only by an enrolled *instructor* key,
//! `roster` (learners, so one can sign in on any terminal), `feedback`
//! (notes on attempts) and `curriculum_pack` (a whole track, validated like
//! the bundled curriculum before anything is stored).
//!
//! What it leaves out: carrying drafts between terminals (progress flows to
//! the instructor; only the roster and feedback flow back), and deleting
//! learners or packs (nothing a stick carries ever removes data).

mod export;
pub mod inbox;
pub mod keys;
pub mod pack;

pub use export::{export, export_instructor, export_learner, export_pack_record, read_back, write_durably, ExportReport};

use ed25519_dalek::{Signature, Signer, Verifier};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::io::Read;
use std::path::Path;

use crate::store::{ClassPolicy, Event, Feedback, InstructorPayload, PackRecord, RosterEntry, Store, StoreError, MAX_FEEDBACK_CHARS};
pub use keys::{DeviceIdentity, KeyError, Role};

pub const FORMAT_VERSION: u32 = 2;
/// Caps on the two entries read before the signature is checked.
const MAX_MANIFEST_BYTES: u64 = 64 << 10;
const SIGNATURE_BYTES: u64 = 64;
/// Caps on what an import will read, counted on bytes actually inflated.
pub const MAX_BUNDLE_BYTES: u64 = 256 << 20;
pub const MAX_ENTRIES: usize = 16;
pub const MAX_INFLATED_BYTES: u64 = 512 << 20;

/// How far ahead of this machine's clock a pack's creation time may be.
pub const MAX_CLOCK_AHEAD_MS: i64 = 24 * 60 * 60 * 1000;

const MANIFEST: &str = "manifest.json";
const SIGNATURE: &str = "manifest.sig";
const EVENTS: &str = "events.jsonl";
const PAYLOAD: &str = "payload.age";

/// What a bundle carries. Each kind has exactly one payload entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A device's event log: attempts and new learners.
    Progress,
    /// Every learner the instructor knows, so any terminal can sign them in.
    Roster,
    /// The instructor's notes on attempts.
    Feedback,
    /// A whole curriculum track.
    CurriculumPack,
    /// The class's settings on terminals: units open, solutions after a
    /// pass, idle sign-out.
    Policy,
}

impl Kind {
    fn payload_name(self) -> &'static str {
        match self {
            Kind::Progress => EVENTS,
            Kind::Roster => "roster.json",
            Kind::Feedback => "feedback.json",
            Kind::CurriculumPack => "pack.json",
            Kind::Policy => "policy.json",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Progress => "progress",
            Kind::Roster => "roster",
            Kind::Feedback => "feedback",
            Kind::CurriculumPack => "curriculum_pack",
            Kind::Policy => "policy",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub name: String,
    pub size: u64,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format_version: u32,
    pub bundle_id: String,
    pub kind: Kind,
    pub facility: String,
    pub device_id: String,
    pub key_id: String,
    pub seq_from: i64,
    pub seq_to: i64,
    pub previous_bundle_sha256: Option<String>,
    /// Progress saved by one learner: every event in it is that one
    /// learner's (which one is said only inside the encrypted payload).
    /// Absent for a device-wide export.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub learner_save: bool,
    /// With a learner's save: how far the device's whole log reached, so
    /// the instructor can tell other learners' work is still to come.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_seq: Option<i64>,
    pub created_at: i64,
    pub entries: Vec<Entry>,
}

#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error("could not {action} {path}: {source}")]
    Io { action: &'static str, path: String, source: std::io::Error },
    #[error("{0} is larger than a bundle may be")]
    TooLarge(String),
    #[error("{0} is a link or special file, not a bundle; it was not read")]
    NotAFile(String),
    #[error("this is not a readable bundle (a damaged file or a stick pulled out too early?): {0}")]
    NotAZip(String),
    #[error("the bundle has {0} entries; at most {MAX_ENTRIES} are allowed")]
    TooManyEntries(usize),
    #[error("the bundle entry name {0:?} is not allowed (it could escape the archive)")]
    BadName(String),
    #[error("the bundle has two entries named {0:?} (names may not differ only in case)")]
    DuplicateName(String),
    #[error("the bundle entry {0:?} is a link or special file")]
    SpecialFile(String),
    #[error("the bundle entry {0:?} is encrypted")]
    Encrypted(String),
    #[error("the bundle entry {0:?} overlaps another entry's data")]
    Overlap(String),
    #[error("the bundle inflates to more than {MAX_INFLATED_BYTES} bytes")]
    Bomb,
    #[error("the bundle has no {0}")]
    Missing(&'static str),
    #[error("the manifest is not valid: {0}")]
    BadManifest(String),
    #[error("the bundle uses format {0}, newer than this Stepstone understands ({FORMAT_VERSION}): update Stepstone")]
    TooNew(u32),
    #[error("the bundle entry {0:?} is not listed in the manifest")]
    Unlisted(String),
    #[error("the bundle entry {0:?} does not match its hash in the manifest (the file was changed or damaged)")]
    HashMismatch(String),
    #[error("the bundle is signed by device {device} (key {key_id}), which is not enrolled here")]
    UnknownKey { device: String, key_id: String },
    #[error("the bundle's signature is not valid: it was changed after signing")]
    BadSignature,
    #[error("the bundle claims device {claimed} but its key belongs to device {enrolled}")]
    WrongDevice { claimed: String, enrolled: String },
    #[error("the bundle claims facility {claimed:?} but its key was enrolled for facility {enrolled:?}")]
    WrongFacility { claimed: String, enrolled: String },
    #[error("the bundle's events are not valid: {0}")]
    BadEvents(String),
    #[error("device {device} sent different content for event {seq} than an earlier bundle: a forked copy of its data; nothing was imported")]
    Fork { device: String, seq: i64 },
    #[error("a {kind} bundle must come from an instructor, but device {device} is enrolled as a {role}")]
    NotFromInstructor { kind: &'static str, device: String, role: String },
    #[error("only an instructor machine can send a {0} bundle; this one is a terminal")]
    NotAnInstructor(&'static str),
    #[error("the bundle's {what} is not valid: {detail}")]
    BadPayload { what: &'static str, detail: String },
    #[error("the curriculum pack is not valid:\n{0}")]
    BadPack(String),
    #[error("no {0} key that bundles can be encrypted to is enrolled here: enroll the {0}'s file (made by this version of Stepstone) first")]
    NoRecipients(&'static str),
    #[error("this bundle is not addressed to this machine, or it was damaged: it could not be decrypted ({0})")]
    NotForUs(String),
    #[error("{0} did not read back the same as it was written (a faulty or full USB stick?); nothing was marked as saved, so try again, with another stick if this one keeps failing")]
    ReadBack(String),
    #[error("the curriculum pack was made {0} in the future (by the instructor machine's clock); it was not installed. Check the date on the instructor's machine and send it again")]
    FromTheFuture(String),
    #[error("the bundle's entry {name:?} is larger than {cap} bytes")]
    EntryTooLarge { name: String, cap: u64 },
}

/// "3 days", "5 hours": a span of time in words.
fn describe_ms(ms: i64) -> String {
    let hours = (ms + 1_800_000) / 3_600_000;
    if hours >= 48 {
        format!("{} days", hours / 24)
    } else {
        format!("{hours} hours")
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn io<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(std::io::Error) -> BundleError + 'a {
    move |source| BundleError::Io { action, path: path.display().to_string(), source }
}

/// Provisions this machine and, given its instructor's enrollment file and
/// the fingerprint its instructor machine printed, trusts that key in the
/// same step, so that a terminal is ready to take the instructor's roster,
/// notes and lessons from the first stick. The file is checked before
/// anything is written: a wrong file leaves the machine unprovisioned, to
/// be tried again.
pub fn provision(data_dir: &Path, store: &mut Store, role: Role, facility: &str, instructor: Option<(&Path, &str)>) -> Result<DeviceIdentity, BundleError> {
    let trusted = instructor.map(|(path, expected)| confirmed(read_enrollment_for(path, "instructor", facility)?, path, expected)).transpose()?;
    let identity = DeviceIdentity::provision(data_dir, role, facility, store.device_id())?;
    if let Some(key) = trusted {
        store.trust_key(&key)?;
    }
    Ok(identity)
}

/// The key an enrollment file offers this machine, after the checks its
/// role calls for (a terminal trusts only instructors, an instructor only
/// terminals, and both only their own facility), without trusting it: a
/// front end shows its fingerprint and asks a person to compare.
pub fn offered_key(data_dir: &Path, path: &Path) -> Result<crate::store::TrustedKey, BundleError> {
    let me = DeviceIdentity::load(data_dir)?;
    let wanted = match me.role {
        Role::Terminal => "instructor",
        Role::Instructor => "terminal",
    };
    Ok(read_enrollment_for(path, wanted, &me.facility)?)
}

/// Trusts another machine's key from its enrollment file, once a person has
/// confirmed its fingerprint: `expected_key_id` is what the other machine
/// printed when it was provisioned (`stepstone provision`, `enrollment`).
/// The file is signed by its own key, so the fingerprint vouches for every
/// field in it.
pub fn enroll(data_dir: &Path, store: &mut Store, path: &Path, expected_key_id: &str) -> Result<crate::store::TrustedKey, BundleError> {
    let key = confirmed(offered_key(data_dir, path)?, path, expected_key_id)?;
    store.trust_key(&key)?;
    Ok(key)
}

/// The key, if `expected` (what a person read off the other machine) is
/// its fingerprint. A mismatch does not show the file's own fingerprint:
/// whoever reads it next would only copy it back.
fn confirmed(key: crate::store::TrustedKey, path: &Path, expected: &str) -> Result<crate::store::TrustedKey, KeyError> {
    if !keys::same_key_id(expected, &key.key_id) {
        return Err(KeyError::FingerprintMismatch { path: path.display().to_string(), expected: expected.trim().to_string() });
    }
    Ok(key)
}

/// An enrollment file, refused unless it is of role `wanted` and of this
/// `facility`.
fn read_enrollment_for(path: &Path, wanted: &'static str, facility: &str) -> Result<crate::store::TrustedKey, KeyError> {
    let key = keys::read_enrollment(path)?;
    let shown = path.display().to_string();
    if key.role != wanted {
        return Err(KeyError::WrongRole { path: shown, role: key.role, wanted });
    }
    if key.facility != facility {
        return Err(KeyError::OtherFacility { path: shown, theirs: key.facility, ours: facility.to_string() });
    }
    Ok(key)
}

/// Opens a payload encrypted to `me`, reading at most `cap` bytes of it
/// (and to its end, where age checks the last chunk: a truncated or altered
/// file fails here).
fn decrypt(me: &DeviceIdentity, ciphertext: &[u8], cap: u64) -> Result<Vec<u8>, BundleError> {
    let not_for_us = |e: &dyn std::fmt::Display| BundleError::NotForUs(e.to_string());
    let d = age::Decryptor::new_buffered(ciphertext).map_err(|e| not_for_us(&e))?;
    let reader = d.decrypt(std::iter::once(me.decryption_key() as &dyn age::Identity)).map_err(|e| not_for_us(&e))?;
    let mut out = Vec::new();
    reader.take(cap + 1).read_to_end(&mut out).map_err(|e| not_for_us(&e))?;
    if out.len() as u64 > cap {
        return Err(BundleError::Bomb);
    }
    Ok(out)
}

/// The names of a zip's central-directory records, counted by hand: the
/// zip reader keeps one entry per name, so two records with one name would
/// otherwise be invisible here and visible to another tool.
fn central_names(bytes: &[u8]) -> Result<Vec<String>, BundleError> {
    let bad = |why: &str| BundleError::NotAZip(why.to_string());
    let u16_at = |at: usize| bytes.get(at..at + 2).map(|b| u16::from_le_bytes([b[0], b[1]]) as usize);
    let u32_at = |at: usize| bytes.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize);
    if bytes.len() < 22 {
        return Err(bad("too short"));
    }
    let lowest = bytes.len().saturating_sub(22 + 65_535);
    let eocd = (lowest..=bytes.len() - 22).rev().find(|&i| u32_at(i) == Some(0x0605_4b50)).ok_or_else(|| bad("no end of central directory"))?;
    let (total, size, offset) = (u16_at(eocd + 10).unwrap_or(0), u32_at(eocd + 12).unwrap_or(0), u32_at(eocd + 16).unwrap_or(0));
    if total == 0xffff || size == 0xffff_ffff || offset == 0xffff_ffff {
        return Err(bad("zip64 archives are not bundles"));
    }
    let end = offset.checked_add(size).filter(|&e| e <= eocd).ok_or_else(|| bad("the central directory lies outside the file"))?;
    let mut names = Vec::new();
    let mut at = offset;
    while at < end {
        if names.len() > MAX_ENTRIES {
            return Err(BundleError::TooManyEntries(total));
        }
        if u32_at(at) != Some(0x0201_4b50) {
            return Err(bad("a damaged central directory"));
        }
        let (n, e, c) = (u16_at(at + 28).unwrap_or(0), u16_at(at + 30).unwrap_or(0), u16_at(at + 32).unwrap_or(0));
        let name = bytes.get(at + 46..at + 46 + n).ok_or_else(|| bad("a damaged central directory"))?;
        names.push(String::from_utf8_lossy(name).into_owned());
        at += 46 + n + e + c;
    }
    if names.len() != total {
        return Err(bad("the central directory's record count disagrees with its records"));
    }
    Ok(names)
}

/// Inflates one entry, reading at most `cap` bytes of what it inflates to.
fn inflate(archive: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>, name: &str, cap: u64) -> Result<Vec<u8>, BundleError> {
    let mut f = archive.by_name(name).map_err(|e| BundleError::NotAZip(format!("{name}: {e}")))?;
    let mut data = Vec::new();
    (&mut f).take(cap + 1).read_to_end(&mut data).map_err(|e| BundleError::NotAZip(format!("{name}: {e}")))?;
    if data.len() as u64 > cap {
        return Err(BundleError::EntryTooLarge { name: name.to_string(), cap });
    }
    Ok(data)
}

/// A bundle whose every byte was checked.
#[derive(Debug, Clone)]
pub struct Verified {
    pub manifest: Manifest,
    pub content: Content,
    pub sha256: String,
}

/// A verified bundle's payload, by kind.
#[derive(Debug, Clone)]
pub enum Content {
    Events(Vec<Event>),
    Instructor(InstructorPayload),
}

impl Verified {
    /// How many items the payload holds (events, learners, notes, files).
    pub fn items(&self) -> usize {
        match &self.content {
            Content::Events(e) => e.len(),
            Content::Instructor(InstructorPayload::Roster(r)) => r.len(),
            Content::Instructor(InstructorPayload::Feedback(f)) => f.len(),
            Content::Instructor(InstructorPayload::Pack(p)) => p.files.len(),
            Content::Instructor(InstructorPayload::Policy(..)) => 1,
        }
    }
}

fn name_is_safe(name: &str) -> bool {
    !name.is_empty()
        && !name.contains('\\')
        && !name.contains('\0')
        && !name.starts_with('/')
        && !(name.len() >= 2 && name.as_bytes()[1] == b':')
        && name.split('/').all(|part| !part.is_empty() && part != ".." && part != ".")
}

/// Reads a bundle file, say from a stick: see [`read_regular`], capped at
/// [`MAX_BUNDLE_BYTES`].
pub fn read_file(path: &Path) -> Result<Vec<u8>, BundleError> {
    read_regular(path, MAX_BUNDLE_BYTES)
}

/// Reads a file that may come from a stick: a regular file only (a link
/// could aim the read at an endless `/proc` file, a FIFO would block), and
/// at most `cap` bytes, counted on the bytes actually read.
pub(crate) fn read_regular(path: &Path, cap: u64) -> Result<Vec<u8>, BundleError> {
    use std::os::unix::fs::OpenOptionsExt;
    let not_a_file = || BundleError::NotAFile(path.display().to_string());
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
        .map_err(|e| if e.raw_os_error() == Some(libc::ELOOP) { not_a_file() } else { io("read", path)(e) })?;
    let meta = file.metadata().map_err(io("read", path))?;
    if !meta.is_file() {
        return Err(not_a_file());
    }
    if meta.len() > cap {
        return Err(BundleError::TooLarge(path.display().to_string()));
    }
    let mut bytes = Vec::new();
    (&file).take(cap + 1).read_to_end(&mut bytes).map_err(io("read", path))?;
    if bytes.len() as u64 > cap {
        return Err(BundleError::TooLarge(path.display().to_string()));
    }
    Ok(bytes)
}

/// Reads and checks a bundle entirely in memory, against the keys `store`
/// trusts, and opens it with `me`'s key. Touches nothing.
pub fn verify(store: &Store, me: &DeviceIdentity, bytes: &[u8]) -> Result<Verified, BundleError> {
    verify_with(|key_id| store.trusted_key(key_id), me, bytes)
}

/// [`verify`] with any way of looking up a trusted key, so that a caller
/// sharing its store (the app) holds it only for the lookup, not while a
/// large bundle is inflated, hashed and decrypted.
pub fn verify_with(trusted_key: impl Fn(&str) -> Result<Option<crate::store::TrustedKey>, StoreError>, me: &DeviceIdentity, bytes: &[u8]) -> Result<Verified, BundleError> {
    let sha256 = hex(&Sha256::digest(bytes));
    let names = central_names(bytes)?;
    if names.len() > MAX_ENTRIES {
        return Err(BundleError::TooManyEntries(names.len()));
    }
    let mut seen = HashSet::new();
    for name in &names {
        if !seen.insert(name.to_lowercase()) {
            return Err(BundleError::DuplicateName(name.clone()));
        }
    }
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| BundleError::NotAZip(e.to_string()))?;
    if archive.len() != names.len() {
        return Err(BundleError::NotAZip("the zip reader and the central directory disagree on the entries".into()));
    }
    let mut ranges: Vec<(u64, u64, String)> = Vec::new();
    // First every entry's metadata, read raw: an encrypted entry cannot even
    // be opened for reading, and must still get its own message.
    for i in 0..archive.len() {
        let f = archive.by_index_raw(i).map_err(|e| BundleError::NotAZip(e.to_string()))?;
        let name = f.name().map_err(|e| BundleError::NotAZip(e.to_string()))?.to_string();
        if !name_is_safe(&name) || f.enclosed_name().is_none() || name != names[i] {
            return Err(BundleError::BadName(name));
        }
        let special = f.is_symlink() || f.is_dir() || f.unix_mode().is_some_and(|m| m & 0o170000 != 0o100000 && m & 0o170000 != 0);
        if special {
            return Err(BundleError::SpecialFile(name));
        }
        if f.encrypted() {
            return Err(BundleError::Encrypted(name));
        }
        let start = f.header_start();
        let end = f.data_start().unwrap_or(start) + f.compressed_size();
        if ranges.iter().any(|(s, e, _)| start < *e && *s < end) {
            return Err(BundleError::Overlap(name));
        }
        ranges.push((start, end, name.clone()));
    }
    // The manifest and its signature first, with small caps; nothing else
    // is inflated until the signature holds.
    if !names.iter().any(|n| n == MANIFEST) {
        return Err(BundleError::Missing(MANIFEST));
    }
    if !names.iter().any(|n| n == SIGNATURE) {
        return Err(BundleError::Missing(SIGNATURE));
    }
    let manifest_bytes = inflate(&mut archive, MANIFEST, MAX_MANIFEST_BYTES)?;
    let signature_bytes = inflate(&mut archive, SIGNATURE, SIGNATURE_BYTES)?;
    // Version first, so a future format gets the right message.
    let version: serde_json::Value = serde_json::from_slice(&manifest_bytes).map_err(|e| BundleError::BadManifest(e.to_string()))?;
    if let Some(v) = version.get("format_version").and_then(|v| v.as_u64()) {
        if v > FORMAT_VERSION as u64 {
            return Err(BundleError::TooNew(v as u32));
        }
    }
    let manifest: Manifest = serde_json::from_slice(&manifest_bytes).map_err(|e| BundleError::BadManifest(e.to_string()))?;
    let key = trusted_key(&manifest.key_id)?
        .ok_or_else(|| BundleError::UnknownKey { device: manifest.device_id.clone(), key_id: manifest.key_id.clone() })?;
    let verifying = ed25519_dalek::VerifyingKey::from_bytes(&key.public_key).map_err(|_| BundleError::BadSignature)?;
    let sig: [u8; 64] = signature_bytes.as_slice().try_into().map_err(|_| BundleError::BadSignature)?;
    verifying.verify(&manifest_bytes, &Signature::from_bytes(&sig)).map_err(|_| BundleError::BadSignature)?;
    if key.device_id != manifest.device_id {
        return Err(BundleError::WrongDevice { claimed: manifest.device_id.clone(), enrolled: key.device_id });
    }
    if key.facility != manifest.facility {
        return Err(BundleError::WrongFacility { claimed: manifest.facility.clone(), enrolled: key.facility });
    }
    if manifest.entries.iter().map(|e| e.size).fold(0u64, u64::saturating_add) > MAX_INFLATED_BYTES {
        return Err(BundleError::Bomb);
    }
    // Now each listed entry, to at most the size the signed manifest gives.
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for name in &names {
        if name == MANIFEST || name == SIGNATURE {
            continue;
        }
        let entry = manifest.entries.iter().find(|e| &e.name == name).ok_or_else(|| BundleError::Unlisted(name.clone()))?;
        let data = inflate(&mut archive, name, entry.size).map_err(|e| match e {
            BundleError::EntryTooLarge { name, .. } => BundleError::HashMismatch(name),
            e => e,
        })?;
        if entry.size != data.len() as u64 || entry.sha256 != hex(&Sha256::digest(&data)) {
            return Err(BundleError::HashMismatch(name.clone()));
        }
        files.push((name.clone(), data));
    }
    for e in &manifest.entries {
        if !files.iter().any(|(n, _)| n == &e.name) {
            return Err(BundleError::HashMismatch(e.name.clone()));
        }
    }
    let take = |n: &'static str| files.iter().find(|(name, _)| name == n).map(|(_, d)| d.clone()).ok_or(BundleError::Missing(n));
    let payload = if manifest.format_version >= 2 {
        decrypt(me, &take(PAYLOAD)?, MAX_INFLATED_BYTES)?
    } else {
        take(manifest.kind.payload_name())?
    };
    let content = match manifest.kind {
        Kind::Progress => {
            let mut events = Vec::new();
            for line in payload.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
                let e: Event = serde_json::from_slice(line).map_err(|e| BundleError::BadEvents(e.to_string()))?;
                if e.device_id != manifest.device_id || e.seq < manifest.seq_from || e.seq > manifest.seq_to {
                    return Err(BundleError::BadEvents(format!("event {} of device {} is outside the bundle's range", e.seq, e.device_id)));
                }
                if manifest.learner_save && (e.student_id.is_none() || events.first().is_some_and(|f: &Event| f.student_id != e.student_id)) {
                    return Err(BundleError::BadEvents(format!("event {} belongs to another learner than the one who saved this bundle", e.seq)));
                }
                events.push(e);
            }
            Content::Events(events)
        }
        kind => {
            // Only the instructor speaks for the class.
            if key.role != "instructor" {
                return Err(BundleError::NotFromInstructor { kind: kind.as_str(), device: key.device_id, role: key.role });
            }
            Content::Instructor(match kind {
                Kind::Roster => {
                    let roster: Vec<RosterEntry> = serde_json::from_slice(&payload).map_err(|e| BundleError::BadPayload { what: "roster", detail: e.to_string() })?;
                    if let Some(bad) = roster.iter().find(|r| !r.can_sign_in()) {
                        return Err(BundleError::BadPayload { what: "roster", detail: format!("learner {} has no PIN or an empty or overlong name", bad.id) });
                    }
                    InstructorPayload::Roster(roster)
                }
                Kind::Feedback => {
                    let notes: Vec<Feedback> = serde_json::from_slice(&payload).map_err(|e| BundleError::BadPayload { what: "feedback", detail: e.to_string() })?;
                    if let Some(bad) = notes.iter().find(|f| f.text.chars().count() > MAX_FEEDBACK_CHARS) {
                        return Err(BundleError::BadPayload { what: "feedback", detail: format!("note {} is longer than {MAX_FEEDBACK_CHARS} characters", bad.id) });
                    }
                    InstructorPayload::Feedback(notes)
                }
                Kind::Policy => {
                    // The newest settings win, so settings dated far ahead
                    // would block every later change.
                    let ahead = manifest.created_at.saturating_sub(crate::store::now_ms());
                    if ahead > MAX_CLOCK_AHEAD_MS {
                        return Err(BundleError::FromTheFuture(describe_ms(ahead)));
                    }
                    let policy: ClassPolicy = serde_json::from_slice(&payload).map_err(|e| BundleError::BadPayload { what: "class settings", detail: e.to_string() })?;
                    policy.check().map_err(|detail| BundleError::BadPayload { what: "class settings", detail })?;
                    InstructorPayload::Policy(manifest.created_at, policy)
                }
                _ => {
                    // Refuse an oversized pack before parsing it (JSON
                    // escaping can at most double the text it carries).
                    if payload.len() > 2 * pack::MAX_BYTES + (1 << 20) {
                        return Err(BundleError::BadPack(format!("{} bytes; at most {} are allowed", payload.len(), pack::MAX_BYTES)));
                    }
                    // A newer pack replaces an older one, so a pack dated
                    // years ahead (a wrong clock) would block every later
                    // release of its track.
                    let ahead = manifest.created_at.saturating_sub(crate::store::now_ms());
                    if ahead > MAX_CLOCK_AHEAD_MS {
                        return Err(BundleError::FromTheFuture(describe_ms(ahead)));
                    }
                    let p: pack::Pack = serde_json::from_slice(&payload).map_err(|e| BundleError::BadPayload { what: "curriculum pack", detail: e.to_string() })?;
                    pack::validate(&p)?;
                    InstructorPayload::Pack(PackRecord { track_id: p.track_id, created_at: manifest.created_at, sha256: hex(&Sha256::digest(&payload)), files: p.files })
                }
            })
        }
    };
    Ok(Verified { manifest, content, sha256 })
}

/// What an import did.
#[derive(Debug, Clone, Serialize)]
pub struct ImportReport {
    pub bundle_id: String,
    pub device_id: String,
    pub kind: Kind,
    /// New events, learners, notes, or 1 for a pack that replaced an older one.
    pub new_events: usize,
    /// Progress only: the sender's events still missing here, as inclusive
    /// ranges. Not an error (bundles may arrive in any order), but the
    /// instructor should look for the stick that carries them.
    pub missing: Vec<(i64, i64)>,
}

/// Verifies `path` completely, then applies it in one transaction.
pub fn import(store: &mut Store, me: &DeviceIdentity, path: &Path) -> Result<ImportReport, BundleError> {
    let bytes = read_file(path)?;
    let v = verify(store, me, &bytes)?;
    apply(store, &v)
}

/// Applies a verified bundle in one transaction; applying it again changes
/// nothing.
pub fn apply(store: &mut Store, v: &Verified) -> Result<ImportReport, BundleError> {
    let m = &v.manifest;
    let new_events = match &v.content {
        Content::Events(events) => match store.apply_bundle(&m.bundle_id, &m.device_id, (m.seq_from, m.seq_to), m.device_seq, &v.sha256, events)? {
            Ok(n) => n,
            Err(fork) => return Err(BundleError::Fork { device: fork.device_id, seq: fork.seq }),
        },
        Content::Instructor(payload) => store.apply_instructor_bundle(&m.bundle_id, &m.device_id, m.kind.as_str(), &v.sha256, payload)?,
    };
    let missing = if m.kind == Kind::Progress { store.missing_events(&m.device_id)? } else { Vec::new() };
    Ok(ImportReport { bundle_id: m.bundle_id.clone(), device_id: m.device_id.clone(), kind: m.kind, new_events, missing })
}

/// Signs arbitrary manifest bytes (tests craft hostile bundles with it).
pub fn sign(identity: &DeviceIdentity, bytes: &[u8]) -> [u8; 64] {
    identity.signing_key().sign(bytes).to_bytes()
}
