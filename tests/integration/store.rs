//! The progress store: durability under SIGKILL, concurrent use, migrations
//! from every earlier schema, and isolation between learners.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use rusqlite::Connection;
use stepstone::grading::{GradeReport, GradeStatus};
use stepstone::sandbox::SourceFile;
use stepstone::store::{migrations, ProgressState, Store, StoreError, SCHEMA_VERSION};

use super::support::cli;

fn report(pass: bool) -> GradeReport {
    GradeReport { version: 2, status: if pass { GradeStatus::Pass } else { GradeStatus::Fail }, message: None, tests: Vec::new(), outcome: None }
}

fn file(text: &str) -> SourceFile {
    SourceFile { name: "main.js".into(), text: text.into() }
}

fn stepstone(data: &std::path::Path, args: &[&str], stdin: &str) -> std::process::Output {
    let mut child = Command::new(cli())
        .args(args)
        .env("STEPSTONE_DATA_DIR", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn learners_cannot_see_each_others_work() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("p.sqlite3")).unwrap();
    let ana = store.create_student("Ana", "111111").unwrap();
    let ben = store.create_student("Ben", "222222").unwrap();
    let sa = store.sign_in(&ana.id, "111111").unwrap();
    let sb = store.sign_in(&ben.id, "222222").unwrap();
    store.save_draft(&sa, "js.x", &file("ana's secret")).unwrap();
    store.record_attempt(&sa, "js.x", &[file("ana's secret")], &report(true), 1, 5).unwrap();
    assert!(store.drafts(&sb, "js.x").unwrap().is_empty());
    assert!(store.attempts(&sb, "js.x").unwrap().is_empty());
    assert!(store.progress(&sb).unwrap().is_empty());
    assert_eq!(store.drafts(&sa, "js.x").unwrap()[0].text, "ana's secret");
    // A PIN opens only its own profile.
    assert!(matches!(store.sign_in(&ben.id, "111111"), Err(StoreError::WrongPin { .. })));
}

#[test]
fn cli_progress_needs_the_learners_own_pin() {
    let dir = tempfile::tempdir().unwrap();
    let out = stepstone(dir.path(), &["student", "add", "Ana"], "432100\n");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let ana = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let out = stepstone(dir.path(), &["student", "add", "Ben"], "999900\n");
    assert!(out.status.success());
    let out = stepstone(dir.path(), &["progress", "--student", &ana, "--json"], "999900\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("PIN is not right"));
    let out = stepstone(dir.path(), &["progress", "--student", &ana, "--json"], "432100\n");
    assert!(out.status.success());
    let list = stepstone(dir.path(), &["student", "list", "--json"], "");
    let names: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(names.as_array().unwrap().len(), 2);
    assert!(!String::from_utf8_lossy(&list.stdout).contains("pin"), "no hashes in the list");
}

#[test]
fn repeated_wrong_pins_lock_the_profile_for_a_while() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.sqlite3");
    let mut store = Store::open(&path).unwrap();
    let s = store.create_student("Ana", "111111").unwrap();
    let t0 = 1_000_000;
    for i in 0..stepstone::store::MAX_FAILED_SIGN_INS - 1 {
        assert!(matches!(store.sign_in_at(&s.id, "000000", t0 + i as i64), Err(StoreError::WrongPin { .. })));
    }
    assert!(matches!(store.sign_in_at(&s.id, "000000", t0 + 10), Err(StoreError::LockedOut { .. })));
    // Even the right PIN waits out the lock, across a restart.
    drop(store);
    let mut store = Store::open(&path).unwrap();
    assert!(matches!(store.sign_in_at(&s.id, "111111", t0 + 1000), Err(StoreError::LockedOut { .. })));
    let later = t0 + stepstone::store::LOCKOUT_STEPS_SECONDS[0] * 1000 + 20;
    assert!(store.sign_in_at(&s.id, "111111", later).is_ok());
}

#[test]
fn reset_to_starter_keeps_the_previous_draft_recoverable() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("p.sqlite3")).unwrap();
    let s = store.create_student("Ana", "111111").unwrap();
    let s = store.sign_in(&s.id, "111111").unwrap();
    store.save_draft(&s, "js.x", &file("hours of work")).unwrap();
    store.reset_to_starter(&s, "js.x", &[file("// starter")]).unwrap();
    assert_eq!(store.drafts(&s, "js.x").unwrap()[0].text, "// starter");
    let history = store.draft_history(&s, "js.x", "main.js").unwrap();
    assert_eq!(history[0].1, "hours of work");
}

#[test]
fn progress_is_derived_from_attempts() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("p.sqlite3")).unwrap();
    let s = store.create_student("Ana", "111111").unwrap();
    let s = store.sign_in(&s.id, "111111").unwrap();
    store.record_attempt(&s, "a", &[file("1")], &report(false), 10, 100).unwrap();
    store.record_attempt(&s, "a", &[file("2")], &report(true), 20, 50).unwrap();
    store.record_attempt(&s, "b", &[file("3")], &report(false), 30, 70).unwrap();
    store.save_draft(&s, "c", &file("typing")).unwrap();
    let p = store.progress(&s).unwrap();
    let get = |id: &str| p.iter().find(|e| e.exercise_id == id).unwrap();
    assert_eq!(get("a").state, ProgressState::Passed);
    assert_eq!(get("a").attempts, 2);
    assert_eq!(get("a").time_on_task_ms, 150);
    assert_eq!(get("b").state, ProgressState::InProgress);
    assert_eq!(get("c").state, ProgressState::InProgress);
    assert_eq!(get("c").attempts, 0);
    let events = store.events_since(0).unwrap();
    let seqs: Vec<i64> = events.iter().map(|e| e.seq).collect();
    assert_eq!(seqs, (1..=4).collect::<Vec<_>>(), "one event per learner or attempt, numbered per device");
}

#[test]
fn merging_event_logs_is_idempotent_and_order_independent() {
    let dir = tempfile::tempdir().unwrap();
    let mut devices = Vec::new();
    for i in 0..3 {
        let mut st = Store::open(&dir.path().join(format!("t{i}.sqlite3"))).unwrap();
        let s = st.create_student(&format!("L{i}"), "123456").unwrap();
        let s = st.sign_in(&s.id, "123456").unwrap();
        st.record_attempt(&s, "x", &[file("a")], &report(i % 2 == 0), i, 1).unwrap();
        devices.push(st.events_since(0).unwrap());
    }
    let ids: std::collections::HashSet<_> = devices.iter().map(|d| d[0].device_id.clone()).collect();
    assert_eq!(ids.len(), 3, "every device minted its own id");
    let mut finals = Vec::new();
    for order in [[0, 1, 2], [2, 1, 0], [1, 2, 0]] {
        let mut hub = Store::open(&dir.path().join(format!("hub-{order:?}.sqlite3"))).unwrap();
        for &i in &order {
            assert_eq!(hub.merge_events(&devices[i]).unwrap(), devices[i].len());
        }
        for &i in &order {
            assert_eq!(hub.merge_events(&devices[i]).unwrap(), 0, "merging again changes nothing");
        }
        finals.push(hub.all_events().unwrap().into_iter().filter(|e| e.device_id != hub.device_id()).collect::<Vec<_>>());
    }
    assert!(finals.windows(2).all(|w| w[0] == w[1]));
}

#[test]
fn migrates_from_every_earlier_schema_version_keeping_data() {
    for start in 0..SCHEMA_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.sqlite3");
        {
            let mut conn = Connection::open(&path).unwrap();
            migrations::migrate_to(&mut conn, &path, start).unwrap();
            if start >= 1 {
                conn.execute("INSERT INTO students (id, display_name, pin_hash, created_at) VALUES ('old-1', 'Old Timer', 'x', 1)", []).unwrap();
            }
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION, "from version {start}");
        if start >= 1 {
            assert_eq!(store.list_students().unwrap()[0].display_name, "Old Timer");
        }
    }
}

#[test]
fn newer_schema_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.sqlite3");
    Connection::open(&path).unwrap().pragma_update(None, "user_version", SCHEMA_VERSION + 5).unwrap();
    let err = Store::open(&path).err().expect("must refuse");
    assert!(matches!(err, StoreError::TooNew { .. }));
    assert!(err.to_string().contains("newer Stepstone"));
}

#[test]
fn corrupt_store_is_reported_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.sqlite3");
    {
        // Enough rows for several pages (drafts: a PIN hash each would be slow).
        let mut store = Store::open(&path).unwrap();
        let student = store.create_student("L", "123456").unwrap();
        let s = store.sign_in(&student.id, "123456").unwrap();
        for i in 0..50 {
            store.save_draft(&s, &format!("js.x{i}"), &file(&"d".repeat(400))).unwrap();
        }
    }
    // Checkpointed into the main file by the close; now damage a page.
    let mut bytes = std::fs::read(&path).unwrap();
    let len = bytes.len();
    for b in &mut bytes[4096..len.min(4096 * 3)] {
        *b = 0x5a;
    }
    std::fs::write(&path, &bytes).unwrap();
    let err = Store::open(&path).err().expect("must refuse a damaged file");
    assert!(matches!(err, StoreError::Corrupt { .. } | StoreError::Open { .. }), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "the damaged file is kept as it was");
}

#[test]
fn app_and_cli_write_the_same_store_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let out = stepstone(dir.path(), &["student", "add", "Ana"], "123456\n");
    let id = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let mut child = Command::new(cli())
        .args(["write-load", "--student", &id, "--count", "60"])
        .env("STEPSTONE_DATA_DIR", dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"123456\n").unwrap();
    // Meanwhile this process (standing in for the app) writes too.
    let mut store = Store::open(&dir.path().join("progress.sqlite3")).unwrap();
    let s = store.sign_in(&id, "123456").unwrap();
    for i in 0..60 {
        store.save_draft(&s, "js.y", &file(&format!("draft {i}"))).unwrap();
        store.record_attempt(&s, "js.y", &[file("y")], &report(false), i, 1).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let total: usize = store.progress(&s).unwrap().iter().map(|p| p.attempts as usize).sum();
    assert_eq!(total, 120);
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

#[test]
fn committed_attempts_survive_sigkill_at_many_points() {
    let dir = tempfile::tempdir().unwrap();
    let out = stepstone(dir.path(), &["student", "add", "Ana"], "123456\n");
    let id = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let mut committed = Vec::new();
    // Each round lets the writer commit a different number of attempts,
    // then kills it at once: the kill lands somewhere inside the next write.
    for round in 0..12u32 {
        let mut child = Command::new(cli())
            .args(["write-load", "--student", &id, "--count", "100000"])
            .env("STEPSTONE_DATA_DIR", dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(b"123456\n").unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        for _ in 0..(1 + round * 3) {
            committed.push(lines.next().unwrap().unwrap());
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        // Lines the writer printed before dying were committed too.
        for l in lines.map_while(Result::ok) {
            committed.push(l);
        }
    }
    let store = Store::open(&dir.path().join("progress.sqlite3")).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let conn = Connection::open(dir.path().join("progress.sqlite3")).unwrap();
    let mut stored: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut stmt = conn.prepare("SELECT id, report_json, code_json FROM attempts").unwrap();
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))).unwrap();
    for row in rows {
        let (aid, report, code) = row.unwrap();
        // Nothing half-written: every stored attempt parses whole.
        serde_json::from_str::<GradeReport>(&report).unwrap();
        serde_json::from_str::<Vec<SourceFile>>(&code).unwrap();
        stored.insert(aid);
    }
    for c in &committed {
        assert!(stored.contains(c), "attempt {c} was reported committed but is gone");
    }
    // Every attempt has its event, and vice versa: they commit together.
    let events: i64 = conn.query_row("SELECT COUNT(*) FROM events WHERE kind = 'attempt_recorded'", [], |r| r.get(0)).unwrap();
    assert_eq!(events as usize, stored.len());
}

#[test]
fn cli_grade_with_student_records_the_attempt() {
    let dir = tempfile::tempdir().unwrap();
    let out = stepstone(dir.path(), &["student", "add", "Ana"], "123456\n");
    let id = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let ex = super::support::repo().join("tests/fixtures/curriculum/good/fx/js-add");
    let sol = ex.join("solution/main.js");
    let out = stepstone(dir.path(), &["grade", ex.to_str().unwrap(), "--file", sol.to_str().unwrap(), "--json", "--student", &id], "123456\n");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = stepstone(dir.path(), &["progress", "--student", &id, "--json"], "123456\n");
    let p: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(p[0]["exercise_id"], "fx.js-add");
    assert_eq!(p[0]["state"], "passed");
}

#[test]
fn lock_outs_escalate_and_end_only_with_a_correct_pin_or_an_instructor() {
    use stepstone::store::{LOCKOUT_STEPS_SECONDS, MAX_FAILED_SIGN_INS};
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("p.sqlite3")).unwrap();
    assert!(matches!(store.create_student("Ana", "1234"), Err(StoreError::WeakPin)), "four digits are too few");
    assert!(matches!(store.create_student("Ana", "12345a"), Err(StoreError::WeakPin)), "digits only");
    assert!(matches!(store.create_student("Ana\u{1b}[2J", "123456"), Err(StoreError::BadName)), "no control characters");
    let s = store.create_student("Ana", "111111").unwrap();
    let mut now = 1_000_000i64;
    let fail_until_locked = |store: &mut Store, now: i64| {
        for _ in 0..MAX_FAILED_SIGN_INS - 1 {
            assert!(matches!(store.sign_in_at(&s.id, "000000", now), Err(StoreError::WrongPin { .. })));
        }
        store.sign_in_at(&s.id, "000000", now).unwrap_err()
    };
    // Each lock-out lasts longer than the one before.
    for secs in LOCKOUT_STEPS_SECONDS {
        assert!(matches!(fail_until_locked(&mut store, now), StoreError::LockedOut { seconds } if seconds == secs));
        assert!(matches!(store.sign_in_at(&s.id, "111111", now + secs * 1000 - 1000), Err(StoreError::LockedOut { .. })));
        now += secs * 1000;
    }
    // After the last step, no amount of waiting helps: an instructor must.
    assert!(matches!(fail_until_locked(&mut store, now), StoreError::LockedUntilUnlocked));
    assert!(matches!(store.sign_in_at(&s.id, "111111", now + 365 * 86_400_000), Err(StoreError::LockedUntilUnlocked)));
    store.unlock_student(&s.id).unwrap();
    assert!(store.sign_in_at(&s.id, "111111", now).is_ok());
    // A correct PIN resets the escalation: the next lock is the short one.
    assert!(matches!(fail_until_locked(&mut store, now), StoreError::LockedOut { seconds } if seconds == LOCKOUT_STEPS_SECONDS[0]));
}

#[test]
fn the_data_folder_and_database_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("fresh/data");
    let mut store = Store::open(&dir.join("progress.sqlite3")).unwrap();
    store.create_student("Ana", "123456").unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    for f in ["progress.sqlite3", "progress.sqlite3-wal", "progress.sqlite3-shm"] {
        assert_eq!(mode(&dir.join(f)), 0o600, "{f}");
    }
    // A database left world-readable by an older version is tightened.
    drop(store);
    std::fs::set_permissions(dir.join("progress.sqlite3"), std::fs::Permissions::from_mode(0o644)).unwrap();
    let _store = Store::open(&dir.join("progress.sqlite3")).unwrap();
    assert_eq!(mode(&dir.join("progress.sqlite3")), 0o600);
}
