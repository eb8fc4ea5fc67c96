//! Writing bundles: a learner's own save, a device's whole log (staff), and
//! what an instructor sends back; each encrypted to its recipients, signed,
//! written durably and read back before it counts. What it leaves out:
//! reading and checking bundles (`super`).

use ed25519_dalek::Signer;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::{hex, io, pack, read_file, BundleError, DeviceIdentity, Entry, Kind, Manifest, Role, FORMAT_VERSION, MANIFEST, PAYLOAD, SIGNATURE};
use crate::store::{InstructorPayload, PackRecord, Session, Store};

/// What an export wrote.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ExportReport {
    pub path: String,
    pub bundle_id: String,
    pub events: usize,
    #[ts(type = "number")]
    pub seq_from: i64,
    #[ts(type = "number")]
    pub seq_to: i64,
    pub sha256: String,
}

/// Writes this device's events since the last device-wide export (all,
/// when `full`) to `out`, atomically. This is the staff's export (the CLI,
/// run by facility IT or an instructor at the terminal); a learner in the
/// app saves only their own events ([`export_learner`]).
pub fn export(store: &mut Store, identity: &DeviceIdentity, out: &Path, full: bool) -> Result<ExportReport, BundleError> {
    export_events(store, identity, None, out, full)
}

/// Writes the signed-in learner's own events since their last save: no
/// other learner's work is ever in it, whoever carries the stick. Each
/// learner's saves form their own chain; the instructor sees the other
/// learners' events on this device as not yet arrived until they save.
pub fn export_learner(store: &mut Store, identity: &DeviceIdentity, session: &Session, out: &Path) -> Result<ExportReport, BundleError> {
    export_events(store, identity, Some(session), out, false)
}

fn export_events(store: &mut Store, identity: &DeviceIdentity, learner: Option<&Session>, out: &Path, full: bool) -> Result<ExportReport, BundleError> {
    let who = learner.map(|s| s.student_id());
    let last = store.last_export(who)?;
    let after = if full { 0 } else { last.as_ref().map(|l| l.0).unwrap_or(0) };
    let events = match learner {
        Some(s) => store.events_of(s, after)?,
        None => store.events_since(after)?,
    };
    let mut payload = Vec::new();
    for e in &events {
        serde_json::to_writer(&mut payload, e).map_err(|e| BundleError::BadEvents(e.to_string()))?;
        payload.push(b'\n');
    }
    let seq_to = events.last().map(|e| e.seq).unwrap_or(after);
    let device_seq = if learner.is_some() { Some(store.last_seq()?) } else { None };
    let header = Header { kind: Kind::Progress, seq: (after + 1, seq_to), previous: last.map(|l| l.1), learner_save: learner.is_some(), device_seq };
    let (bundle_id, sha) = write_bundle(store, identity, header, &payload, out)?;
    // Only now, with the file read back whole from the stick, does the
    // marker move: a failed write is sent again next time.
    store.record_export(&bundle_id, seq_to, &sha, who)?;
    Ok(ExportReport { path: out.display().to_string(), bundle_id, events: events.len(), seq_from: after + 1, seq_to, sha256: sha })
}

/// What a manifest says besides its entries.
struct Header {
    kind: Kind,
    seq: (i64, i64),
    previous: Option<String>,
    learner_save: bool,
    device_seq: Option<i64>,
}

/// What an instructor sends back. `pack_dir` is the track folder for
/// [`Kind::CurriculumPack`]; it is validated here exactly as a terminal
/// will validate it, so a broken pack never reaches a stick.
pub fn export_instructor(store: &mut Store, identity: &DeviceIdentity, kind: Kind, pack_dir: Option<&Path>, out: &Path) -> Result<ExportReport, BundleError> {
    if identity.role != Role::Instructor {
        return Err(BundleError::NotAnInstructor(kind.as_str()));
    }
    let (payload, count) = match kind {
        Kind::Progress => return export(store, identity, out, false),
        Kind::Roster => {
            let roster = store.roster()?;
            (serde_json::to_vec_pretty(&roster).map_err(|e| BundleError::BadPayload { what: "roster", detail: e.to_string() })?, roster.len())
        }
        Kind::Feedback => {
            let notes = store.all_feedback()?;
            (serde_json::to_vec_pretty(&notes).map_err(|e| BundleError::BadPayload { what: "feedback", detail: e.to_string() })?, notes.len())
        }
        Kind::Policy => {
            let json = store.setting(crate::store::CLASS_POLICY_SETTING)?.ok_or(BundleError::BadPayload { what: "class settings", detail: "none have been set on this machine".into() })?;
            (json.into_bytes(), 1)
        }
        Kind::CurriculumPack => {
            let dir = pack_dir.ok_or(BundleError::BadPack("name the track folder to send (--pack DIR)".into()))?;
            let p = pack::read_dir(dir)?;
            pack::validate(&p)?;
            let n = p.files.len();
            (serde_json::to_vec_pretty(&p).map_err(|e| BundleError::BadPayload { what: "curriculum pack", detail: e.to_string() })?, n)
        }
    };
    let (bundle_id, sha) = write_bundle(store, identity, Header { kind, seq: (0, 0), previous: None, learner_save: false, device_seq: None }, &payload, out)?;
    if kind == Kind::CurriculumPack {
        // The instructor keeps what it released, so that it re-grades
        // attempts at these exercises against the same tests.
        let p: pack::Pack = serde_json::from_slice(&payload).map_err(|e| BundleError::BadPayload { what: "curriculum pack", detail: e.to_string() })?;
        let record = PackRecord { track_id: p.track_id, created_at: crate::store::now_ms(), sha256: hex(&Sha256::digest(&payload)), files: p.files };
        let me = store.device_id().to_string();
        store.apply_instructor_bundle(&bundle_id, &me, kind.as_str(), &sha, &InstructorPayload::Pack(record))?;
    }
    Ok(ExportReport { path: out.display().to_string(), bundle_id, events: count, seq_from: 0, seq_to: 0, sha256: sha })
}

/// A curriculum pack this machine released before, written again (a
/// terminal set up since, or one that missed a stick, catches up). The
/// payload is the same bytes, so terminals that hold it change nothing.
pub fn export_pack_record(store: &Store, identity: &DeviceIdentity, p: &PackRecord, out: &Path) -> Result<ExportReport, BundleError> {
    if identity.role != Role::Instructor {
        return Err(BundleError::NotAnInstructor(Kind::CurriculumPack.as_str()));
    }
    let pack = pack::Pack { track_id: p.track_id.clone(), files: p.files.clone() };
    let payload = serde_json::to_vec_pretty(&pack).map_err(|e| BundleError::BadPayload { what: "curriculum pack", detail: e.to_string() })?;
    let (bundle_id, sha) = write_bundle(store, identity, Header { kind: Kind::CurriculumPack, seq: (0, 0), previous: None, learner_save: false, device_seq: None }, &payload, out)?;
    Ok(ExportReport { path: out.display().to_string(), bundle_id, events: pack.files.len(), seq_from: 0, seq_to: 0, sha256: sha })
}

/// Signs and writes one bundle: temporary file, fsync, rename, fsync the
/// directory. Returns (bundle id, SHA-256 of the file).
fn write_bundle(store: &Store, identity: &DeviceIdentity, header: Header, payload: &[u8], out: &Path) -> Result<(String, String), BundleError> {
    let Header { kind, seq, previous, learner_save, device_seq } = header;
    let payload = encrypt(store, identity, kind, payload)?;
    let payload = &payload[..];
    let manifest = Manifest {
        format_version: FORMAT_VERSION,
        bundle_id: uuid::Uuid::new_v4().to_string(),
        kind,
        facility: identity.facility.clone(),
        device_id: store.device_id().to_string(),
        key_id: identity.key_id(),
        seq_from: seq.0,
        seq_to: seq.1,
        previous_bundle_sha256: previous,
        learner_save,
        device_seq,
        created_at: crate::store::now_ms(),
        entries: vec![Entry { name: PAYLOAD.into(), size: payload.len() as u64, sha256: hex(&Sha256::digest(payload)) }],
    };
    let manifest_bytes = serde_json::to_vec_pretty(&manifest).map_err(|e| BundleError::BadManifest(e.to_string()))?;
    let signature = identity.signing_key().sign(&manifest_bytes);

    let mut zipped = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut zipped);
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in [(MANIFEST, &manifest_bytes[..]), (SIGNATURE, &signature.to_bytes()[..]), (PAYLOAD, payload)] {
            zip.start_file(name, opts).map_err(|e| BundleError::NotAZip(e.to_string()))?;
            zip.write_all(bytes).map_err(io("write", out))?;
        }
        zip.finish().map_err(|e| BundleError::NotAZip(e.to_string()))?;
    }
    let bytes = zipped.into_inner();
    let sha = hex(&Sha256::digest(&bytes));
    write_durably(out, &bytes)?;
    read_back(out, &sha)?;
    Ok((manifest.bundle_id, sha))
}

/// Temporary file, fsync, rename, fsync the directory: a pulled stick
/// leaves either the old state or the whole new file under `out`.
pub fn write_durably(out: &Path, bytes: &[u8]) -> Result<(), BundleError> {
    let dir = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(io("create a temporary file in", dir))?;
    tmp.write_all(bytes).map_err(io("write", out))?;
    tmp.as_file().sync_all().map_err(io("flush", out))?;
    tmp.persist(out).map_err(|e| BundleError::Io { action: "rename into place", path: out.display().to_string(), source: e.error })?;
    // The rename is durable only once the directory is.
    std::fs::File::open(dir).and_then(|d| d.sync_all()).map_err(io("flush the directory", dir))?;
    Ok(())
}

/// Reads a just-written bundle back from the stick and compares it with
/// what was written. The page cache is dropped first, so the bytes come
/// from the device, not from memory: a stick that loses writes is caught
/// here, before anything counts as saved. A file that does not read back
/// whole is removed (it is ours, and would only mislead the instructor).
pub fn read_back(path: &Path, sha256: &str) -> Result<(), BundleError> {
    use std::os::fd::AsRawFd;
    if let Ok(f) = std::fs::File::open(path) {
        // SAFETY: advice on a file descriptor we own; no memory is shared.
        unsafe {
            libc::posix_fadvise(f.as_raw_fd(), 0, 0, libc::POSIX_FADV_DONTNEED);
        }
    }
    let ok = read_file(path).map(|b| hex(&Sha256::digest(&b)) == sha256).unwrap_or(false);
    if !ok {
        let _ = std::fs::remove_file(path);
        return Err(BundleError::ReadBack(path.display().to_string()));
    }
    Ok(())
}

/// Encrypts a payload to every device of the other role in this facility
/// that this machine trusts: progress to the instructors, everything an
/// instructor sends to the terminals.
fn encrypt(store: &Store, identity: &DeviceIdentity, kind: Kind, payload: &[u8]) -> Result<Vec<u8>, BundleError> {
    let role = if kind == Kind::Progress { "instructor" } else { "terminal" };
    let recipients: Vec<age::x25519::Recipient> = store
        .trusted_keys(role, &identity.facility)?
        .into_iter()
        .filter_map(|k| k.encryption_key.and_then(|e| e.parse().ok()))
        .collect();
    if recipients.is_empty() {
        return Err(BundleError::NoRecipients(role));
    }
    let encryptor = age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
        .map_err(|e| BundleError::BadPayload { what: "encryption", detail: e.to_string() })?;
    let mut out = Vec::with_capacity(payload.len() + 1024);
    let mut w = encryptor.wrap_output(&mut out).map_err(|e| BundleError::BadPayload { what: "encryption", detail: e.to_string() })?;
    w.write_all(payload).and_then(|_| w.finish().map(|_| ())).map_err(|e| BundleError::BadPayload { what: "encryption", detail: e.to_string() })?;
    Ok(out)
}
