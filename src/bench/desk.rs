//! `stepstone bench desk`: the instructor's workstation at the size the
//! issue names: 30 learners on 10 terminals, a course of 300 exercises, a
//! year of attempts (about 100,000), every one re-graded. It times the
//! class grid beside reading every event once (the floor any grid built
//! from the log pays) and beside decoding every attempt in full (what the
//! grid read before `attempt_marks`); loading a stick of 30 bundles beside
//! reading and hashing those files; and prints the process's peak memory.
//! `--keep DIR` leaves the instructor's data and course there, for the
//! window's own timing (`scripts/bench-desk.sh`).
//!
//! A benchmark, not a test: it asserts nothing.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use super::{time_n, Row};
use crate::bundle::{DeviceIdentity, Role};
use crate::grading::{GradeReport, GradeStatus};
use crate::sandbox::{Sandbox, SourceFile, TestResult, TestStatus};
use crate::store::{Attempt, Event, Regrade, RegradeVerdict, RosterEntry, Store};

const UNITS: usize = 30;
const PER_UNIT: usize = 10;
const LEARNERS: usize = 30;
const TERMINALS: usize = 10;
const DAYS: i64 = 365;
const PER_DAY: usize = 9;
/// The instructor account the kept data has.
pub const ACCOUNT: (&str, &str) = ("Bench Instructor", "bench passphrase");

fn e<E: std::fmt::Display>(e: E) -> String {
    e.to_string()
}

/// A course of 300 small JavaScript exercises in 30 units.
fn course(root: &Path) -> Result<(), String> {
    let track = root.join("big");
    let mut toml = String::from("format_version = 1\nid = \"big\"\ntitle = \"A year's course\"\nsummary = \"300 exercises.\"\n");
    for u in 0..UNITS {
        let dirs: Vec<String> = (0..PER_UNIT).map(|x| format!("\"u{u}-e{x}\"")).collect();
        toml.push_str(&format!("\n[[units]]\nid = \"big.u{u}\"\ntitle = \"Unit {}\"\nexercises = [{}]\n", u + 1, dirs.join(", ")));
        for x in 0..PER_UNIT {
            let dir = track.join(format!("u{u}-e{x}"));
            std::fs::create_dir_all(dir.join("starter")).map_err(e)?;
            std::fs::create_dir_all(dir.join("solution")).map_err(e)?;
            std::fs::write(
                dir.join("exercise.toml"),
                format!("format_version = 1\nid = \"big.u{u}.e{x}\"\ntitle = \"Exercise {}.{}\"\nlanguage = \"js\"\nfiles = [\"main.js\"]\ntests = \"tests.js\"\nminutes = 10\nhints = [\"Return it.\", \"return 1;\"]\n", u + 1, x + 1),
            )
            .map_err(e)?;
            std::fs::write(dir.join("lesson.md"), "# Lesson\n\nReturn one.\n").map_err(e)?;
            std::fs::write(dir.join("starter/main.js"), "function one() {\n  // Your code here\n}\n").map_err(e)?;
            std::fs::write(dir.join("solution/main.js"), "function one() {\n  return 1;\n}\n").map_err(e)?;
            std::fs::write(dir.join("tests.js"), "test(\"one() gives 1\", () => {\n  expect(one()).toBe(1);\n});\n").map_err(e)?;
        }
    }
    std::fs::write(track.join("track.toml"), toml).map_err(e)
}

fn exercise_id(n: usize) -> String {
    format!("big.u{}.e{}", n / PER_UNIT, n % PER_UNIT)
}

/// A year of the class, straight into the instructor's store as the
/// merged log would hold it, with this version's re-grade of each attempt.
fn year(store: &mut Store, start: i64) -> Result<usize, String> {
    let mut events = Vec::new();
    let mut regrades = Vec::new();
    let mut seq = vec![0i64; TERMINALS];
    let mut push = |events: &mut Vec<Event>, t: usize, student: &str, kind: &str, payload: String, at: i64| -> i64 {
        seq[t] += 1;
        events.push(Event { device_id: format!("terminal-{t}"), seq: seq[t], student_id: Some(student.to_string()), kind: kind.into(), payload, created_at: at });
        seq[t]
    };
    let code = vec![SourceFile { name: "main.js".into(), text: "function one() {\n  // trying again\n  return 1;\n}\n".repeat(4) }];
    let test = |status| TestResult { name: "one() gives 1".into(), status, message: None, expected: None, actual: None, output: String::new() };
    for l in 0..LEARNERS {
        let t = l % TERMINALS;
        let id = format!("learner-{l:02}");
        let entry = RosterEntry { id: id.clone(), display_name: format!("Learner {l:02}"), pin_hash: Some("$argon2id$bench".into()), created_at: start, active: true, revision: 0 };
        push(&mut events, t, &id, "student_created", serde_json::to_string(&entry).map_err(e)?, start);
        // Faster learners get further through the course.
        let reach = 150 + l * 5;
        for day in 0..DAYS {
            let at = start + day * 86_400_000;
            push(&mut events, t, &id, "signed_in", "{}".into(), at);
            for k in 0..PER_DAY {
                let n = ((day as usize * PER_DAY + k) * reach / (DAYS as usize * PER_DAY)).min(UNITS * PER_UNIT - 1);
                let passed = k % 3 == 2;
                let status = if passed { GradeStatus::Pass } else { GradeStatus::Fail };
                let report = GradeReport { version: 2, status, message: None, tests: vec![test(if passed { TestStatus::Pass } else { TestStatus::Fail })], outcome: None };
                let a = Attempt { id: format!("{id}-{day}-{k}"), exercise_id: exercise_id(n), started_at: at + k as i64 * 120_000, duration_ms: 40, passed, report, code: code.clone() };
                let s = push(&mut events, t, &id, "attempt_recorded", serde_json::to_string(&a).map_err(e)?, a.started_at);
                let verdict = if passed { RegradeVerdict::Pass } else { RegradeVerdict::Fail };
                regrades.push(Regrade { device_id: format!("terminal-{t}"), seq: s, exercise_id: a.exercise_id, claimed_pass: passed, verdict, detail: String::new() });
            }
        }
    }
    store.merge_events(&events).map_err(e)?;
    store.record_regrades(&regrades).map_err(e)?;
    Ok(regrades.len())
}

/// Peak resident memory of this process, in MiB.
fn peak_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok()))
        .map(|kib| kib / 1024.0)
        .unwrap_or(0.0)
}

pub fn desk(work: &Path, sandbox: Sandbox, keep: Option<&Path>) -> Result<Vec<Row>, String> {
    let root = keep.unwrap_or(work);
    let curriculum = root.join("course");
    course(&curriculum)?;
    let data = root.join("desk");
    let stick = root.join("stick");
    std::fs::create_dir_all(&stick).map_err(e)?;
    let attempts = {
        let mut store = Store::open(&data.join("progress.sqlite3")).map_err(e)?;
        DeviceIdentity::provision(&data, Role::Instructor, "bench", store.device_id()).map_err(e)?;
        let start = crate::store::now_ms() - DAYS * 86_400_000;
        year(&mut store, start)?
    };
    std::fs::write(data.join("policy.json"), serde_json::json!({"usb_folder": stick, "usb_must_be_mounted": false}).to_string()).map_err(e)?;
    let paths = crate::config::Paths::new(Some(data.clone()), Some(curriculum.clone()));
    let ws = Arc::new(crate::workstation::Workstation::open(paths, sandbox).map_err(e)?);
    let desk = crate::instructor::Desk::open(ws.clone()).map_err(e)?;
    let me = desk.create_account(ACCOUNT.0, ACCOUNT.1).map_err(e)?;
    desk.sign_in(&me.id, ACCOUNT.1).map_err(e)?;
    let q = crate::instructor::grid::GridQuery::default();
    let mut cells = 0;
    let t = Instant::now();
    desk.grid(&q).map_err(e)?;
    let first = t.elapsed().as_secs_f64() * 1000.0;
    let grid = time_n(5, || cells = desk.grid(&q).map(|g| g.rows.iter().map(|r| r.cells.len()).sum()).unwrap_or(0));
    let read_all = time_n(5, || {
        let _ = ws.store().all_events();
    });
    let decode_all = time_n(3, || {
        let _ = ws.store().class_attempts();
    });
    let marks = time_n(3, || {
        let _ = ws.store().attempt_marks();
    });
    let activity = time_n(3, || {
        let _ = ws.store().activity();
    });
    let roster = time_n(3, || {
        let _ = ws.store().roster();
    });
    let compute = {
        let store = ws.store();
        let (roster, marks, acts) = (store.roster().map_err(e)?, store.attempt_marks().map_err(e)?, store.activity().map_err(e)?);
        drop(store);
        let c = ws.curriculum().clone();
        let loaded = std::collections::HashMap::new();
        let data = crate::instructor::grid::ClassData { curriculum: &c, roster: &roster, attempts: &marks, activity: &acts, settings: Default::default(), now: crate::store::now_ms(), loaded: &loaded };
        time_n(5, || {
            let _ = crate::instructor::grid::grid(&data, &q);
        })
    };
    let csv = time_n(5, || {
        let _ = desk.grid(&q).map(|g| crate::instructor::grid::csv(&g));
    });
    let mut rows = vec![
        Row {
            name: format!("class grid, again (class read already): {LEARNERS} x {} ({cells} cells)", UNITS * PER_UNIT),
            ours_ms: grid,
            references: vec![("the first time, reading the store".into(), first)],
        },
        Row {
            name: format!("class grid, first time: {attempts} attempts"),
            ours_ms: first,
            references: vec![
                ("read every event row once".into(), read_all),
                ("decode every attempt in full".into(), decode_all),
                ("of which: the attempts' marks".into(), marks),
                ("of which: the activity".into(), activity),
                ("of which: the roster".into(), roster),
                ("of which: making the grid of them".into(), compute),
            ],
        },
        Row { name: "class grid and its CSV".into(), ours_ms: csv, references: vec![("class grid alone".into(), grid)] },
    ];

    // A stick of 30 bundles: 30 terminals, one learner each, 20 attempts.
    let inst_key = {
        let id = DeviceIdentity::load(&data).map_err(e)?;
        let path = root.join("instructor.json");
        std::fs::write(&path, serde_json::to_vec(&id.enrollment()).map_err(e)?).map_err(e)?;
        crate::bundle::keys::read_enrollment(&path).map_err(e)?
    };
    let report = GradeReport { version: 2, status: GradeStatus::Fail, message: None, tests: Vec::new(), outcome: None };
    let code = vec![SourceFile { name: "main.js".into(), text: "function one() { return 2; }\n".repeat(5) }];
    let mut files = Vec::new();
    for t in 0..30 {
        let dir = root.join(format!("t{t}"));
        let mut store = Store::open(&dir.join("p.sqlite3")).map_err(e)?;
        let id = DeviceIdentity::provision(&dir, Role::Terminal, "bench", store.device_id()).map_err(e)?;
        store.trust_key(&inst_key).map_err(e)?;
        let path = dir.join("enrollment.json");
        std::fs::write(&path, serde_json::to_vec(&id.enrollment()).map_err(e)?).map_err(e)?;
        ws.store().trust_key(&crate::bundle::keys::read_enrollment(&path).map_err(e)?).map_err(e)?;
        let s = store.create_student(&format!("Stick learner {t}"), "123456").map_err(e)?;
        let s = store.sign_in(&s.id, "123456").map_err(e)?;
        let items: Vec<_> = (0..20).map(|k| (exercise_id(k), code.clone(), report.clone(), crate::store::now_ms(), 40)).collect();
        store.record_attempts(&s, &items).map_err(e)?;
        let out = stick.join(format!("terminal-{t}.zip"));
        crate::bundle::export(&mut store, &id, &out, false).map_err(e)?;
        files.push(out);
    }
    let t = Instant::now();
    let summary = desk.load_usb(|_, _| {}).map_err(e)?;
    let load = t.elapsed().as_secs_f64() * 1000.0;
    let read = time_n(5, || {
        for f in &files {
            use sha2::Digest;
            let _ = sha2::Sha256::digest(std::fs::read(f).unwrap_or_default());
        }
    });
    rows.push(Row {
        name: format!("Load from USB: 30 bundles, {} new attempts", summary.new_attempts),
        ours_ms: load,
        references: vec![("read and hash the 30 files".into(), read)],
    });
    rows.push(Row { name: format!("peak memory of this process: {:.0} MiB (not ms)", peak_mib()), ours_ms: peak_mib(), references: Vec::new() });
    if let Some(k) = keep {
        eprintln!("kept: data {} and course {}; account {:?}, passphrase {:?}", data.display(), curriculum.display(), ACCOUNT.0, ACCOUNT.1);
        let _ = k;
    }
    Ok(rows)
}
