//! Facility deployment as IT meets it: the facility kit on the IT stick,
//! imaged clones, and backups restored onto a terminal. Through the real
//! `stepstone` binary where a person would type the command, each machine
//! in its own data folder with its own `/etc/machine-id` stand-in.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use stepstone::bundle::{self, DeviceIdentity, Role};
use stepstone::facility::{self, backup};
use stepstone::grading::{GradeReport, GradeStatus};
use stepstone::sandbox::SourceFile;
use stepstone::store::Store;

use super::support::{cli, repo};

/// One machine: a data folder and the machine id it boots with.
struct Machine {
    data: PathBuf,
    machine_id: PathBuf,
}

impl Machine {
    fn new(root: &Path, name: &str) -> Machine {
        let m = Machine { data: root.join(name).join("data"), machine_id: root.join(name).join("machine-id") };
        std::fs::create_dir_all(m.machine_id.parent().unwrap()).unwrap();
        std::fs::write(&m.machine_id, format!("{:032x}\n", fxhash(name))).unwrap();
        m
    }

    /// `stepstone ARGS` on this machine, with `stdin` typed in.
    fn run(&self, args: &[&str], stdin: &str) -> (bool, String) {
        let mut child = Command::new(cli())
            .args(args)
            .env("STEPSTONE_DATA_DIR", &self.data)
            .env("STEPSTONE_MACHINE_ID_FILE", &self.machine_id)
            .env("STEPSTONE_CURRICULUM", repo().join("curriculum"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run stepstone");
        child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        (out.status.success(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
    }

    fn ok(&self, args: &[&str], stdin: &str) -> String {
        let (ok, out) = self.run(args, stdin);
        assert!(ok, "stepstone {args:?} failed: {out}");
        out
    }

    /// An image copied onto another machine: same files, another id.
    fn clone_to(&self, root: &Path, name: &str) -> Machine {
        let m = Machine::new(root, name);
        copy_dir(&self.data, &m.data);
        m
    }
}

fn fxhash(s: &str) -> u128 {
    s.bytes().fold(0x6c62272e07bb014262b821756295c58du128, |h, b| (h ^ b as u128).wrapping_mul(0x0000000001000000000000000000013b))
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

/// The word after `label` in the CLI's output.
fn after<'a>(out: &'a str, label: &str) -> &'a str {
    let i = out.find(label).unwrap_or_else(|| panic!("no {label:?} in: {out}")) + label.len();
    out[i..].lines().next().unwrap().split("  ").next().unwrap().trim()
}

/// An instructor machine with a kit on a stick: (instructor, stick folder).
fn instructor_with_kit(root: &Path) -> (Machine, PathBuf) {
    let inst = Machine::new(root, "instructor");
    inst.ok(&["provision", "--role", "instructor", "--facility", "facility-1"], "");
    std::fs::create_dir_all(&inst.data).unwrap();
    std::fs::write(inst.data.join("policy.json"), r#"{"idle_sign_out_minutes": 7, "usb_folder": "/media/stick"}"#).unwrap();
    let stick = root.join("it-stick");
    inst.ok(&["facility-kit", "--out", stick.to_str().unwrap()], "");
    (inst, stick)
}

#[test]
fn a_facility_kit_provisions_a_terminal_once_and_running_it_again_changes_nothing() {
    let root = tempfile::tempdir().unwrap();
    let (inst, stick) = instructor_with_kit(root.path());
    let kit = stick.join("facility.json");
    let t = Machine::new(root.path(), "terminal-1");
    let out = t.ok(&["provision", "--from", kit.to_str().unwrap()], "");
    assert!(out.contains("provisioned terminal"), "{out}");
    let fingerprint = after(&out, "key fingerprint: ").to_string();
    let enrollment = PathBuf::from(after(&out, "enrollment for the instructor: "));
    assert!(enrollment.starts_with(stick.join("terminals")), "the enrollment goes back on the stick: {out}");
    // The kit's policy is the terminal's now, and its instructor is trusted.
    let policy: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(t.data.join("policy.json")).unwrap()).unwrap();
    assert_eq!(policy["idle_sign_out_minutes"], 7);
    assert_eq!(policy["usb_folder"], "/media/stick");
    let before: Vec<(String, Vec<u8>)> = ["identity.json", "device.key", "policy.json"].iter().map(|f| (f.to_string(), std::fs::read(t.data.join(f)).unwrap())).collect();
    let again = t.ok(&["provision", "--from", kit.to_str().unwrap()], "");
    assert!(again.contains("already provisioned") && again.contains(&fingerprint), "{again}");
    for (f, bytes) in &before {
        assert_eq!(&std::fs::read(t.data.join(f)).unwrap(), bytes, "{f} changed on the second run");
    }
    // The instructor enrolls the terminal from the stick with the
    // fingerprint the terminal printed, and takes its bundle.
    inst.ok(&["enroll", enrollment.to_str().unwrap(), "--expect-key-id", &fingerprint], "");
    t.ok(&["student", "add", "Ana"], "123456\n");
    let bundle_path = root.path().join("t1.zip");
    t.ok(&["bundle", "export", "--out", bundle_path.to_str().unwrap()], "");
    let out = inst.ok(&["bundle", "import", bundle_path.to_str().unwrap()], "");
    assert!(out.contains("new event"), "{out}");
    // A pinned fingerprint that is not the kit's stops it.
    let t2 = Machine::new(root.path(), "terminal-2");
    let (ok, out) = t2.run(&["provision", "--from", kit.to_str().unwrap(), "--expect-key-id", &fingerprint], "");
    assert!(!ok && out.contains("does not have the fingerprint"), "{out}");
    assert!(!t2.data.join("identity.json").exists());
    // Only an instructor's machine makes kits.
    let (ok, out) = t.run(&["facility-kit", "--out", root.path().join("x").to_str().unwrap()], "");
    assert!(!ok && out.contains("only the instructor's machine"), "{out}");
}

#[test]
fn every_hostile_kit_is_refused_with_its_own_message_and_provisions_nothing() {
    let root = tempfile::tempdir().unwrap();
    let (_inst, stick) = instructor_with_kit(root.path());
    let good: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(stick.join("facility.json")).unwrap()).unwrap();
    let cases: Vec<serde_json::Value> = serde_json::from_str(&std::fs::read_to_string(repo().join("tests/fixtures/facility/hostile-kits.json")).unwrap()).unwrap();
    assert!(cases.len() >= 10);
    for (i, case) in cases.iter().enumerate() {
        let name = case["name"].as_str().unwrap();
        let bytes = if let Some(raw) = case["raw"].as_str() {
            raw.as_bytes().to_vec()
        } else if let Some(rep) = case["raw_repeat"].as_array() {
            rep[0].as_str().unwrap().repeat(rep[1].as_u64().unwrap() as usize).into_bytes()
        } else {
            let mut kit = good.clone();
            let path: Vec<&str> = case["set"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
            let mut at = &mut kit;
            for p in &path[..path.len() - 1] {
                at = &mut at[*p];
            }
            at[path[path.len() - 1]] = case["value"].clone();
            serde_json::to_vec(&kit).unwrap()
        };
        let file = root.path().join(format!("kit-{i}")).join("facility.json");
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, &bytes).unwrap();
        let t = Machine::new(root.path(), &format!("t{i}"));
        let (ok, out) = t.run(&["provision", "--from", file.to_str().unwrap()], "");
        assert!(!ok, "{name}: accepted: {out}");
        assert!(out.contains(case["expect"].as_str().unwrap()), "{name}: {out}");
        assert!(!t.data.join("identity.json").exists() && !t.data.join("policy.json").exists(), "{name}: something was written");
    }
    // A link on the stick is not followed.
    let t = Machine::new(root.path(), "t-link");
    let link = root.path().join("link-kit.json");
    std::os::unix::fs::symlink("/etc/passwd", &link).unwrap();
    let (ok, out) = t.run(&["provision", "--from", link.to_str().unwrap()], "");
    assert!(!ok && out.contains("facility kit Stepstone can use"), "{out}");
}

#[test]
fn an_imaged_clone_refuses_to_sign_until_provisioned_again_and_then_forks_nothing() {
    let root = tempfile::tempdir().unwrap();
    let (inst, stick) = instructor_with_kit(root.path());
    let kit = stick.join("facility.json");
    // IT provisions one machine, a learner works on it, and its disk
    // becomes the image for the rest of the classroom.
    let golden = Machine::new(root.path(), "golden");
    let out = golden.ok(&["provision", "--from", kit.to_str().unwrap()], "");
    inst.ok(&["enroll", after(&out, "enrollment for the instructor: "), "--expect-key-id", after(&out, "key fingerprint: ")], "");
    golden.ok(&["student", "add", "Ana"], "123456\n");
    let clone = golden.clone_to(root.path(), "clone");

    // The clone notices at once and signs nothing with the copied key.
    let (_, out) = clone.run(&["doctor"], "");
    assert!(out.contains("made on another machine"), "doctor says so: {out}");
    let (ok, out) = clone.run(&["bundle", "export", "--out", root.path().join("c.zip").to_str().unwrap()], "");
    assert!(!ok && out.contains("will not sign anything with a copied key") && out.contains("provision --from"), "{out}");
    assert!(!root.path().join("c.zip").exists());
    let (ok, out) = clone.run(&["enrollment", "--out", root.path().join("c.json").to_str().unwrap()], "");
    assert!(!ok && out.contains("copied key"), "{out}");
    // The original is unaffected.
    let g_zip = root.path().join("g.zip");
    golden.ok(&["bundle", "export", "--out", g_zip.to_str().unwrap()], "");

    // A kit of another instructor (a learner's stick) does not get to
    // provision the clone: the image's instructor still stands.
    let evil = Machine::new(root.path(), "evil-instructor");
    evil.ok(&["provision", "--role", "instructor", "--facility", "facility-1"], "");
    let evil_stick = root.path().join("evil-stick");
    evil.ok(&["facility-kit", "--out", evil_stick.to_str().unwrap()], "");
    let (ok, out) = clone.run(&["provision", "--from", evil_stick.join("facility.json").to_str().unwrap()], "");
    assert!(!ok && out.contains("already trusts another instructor key"), "{out}");
    assert!(!clone.data.read_dir().unwrap().flatten().any(|e| e.file_name().to_string_lossy().starts_with("copied-identity-")), "nothing was set aside");

    // Provisioning the clone again gives it a key and a record of its own.
    let out = clone.ok(&["provision", "--from", kit.to_str().unwrap()], "");
    assert!(out.contains("set aside") && out.contains("provisioned terminal"), "{out}");
    let aside: Vec<_> = std::fs::read_dir(&clone.data).unwrap().flatten().filter(|e| e.file_name().to_string_lossy().starts_with("copied-identity-")).collect();
    assert_eq!(aside.len(), 1, "the copied identity is kept for IT");
    assert!(aside[0].path().join("device.key").exists());
    inst.ok(&["enroll", after(&out, "enrollment for the instructor: "), "--expect-key-id", after(&out, "key fingerprint: ")], "");
    clone.ok(&["student", "add", "Ben"], "654321\n");
    let c_zip = root.path().join("c.zip");
    clone.ok(&["bundle", "export", "--out", c_zip.to_str().unwrap()], "");
    // Both reach the instructor, in either order, with no fork.
    for z in [&c_zip, &g_zip] {
        let out = inst.ok(&["bundle", "import", z.to_str().unwrap()], "");
        assert!(!out.contains("fork") && out.contains("new event"), "{out}");
    }
    let id = |m: &Machine| -> (String, String) {
        let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(m.data.join("identity.json")).unwrap()).unwrap();
        (v["device_id"].as_str().unwrap().into(), v["public_key"].as_str().unwrap().into())
    };
    let (g, c) = (id(&golden), id(&clone));
    assert_ne!(g.0, c.0, "the clone has a device id of its own");
    assert_ne!(g.1, c.1, "and a key of its own");
}

fn attempt(store: &mut Store, learner: &str, n: usize) {
    let s = match store.list_students().unwrap().into_iter().find(|s| s.display_name == learner) {
        Some(s) => s,
        None => store.create_student(learner, "123456").unwrap(),
    };
    let s = store.sign_in(&s.id, "123456").unwrap();
    let report = GradeReport { version: 2, status: GradeStatus::Pass, message: None, tests: vec![], outcome: None };
    for i in 0..n {
        store.record_attempt(&s, &format!("ex.{i}"), &[SourceFile { name: "main.js".into(), text: format!("// {i}") }], &report, i as i64, 5).unwrap();
    }
}

/// A terminal and its instructor, provisioned from a kit in-process.
fn pair(root: &Path) -> (PathBuf, Store, PathBuf, Store) {
    let i_dir = root.join("instructor");
    let mut i_store = Store::open(&i_dir.join("progress.sqlite3")).unwrap();
    DeviceIdentity::provision(&i_dir, Role::Instructor, "facility-1", i_store.device_id()).unwrap();
    let stick = root.join("stick");
    facility::write_kit(&i_dir, &stick, &stepstone::workstation::Policy::default()).unwrap();
    let t_dir = root.join("terminal");
    let mut t_store = Store::open(&t_dir.join("progress.sqlite3")).unwrap();
    let p = facility::provision_from_kit(&t_dir, &mut t_store, &stick.join("facility.json"), None).unwrap();
    let path = root.join("terminal-enrollment.json");
    std::fs::write(&path, serde_json::to_vec(&p.enrollment).unwrap()).unwrap();
    bundle::enroll(&i_dir, &mut i_store, &path, &DeviceIdentity::load(&t_dir).unwrap().key_id()).unwrap();
    (t_dir, t_store, i_dir, i_store)
}

#[test]
fn a_restored_terminal_continues_past_what_the_instructor_saw_and_its_next_bundle_is_no_fork() {
    let root = tempfile::tempdir().unwrap();
    let (t_dir, mut t, i_dir, mut inst) = pair(root.path());
    let me = DeviceIdentity::load(&t_dir).unwrap();
    let i_me = DeviceIdentity::load(&i_dir).unwrap();
    let pass = "a sentence for the backup";
    attempt(&mut t, "Ana", 3);
    let b1 = root.path().join("b1.zip");
    bundle::export(&mut t, &me, &b1, false).unwrap();
    let backup_file = root.path().join("terminal.stepstone-backup");
    let r = backup::backup(&t_dir, &t, &backup_file, pass).unwrap();
    assert!(r.last_seq > 0);
    // After the backup the terminal goes on, and exports again: the
    // instructor holds events the backup knows nothing of.
    attempt(&mut t, "Ana", 2);
    let b2 = root.path().join("b2.zip");
    let e2 = bundle::export(&mut t, &me, &b2, false).unwrap();
    for b in [&b1, &b2] {
        bundle::import(&mut inst, &i_me, b).unwrap();
    }
    // The disk dies. IT restores the backup onto the terminal.
    drop(t);
    std::fs::remove_dir_all(&t_dir).unwrap();
    let rr = backup::restore(&t_dir, &backup_file, pass, None).unwrap();
    assert!(rr.resumes_at > e2.seq_to, "resumes at {} though the instructor saw {}", rr.resumes_at, e2.seq_to);
    assert!(rr.previous_files.is_none(), "nothing was there to keep");
    let mut t = Store::open(&t_dir.join("progress.sqlite3")).unwrap();
    let me = DeviceIdentity::load(&t_dir).unwrap();
    assert_eq!(me.key_id(), i_me_trusts(&inst, &me), "the same key, still trusted");
    attempt(&mut t, "Ben", 2);
    let b3 = root.path().join("b3.zip");
    let e3 = bundle::export(&mut t, &me, &b3, false).unwrap();
    let r3 = bundle::import(&mut inst, &i_me, &b3).expect("no false fork");
    assert!(r3.new_events >= 2, "{r3:?}");
    assert!(r3.missing.is_empty(), "the gap the restore left is announced, not missing: {:?}", r3.missing);
    assert!(e3.seq_from <= e2.seq_to, "the restored store re-sends what the backup had not exported (harmless: the same events)");
    // Restoring again onto the same terminal keeps the files it replaces
    // and resumes past what IT says the instructor saw.
    drop(t);
    let again = backup::restore(&t_dir, &backup_file, pass, Some(rr.resumes_at + 10)).unwrap();
    assert!(again.resumes_at > rr.resumes_at + 10);
    assert!(again.previous_files.as_deref().is_some_and(|d| Path::new(d).join("progress.sqlite3").exists()), "the replaced store is kept");
    // The same backup restored a third time, with no hint from IT, still
    // lands past everything the second restore's log reached.
    let mut t = Store::open(&t_dir.join("progress.sqlite3")).unwrap();
    attempt(&mut t, "Cy", 2);
    let b4 = root.path().join("b4.zip");
    bundle::export(&mut t, &me, &b4, false).unwrap();
    bundle::import(&mut inst, &i_me, &b4).expect("no fork after the second restore");
    let reached = t.last_seq().unwrap();
    drop(t);
    let third = backup::restore(&t_dir, &backup_file, pass, None).unwrap();
    assert!(third.resumes_at > reached, "resumes at {} though the log reached {reached}", third.resumes_at);
    let mut t = Store::open(&t_dir.join("progress.sqlite3")).unwrap();
    attempt(&mut t, "Dee", 1);
    let b5 = root.path().join("b5.zip");
    bundle::export(&mut t, &me, &b5, false).unwrap();
    bundle::import(&mut inst, &i_me, &b5).expect("no fork after restoring the same backup again");
}

fn i_me_trusts(inst: &Store, me: &DeviceIdentity) -> String {
    inst.trusted_key(&me.key_id()).unwrap().expect("trusted").key_id
}

#[test]
fn a_backup_opens_only_with_its_passphrase_whole_and_onto_its_own_terminal() {
    let root = tempfile::tempdir().unwrap();
    let (t_dir, mut t, _i_dir, _inst) = pair(root.path());
    attempt(&mut t, "Ana", 1);
    let file = root.path().join("t.stepstone-backup");
    let err = backup::backup(&t_dir, &t, &file, "short").err().expect("a short passphrase is refused");
    assert!(err.to_string().contains("at least 10 characters"), "{err}");
    backup::backup(&t_dir, &t, &file, "the right passphrase").unwrap();
    let fresh = root.path().join("fresh");
    let err = backup::restore(&fresh, &file, "the wrong passphrase", None).err().expect("refused");
    assert!(err.to_string().contains("passphrase is wrong"), "{err}");
    // Any byte changed, or the file cut short, is refused.
    let bytes = std::fs::read(&file).unwrap();
    for (what, bad) in [("a flipped byte", { let mut b = bytes.clone(); let n = b.len() - 40; b[n] ^= 1; b }), ("cut short", bytes[..bytes.len() / 2].to_vec()), ("not a backup", b"PK\x03\x04 nothing".to_vec())] {
        let f = root.path().join("bad.stepstone-backup");
        std::fs::write(&f, &bad).unwrap();
        let err = backup::restore(&fresh, &f, "the right passphrase", None).err().unwrap_or_else(|| panic!("{what} was restored"));
        assert!(!fresh.join("identity.json").exists(), "{what}: {err}");
    }
    // Another provisioned terminal refuses it and keeps its own data.
    let other = root.path().join("other");
    let mut o_store = Store::open(&other.join("progress.sqlite3")).unwrap();
    DeviceIdentity::provision(&other, Role::Terminal, "facility-1", o_store.device_id()).unwrap();
    attempt(&mut o_store, "Cy", 1);
    drop(o_store);
    let before = std::fs::read(other.join("identity.json")).unwrap();
    let err = backup::restore(&other, &file, "the right passphrase", None).err().expect("refused");
    assert!(err.to_string().contains("backup is of another terminal") && err.to_string().contains("Nothing was changed"), "{err}");
    assert_eq!(std::fs::read(other.join("identity.json")).unwrap(), before);
}
