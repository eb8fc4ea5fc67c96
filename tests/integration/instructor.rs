//! The instructor's workstation, through the core the app calls: two
//! terminals save to sticks, the instructor signs in, loads them, sees the
//! grid and its flags, reads a learner's attempts and diff, writes a note,
//! resets a PIN and prepares a stick the terminals load. Plus the support
//! flags over fixtures (tests/fixtures/instructor/flags/*.json).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use stepstone::bundle::{keys, DeviceIdentity, Role};
use stepstone::instructor::grid::{CellState, GridQuery, SupportSettings};
use stepstone::instructor::{Desk, DeskError};
use stepstone::sandbox::SourceFile;
use stepstone::store::{AuditFilter, Store, StoreError};
use stepstone::workstation::{UsbStatus, Workstation};

use super::support;

fn curriculum() -> PathBuf {
    support::repo().join("tests/fixtures/curriculum/good")
}

/// A machine: its data folder provisioned with `role` in facility-1, the
/// facility's USB folder set to `usb` (a plain folder standing in for the
/// stick), opened as the app opens it.
fn machine(dir: &Path, role: Role, usb: &Path, trust: &[&Path]) -> Arc<Workstation> {
    std::fs::create_dir_all(dir).unwrap();
    {
        let mut store = Store::open(&dir.join("progress.sqlite3")).unwrap();
        if !dir.join("identity.json").exists() {
            DeviceIdentity::provision(dir, role, "facility-1", store.device_id()).unwrap();
        }
        for t in trust {
            store.trust_key(&keys::read_enrollment(t).unwrap()).unwrap();
        }
    }
    std::fs::write(dir.join("policy.json"), serde_json::json!({"usb_folder": usb, "usb_must_be_mounted": false}).to_string()).unwrap();
    let paths = stepstone::config::Paths::new(Some(dir.to_path_buf()), Some(curriculum()));
    let mut sandbox = stepstone::sandbox::Sandbox::new(None).unwrap();
    sandbox.set_confine_exe(support::cli());
    Arc::new(Workstation::open(paths, sandbox).unwrap())
}

fn enrollment(dir: &Path) -> PathBuf {
    let path = dir.join("enrollment.json");
    std::fs::write(&path, serde_json::to_vec(&DeviceIdentity::load(dir).unwrap().enrollment()).unwrap()).unwrap();
    path
}

fn js(text: &str) -> Vec<SourceFile> {
    vec![SourceFile { name: "main.js".into(), text: text.into() }]
}

fn empty(dir: &Path) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if std::fs::symlink_metadata(&p).unwrap().is_dir() {
            std::fs::remove_dir_all(&p).unwrap();
        } else {
            std::fs::remove_file(&p).unwrap();
        }
    }
}

#[test]
fn the_whole_usb_loop_from_two_terminals_through_the_instructors_desk_and_back() {
    let root = tempfile::tempdir().unwrap();
    let stick = root.path().join("stick");
    std::fs::create_dir(&stick).unwrap();
    // The instructor machine first, so terminals can trust (encrypt to) it.
    let inst_dir = root.path().join("instructor");
    let inst = machine(&inst_dir, Role::Instructor, &stick, &[]);
    let inst_enrollment = enrollment(&inst_dir);
    let t1_dir = root.path().join("t1");
    let t2_dir = root.path().join("t2");
    let t1 = machine(&t1_dir, Role::Terminal, &stick, &[&inst_enrollment]);
    let t2 = machine(&t2_dir, Role::Terminal, &stick, &[&inst_enrollment]);
    {
        let mut s = Store::open(&inst_dir.join("progress.sqlite3")).unwrap();
        for d in [&t1_dir, &t2_dir] {
            s.trust_key(&keys::read_enrollment(&enrollment(d)).unwrap()).unwrap();
        }
    }

    // Only an instructor machine has a desk.
    assert!(matches!(Desk::open(t1.clone()), Err(DeskError::NotInstructorMachine)));
    let desk = Desk::open(inst.clone()).unwrap();
    assert!(matches!(desk.grid(&GridQuery::default()), Err(DeskError::NotSignedIn)));
    assert!(matches!(desk.load_usb(|_, _| {}), Err(DeskError::NotSignedIn)));
    assert!(matches!(desk.prepare_usb(|_, _| {}), Err(DeskError::NotSignedIn)));

    // Accounts: a passphrase of at least 10 characters; the first account
    // by anyone, the second only by an instructor signed in.
    assert!(matches!(desk.create_account("Ms Rivera", "short"), Err(DeskError::Store(StoreError::WeakPassphrase))));
    let rivera = desk.create_account("Ms Rivera", "correct horse battery").unwrap();
    assert!(matches!(desk.create_account("Mr Okafor", "another long passphrase"), Err(DeskError::Store(StoreError::InstructorSignInNeeded))));
    assert!(matches!(desk.sign_in(&rivera.id, "wrong passphrase"), Err(DeskError::Store(StoreError::WrongPassphrase { remaining: 4 }))));
    desk.sign_in(&rivera.id, "correct horse battery").unwrap();
    let okafor = desk.create_account("Mr Okafor", "another long passphrase").unwrap();
    assert_eq!(desk.status().unwrap().accounts.len(), 2);

    // Terminal 1: Ana fails three times, then passes after a hint; Ben
    // passes at once. Terminal 2: Cy tries once.
    let ana = t1.create_student("Ana", "123456").unwrap();
    let ben = t1.create_student("Ben", "654321").unwrap();
    t1.sign_in(&ana.id, "123456").unwrap();
    t1.open_exercise("fx.js-add").unwrap();
    for wrong in ["function add(a, b) { return a - b; }", "function add(a, b) { return a * b; }", "function add(a, b) {\n  return a * b; // try again\n}"] {
        assert!(!t1.check("fx.js-add", js(wrong)).unwrap().passed());
    }
    t1.hint("fx.js-add", 0).unwrap();
    assert!(t1.check("fx.js-add", js("function add(a, b) {\n  return a + b;\n}")).unwrap().passed());
    t1.save_to_usb().unwrap();
    t1.sign_in(&ben.id, "654321").unwrap();
    assert!(t1.check("fx.js-add", js("const add = (a, b) => a + b;")).unwrap().passed());
    t1.save_to_usb().unwrap();
    let cy = t2.create_student("Cy", "111111").unwrap();
    t2.sign_in(&cy.id, "111111").unwrap();
    assert!(!t2.check("fx.js-add", js("function add(a, b) { return a - b; }")).unwrap().passed());
    t2.save_to_usb().unwrap();

    // Load the stick: a summary by learner and terminal; then re-grade.
    let mut ticks = Vec::new();
    let summary = desk.load_usb(|done, total| ticks.push((done, total))).unwrap();
    assert_eq!(ticks.last(), Some(&(3, 3)), "{ticks:?}");
    assert_eq!(summary.new_attempts, 6, "{summary:?}");
    let count = |v: &[stepstone::instructor::usb::Count], name: &str| v.iter().find(|c| c.name == name).map(|c| c.count);
    assert_eq!((count(&summary.by_learner, "Ana"), count(&summary.by_learner, "Ben"), count(&summary.by_learner, "Cy")), (Some(4), Some(1), Some(1)));
    assert_eq!(summary.terminals.len(), 2);
    assert!(summary.terminals.iter().all(|t| t.missing.is_empty() && t.last_loaded.is_some()), "{:?}", summary.terminals);
    assert!(summary.refused.is_empty());
    let again = desk.load_usb(|_, _| {}).unwrap();
    assert_eq!(again.new_attempts, 0, "loading the same stick twice changes nothing");
    assert!(again.files.iter().all(|f| f.status == UsbStatus::NothingNew), "{:?}", again.files);

    // Before re-grading, a terminal's pass is only a claim.
    let grid = desk.grid(&GridQuery::default()).unwrap();
    let row = |g: &stepstone::instructor::grid::ClassGrid, name: &str| g.rows.iter().find(|r| r.display_name == name).unwrap().clone();
    let exercises: Vec<&str> = grid.units.iter().flat_map(|u| u.exercises.iter().map(|e| e.id.as_str())).collect();
    let col = exercises.iter().position(|e| *e == "fx.js-add").unwrap();
    assert_eq!(row(&grid, "Ben").cells[col].state, CellState::Waiting);
    let s = desk.regrade(|_, _| {}).unwrap();
    assert_eq!((s.regraded, s.disagreements.len()), (6, 0));
    desk.set_support_settings(SupportSettings { attempts: 3, idle_days: 7 }).unwrap();
    let grid = desk.grid(&GridQuery::default()).unwrap();
    let (a, b, c) = (row(&grid, "Ana"), row(&grid, "Ben"), row(&grid, "Cy"));
    assert_eq!((a.cells[col].state, a.cells[col].attempts), (CellState::PassedWithHelp, 4));
    assert_eq!(b.cells[col].state, CellState::Passed);
    assert_eq!((c.cells[col].state, c.cells[col].label.as_str()), (CellState::Attempted, "1"));
    assert_eq!((a.cells[col].label.as_str(), b.cells[col].label.as_str()), ("✓ help", "✓"));
    assert!(a.flags.is_empty(), "Ana passed in the end: {:?}", a.flags);

    // The charts' numbers: two first passes this week, each learner's
    // pace, and the exercise's median attempts to pass (Ben 1, Ana 4).
    let charts = desk.charts(&GridQuery::default()).unwrap();
    assert_eq!(charts.passed_per_week.iter().sum::<u32>(), 2);
    assert_eq!(charts.pace.len(), 3);
    assert_eq!(charts.pace.iter().map(|p| *p.cumulative.last().unwrap()).sum::<u32>(), 2);
    let add = charts.exercises.iter().find(|e| e.id == "fx.js-add").unwrap();
    assert_eq!((add.learners_tried, add.learners_passed, add.median_attempts_to_pass), (3, 2, Some(2.5)));
    assert_eq!(charts.course_weeks, 32);

    // The CSV is the grid, cell for cell.
    let (file, csv) = desk.export_grid_csv(&GridQuery::default()).unwrap();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), csv);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 1 + grid.rows.len());
    for (r, line) in grid.rows.iter().zip(&lines[1..]) {
        let fields: Vec<&str> = line.split(',').collect();
        assert_eq!(fields[0], r.display_name);
        for (cell, field) in r.cells.iter().zip(&fields[1..]) {
            assert_eq!(&cell.label, field);
        }
    }

    // The learner view: every attempt, its diff against the one before.
    let view = desk.learner(&ana.id).unwrap();
    assert_eq!(view.terminals.len(), 1);
    let attempts: Vec<_> = view
        .timeline
        .iter()
        .filter_map(|i| match i {
            stepstone::instructor::review::TimelineItem::Attempt(a) => Some(a.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(attempts.len(), 4);
    assert!(view.timeline.iter().any(|i| matches!(i, stepstone::instructor::review::TimelineItem::Hint { level: 1, .. })));
    assert!(view.timeline.iter().any(|i| matches!(i, stepstone::instructor::review::TimelineItem::SignedIn { .. })));
    let last = &attempts[0];
    assert_eq!((last.number, last.verdict), (4, Some(stepstone::store::RegradeVerdict::Pass)));
    let changed: Vec<(stepstone::instructor::review::DiffTag, &str)> =
        last.diff[0].lines.iter().filter(|l| l.tag != stepstone::instructor::review::DiffTag::Same).map(|l| (l.tag, l.text.as_str())).collect();
    use stepstone::instructor::review::DiffTag::{Added, Removed};
    assert_eq!(changed, vec![(Removed, "  return a * b; // try again"), (Added, "  return a + b;")]);

    // The exercise view: identical failing code is one group, whitespace
    // and comments aside.
    let report = desk.exercise("fx.js-add").unwrap();
    assert_eq!((report.learners_tried, report.learners_passed), (3, 2));
    assert!(report.failing_tests.iter().any(|t| t.test == "add(2, 3) gives 5" && t.learners == 2), "{:?}", report.failing_tests);
    assert_eq!(report.groups.len(), 1, "only Cy has not passed: {:?}", report.groups);

    // A note anchored to a line waits for the next stick.
    assert!(matches!(desk.note(&attempts[1].attempt_id, "Look at the operator.", Some(9)), Err(DeskError::Store(StoreError::BadLine { line: 9, lines: 3 }))));
    desk.note(&attempts[1].attempt_id, "Look at the operator on this line.", Some(2)).unwrap();
    assert_eq!(desk.status().unwrap().queued_notes, 1);

    // A new PIN for Ben, and Cy has left.
    desk.reset_pin(&ben.id, "999999").unwrap();
    desk.set_learner_active(&cy.id, false).unwrap();
    let roster = desk.roster().unwrap();
    assert!(roster.iter().filter(|l| l.display_name != "Ana").all(|l| l.change_waiting), "{roster:?}");
    let dana = desk.add_learner("Dana", "222222").unwrap();

    // Prepare the stick; the terminals load it.
    empty(&stick);
    let mut ticks = Vec::new();
    let prepared = desk.prepare_usb(|d, t| ticks.push((d, t))).unwrap();
    assert_eq!((prepared.learners, prepared.new_notes, prepared.files.len()), (4, 1, 2), "{prepared:?}");
    assert_eq!(ticks.last(), Some(&(2, 2)));
    assert_eq!(desk.status().unwrap().queued_notes, 0);
    assert!(desk.roster().unwrap().iter().all(|l| !l.change_waiting));
    for t in [&t1, &t2] {
        let lines = t.load_from_usb().unwrap();
        assert!(lines.iter().all(|l| l.status == UsbStatus::Loaded), "{lines:?}");
        assert!(t.load_from_usb().unwrap().iter().all(|l| l.status == UsbStatus::NothingNew), "a second load changes nothing");
    }
    t1.sign_in(&ana.id, "123456").unwrap();
    let seen = t1.open_exercise("fx.js-add").unwrap().feedback;
    assert_eq!((seen.len(), seen[0].line, seen[0].author.as_str()), (1, Some(2), "Ms Rivera"));
    assert!(matches!(t1.sign_in(&ben.id, "654321"), Err(stepstone::workstation::WorkstationError::Store(StoreError::WrongPin { .. }))));
    t1.sign_in(&ben.id, "999999").unwrap();
    let names: Vec<String> = t2.students().unwrap().into_iter().map(|s| s.display_name).collect();
    assert!(!names.contains(&"Cy".to_string()) && names.contains(&"Dana".to_string()), "{names:?}");
    assert!(t2.sign_in(&cy.id, "111111").is_err(), "a deactivated learner cannot sign in");
    t2.sign_in(&dana.id, "222222").unwrap();

    // Every action is in the audit log, which filters and cannot be edited.
    let log = desk.audit_log(&AuditFilter::default()).unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    for want in ["account_add", "sign_in_refused", "sign_in", "import", "settings", "export", "note", "pin_reset", "deactivate", "roster_add", "prepare_usb"] {
        assert!(actions.contains(&want), "{want} missing from {actions:?}");
    }
    let resets = desk.audit_log(&AuditFilter { action: Some("pin_reset".into()), ..Default::default() }).unwrap();
    assert_eq!(resets.len(), 1);
    assert_eq!(resets[0].instructor, "Ms Rivera");
    assert!(desk.audit_log(&AuditFilter { text: Some("100%_".into()), ..Default::default() }).unwrap().is_empty());
    let okafor_adds = desk.audit_log(&AuditFilter { instructor: Some("ms rivera".into()), action: Some("account_add".into()), ..Default::default() }).unwrap();
    assert!(okafor_adds.iter().any(|e| e.detail.contains(&okafor.name)));
    desk.audit_watch(&stepstone::workstation::UsbImport { file: "x.zip".into(), status: UsbStatus::Refused, message: "not a zip file".into() }).unwrap();
    let watched = desk.audit_log(&AuditFilter { instructor: Some("(USB watch)".into()), ..Default::default() }).unwrap();
    assert!(watched[0].detail.contains("refused \"x.zip\" by itself"), "{watched:?}");
    let raw = rusqlite::Connection::open(inst_dir.join("progress.sqlite3")).unwrap();
    assert!(raw.execute("DELETE FROM audit_log", []).is_err(), "the audit log is append-only");
    assert!(raw.execute("UPDATE audit_log SET detail = 'x'", []).is_err());
}

#[test]
fn an_instructor_account_locks_for_longer_after_each_run_of_wrong_passphrases() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("s.sqlite3")).unwrap();
    let who = store.create_instructor("Ms Rivera", "correct horse battery", None).unwrap();
    let mut now = 1_000_000_000_000;
    for (run, minutes) in [1, 5, 15, 60, 60].into_iter().enumerate() {
        for _ in 0..4 {
            assert!(matches!(store.instructor_sign_in_at(&who.id, "nope nope nope", now), Err(StoreError::WrongPassphrase { .. })), "run {run}");
        }
        assert!(matches!(store.instructor_sign_in_at(&who.id, "nope nope nope", now), Err(StoreError::InstructorLockedOut { seconds }) if seconds == minutes * 60));
        // Locked: even the right passphrase waits.
        assert!(matches!(store.instructor_sign_in_at(&who.id, "correct horse battery", now + minutes * 60_000 - 1), Err(StoreError::InstructorLockedOut { .. })));
        now += minutes * 60_000;
    }
    store.instructor_sign_in_at(&who.id, "correct horse battery", now).unwrap();
}

/// One flags fixture: a class's records and the reasons expected.
#[derive(serde::Deserialize)]
struct FlagCase {
    settings: SupportSettings,
    now: i64,
    created_at: i64,
    /// (exercise id, started_at ms, claimed pass, re-graded pass)
    attempts: Vec<(String, i64, bool, Option<bool>)>,
    /// (kind, exercise id, at ms)
    activity: Vec<(String, Option<String>, i64)>,
    /// (device, when its last bundle was loaded); the attempts come from "t1".
    #[serde(default)]
    loaded: Vec<(String, i64)>,
    want_reasons: Vec<String>,
}

#[test]
fn support_flags_say_why_they_are_there() {
    use stepstone::store::{Activity, ClassAttempt, Regrade, RegradeVerdict, RosterEntry};
    let c = stepstone::curriculum::load(&curriculum()).unwrap();
    let dir = support::repo().join("tests/fixtures/instructor/flags");
    let mut cases: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    cases.sort();
    assert!(cases.len() >= 4);
    for path in cases {
        let case: FlagCase = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let learner = RosterEntry { id: "l1".into(), display_name: "Ana".into(), pin_hash: Some("x".into()), created_at: case.created_at, active: true, revision: 0 };
        let attempts: Vec<ClassAttempt> = case
            .attempts
            .iter()
            .enumerate()
            .map(|(i, (ex, at, claimed, regraded))| ClassAttempt {
                attempt_id: format!("a{i}"),
                device_id: "t1".into(),
                student_id: "l1".into(),
                display_name: "Ana".into(),
                exercise_id: ex.clone(),
                passed: *claimed,
                regrade: regraded.map(|p| Regrade {
                    device_id: "t1".into(),
                    seq: i as i64,
                    exercise_id: ex.clone(),
                    claimed_pass: *claimed,
                    verdict: if p { RegradeVerdict::Pass } else { RegradeVerdict::Fail },
                    detail: String::new(),
                }),
                started_at: *at,
                code: vec![],
                feedback: vec![],
                failing_tests: vec![],
            })
            .collect();
        let activity: Vec<Activity> = case
            .activity
            .iter()
            .map(|(kind, ex, at)| Activity { device_id: "t1".into(), student_id: "l1".into(), kind: kind.clone(), exercise_id: ex.clone(), level: None, created_at: *at })
            .collect();
        let loaded: std::collections::HashMap<String, i64> = case.loaded.iter().cloned().collect();
        let data = stepstone::instructor::grid::ClassData { curriculum: &c, roster: std::slice::from_ref(&learner), attempts: &attempts, activity: &activity, settings: case.settings, now: case.now, loaded: &loaded };
        let g = stepstone::instructor::grid::grid(&data, &GridQuery::default());
        let reasons: Vec<String> = g.rows[0].flags.iter().map(|f| f.reason.clone()).collect();
        assert_eq!(reasons.len(), case.want_reasons.len(), "{}: {reasons:?}", path.display());
        for (got, want) in reasons.iter().zip(&case.want_reasons) {
            assert!(got.contains(want.as_str()), "{}: {got:?} should say {want:?}", path.display());
        }
    }
}

/// A hostile terminal edits its own database before saving: its learner's
/// `student_created` says revision i64::MAX and inactive. Only the
/// instructor's own changes may carry those, so the roster ignores them,
/// and a later PIN reset still reaches the other terminals.
#[test]
fn a_terminal_cannot_pin_a_roster_entry_against_the_instructors_changes() {
    let root = tempfile::tempdir().unwrap();
    let stick = root.path().join("stick");
    std::fs::create_dir(&stick).unwrap();
    let inst_dir = root.path().join("instructor");
    let inst = machine(&inst_dir, Role::Instructor, &stick, &[]);
    let inst_enrollment = enrollment(&inst_dir);
    let (t1_dir, t2_dir) = (root.path().join("t1"), root.path().join("t2"));
    let t1 = machine(&t1_dir, Role::Terminal, &stick, &[&inst_enrollment]);
    let t2 = machine(&t2_dir, Role::Terminal, &stick, &[&inst_enrollment]);
    {
        let mut s = Store::open(&inst_dir.join("progress.sqlite3")).unwrap();
        for d in [&t1_dir, &t2_dir] {
            s.trust_key(&keys::read_enrollment(&enrollment(d)).unwrap()).unwrap();
        }
    }
    let ana = t1.create_student("Ana", "123456").unwrap();
    {
        let raw = rusqlite::Connection::open(t1_dir.join("progress.sqlite3")).unwrap();
        let n = raw
            .execute(
                "UPDATE events SET payload = json_set(payload, '$.revision', 9223372036854775807, '$.active', json('false')) WHERE kind = 'student_created'",
                [],
            )
            .unwrap();
        assert_eq!(n, 1);
    }
    t1.sign_in(&ana.id, "123456").unwrap();
    t1.save_to_usb().unwrap();
    let desk = Desk::open(inst).unwrap();
    let me = desk.create_account("Ms Rivera", "correct horse battery").unwrap();
    desk.sign_in(&me.id, "correct horse battery").unwrap();
    desk.load_usb(|_, _| {}).unwrap();
    let roster = desk.roster().unwrap();
    assert_eq!(roster.len(), 1);
    assert!(roster[0].active, "a terminal cannot deactivate a learner");
    desk.reset_pin(&ana.id, "777777").unwrap();
    empty(&stick);
    desk.prepare_usb(|_, _| {}).unwrap();
    let lines = t2.load_from_usb().unwrap();
    assert!(lines.iter().any(|l| l.status == UsbStatus::Loaded) && lines.iter().all(|l| l.status != UsbStatus::Refused), "{lines:?}");
    t2.sign_in(&ana.id, "777777").unwrap();
}

/// A terminal's attempt event whose payload is not JSON is left out of the
/// class, and notes on everyone else's attempts still work.
#[test]
fn a_malformed_attempt_event_does_not_stop_notes_on_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("s.sqlite3")).unwrap();
    let report = stepstone::grading::GradeReport { version: 2, status: stepstone::grading::GradeStatus::Fail, message: None, tests: vec![], outcome: None };
    let attempt = stepstone::store::Attempt { id: "a-1".into(), exercise_id: "fx.js-add".into(), started_at: 1, duration_ms: 1, passed: false, report, code: js("one\ntwo\n") };
    let event = |seq: i64, payload: String| stepstone::store::Event { device_id: "t1".into(), seq, student_id: Some("l1".into()), kind: "attempt_recorded".into(), payload, created_at: 1 };
    store.merge_events(&[event(1, "not json {".into()), event(2, serde_json::to_string(&attempt).unwrap())]).unwrap();
    assert_eq!(store.class_attempts().unwrap().len(), 1);
    let who = store.create_instructor("Ms Rivera", "correct horse battery", None).unwrap();
    let s = store.instructor_sign_in(&who.id, "correct horse battery").unwrap();
    let f = store.note_on_attempt(&s, "a-1", "Good start.", Some(2)).unwrap();
    assert_eq!((f.student_id.as_str(), f.line), ("l1", Some(2)));
    assert!(matches!(store.note_on_attempt(&s, "a-1", "x", Some(3)), Err(StoreError::BadLine { line: 3, lines: 2 })));
    assert!(matches!(store.note_on_attempt(&s, "nope", "x", None), Err(StoreError::UnknownAttempt(_))));
    let notes = store.audit_log(&AuditFilter { action: Some("note".into()), ..Default::default() }).unwrap();
    assert_eq!(notes.len(), 1, "a refused note is not audited; a saved one is, with it");
}

/// The class settings travel on the next stick: a closed unit's exercises
/// neither open nor check on the terminal (drafts still save), solutions
/// and idle sign-out follow the instructor; a newer setting wins, the same
/// one twice changes nothing, and hostile settings are refused by name.
#[test]
fn class_settings_reach_terminals_and_hostile_ones_are_refused() {
    use stepstone::store::ClassPolicy;
    let root = tempfile::tempdir().unwrap();
    let stick = root.path().join("stick");
    std::fs::create_dir(&stick).unwrap();
    let inst_dir = root.path().join("instructor");
    let inst = machine(&inst_dir, Role::Instructor, &stick, &[]);
    let inst_enrollment = enrollment(&inst_dir);
    let t_dir = root.path().join("t");
    let t = machine(&t_dir, Role::Terminal, &stick, &[&inst_enrollment]);
    Store::open(&inst_dir.join("progress.sqlite3")).unwrap().trust_key(&keys::read_enrollment(&enrollment(&t_dir)).unwrap()).unwrap();
    let desk = Desk::open(inst).unwrap();
    let me = desk.create_account("Ms Rivera", "correct horse battery").unwrap();
    desk.sign_in(&me.id, "correct horse battery").unwrap();
    assert!(matches!(desk.set_class_policy(&ClassPolicy { closed_units: vec!["no.such.unit".into()], ..Default::default() }), Err(DeskError::BadSetting(m)) if m.contains("no unit")));
    assert!(matches!(desk.set_class_policy(&ClassPolicy { idle_sign_out_minutes: Some(0), ..Default::default() }), Err(DeskError::BadSetting(_))));
    desk.set_class_policy(&ClassPolicy { closed_units: vec!["fx.all".into()], solution_after_pass: Some(false), idle_sign_out_minutes: Some(5) }).unwrap();
    assert!(desk.audit_log(&AuditFilter { action: Some("settings".into()), ..Default::default() }).unwrap().iter().any(|e| e.detail.contains("fx.all")));
    let prepared = desk.prepare_usb(|_, _| {}).unwrap();
    assert!(prepared.policy && prepared.files.iter().any(|f| f.ends_with("-policy.zip")), "{prepared:?}");

    let ana = t.create_student("Ana", "123456").unwrap();
    let lines = t.load_from_usb().unwrap();
    assert!(lines.iter().any(|l| l.message == "new class settings from your instructor"), "{lines:?}");
    assert!(t.load_from_usb().unwrap().iter().all(|l| l.status != UsbStatus::Loaded), "the same stick again changes nothing");
    t.sign_in(&ana.id, "123456").unwrap();
    let map = t.course().unwrap();
    assert_eq!((map.policy.idle_sign_out_minutes, map.policy.solution_after_pass), (5, false));
    assert!(!map.tracks[0].units[0].open);
    assert_eq!(map.continue_id, None, "nothing to continue in a closed unit");
    let closed = |r: Result<_, stepstone::workstation::WorkstationError>| matches!(r, Err(stepstone::workstation::WorkstationError::UnitClosed(t)) if t == "Everything");
    assert!(closed(t.open_exercise("fx.js-add").map(|_| ())));
    assert!(closed(t.check("fx.js-add", js("function add(a, b) { return a + b; }")).map(|_| ())));
    t.save_draft("fx.js-add", &js("// kept")[0]).unwrap();

    // The unit opens again on a later stick.
    desk.set_class_policy(&ClassPolicy::default()).unwrap();
    empty(&stick);
    desk.prepare_usb(|_, _| {}).unwrap();
    t.load_from_usb().unwrap();
    assert!(t.course().unwrap().tracks[0].units[0].open);
    assert_eq!(t.open_exercise("fx.js-add").unwrap().files[0].text, "// kept");
}

/// JSON that SQLite takes and Rust does not (an integer too big for i64, a
/// lone surrogate) in one terminal's attempt leaves that attempt out of the
/// grid, and the grid for everyone else works.
#[test]
fn an_attempt_sqlite_reads_oddly_is_left_out_of_the_grid_not_the_class() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("s.sqlite3")).unwrap();
    let event = |seq: i64, payload: &str| stepstone::store::Event { device_id: "t1".into(), seq, student_id: Some("l1".into()), kind: "attempt_recorded".into(), payload: payload.into(), created_at: 1 };
    let ok = r#"{"id":"a-ok","exercise_id":"fx.js-add","started_at":5,"duration_ms":1,"passed":false,"report":{"version":2,"status":"fail","message":null,"tests":[],"outcome":null},"code":[]}"#;
    store
        .merge_events(&[
            event(1, r#"{"id":"a-big","exercise_id":"fx.js-add","started_at":99999999999999999999,"passed":true}"#),
            event(2, r#"{"id":"\ud800","exercise_id":"fx.js-add","started_at":5,"passed":true}"#),
            event(3, ok),
        ])
        .unwrap();
    let marks = store.attempt_marks().unwrap();
    assert_eq!(marks.iter().map(|m| m.attempt_id.as_str()).collect::<Vec<_>>(), vec!["a-ok"]);
}

/// A lesson folder in `stepstone-lessons/` on the stick.
fn lesson_folder(stick: &Path, folder: &str, id: &str, title: &str) -> PathBuf {
    let src = curriculum().join("fx/js-add");
    let dir = stick.join("stepstone-lessons").join(folder);
    let ex = dir.join("add");
    for sub in ["starter", "solution"] {
        std::fs::create_dir_all(ex.join(sub)).unwrap();
    }
    for f in ["lesson.md", "tests.js", "starter/main.js", "solution/main.js"] {
        std::fs::copy(src.join(f), ex.join(f)).unwrap();
    }
    let manifest: String = std::fs::read_to_string(src.join("exercise.toml")).unwrap().lines().map(|l| if l.starts_with("id =") { format!("id = \"{id}.add\"\n") } else { format!("{l}\n") }).collect();
    std::fs::write(ex.join("exercise.toml"), manifest).unwrap();
    std::fs::write(dir.join("track.toml"), format!("format_version = 1\nid = \"{id}\"\ntitle = \"{title}\"\nsummary = \"S\"\n\n[[units]]\nid = \"{id}.u\"\ntitle = \"U\"\nexercises = [\"add\"]\n")).unwrap();
    dir
}

/// New lessons released from the stick in the app: each folder is checked
/// as a terminal would check it (links, oversized files and clashing ids
/// are named, not released); a good one goes to the stick for terminals,
/// is taught here at once, and every later stick carries it.
#[test]
fn lessons_on_the_stick_are_checked_then_released_to_terminals() {
    let root = tempfile::tempdir().unwrap();
    let stick = root.path().join("stick");
    std::fs::create_dir(&stick).unwrap();
    let inst_dir = root.path().join("instructor");
    let inst = machine(&inst_dir, Role::Instructor, &stick, &[]);
    let inst_enrollment = enrollment(&inst_dir);
    let t_dir = root.path().join("t");
    let t = machine(&t_dir, Role::Terminal, &stick, &[&inst_enrollment]);
    Store::open(&inst_dir.join("progress.sqlite3")).unwrap().trust_key(&keys::read_enrollment(&enrollment(&t_dir)).unwrap()).unwrap();
    let desk = Desk::open(inst.clone()).unwrap();
    let me = desk.create_account("Ms Rivera", "correct horse battery").unwrap();
    desk.sign_in(&me.id, "correct horse battery").unwrap();
    assert!(desk.lessons_on_stick().unwrap().is_empty(), "no stepstone-lessons folder yet");

    lesson_folder(&stick, "good", "extra", "Extra practice");
    let linked = lesson_folder(&stick, "linked", "linked", "Linked");
    std::os::unix::fs::symlink("/etc/passwd", linked.join("add/notes.md")).unwrap();
    let big = lesson_folder(&stick, "big", "big", "Big");
    std::fs::write(big.join("add/huge.md"), vec![b'x'; 17 << 20]).unwrap();
    lesson_folder(&stick, "clash", "clash", "Clash");
    let clash = stick.join("stepstone-lessons/clash/add/exercise.toml");
    std::fs::write(&clash, std::fs::read_to_string(&clash).unwrap().replace("id = \"clash.add\"", "id = \"fx.js-add\"")).unwrap();
    std::os::unix::fs::symlink(stick.join("stepstone-lessons/good"), stick.join("stepstone-lessons/a-link")).unwrap();

    let offered = desk.lessons_on_stick().unwrap();
    let by = |f: &str| offered.iter().find(|o| o.folder == f).cloned();
    assert!(by("a-link").is_none(), "a link to a folder is passed over: {offered:?}");
    assert_eq!(by("good").unwrap().problem, None);
    assert_eq!(by("good").unwrap().title, "Extra practice");
    for (folder, want) in [("linked", "link or special file"), ("big", "a pack must be smaller"), ("clash", "already used by track")] {
        let p = by(folder).unwrap().problem.unwrap_or_default();
        assert!(p.contains(want), "{folder}: {p}");
        assert!(matches!(desk.release_pack(folder), Err(DeskError::BadSetting(_))), "{folder} is not released");
    }
    assert!(matches!(desk.release_pack("../good"), Err(DeskError::BadSetting(_))));

    desk.release_pack("good").unwrap();
    assert_eq!(Store::open(&inst_dir.join("progress.sqlite3")).unwrap().packs().unwrap().len(), 1);
    assert!(desk.grid(&GridQuery::default()).unwrap().units.iter().any(|u| u.track_id == "extra"), "the instructor's machine teaches it at once");
    assert!(desk.audit_log(&AuditFilter { action: Some("pack_release".into()), ..Default::default() }).unwrap().len() == 1);
    let lines = t.load_from_usb().unwrap();
    assert!(lines.iter().any(|l| l.message == "new lessons added to the course"), "{lines:?}");
    let ana = t.create_student("Ana", "123456").unwrap();
    t.sign_in(&ana.id, "123456").unwrap();
    assert!(t.course().unwrap().tracks.iter().any(|tr| tr.title == "Extra practice"));
    // A later stick carries it again, and a terminal that has it changes nothing.
    empty(&stick);
    let prepared = desk.prepare_usb(|_, _| {}).unwrap();
    assert_eq!(prepared.packs, 1);
    assert!(t.load_from_usb().unwrap().iter().all(|l| l.status != UsbStatus::Loaded || l.message != "new lessons added to the course"));
}
