//! Sneakernet bundles: round trips between terminals and an instructor in
//! every order, and a crafted zip for every rejection.

use std::io::Write;
use std::path::{Path, PathBuf};

use stepstone::bundle::{self, keys, BundleError, DeviceIdentity, Role};
use stepstone::grading::{GradeReport, GradeStatus};
use stepstone::sandbox::SourceFile;
use stepstone::store::Store;

struct Device {
    dir: PathBuf,
    store: Store,
    id: DeviceIdentity,
}

/// A device of facility-1. Bundles are encrypted to their recipients, so
/// every terminal made here trusts the facility's instructor from the start,
/// and every instructor device is a copy of that one instructor (its store
/// and keys), so a test may make one whenever it likes.
fn device(root: &Path, name: &str, role: Role) -> Device {
    let dir = root.join(name);
    let template = facility_instructor(root);
    if role == Role::Instructor {
        std::fs::create_dir_all(&dir).unwrap();
        for f in ["progress.sqlite3", "identity.json", "device.key", "device.age"] {
            std::fs::copy(template.join(f), dir.join(f)).unwrap();
        }
        let store = Store::open(&dir.join("progress.sqlite3")).unwrap();
        let id = DeviceIdentity::load(&dir).unwrap();
        return Device { dir, store, id };
    }
    let mut store = Store::open(&dir.join("progress.sqlite3")).unwrap();
    let id = DeviceIdentity::provision(&dir, role, "facility-1", store.device_id()).unwrap();
    store.trust_key(&keys::read_enrollment(&template.join("enrollment.json")).unwrap()).unwrap();
    Device { dir, store, id }
}

/// The facility's instructor, made once per test folder and closed (so its
/// store file is complete on disk and can be copied).
fn facility_instructor(root: &Path) -> PathBuf {
    let dir = root.join(".facility-instructor");
    if !dir.join("enrollment.json").exists() {
        let store = Store::open(&dir.join("progress.sqlite3")).unwrap();
        let id = DeviceIdentity::provision(&dir, Role::Instructor, "facility-1", store.device_id()).unwrap();
        drop(store);
        std::fs::write(dir.join("enrollment.json"), serde_json::to_vec(&id.enrollment()).unwrap()).unwrap();
    }
    dir
}

fn enroll(into: &mut Device, from: &Device) {
    let path = into.dir.join(format!("{}.enroll.json", from.id.device_id));
    std::fs::write(&path, serde_json::to_vec(&from.id.enrollment()).unwrap()).unwrap();
    into.store.trust_key(&keys::read_enrollment(&path).unwrap()).unwrap();
}

fn work(d: &mut Device, learner: &str, attempts: usize) {
    let s = d.store.create_student(learner, "123456").unwrap();
    let s = d.store.sign_in(&s.id, "123456").unwrap();
    let report = GradeReport { version: 2, status: GradeStatus::Pass, message: None, tests: vec![], outcome: None };
    for i in 0..attempts {
        d.store.record_attempt(&s, &format!("ex.{i}"), &[SourceFile { name: "main.js".into(), text: format!("// {i}") }], &report, i as i64, 5).unwrap();
    }
}

fn foreign_events(store: &Store) -> Vec<stepstone::store::Event> {
    store.all_events().unwrap().into_iter().filter(|e| e.device_id != store.device_id()).collect()
}

#[test]
fn round_trip_reaches_the_same_state_in_every_order_and_twice_changes_nothing() {
    let root = tempfile::tempdir().unwrap();
    let mut t1 = device(root.path(), "t1", Role::Terminal);
    let mut t2 = device(root.path(), "t2", Role::Terminal);
    work(&mut t1, "Ana", 3);
    work(&mut t2, "Ben", 2);
    let b1a = root.path().join("t1-a.zip");
    bundle::export(&mut t1.store, &t1.id, &b1a, false).unwrap();
    work(&mut t1, "Cleo", 1);
    let b1b = root.path().join("t1-b.zip");
    let r = bundle::export(&mut t1.store, &t1.id, &b1b, false).unwrap();
    assert_eq!((r.seq_from, r.events), (5, 2), "incremental export carries only the new events");
    let b2 = root.path().join("t2.zip");
    bundle::export(&mut t2.store, &t2.id, &b2, false).unwrap();

    let orders = [[&b1a, &b1b, &b2], [&b2, &b1b, &b1a], [&b1b, &b2, &b1a]];
    let mut finals = Vec::new();
    for (i, order) in orders.iter().enumerate() {
        let mut inst = device(root.path(), &format!("inst{i}"), Role::Instructor);
        enroll(&mut inst, &t1);
        enroll(&mut inst, &t2);
        for b in order {
            bundle::import(&mut inst.store, &inst.id, b).unwrap();
        }
        let before = foreign_events(&inst.store);
        for b in order {
            assert_eq!(bundle::import(&mut inst.store, &inst.id, b).unwrap().new_events, 0, "importing again changes nothing");
        }
        assert_eq!(foreign_events(&inst.store), before);
        finals.push(before);
    }
    assert_eq!(finals[0].len(), 9, "6 events from t1 (2 learners, 4 attempts) and 3 from t2");
    assert!(finals.windows(2).all(|w| w[0] == w[1]), "every order reaches the same state");
}

/// Builds a zip from (name, bytes) pairs with a valid signature over
/// `manifest`, for crafting hostile bundles.
fn craft(path: &Path, files: &[(&str, Vec<u8>)]) {
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    for (name, bytes) in files {
        zip.start_file(*name, opts).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
}

fn unzip(path: &Path) -> Vec<(String, Vec<u8>)> {
    let mut a = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..a.len())
        .map(|i| {
            let mut f = a.by_index(i).unwrap();
            let mut v = Vec::new();
            std::io::Read::read_to_end(&mut f, &mut v).unwrap();
            (f.name().unwrap().to_string(), v)
        })
        .collect()
}

/// A zip written by hand (stored entries), so it can hold what the zip
/// writer refuses to write, such as two records with one name.
fn raw_zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    fn crc32(data: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &b in data {
            crc ^= b as u32;
            for _ in 0..8 {
                crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
            }
        }
        !crc
    }
    let (mut out, mut central) = (Vec::new(), Vec::new());
    for (name, data) in entries {
        let offset = out.len() as u32;
        let (crc, len, n) = (crc32(data), data.len() as u32, name.len() as u16);
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        out.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        for v in [crc, len, len] { out.extend_from_slice(&v.to_le_bytes()); }
        out.extend_from_slice(&n.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&[20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        for v in [crc, len, len] { central.extend_from_slice(&v.to_le_bytes()); }
        central.extend_from_slice(&n.to_le_bytes());
        central.extend_from_slice(&[0; 12]);
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let (cd_offset, cd_size, count) = (out.len() as u32, central.len() as u32, entries.len() as u16);
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0, 0, 0, 0]);
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&cd_size.to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

fn hash(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// A valid bundle's parts, re-signed after `edit` changes the manifest.
fn resigned(t: &Device, good: &Path, edit: impl FnOnce(&mut serde_json::Value, &mut Vec<(String, Vec<u8>)>)) -> Vec<(String, Vec<u8>)> {
    let mut files = unzip(good);
    let mut manifest: serde_json::Value = serde_json::from_slice(&files[0].1).unwrap();
    edit(&mut manifest, &mut files);
    let bytes = serde_json::to_vec(&manifest).unwrap();
    files[1].1 = bundle::sign(&t.id, &bytes).to_vec();
    files[0].1 = bytes;
    files
}

#[test]
fn every_rejection_has_its_own_message_and_leaves_the_database_unchanged() {
    let root = tempfile::tempdir().unwrap();
    let mut t = device(root.path(), "t", Role::Terminal);
    let stranger = device(root.path(), "stranger", Role::Terminal);
    work(&mut t, "Ana", 2);
    let good = root.path().join("good.zip");
    bundle::export(&mut t.store, &t.id, &good, false).unwrap();
    let mut inst = device(root.path(), "inst", Role::Instructor);
    enroll(&mut inst, &t);
    let before = inst.store.all_events().unwrap();

    // The events in plain text, for a legacy (format 1) bundle: the fork
    // below is crafted in that format, which is still read.
    let events: Vec<u8> = t.store.events_since(0).unwrap().iter().flat_map(|e| { let mut v = serde_json::to_vec(e).unwrap(); v.push(b'\n'); v }).collect();
    type Case<'a> = (&'static str, Box<dyn Fn(&Path) + 'a>, fn(&BundleError) -> bool);
    let cases: Vec<Case<'_>> = vec![
        ("path traversal", Box::new(|p: &Path| { let mut f = unzip(&good); f.push(("../evil.txt".into(), b"x".to_vec())); craft(p, &f.iter().map(|(n, b)| (n.as_str(), b.clone())).collect::<Vec<_>>()) }), |e| matches!(e, BundleError::BadName(_))),
        ("absolute name", Box::new(|p: &Path| craft(p, &[("/etc/cron.d/x", b"x".to_vec())])), |e| matches!(e, BundleError::BadName(_))),
        ("backslash name", Box::new(|p: &Path| craft(p, &[("..\\x", b"x".to_vec())])), |e| matches!(e, BundleError::BadName(_))),
        ("drive letter", Box::new(|p: &Path| craft(p, &[("C:evil", b"x".to_vec())])), |e| matches!(e, BundleError::BadName(_))),
        ("case-only duplicate", Box::new(|p: &Path| { let mut f = unzip(&good); f.push(("PAYLOAD.AGE".into(), b"x".to_vec())); craft(p, &f.iter().map(|(n, b)| (n.as_str(), b.clone())).collect::<Vec<_>>()) }), |e| matches!(e, BundleError::DuplicateName(_))),
        ("symlink", Box::new(|p: &Path| {
            let mut zip = zip::ZipWriter::new(std::fs::File::create(p).unwrap());
            zip.add_symlink("events.jsonl", "/etc/passwd", zip::write::SimpleFileOptions::default()).unwrap();
            zip.finish().unwrap();
        }), |e| matches!(e, BundleError::SpecialFile(_))),
        ("too many entries", Box::new(|p: &Path| { let names: Vec<String> = (0..40).map(|i| format!("f{i}")).collect(); craft(p, &names.iter().map(|n| (n.as_str(), vec![1u8])).collect::<Vec<_>>()) }), |e| matches!(e, BundleError::TooManyEntries(_))),
        ("zip bomb declared", Box::new(|p: &Path| {
            let f = resigned(&t, &good, |m, _| { m["entries"][0]["size"] = (600u64 << 20).into(); });
            craft(p, &f.iter().map(|(n, b)| (n.as_str(), b.clone())).collect::<Vec<_>>())
        }), |e| matches!(e, BundleError::Bomb)),
        ("zip bomb undeclared", Box::new(|p: &Path| {
            // The signed manifest says 100 bytes; the entry inflates to 600
            // MiB. Inflating stops at 101 bytes.
            let f = resigned(&t, &good, |m, _| { m["entries"][0]["size"] = 100.into(); });
            let mut zip = zip::ZipWriter::new(std::fs::File::create(p).unwrap());
            for (n, b) in &f[..2] { zip.start_file(n.as_str(), zip::write::SimpleFileOptions::default()).unwrap(); zip.write_all(b).unwrap(); }
            zip.start_file("payload.age", zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).large_file(true)).unwrap();
            let chunk = vec![0u8; 1 << 20];
            for _ in 0..600 { zip.write_all(&chunk).unwrap(); }
            zip.finish().unwrap();
        }), |e| matches!(e, BundleError::HashMismatch(_))),
        ("bomb without a signed manifest is never inflated", Box::new(|p: &Path| {
            let mut zip = zip::ZipWriter::new(std::fs::File::create(p).unwrap());
            zip.start_file("payload.age", zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).large_file(true)).unwrap();
            let chunk = vec![0u8; 1 << 20];
            for _ in 0..600 { zip.write_all(&chunk).unwrap(); }
            zip.finish().unwrap();
        }), |e| matches!(e, BundleError::Missing("manifest.json"))),
        ("two records with one name", Box::new(|p: &Path| { let f = unzip(&good); std::fs::write(p, raw_zip(&[(&f[0].0, &f[0].1), (&f[1].0, &f[1].1), (&f[2].0, &f[2].1), (&f[0].0, &b"{}"[..])])).unwrap() }), |e| matches!(e, BundleError::DuplicateName(_))),
        ("not addressed to this machine", Box::new(|p: &Path| {
            // Signed by the terminal, but encrypted to nobody here: the
            // payload is replaced by another age file of the right hash.
            let other = age::x25519::Identity::generate().to_public();
            let enc = age::Encryptor::with_recipients(std::iter::once(&other as &dyn age::Recipient)).unwrap();
            let mut ct = Vec::new();
            let mut w = enc.wrap_output(&mut ct).unwrap();
            w.write_all(&events).unwrap();
            w.finish().unwrap();
            let f = resigned(&t, &good, |m, files| {
                m["entries"][0]["sha256"] = hash(&ct).into();
                m["entries"][0]["size"] = ct.len().into();
                files[2].1 = ct.clone();
            });
            craft(p, &f.iter().map(|(n, b)| (n.as_str(), b.clone())).collect::<Vec<_>>())
        }), |e| matches!(e, BundleError::NotForUs(_))),
        ("truncated file", Box::new(|p: &Path| { let b = std::fs::read(&good).unwrap(); std::fs::write(p, &b[..b.len() / 2]).unwrap() }), |e| matches!(e, BundleError::NotAZip(_))),
        ("entry not in manifest", Box::new(|p: &Path| { let mut f = unzip(&good); f.push(("extra.txt".into(), b"hi".to_vec())); craft(p, &f.iter().map(|(n, b)| (n.as_str(), b.clone())).collect::<Vec<_>>()) }), |e| matches!(e, BundleError::Unlisted(_))),
        ("tampered events", Box::new(|p: &Path| { let mut f = unzip(&good); f[2].1.extend_from_slice(b"\n"); craft(p, &f.iter().map(|(n, b)| (n.as_str(), b.clone())).collect::<Vec<_>>()) }), |e| matches!(e, BundleError::HashMismatch(_))),
        ("tampered manifest", Box::new(|p: &Path| { let mut f = unzip(&good); f[0].1 = String::from_utf8(f[0].1.clone()).unwrap().replace("progress", "roster").into_bytes(); craft(p, &f.iter().map(|(n, b)| (n.as_str(), b.clone())).collect::<Vec<_>>()) }), |e| matches!(e, BundleError::BadSignature)),
        ("unknown signer", Box::new(|p: &Path| { let f = resigned(&stranger, &good, |m, _| { m["key_id"] = stranger.id.key_id().into(); m["device_id"] = stranger.id.device_id.clone().into(); }); craft(p, &f.iter().map(|(n, b)| (n.as_str(), b.clone())).collect::<Vec<_>>()) }), |e| matches!(e, BundleError::UnknownKey { .. })),
        ("future format", Box::new(|p: &Path| { let f = resigned(&t, &good, |m, _| { m["format_version"] = 9.into(); }); craft(p, &f.iter().map(|(n, b)| (n.as_str(), b.clone())).collect::<Vec<_>>()) }), |e| matches!(e, BundleError::TooNew(9))),
        ("fork: same seq, other content", Box::new(|p: &Path| {
            let forged = String::from_utf8(events.clone()).unwrap().replace("Ana", "Eve").into_bytes();
            let f = resigned(&t, &good, |m, files| {
                m["bundle_id"] = "another-bundle".into();
                m["format_version"] = 1.into();
                m["entries"][0]["name"] = "events.jsonl".into();
                m["entries"][0]["sha256"] = hash(&forged).into();
                m["entries"][0]["size"] = forged.len().into();
                files[2] = ("events.jsonl".into(), forged.clone());
            });
            craft(p, &f.iter().map(|(n, b)| (n.as_str(), b.clone())).collect::<Vec<_>>())
        }), |e| matches!(e, BundleError::Fork { .. })),
    ];
    // The genuine bundle goes in first, so the fork has something to fork from.
    bundle::import(&mut inst.store, &inst.id, &good).unwrap();
    let after_good = inst.store.all_events().unwrap();
    assert!(after_good.len() > before.len());
    let mut messages = std::collections::HashSet::new();
    for (name, make, check) in cases {
        let p = root.path().join(format!("{}.zip", name.replace([' ', ':', ','], "-")));
        make(&p);
        let err = bundle::import(&mut inst.store, &inst.id, &p).expect_err(name);
        assert!(check(&err), "{name}: wrong rejection: {err}");
        messages.insert(std::mem::discriminant(&err));
        assert_eq!(inst.store.all_events().unwrap(), after_good, "{name} changed the database");
    }
    assert!(messages.len() >= 13, "distinct rejections: {}", messages.len());
    // A replay of the genuine bundle is refused as already imported: nothing
    // changes.
    assert_eq!(bundle::import(&mut inst.store, &inst.id, &good).unwrap().new_events, 0);
    assert_eq!(inst.store.all_events().unwrap(), after_good, "a replay changed the database");
}

#[test]
fn a_copied_stick_shows_no_code_name_or_pin_hash_without_a_device_key() {
    let root = tempfile::tempdir().unwrap();
    let mut t = device(root.path(), "t", Role::Terminal);
    let s = t.store.create_student("Zebediah Quill", "246810").unwrap();
    let s = t.store.sign_in(&s.id, "246810").unwrap();
    let report = GradeReport { version: 2, status: GradeStatus::Pass, message: None, tests: vec![], outcome: None };
    let code = "function secretSauce() { return 'marmalade-42'; }";
    t.store.record_attempt(&s, "js.x", &[SourceFile { name: "main.js".into(), text: code.into() }], &report, 1, 5).unwrap();
    let stick = root.path().join("copied.zip");
    bundle::export(&mut t.store, &t.id, &stick, false).unwrap();
    let hash_prefix = t.store.roster().unwrap()[0].pin_hash.clone().unwrap();
    // Everything a copier can get: the raw file and every entry inflated.
    let mut seen = std::fs::read(&stick).unwrap();
    for (_, data) in unzip(&stick) {
        seen.extend_from_slice(&data);
    }
    let seen = String::from_utf8_lossy(&seen).to_string();
    for secret in ["Zebediah", "marmalade-42", "secretSauce", "$argon2", &hash_prefix] {
        assert!(!seen.contains(secret), "{secret:?} can be read from a copied stick");
    }
    // With the instructor's key it all comes back.
    let inst = device(root.path(), "inst", Role::Instructor);
    let mut inst = inst;
    enroll(&mut inst, &t);
    bundle::import(&mut inst.store, &inst.id, &stick).unwrap();
    assert!(inst.store.roster().unwrap().iter().any(|r| r.display_name == "Zebediah Quill"));
}

#[test]
fn device_key_file_is_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().unwrap();
    let d = device(root.path(), "t", Role::Terminal);
    let mode = std::fs::metadata(d.dir.join("device.key")).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let again = DeviceIdentity::provision(&d.dir, Role::Terminal, "f", "x");
    assert!(matches!(again, Err(keys::KeyError::AlreadyProvisioned(_))), "a key is never replaced silently");
}

#[test]
fn export_killed_by_a_full_disk_leaves_no_partial_file() {
    // The CLI exports under a 1 KiB file-size limit: the write fails part
    // way (as on a full stick) and the process dies there. Nothing may be
    // left under the final name, and nothing may count as exported.
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let cli = super::support::cli();
    let run = |args: &[&str], stdin: &str, limit: Option<u32>| {
        let mut cmd = std::process::Command::new("bash");
        let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
        let ulimit = limit.map(|l| format!("ulimit -f {l}; ")).unwrap_or_default();
        cmd.arg("-c").arg(format!("{ulimit}exec '{}' {}", cli.display(), quoted.join(" ")));
        cmd.env("STEPSTONE_DATA_DIR", &data).stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
        child.wait_with_output().unwrap()
    };
    let trust = facility_instructor(root.path()).join("enrollment.json");
    let key_id = keys::read_enrollment(&trust).unwrap().key_id;
    assert!(run(&["provision", "--role", "terminal", "--facility", "facility-1", "--trust", trust.to_str().unwrap(), "--expect-key-id", &key_id], "", None).status.success());
    let out = run(&["student", "add", "Ana"], "123456\n", None);
    let id = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let long = "x".repeat(4000);
    let mut store = Store::open(&data.join("progress.sqlite3")).unwrap();
    let s = store.sign_in(&id, "123456").unwrap();
    let report = GradeReport { version: 2, status: GradeStatus::Fail, message: None, tests: vec![], outcome: None };
    for i in 0..20 {
        store.record_attempt(&s, &format!("e{i}"), &[SourceFile { name: "main.js".into(), text: format!("{long}{i}") }], &report, i, 1).unwrap();
    }
    drop(store);
    let stick = root.path().join("stick");
    std::fs::create_dir(&stick).unwrap();
    let target = stick.join("progress.zip");
    let out = run(&["bundle", "export", "--out", target.to_str().unwrap()], "", Some(1));
    assert!(!out.status.success(), "the export must fail under the limit");
    assert!(!target.exists(), "no partial bundle under the final name");
    let store = Store::open(&data.join("progress.sqlite3")).unwrap();
    assert_eq!(store.last_export(None).unwrap(), None, "a failed export is not recorded");
    // Without the limit the same export succeeds.
    let out = run(&["bundle", "export", "--out", target.to_str().unwrap()], "", None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(target.exists());
}

#[test]
fn usb_inbox_imports_bundles_as_they_appear_and_never_touches_the_stick() {
    let root = tempfile::tempdir().unwrap();
    let mut t = device(root.path(), "t", Role::Terminal);
    work(&mut t, "Ana", 2);
    let first = root.path().join("first.zip");
    bundle::export(&mut t.store, &t.id, &first, false).unwrap();
    work(&mut t, "Ben", 1);
    let second = root.path().join("second.zip");
    bundle::export(&mut t.store, &t.id, &second, false).unwrap();

    let stick = root.path().join("stick");
    std::fs::create_dir(&stick).unwrap();
    // One bundle is already on the stick when watching starts.
    std::fs::copy(&first, stick.join("first.zip")).unwrap();
    std::fs::write(stick.join("notes.txt"), b"not a bundle").unwrap();
    let inst_dir = root.path().join("inst");
    let mut inst = device(root.path(), "inst", Role::Instructor);
    enroll(&mut inst, &t);
    drop(inst);

    let (stop_tx, stop_rx) = std::sync::mpsc::channel();
    let (ev_tx, ev_rx) = std::sync::mpsc::channel();
    let watch_dir = stick.clone();
    let store_path = inst_dir.join("progress.sqlite3");
    let watcher = std::thread::spawn(move || {
        let mut store = Store::open(&store_path).unwrap();
        let me = DeviceIdentity::load(store_path.parent().unwrap()).unwrap();
        bundle::inbox::watch(&mut store, &me, &watch_dir, stop_rx, |ev| {
            ev_tx.send((ev.path.file_name().unwrap().to_string_lossy().to_string(), ev.result.map(|r| r.new_events).map_err(|e| e.to_string()))).unwrap();
        })
        .unwrap();
    });
    let limit = std::time::Duration::from_secs(30);
    assert_eq!(ev_rx.recv_timeout(limit).unwrap(), ("first.zip".to_string(), Ok(3)));
    // A bundle copied in while watching, and a damaged one.
    std::fs::copy(&second, stick.join("second.zip")).unwrap();
    assert_eq!(ev_rx.recv_timeout(limit).unwrap(), ("second.zip".to_string(), Ok(2)));
    let bytes = std::fs::read(&second).unwrap();
    std::fs::write(stick.join("pulled-out.zip"), &bytes[..bytes.len() / 3]).unwrap();
    let (name, result) = ev_rx.recv_timeout(limit).unwrap();
    assert_eq!(name, "pulled-out.zip");
    assert!(result.unwrap_err().contains("not a readable bundle"));
    stop_tx.send(()).unwrap();
    watcher.join().unwrap();

    // The stick's files are exactly as they were put there.
    assert_eq!(std::fs::read(stick.join("first.zip")).unwrap(), std::fs::read(&first).unwrap());
    assert_eq!(std::fs::read(stick.join("second.zip")).unwrap(), bytes);
    assert!(stick.join("notes.txt").exists());
    let inst = Store::open(&inst_dir.join("progress.sqlite3")).unwrap();
    assert_eq!(foreign_events(&inst).len(), 5);
}

#[test]
fn usb_inbox_sees_a_stick_mounted_over_the_watched_folder() {
    // A mount raises no file event in the folder underneath; the watch
    // must notice the mount itself. The CLI watches in a mount namespace of
    // its own, and the "stick" (a folder holding a bundle) is bind-mounted
    // over the watched folder inside that namespace only.
    use std::io::BufRead;
    let root = tempfile::tempdir().unwrap();
    let mut t = device(root.path(), "t", Role::Terminal);
    work(&mut t, "Ana", 2);
    let stick = root.path().join("stick");
    std::fs::create_dir(&stick).unwrap();
    bundle::export(&mut t.store, &t.id, &stick.join("progress.zip"), false).unwrap();
    let original = std::fs::read(stick.join("progress.zip")).unwrap();
    let mut inst = device(root.path(), "inst", Role::Instructor);
    enroll(&mut inst, &t);
    let inst_dir = inst.dir.clone();
    drop(inst);
    let mount_point = root.path().join("media-usb");
    std::fs::create_dir(&mount_point).unwrap();

    let mut watcher = std::process::Command::new("unshare")
        .args(["--mount", "--propagation", "private"])
        .arg(super::support::cli())
        .args(["bundle", "watch"])
        .arg(&mount_point)
        .env("STEPSTONE_DATA_DIR", &inst_dir)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("unshare from util-linux");
    let (tx, lines) = std::sync::mpsc::channel();
    let out = watcher.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(out).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let limit = std::time::Duration::from_secs(30);
    let first = lines.recv_timeout(limit).expect("the watch starts");
    assert!(first.starts_with("watching"), "{first}");

    let mount = std::process::Command::new("nsenter")
        .args(["--target", &watcher.id().to_string(), "--mount", "--", "mount", "--bind"])
        .arg(&stick)
        .arg(&mount_point)
        .status()
        .unwrap();
    assert!(mount.success(), "mounting the stick failed");
    let imported = lines.recv_timeout(limit);
    watcher.kill().unwrap();
    watcher.wait().unwrap();
    let imported = imported.expect("the mounted stick's bundle is imported");
    assert!(imported.contains("progress.zip: imported 3 new events"), "{imported}");
    let store = Store::open(&inst_dir.join("progress.sqlite3")).unwrap();
    assert_eq!(foreign_events(&store).len(), 3);
    assert_eq!(std::fs::read(stick.join("progress.zip")).unwrap(), original, "the stick is only read");
}

/// Offsets of each central-directory record, for patching crafted zips.
fn central_records(bytes: &[u8]) -> Vec<usize> {
    let u16_at = |at: usize| u16::from_le_bytes([bytes[at], bytes[at + 1]]) as usize;
    let eocd = bytes.windows(4).rposition(|w| w == [0x50, 0x4b, 0x05, 0x06]).unwrap();
    let mut at = u32::from_le_bytes(bytes[eocd + 16..eocd + 20].try_into().unwrap()) as usize;
    let mut out = Vec::new();
    for _ in 0..u16_at(eocd + 10) {
        out.push(at);
        at += 46 + u16_at(at + 28) + u16_at(at + 30) + u16_at(at + 32);
    }
    out
}

#[test]
fn overlapping_and_encrypted_entries_are_refused_by_name() {
    let root = tempfile::tempdir().unwrap();
    let mut t = device(root.path(), "t", Role::Terminal);
    work(&mut t, "Ana", 1);
    let good = root.path().join("good.zip");
    bundle::export(&mut t.store, &t.id, &good, false).unwrap();
    let mut inst = device(root.path(), "inst", Role::Instructor);
    enroll(&mut inst, &t);
    let files = unzip(&good);
    let plain = root.path().join("plain.zip");
    craft(&plain, &files.iter().map(|(n, b)| (n.as_str(), b.clone())).collect::<Vec<_>>());
    let bytes = std::fs::read(&plain).unwrap();
    let cd = central_records(&bytes);

    // The third entry's central record points at the second entry's data.
    let mut overlap = bytes.clone();
    let second = overlap[cd[1] + 42..cd[1] + 46].to_vec();
    overlap[cd[2] + 42..cd[2] + 46].copy_from_slice(&second);
    let p = root.path().join("overlap.zip");
    std::fs::write(&p, &overlap).unwrap();
    let err = bundle::import(&mut inst.store, &inst.id, &p).unwrap_err();
    assert!(matches!(err, BundleError::Overlap(ref n) if n == "payload.age"), "{err}");

    // Bit 0 of the general-purpose flags marks an entry as encrypted.
    let mut encrypted = bytes.clone();
    encrypted[cd[2] + 8] |= 1;
    let local = u32::from_le_bytes(encrypted[cd[2] + 42..cd[2] + 46].try_into().unwrap()) as usize;
    encrypted[local + 6] |= 1;
    let p = root.path().join("encrypted.zip");
    std::fs::write(&p, &encrypted).unwrap();
    let err = bundle::import(&mut inst.store, &inst.id, &p).unwrap_err();
    assert!(matches!(err, BundleError::Encrypted(ref n) if n == "payload.age"), "{err}");
    assert!(err.to_string().contains("encrypted"));

    assert!(inst.store.all_events().unwrap().iter().all(|e| e.device_id == inst.store.device_id()), "nothing was imported");
    // The untouched copy still imports: the patches, not the crafting, were refused.
    assert_eq!(bundle::import(&mut inst.store, &inst.id, &plain).unwrap().new_events, 2);
}

/// A track folder named `id` with one JavaScript exercise, titled `title`.
fn pack_track(root: &Path, id: &str, title: &str) -> PathBuf {
    let src = super::support::repo().join("tests/fixtures/curriculum/good/fx/js-add");
    let dir = root.join(format!("pack-{id}-{}", title.len()));
    let ex = dir.join("add");
    for sub in ["", "starter", "solution"] {
        std::fs::create_dir_all(ex.join(sub)).unwrap();
    }
    for f in ["lesson.md", "tests.js", "starter/main.js", "solution/main.js"] {
        std::fs::copy(src.join(f), ex.join(f)).unwrap();
    }
    let manifest = std::fs::read_to_string(src.join("exercise.toml")).unwrap();
    let manifest: String = manifest.lines().map(|l| if l.starts_with("id =") { format!("id = \"{id}.add\"\n") } else { format!("{l}\n") }).collect();
    std::fs::write(ex.join("exercise.toml"), manifest).unwrap();
    std::fs::write(dir.join("track.toml"), format!("format_version = 1\nid = \"{id}\"\ntitle = \"{title}\"\nsummary = \"S\"\n\n[[units]]\nid = \"{id}.u\"\ntitle = \"U\"\nexercises = [\"add\"]\n")).unwrap();
    dir
}

/// A bundle of `kind` with any payload, signed by `d`, for hostile cases.
fn signed_by(d: &Device, kind: &str, payload_name: &str, payload: &[u8], out: &Path) {
    signed_bundle(d, kind, "facility-1", (0, 0), payload_name, payload, out);
}

/// The same, with the facility and sequence range the manifest claims.
fn signed_bundle(d: &Device, kind: &str, facility: &str, seq: (i64, i64), payload_name: &str, payload: &[u8], out: &Path) {
    let manifest = serde_json::json!({
        "format_version": 1, "bundle_id": uuid_like(payload), "kind": kind, "facility": facility,
        "device_id": d.id.device_id, "key_id": d.id.key_id(), "seq_from": seq.0, "seq_to": seq.1,
        "previous_bundle_sha256": null, "created_at": 1,
        "entries": [{"name": payload_name, "size": payload.len(), "sha256": hash(payload)}],
    });
    let bytes = serde_json::to_vec(&manifest).unwrap();
    let sig = bundle::sign(&d.id, &bytes).to_vec();
    craft(out, &[("manifest.json", bytes), ("manifest.sig", sig), (payload_name, payload.to_vec())]);
}

fn uuid_like(payload: &[u8]) -> String {
    hash(payload)[..32].to_string()
}

#[test]
fn instructor_roster_feedback_and_packs_reach_terminals_once_and_only_from_the_instructor() {
    use stepstone::bundle::Kind;
    let root = tempfile::tempdir().unwrap();
    let mut t1 = device(root.path(), "t1", Role::Terminal);
    let mut t2 = device(root.path(), "t2", Role::Terminal);
    let mut inst = device(root.path(), "inst", Role::Instructor);
    for t in [&mut t1, &mut t2] {
        enroll(&mut inst, t);
        enroll(t, &inst);
    }
    work(&mut t1, "Ana", 2);
    let progress = root.path().join("t1.zip");
    bundle::export(&mut t1.store, &t1.id, &progress, false).unwrap();
    bundle::import(&mut inst.store, &inst.id, &progress).unwrap();

    // The instructor reviews Ana's attempts and writes a note on one.
    let attempts = inst.store.class_attempts().unwrap();
    assert_eq!(attempts.len(), 2);
    assert!(attempts.iter().all(|a| a.display_name == "Ana" && a.code[0].text.starts_with("// ")));
    let note = inst.store.add_feedback(&attempts[0].attempt_id, "Good start: now try a loop.", "Ms Lee").unwrap();
    assert!(matches!(inst.store.add_feedback("no-such-attempt", "x", "Ms Lee"), Err(stepstone::store::StoreError::UnknownAttempt(_))));

    // A terminal cannot speak for the class.
    assert!(matches!(bundle::export_instructor(&mut t1.store, &t1.id, Kind::Roster, None, &root.path().join("x.zip")), Err(BundleError::NotAnInstructor(_))));

    let roster = root.path().join("roster.zip");
    let feedback = root.path().join("feedback.zip");
    assert_eq!(bundle::export_instructor(&mut inst.store, &inst.id, Kind::Roster, None, &roster).unwrap().events, 1);
    assert_eq!(bundle::export_instructor(&mut inst.store, &inst.id, Kind::Feedback, None, &feedback).unwrap().events, 1);

    // Ana can now sign in on t2, as the same learner, with the same PIN.
    assert_eq!(bundle::import(&mut t2.store, &t2.id, &roster).unwrap().new_events, 1);
    let on_t2 = t2.store.list_students().unwrap();
    let ana = t1.store.list_students().unwrap().remove(0);
    assert_eq!(on_t2, vec![ana.clone()]);
    assert!(t2.store.sign_in(&ana.id, "123456").is_ok());
    assert!(t2.store.sign_in(&ana.id, "999999").is_err());
    // The roster on t1, where Ana already is, adds nothing; nor does a second import.
    assert_eq!(bundle::import(&mut t1.store, &t1.id, &roster).unwrap().new_events, 0);
    assert_eq!(bundle::import(&mut t2.store, &t2.id, &roster).unwrap().new_events, 0);

    // The note reaches Ana on t1, once.
    assert_eq!(bundle::import(&mut t1.store, &t1.id, &feedback).unwrap().new_events, 1);
    assert_eq!(bundle::import(&mut t1.store, &t1.id, &feedback).unwrap().new_events, 0);
    let s = t1.store.sign_in(&ana.id, "123456").unwrap();
    assert_eq!(t1.store.feedback_for(&s, &attempts[0].exercise_id).unwrap(), vec![note]);
    assert!(t1.store.feedback_for(&s, &attempts[1].exercise_id).unwrap().is_empty());

    // A roster signed by a terminal's key is refused even where that
    // terminal is trusted (for progress), naming the device.
    let forged = root.path().join("forged-roster.zip");
    let mut t1_roster = t1.store.roster().unwrap();
    t1_roster[0].id = "an-impostor".into();
    signed_by(&t1, "roster", "roster.json", &serde_json::to_vec(&t1_roster).unwrap(), &forged);
    let before = inst.store.roster().unwrap();
    let err = bundle::import(&mut inst.store, &inst.id, &forged).unwrap_err();
    assert!(matches!(err, BundleError::NotFromInstructor { ref device, .. } if *device == t1.id.device_id), "{err}");
    assert!(err.to_string().contains("enrolled as a terminal"), "{err}");
    assert_eq!(inst.store.roster().unwrap(), before);
    assert!(inst.store.list_students().unwrap().is_empty());
}

#[test]
fn curriculum_packs_install_in_the_app_newer_wins_and_hostile_packs_are_refused() {
    use stepstone::bundle::Kind;
    let root = tempfile::tempdir().unwrap();
    let mut t = device(root.path(), "t", Role::Terminal);
    let mut inst = device(root.path(), "inst", Role::Instructor);
    enroll(&mut t, &inst);
    enroll(&mut inst, &t);

    let older = root.path().join("older.zip");
    let newer = root.path().join("newer.zip");
    bundle::export_instructor(&mut inst.store, &inst.id, Kind::CurriculumPack, Some(&pack_track(root.path(), "extra", "Extra practice")), &older).unwrap();
    // Creation times are in milliseconds; make sure the second is later.
    let wait_for_clock = stepstone::store::now_ms();
    while stepstone::store::now_ms() == wait_for_clock {
        std::hint::spin_loop();
    }
    bundle::export_instructor(&mut inst.store, &inst.id, Kind::CurriculumPack, Some(&pack_track(root.path(), "extra", "Extra practice, second edition")), &newer).unwrap();
    assert_eq!(bundle::import(&mut t.store, &t.id, &newer).unwrap().new_events, 1);
    assert_eq!(bundle::import(&mut t.store, &t.id, &older).unwrap().new_events, 0, "an older pack changes nothing");
    assert_eq!(bundle::import(&mut t.store, &t.id, &newer).unwrap().new_events, 0);

    // Leftovers under packs/ (a replaced version, a crashed staging folder)
    // are cleared when the app opens.
    for junk in ["packs/0123abcd/extra", "packs/.staging-x1/extra"] {
        std::fs::create_dir_all(t.dir.join(junk)).unwrap();
    }

    // The app lays the pack over the bundled curriculum.
    let paths = stepstone::config::Paths::new(Some(t.dir.clone()), Some(super::support::repo().join("tests/fixtures/curriculum/good")));
    let mut sandbox = stepstone::sandbox::Sandbox::new(None).unwrap();
    sandbox.set_confine_exe(super::support::cli());
    let ws = stepstone::workstation::Workstation::open(paths, sandbox).unwrap();
    assert!(ws.pack_problems.is_empty(), "{:?}", ws.pack_problems);
    let left: Vec<String> = std::fs::read_dir(t.dir.join("packs")).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().to_string()).collect();
    assert_eq!(left, vec![t.store.packs().unwrap()[0].sha256.clone()]);
    let s = ws.create_student("Ana", "123456").unwrap();
    ws.sign_in(&s.id, "123456").unwrap();
    let titles: Vec<String> = ws.course().unwrap().tracks.into_iter().map(|t| t.title).collect();
    assert_eq!(titles, vec!["Fixture track".to_string(), "Extra practice, second edition".to_string()]);
    let view = ws.open_exercise("extra.add").unwrap();
    assert!(view.files[0].text.contains("Your code here"));
    let solution = ws.solution("extra.add");
    assert!(solution.is_err(), "the policy still holds for pack exercises");

    // A third edition whose exercise id is taken by another track would
    // replace the working second edition and then fail to load: the app
    // refuses it before installing, and the second edition stays.
    let third_dir = pack_track(root.path(), "extra", "Extra practice, third edition");
    let ex = third_dir.join("add/exercise.toml");
    std::fs::write(&ex, std::fs::read_to_string(&ex).unwrap().replace("id = \"extra.add\"", "id = \"fx.js-add\"")).unwrap();
    let stick = root.path().join("stick");
    std::fs::create_dir(&stick).unwrap();
    bundle::export_instructor(&mut inst.store, &inst.id, Kind::CurriculumPack, Some(&third_dir), &stick.join("third.zip")).unwrap();
    let report = ws.import_from(&stick).unwrap();
    assert_eq!(report.len(), 1, "{report:?}");
    assert_eq!(report[0].status, stepstone::workstation::UsbStatus::Refused);
    assert!(report[0].message.contains("already used by track"), "{}", report[0].message);
    let titles: Vec<String> = ws.course().unwrap().tracks.into_iter().map(|t| t.title).collect();
    assert_eq!(titles[1], "Extra practice, second edition");

    // Hostile packs: each refused with its own reason, nothing installed.
    let cases: Vec<(&str, serde_json::Value, &str)> = vec![
        ("escaping name", serde_json::json!({"track_id": "evil", "files": {"../../etc/x": "x"}}), "could escape"),
        ("absolute name", serde_json::json!({"track_id": "evil", "files": {"/etc/x": "x"}}), "could escape"),
        ("bad track id", serde_json::json!({"track_id": "../evil", "files": {}}), "track id"),
        ("broken manifest", serde_json::json!({"track_id": "evil", "files": {"track.toml": "id = \"evil\"\nformat_version = 1\ntitle = 3\n"}}), "track.toml"),
        ("id mismatch", serde_json::json!({"track_id": "evil", "files": {"track.toml": "format_version = 1\nid = \"other\"\ntitle = \"T\"\nsummary = \"S\"\nunits = []\n"}}), "says"),
        ("unknown field", serde_json::json!({"track_id": "evil", "files": {}, "run": "rm -rf /"}), "unknown field"),
    ];
    for (name, payload, want) in cases {
        let p = root.path().join(format!("{}.zip", name.replace(' ', "-")));
        signed_by(&inst, "curriculum_pack", "pack.json", &serde_json::to_vec(&payload).unwrap(), &p);
        let err = bundle::import(&mut t.store, &t.id, &p).expect_err(name);
        assert!(matches!(err, BundleError::BadPack(_) | BundleError::BadPayload { .. }), "{name}: {err}");
        assert!(err.to_string().contains(want), "{name}: {err}");
    }
    let packs = t.store.packs().unwrap();
    assert_eq!(packs.len(), 1);
    assert_eq!(packs[0].track_id, "extra");
}

#[test]
fn provisioning_a_terminal_trusts_its_instructor_and_refuses_any_other_file() {
    let root = tempfile::tempdir().unwrap();
    let inst = device(root.path(), "inst", Role::Instructor);
    let other = device(root.path(), "other-terminal", Role::Terminal);
    let write = |id: &DeviceIdentity, name: &str| {
        let path = root.path().join(name);
        std::fs::write(&path, serde_json::to_vec(&id.enrollment()).unwrap()).unwrap();
        path
    };
    let elsewhere_dir = root.path().join("elsewhere");
    let elsewhere_store = Store::open(&elsewhere_dir.join("progress.sqlite3")).unwrap();
    let elsewhere = DeviceIdentity::provision(&elsewhere_dir, Role::Instructor, "facility-2", elsewhere_store.device_id()).unwrap();
    let instructor = write(&inst.id, "instructor.json");
    let wrong_role = write(&other.id, "terminal.json");
    let wrong_site = write(&elsewhere, "elsewhere.json");
    let key = inst.id.key_id();

    let dir = root.path().join("new-terminal");
    let mut store = Store::open(&dir.join("progress.sqlite3")).unwrap();
    let err = bundle::provision(&dir, &mut store, Role::Terminal, "facility-1", Some((&wrong_role, &other.id.key_id()))).err().expect("refused");
    assert!(matches!(err, BundleError::Key(keys::KeyError::WrongRole { .. })), "{err}");
    let err = bundle::provision(&dir, &mut store, Role::Terminal, "facility-1", Some((&wrong_site, &elsewhere.key_id()))).err().expect("refused");
    assert!(matches!(err, BundleError::Key(keys::KeyError::OtherFacility { .. })), "{err}");
    assert!(err.to_string().contains("facility-2"), "{err}");
    // The right file with a fingerprint that is not its own (a file
    // swapped on the way) is refused, without showing the file's own
    // fingerprint (which a hurried person would only copy back).
    let err = bundle::provision(&dir, &mut store, Role::Terminal, "facility-1", Some((&instructor, &other.id.key_id()))).err().expect("refused");
    assert!(matches!(err, BundleError::Key(keys::KeyError::FingerprintMismatch { .. })), "{err}");
    assert!(err.to_string().contains("does not have the fingerprint") && !err.to_string().contains(&keys::fingerprint(&key)), "{err}");
    // A file whose role, facility or encryption key was changed after it
    // was made no longer matches its own signature.
    for (field, value) in [("role", "terminal"), ("facility", "facility-9"), ("encryption_key", "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p")] {
        let mut e = serde_json::to_value(inst.id.enrollment()).unwrap();
        e[field] = value.into();
        let tampered = root.path().join(format!("tampered-{field}.json"));
        std::fs::write(&tampered, serde_json::to_vec(&e).unwrap()).unwrap();
        let err = bundle::provision(&dir, &mut store, Role::Terminal, "facility-1", Some((&tampered, &key))).err().expect("refused");
        assert!(err.to_string().contains("changed after it was made"), "{field}: {err}");
    }
    // A refused file leaves the machine unprovisioned, to be tried again.
    assert!(matches!(DeviceIdentity::load(&dir), Err(keys::KeyError::NotProvisioned)));

    // The fingerprint may be typed in any case, in groups.
    let id = bundle::provision(&dir, &mut store, Role::Terminal, "facility-1", Some((&instructor, &keys::fingerprint(&key).to_uppercase()))).unwrap();
    assert_eq!(id.role, Role::Terminal);
    let trusted = store.trusted_key(&inst.id.key_id()).unwrap().expect("the instructor key is trusted from provisioning");
    assert_eq!(trusted.role, "instructor");
}

#[test]
fn importing_a_later_bundle_first_names_the_events_still_missing() {
    let root = tempfile::tempdir().unwrap();
    let mut t = device(root.path(), "t", Role::Terminal);
    let mut inst = device(root.path(), "inst", Role::Instructor);
    enroll(&mut inst, &t);
    work(&mut t, "Ana", 2);
    let first = root.path().join("first.zip");
    let a = bundle::export(&mut t.store, &t.id, &first, false).unwrap();
    work(&mut t, "Ben", 1);
    let second = root.path().join("second.zip");
    let b = bundle::export(&mut t.store, &t.id, &second, false).unwrap();
    assert_eq!(b.seq_from, a.seq_to + 1);

    let r = bundle::import(&mut inst.store, &inst.id, &second).unwrap();
    assert_eq!(r.missing, vec![(1, a.seq_to)], "the first stick has not arrived");
    let r = bundle::import(&mut inst.store, &inst.id, &first).unwrap();
    assert!(r.missing.is_empty());
    assert!(bundle::import(&mut inst.store, &inst.id, &second).unwrap().missing.is_empty());
}

#[test]
fn a_terminal_cannot_take_over_another_learners_roster_entry() {
    use stepstone::bundle::Kind;
    let root = tempfile::tempdir().unwrap();
    let mut t1 = device(root.path(), "t1", Role::Terminal);
    let t2 = device(root.path(), "t2", Role::Terminal);
    let mut inst = device(root.path(), "inst", Role::Instructor);
    enroll(&mut inst, &t1);
    enroll(&mut inst, &t2);
    work(&mut t1, "Ana", 1);
    let ana = t1.store.list_students().unwrap()[0].id.clone();
    let honest = root.path().join("t1.zip");
    bundle::export(&mut t1.store, &t1.id, &honest, false).unwrap();
    bundle::import(&mut inst.store, &inst.id, &honest).unwrap();

    // t2 signs its own log, which claims Ana's id with its own PIN hash and
    // an earlier time, plus an entry whose event names another learner, and
    // one with a name terminals refuse.
    let forged_hash = inst.store.roster().unwrap()[0].pin_hash.clone().unwrap().replace('a', "b");
    let ana_attempt = inst.store.all_events().unwrap().into_iter().find(|e| e.kind == "attempt_recorded").unwrap();
    let attempt_id = inst.store.class_attempts().unwrap()[0].attempt_id.clone();
    let entry = |id: &str, name: &str, hash: &str| serde_json::json!({"id": id, "display_name": name, "pin_hash": hash, "created_at": 0}).to_string();
    let events = vec![
        serde_json::json!({"device_id": t2.id.device_id, "seq": 1, "student_id": ana, "kind": "student_created", "payload": entry(&ana, "Ana", &forged_hash), "created_at": 0}),
        serde_json::json!({"device_id": t2.id.device_id, "seq": 2, "student_id": "someone-else", "kind": "student_created", "payload": entry("victim-2", "Bo", &forged_hash), "created_at": 0}),
        serde_json::json!({"device_id": t2.id.device_id, "seq": 3, "student_id": "long", "kind": "student_created", "payload": entry("long", &"x".repeat(61), &forged_hash), "created_at": 0}),
        // Ana's attempt, replayed under another learner.
        serde_json::json!({"device_id": t2.id.device_id, "seq": 4, "student_id": "someone-else", "kind": "attempt_recorded", "payload": ana_attempt.payload, "created_at": 0}),
    ];
    let payload: Vec<u8> = events.iter().flat_map(|e| format!("{e}\n").into_bytes()).collect();
    let forged = root.path().join("t2.zip");
    signed_bundle(&t2, "progress", "facility-1", (1, 4), "events.jsonl", &payload, &forged);
    assert_eq!(bundle::import(&mut inst.store, &inst.id, &forged).unwrap().new_events, 4);

    let roster = inst.store.roster().unwrap();
    assert_eq!(roster.len(), 1, "{roster:?}");
    assert_eq!(roster[0].id, ana);
    assert_ne!(roster[0].pin_hash.as_deref(), Some(forged_hash.as_str()), "the first arrival of Ana's id wins");
    // And the roster the instructor signs still loads on a terminal.
    let out = root.path().join("roster.zip");
    assert_eq!(bundle::export_instructor(&mut inst.store, &inst.id, Kind::Roster, None, &out).unwrap().events, 1);
    // A note on the replayed attempt could reach the wrong learner: refused.
    let err = inst.store.add_feedback(&attempt_id, "Nice.", "Ms Lee").err().expect("ambiguous");
    assert!(matches!(err, stepstone::store::StoreError::AmbiguousAttempt(_)), "{err}");
}

#[test]
fn enrollment_and_bundles_are_checked_for_role_and_facility() {
    let root = tempfile::tempdir().unwrap();
    let mut t = device(root.path(), "t", Role::Terminal);
    let inst = device(root.path(), "inst", Role::Instructor);
    let other_t = device(root.path(), "t-other", Role::Terminal);
    let file = |d: &Device, name: &str| {
        let p = root.path().join(name);
        std::fs::write(&p, serde_json::to_vec(&d.id.enrollment()).unwrap()).unwrap();
        p
    };
    // A terminal trusts instructors only; an instructor, terminals only.
    let err = bundle::enroll(&t.dir, &mut t.store, &file(&other_t, "t-other.json"), &other_t.id.key_id()).err().expect("refused");
    assert!(matches!(err, BundleError::Key(keys::KeyError::WrongRole { wanted: "instructor", .. })), "{err}");
    // Only once the fingerprint a person read off the other machine matches.
    let err = bundle::enroll(&t.dir, &mut t.store, &file(&inst, "inst.json"), &inst.id.key_id()[..8]).err().expect("a prefix is not enough");
    assert!(matches!(err, BundleError::Key(keys::KeyError::FingerprintMismatch { .. })), "{err}");
    bundle::enroll(&t.dir, &mut t.store, &file(&inst, "inst.json"), &inst.id.key_id()).unwrap();
    let mut inst = inst;
    let own = file(&inst, "self.json");
    let err = bundle::enroll(&inst.dir, &mut inst.store, &own, &inst.id.key_id()).err().expect("refused");
    assert!(matches!(err, BundleError::Key(keys::KeyError::WrongRole { wanted: "terminal", .. })), "{err}");
    bundle::enroll(&inst.dir, &mut inst.store, &file(&t, "t.json"), &keys::fingerprint(&t.id.key_id())).unwrap();

    // A bundle whose manifest names another facility than its key's.
    let p = root.path().join("elsewhere.zip");
    signed_bundle(&inst, "feedback", "facility-2", (0, 0), "feedback.json", b"[]", &p);
    let err = bundle::import(&mut t.store, &t.id, &p).expect_err("another facility");
    assert!(matches!(err, BundleError::WrongFacility { .. }), "{err}");
}

#[test]
fn links_and_special_files_on_a_stick_are_refused_unread() {
    let root = tempfile::tempdir().unwrap();
    let mut t = device(root.path(), "t", Role::Terminal);
    let mut inst = device(root.path(), "inst", Role::Instructor);
    enroll(&mut inst, &t);
    work(&mut t, "Ana", 1);
    let real = root.path().join("real.zip");
    bundle::export(&mut t.store, &t.id, &real, false).unwrap();
    let stick = root.path().join("stick");
    std::fs::create_dir(&stick).unwrap();
    // A link to an endless file (reading it would fill memory), a link to a
    // good bundle, and a FIFO (reading it would block for ever).
    std::os::unix::fs::symlink("/proc/self/pagemap", stick.join("endless.zip")).unwrap();
    std::os::unix::fs::symlink(&real, stick.join("linked.zip")).unwrap();
    let fifo = std::ffi::CString::new(stick.join("pipe.zip").to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
    for name in ["endless.zip", "linked.zip", "pipe.zip"] {
        let err = bundle::import(&mut inst.store, &inst.id, &stick.join(name)).expect_err(name);
        assert!(matches!(err, BundleError::NotAFile(_)), "{name}: {err}");
        assert!(err.to_string().contains("link or special file"), "{err}");
    }
    assert!(foreign_events(&inst.store).is_empty());
    assert_eq!(bundle::import(&mut inst.store, &inst.id, &real).unwrap().new_events, 2);
}

#[test]
fn a_learner_saves_only_their_own_events_and_the_instructor_waits_for_the_rest() {
    let root = tempfile::tempdir().unwrap();
    let mut t = device(root.path(), "t", Role::Terminal);
    let mut inst = device(root.path(), "inst", Role::Instructor);
    enroll(&mut inst, &t);
    work(&mut t, "Ana", 2); // events 1-3
    work(&mut t, "Ben", 1); // events 4-5
    let students = t.store.list_students().unwrap();
    let id_of = |name: &str| students.iter().find(|s| s.display_name == name).unwrap().id.clone();
    let ana = t.store.sign_in(&id_of("Ana"), "123456").unwrap();
    let ben = t.store.sign_in(&id_of("Ben"), "123456").unwrap();

    let ana_zip = root.path().join("ana.zip");
    let r = bundle::export_learner(&mut t.store, &t.id, &ana, &ana_zip).unwrap();
    assert_eq!(r.events, 3, "Ana's profile and her two attempts, nothing of Ben's");
    let again = root.path().join("ana-again.zip");
    assert_eq!(bundle::export_learner(&mut t.store, &t.id, &ana, &again).unwrap().events, 0, "nothing new since her last save");

    let imported = bundle::import(&mut inst.store, &inst.id, &ana_zip).unwrap();
    assert_eq!(imported.new_events, 3);
    assert_eq!(imported.missing, vec![(4, 5)], "Ben's events on that terminal have not arrived yet");
    assert!(foreign_events(&inst.store).iter().all(|e| e.student_id.as_deref() == Some(ana.student_id())));

    let ben_zip = root.path().join("ben.zip");
    assert_eq!(bundle::export_learner(&mut t.store, &t.id, &ben, &ben_zip).unwrap().events, 2);
    let imported = bundle::import(&mut inst.store, &inst.id, &ben_zip).unwrap();
    assert_eq!((imported.new_events, imported.missing.clone()), (2, vec![]));
    // A device-wide (staff) export is its own chain and resends everything;
    // the instructor already holds it all.
    let all = root.path().join("all.zip");
    assert_eq!(bundle::export(&mut t.store, &t.id, &all, false).unwrap().events, 5);
    assert_eq!(bundle::import(&mut inst.store, &inst.id, &all).unwrap().new_events, 0);

    // A terminal's bundle that claims to be one learner's save but carries
    // another learner's event is refused whole.
    let ana_event = t.store.events_since(0).unwrap().into_iter().find(|e| e.student_id.as_deref() == Some(ana.student_id())).unwrap();
    let mut ben_event = t.store.events_since(0).unwrap().into_iter().find(|e| e.student_id.as_deref() == Some(ben.student_id())).unwrap();
    ben_event.seq = 99;
    let payload: Vec<u8> = [&ana_event, &ben_event].iter().flat_map(|e| [serde_json::to_vec(e).unwrap(), b"\n".to_vec()].concat()).collect();
    let manifest = serde_json::json!({
        "format_version": 1, "bundle_id": uuid_like(&payload), "kind": "progress", "facility": "facility-1",
        "device_id": t.id.device_id, "key_id": t.id.key_id(), "seq_from": 1, "seq_to": 99,
        "previous_bundle_sha256": null, "learner_save": true, "created_at": 1,
        "entries": [{"name": "events.jsonl", "size": payload.len(), "sha256": hash(&payload)}],
    });
    let bytes = serde_json::to_vec(&manifest).unwrap();
    let sig = bundle::sign(&t.id, &bytes).to_vec();
    let mixed = root.path().join("mixed.zip");
    craft(&mixed, &[("manifest.json", bytes), ("manifest.sig", sig), ("events.jsonl", payload)]);
    let mut fresh = device(root.path(), "inst2", Role::Instructor);
    enroll(&mut fresh, &t);
    let err = bundle::import(&mut fresh.store, &fresh.id, &mixed).unwrap_err();
    assert!(matches!(err, BundleError::BadEvents(_)) && err.to_string().contains("another learner"), "{err}");
    assert!(foreign_events(&fresh.store).is_empty());
}

#[test]
fn a_bundle_that_does_not_read_back_whole_is_removed_and_not_counted() {
    let root = tempfile::tempdir().unwrap();
    let path = root.path().join("b.zip");
    std::fs::write(&path, b"PK the bytes that reached the stick").unwrap();
    let right = hash(b"PK the bytes that reached the stick");
    bundle::read_back(&path, &right).unwrap();
    assert!(path.exists());
    let err = bundle::read_back(&path, &hash(b"the bytes we meant to write")).unwrap_err();
    assert!(matches!(err, BundleError::ReadBack(_)), "{err}");
    assert!(err.to_string().contains("did not read back"), "{err}");
    assert!(!path.exists(), "a bad copy is not left to mislead the instructor");
    assert!(matches!(bundle::read_back(&path, &right), Err(BundleError::ReadBack(_))), "a file that vanished does not read back either");
}

#[test]
fn a_curriculum_pack_dated_more_than_a_day_ahead_is_refused() {
    let root = tempfile::tempdir().unwrap();
    let mut t = device(root.path(), "t", Role::Terminal);
    let inst = device(root.path(), "inst", Role::Instructor);
    enroll(&mut t, &inst);
    let pack = bundle::pack::read_dir(&pack_track(root.path(), "extra", "Extra")).unwrap();
    let payload = serde_json::to_vec(&pack).unwrap();
    let now = stepstone::store::now_ms();
    for (ahead_ms, refused) in [(3 * 86_400_000, true), (2 * 3_600_000, false)] {
        let manifest = serde_json::json!({
            "format_version": 1, "bundle_id": format!("pack-{ahead_ms}"), "kind": "curriculum_pack", "facility": "facility-1",
            "device_id": inst.id.device_id, "key_id": inst.id.key_id(), "seq_from": 0, "seq_to": 0,
            "previous_bundle_sha256": null, "created_at": now + ahead_ms,
            "entries": [{"name": "pack.json", "size": payload.len(), "sha256": hash(&payload)}],
        });
        let bytes = serde_json::to_vec(&manifest).unwrap();
        let sig = bundle::sign(&inst.id, &bytes).to_vec();
        let p = root.path().join(format!("pack-{ahead_ms}.zip"));
        craft(&p, &[("manifest.json", bytes), ("manifest.sig", sig), ("pack.json", payload.clone())]);
        let result = bundle::import(&mut t.store, &t.id, &p);
        if refused {
            let err = result.unwrap_err();
            assert!(matches!(err, BundleError::FromTheFuture(_)) && err.to_string().contains("3 days in the future"), "{err}");
            assert!(t.store.packs().unwrap().is_empty());
        } else {
            assert_eq!(result.unwrap().new_events, 1, "a clock a little ahead is fine");
        }
    }
}

#[test]
fn the_instructor_regrades_every_imported_attempt_and_names_each_claim_it_does_not_confirm() {
    use stepstone::store::RegradeVerdict;
    let root = tempfile::tempdir().unwrap();
    let mut t = device(root.path(), "t", Role::Terminal);
    let mut inst = device(root.path(), "inst", Role::Instructor);
    enroll(&mut inst, &t);
    let fixtures = super::support::repo().join("tests/fixtures/curriculum/good");
    let curriculum = stepstone::curriculum::load(&fixtures).unwrap();
    let js = curriculum.by_id("fx.js-add").unwrap();
    let rust = curriculum.by_id("fx.rust-add").unwrap();

    let ana = t.store.create_student("Ana", "123456").unwrap();
    let s = t.store.sign_in(&ana.id, "123456").unwrap();
    let claim = |pass: bool| GradeReport { version: 2, status: if pass { GradeStatus::Pass } else { GradeStatus::Fail }, message: None, tests: vec![], outcome: None };
    let js_file = |text: &str| vec![SourceFile { name: "main.js".into(), text: text.into() }];
    // (exercise, code, what the terminal claims, what this machine must say)
    let cases: Vec<(&str, Vec<SourceFile>, bool, RegradeVerdict)> = vec![
        ("fx.js-add", js.solution().unwrap(), true, RegradeVerdict::Pass),
        ("fx.js-add", js_file("function add(a, b) { return a - b; }"), false, RegradeVerdict::Fail),
        // A tampered terminal claims a pass for wrong code.
        ("fx.js-add", js_file("function add(a, b) { return 5; }"), true, RegradeVerdict::Fail),
        ("fx.js-add", js_file("function add(a, b) { return a +; }"), true, RegradeVerdict::Error),
        ("fx.rust-add", rust.solution().unwrap(), true, RegradeVerdict::Pass),
        ("fx.no-such-exercise", js_file("x"), true, RegradeVerdict::UnknownExercise),
        ("fx.js-add", vec![SourceFile { name: "../../etc/passwd".into(), text: "x".into() }], true, RegradeVerdict::Unreadable),
    ];
    for (ex, code, pass, _) in &cases {
        t.store.record_attempt(&s, ex, code, &claim(*pass), 1, 1).unwrap();
    }
    let out = root.path().join("t.zip");
    bundle::export(&mut t.store, &t.id, &out, false).unwrap();
    bundle::import(&mut inst.store, &inst.id, &out).unwrap();
    assert_eq!(inst.store.regrade_progress().unwrap(), (0, cases.len()));

    let store = std::sync::Mutex::new(inst.store);
    let mut counts = Vec::new();
    let summary = stepstone::regrade::catch_up(&store, &curriculum, super::support::sandbox(), 2, |done, total| counts.push((done, total))).unwrap();
    assert_eq!(summary.regraded, cases.len());
    assert_eq!(counts.last(), Some(&(cases.len(), cases.len())), "the count reaches the total");
    let store = store.into_inner().unwrap();
    let attempts = store.class_attempts().unwrap();
    for (a, (ex, _, pass, want)) in attempts.iter().zip(&cases) {
        let r = a.regrade.as_ref().unwrap_or_else(|| panic!("{ex} was not re-graded"));
        assert_eq!((a.exercise_id.as_str(), a.passed, r.verdict), (*ex, *pass, *want), "{}", r.detail);
        assert_eq!(a.counts_as_pass(), *want == RegradeVerdict::Pass, "only this machine's pass counts");
    }
    let disagreeing: Vec<&str> = summary.disagreements.iter().map(|d| d.verdict.as_str()).collect();
    assert_eq!(disagreeing, vec!["fail", "error", "unknown_exercise", "unreadable"], "every claimed pass not confirmed here, and nothing else");
    assert_eq!(store.regrade_disagreements().unwrap(), summary.disagreements);

    // Deterministic and idempotent: nothing is left, and a second run changes nothing.
    let store = std::sync::Mutex::new(store);
    let again = stepstone::regrade::catch_up(&store, &curriculum, super::support::sandbox(), 2, |_, _| {}).unwrap();
    assert_eq!((again.regraded, again.disagreements.len()), (0, 0));
    // Verdicts made by another version of Stepstone (a grader fixed since)
    // are made again, once; this version's are kept.
    let store = store.into_inner().unwrap();
    let db = rusqlite::Connection::open(inst.dir.join("progress.sqlite3")).unwrap();
    db.execute("UPDATE regrades SET stepstone_version = '0.0.0-older', verdict = 'pass' WHERE exercise_id = 'fx.js-add'", []).unwrap();
    drop(db);
    let older = cases.iter().filter(|c| c.0 == "fx.js-add").count();
    let shown = store.class_attempts().unwrap();
    assert_eq!(shown.iter().filter(|a| a.exercise_id == "fx.js-add" && a.regrade.is_none()).count(), older, "an older grader's verdict is not shown as this machine's");
    assert!(store.regrade_disagreements().unwrap().iter().all(|d| d.exercise_id != "fx.js-add"));
    assert_eq!(store.regrade_progress().unwrap(), (cases.len() - older, cases.len()));
    let store = std::sync::Mutex::new(store);
    let redone = stepstone::regrade::catch_up(&store, &curriculum, super::support::sandbox(), 2, |_, _| {}).unwrap();
    assert_eq!(redone.regraded, older, "only the older version's verdicts are made again");
    let store = store.into_inner().unwrap();
    let forged_verdict = store.class_attempts().unwrap().into_iter().find(|a| a.code[0].text.contains("return 5")).unwrap().regrade.unwrap();
    assert_eq!(forged_verdict.verdict, RegradeVerdict::Fail, "an old wrong pass is replaced");
    assert_eq!(store.regrade_progress().unwrap(), (cases.len(), cases.len()));

    let forged = t.store.attempts(&s, "fx.js-add").unwrap().into_iter().find(|a| a.code[0].text.contains("return 5")).unwrap();
    let fresh = stepstone::regrade::regrade_one(super::support::sandbox(), &curriculum, "d", 1, Some(&forged)).unwrap();
    assert_eq!(fresh.verdict, RegradeVerdict::Fail, "the same forged attempt, graded again, gets the same verdict");
}

#[test]
fn bundle_import_on_the_instructor_machine_reports_regrade_disagreements() {
    let root = tempfile::tempdir().unwrap();
    let mut t = device(root.path(), "t", Role::Terminal);
    let mut inst = device(root.path(), "inst", Role::Instructor);
    enroll(&mut inst, &t);
    let ana = t.store.create_student("Ana", "123456").unwrap();
    let s = t.store.sign_in(&ana.id, "123456").unwrap();
    let forged = GradeReport { version: 2, status: GradeStatus::Pass, message: None, tests: vec![], outcome: None };
    t.store.record_attempt(&s, "fx.js-add", &[SourceFile { name: "main.js".into(), text: "function add() { return 5; }".into() }], &forged, 1, 1).unwrap();
    let out = root.path().join("t.zip");
    bundle::export(&mut t.store, &t.id, &out, false).unwrap();
    drop(inst.store);
    let fixtures = super::support::repo().join("tests/fixtures/curriculum/good");
    let run = std::process::Command::new(super::support::cli())
        .args(["bundle", "import"])
        .arg(&out)
        .env("STEPSTONE_DATA_DIR", &inst.dir)
        .env("STEPSTONE_CURRICULUM", &fixtures)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "{stdout}{}", String::from_utf8_lossy(&run.stderr));
    assert!(stdout.contains("re-grade disagrees: attempt ") && stdout.contains("by Ana on fx.js-add: the terminal said pass, this machine says fail"), "{stdout}");
    assert!(stdout.contains("1 disagree with what the terminal claimed"), "{stdout}");
    assert!(String::from_utf8_lossy(&run.stderr).contains("re-graded 1 of 1 attempts"), "a visible count");
    let list = std::process::Command::new(super::support::cli()).args(["review", "list"]).env("STEPSTONE_DATA_DIR", &inst.dir).output().unwrap();
    assert!(String::from_utf8_lossy(&list.stdout).contains("DISAGREES: terminal said pass, re-grade says fail"), "{}", String::from_utf8_lossy(&list.stdout));
}

#[test]
fn regrading_takes_the_terminals_in_turn_so_one_cannot_hold_back_the_rest() {
    let root = tempfile::tempdir().unwrap();
    let mut flood = device(root.path(), "flood", Role::Terminal);
    let mut quiet = device(root.path(), "quiet", Role::Terminal);
    let mut inst = device(root.path(), "inst", Role::Instructor);
    enroll(&mut inst, &flood);
    enroll(&mut inst, &quiet);
    work(&mut flood, "Ana", 6);
    work(&mut quiet, "Ben", 2);
    for (d, name) in [(&mut flood, "flood.zip"), (&mut quiet, "quiet.zip")] {
        let out = root.path().join(name);
        bundle::export(&mut d.store, &d.id, &out, false).unwrap();
        bundle::import(&mut inst.store, &inst.id, &out).unwrap();
    }
    let mut cursor = stepstone::store::RegradeCursor::default();
    let mut order = Vec::new();
    loop {
        let batch = inst.store.attempts_to_regrade(&cursor, 3).unwrap();
        let Some(last) = batch.last() else { break };
        cursor = last.0.clone();
        order.extend(batch.into_iter().map(|(_, device, seq, _)| (device, seq)));
    }
    let who: Vec<&str> = order.iter().map(|(d, _)| if d == &flood.id.device_id { "flood" } else { "quiet" }).collect();
    assert_eq!(who.len(), 8, "every attempt once: {who:?}");
    assert_eq!(who.iter().take(4).filter(|w| **w == "quiet").count(), 2, "the quiet terminal's two attempts come in the first rounds: {who:?}");
    let mut unique = order.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), order.len(), "no attempt twice");
}

#[test]
fn an_enrollment_file_is_read_only_when_it_is_a_small_regular_file() {
    let root = tempfile::tempdir().unwrap();
    let inst = device(root.path(), "inst", Role::Instructor);
    let real = root.path().join("instructor.json");
    std::fs::write(&real, serde_json::to_vec(&inst.id.enrollment()).unwrap()).unwrap();
    assert!(keys::read_enrollment(&real).is_ok());
    let link = root.path().join("link.json");
    std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
    let fifo = root.path().join("fifo.json");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let big = root.path().join("big.json");
    std::fs::write(&big, vec![b' '; 1 << 20]).unwrap();
    for bad in [&link, &fifo, &big] {
        let err = keys::read_enrollment(bad).expect_err("refused");
        assert!(err.to_string().contains("enrollment file"), "{}: {err}", bad.display());
    }
}

/// Class settings only an instructor may send, and only ones a terminal
/// could hold: each hostile one is refused with its own reason, and nothing
/// is stored.
#[test]
fn hostile_class_settings_are_refused_by_name() {
    let root = tempfile::tempdir().unwrap();
    let mut t = device(root.path(), "t", Role::Terminal);
    let inst = device(root.path(), "inst", Role::Instructor);
    enroll(&mut t, &inst);
    let other = device(root.path(), "other", Role::Terminal);
    enroll(&mut t, &other);
    let cases: Vec<(&str, &Device, serde_json::Value, &str)> = vec![
        ("idle of zero minutes", &inst, serde_json::json!({"idle_sign_out_minutes": 0}), "1 to 240 minutes"),
        ("idle of a day", &inst, serde_json::json!({"idle_sign_out_minutes": 1440}), "1 to 240 minutes"),
        ("unknown field", &inst, serde_json::json!({"closed_units": [], "run": "rm -rf /"}), "unknown field"),
        ("a control character in a unit", &inst, serde_json::json!({"closed_units": ["fx\u{1b}[2J"]}), "closed units"),
        ("not an object", &inst, serde_json::json!([1, 2]), "class settings"),
        ("from a terminal", &other, serde_json::json!({"closed_units": ["fx.all"]}), "must come from an instructor"),
    ];
    for (name, from, payload, want) in cases {
        let p = root.path().join(format!("{}.zip", name.replace(' ', "-")));
        signed_by(from, "policy", "policy.json", &serde_json::to_vec(&payload).unwrap(), &p);
        let err = bundle::import(&mut t.store, &t.id, &p).expect_err(name);
        assert!(err.to_string().contains(want), "{name}: {err}");
    }
    assert_eq!(t.store.class_policy().unwrap(), None);
}
