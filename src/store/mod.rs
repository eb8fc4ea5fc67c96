//! The progress store: one SQLite file that learners trust with months of
//! work.
//!
//! * WAL with `synchronous=FULL`, so a commit shown as saved survives power
//!   loss; every change is one transaction; foreign keys on.
//! * Numbered, embedded migrations, each in its own transaction, recorded in
//!   `PRAGMA user_version`. Older code refuses a newer schema.
//! * `quick_check` at open: a corrupt file is reported and kept, never
//!   overwritten.
//! * Every change that must travel to instructors is appended to the event
//!   log in the same transaction, keyed by (device id, per-device sequence),
//!   so merging logs from many devices is idempotent and order-independent.
//! * A learner's data is reachable only through a [`Session`], which only a
//!   correct PIN yields, so one learner cannot read another's drafts.
//!
//! * What the instructor sends back (roster learners, feedback, curriculum
//!   packs) is applied in one transaction per bundle, and only ever adds or
//!   replaces with something newer, so importing twice changes nothing.
//!
//! What it leaves out: the bundle file format and its checks (`bundle`).

pub mod migrations;
mod exchange;
mod instructors;
mod profiles;
mod restore;

pub use instructors::{Activity, AuditEntry, AuditFilter, Instructor, InstructorSession, ACTIVITY_KINDS, MIN_PASSPHRASE_CHARS};

pub use profiles::{LOCKOUT_STEPS_SECONDS, MAX_FAILED_SIGN_INS, MIN_PIN_DIGITS};

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};
use ts_rs::TS;

use crate::grading::GradeReport;
use crate::sandbox::SourceFile;

pub use migrations::SCHEMA_VERSION;


#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the progress store {path} could not be opened: {source}")]
    Open { path: PathBuf, source: rusqlite::Error },
    #[error("the progress store {path} is damaged ({detail}); it has been left untouched. Ask facility IT to restore it from a backup")]
    Corrupt { path: PathBuf, detail: String },
    #[error("the progress store {path} was written by a newer Stepstone (schema {found}, this version knows up to {supported}); update Stepstone instead of using this older copy")]
    TooNew { path: PathBuf, found: i64, supported: i64 },
    #[error("the progress store failed while {action}: {source}")]
    Sql { action: &'static str, source: rusqlite::Error },
    #[error("no learner with id {0}")]
    UnknownStudent(String),
    #[error("that PIN is not right ({remaining} tries left before a short lock-out)")]
    WrongPin { remaining: u32 },
    #[error("too many wrong PINs: this profile is locked for {} more minutes", (seconds + 59) / 60)]
    LockedOut { seconds: i64 },
    #[error("too many wrong PINs: this profile is locked until an instructor unlocks it")]
    LockedUntilUnlocked,
    #[error("a PIN must be at least {MIN_PIN_DIGITS} digits (numbers only)")]
    WeakPin,
    #[error("a name must be 1 to 60 characters, with no control characters")]
    BadName,
    #[error("device {device_id} is already enrolled with key {existing}; the file offers a different key, {offered}. Nothing was changed. If that machine was set up again, remove it first; otherwise this file is not from it.")]
    SecondKey { device_id: String, existing: String, offered: String },
    #[error("could not hash the PIN: {0}")]
    Hash(String),
    #[error("no attempt with id {0} has been imported here")]
    UnknownAttempt(String),
    #[error("feedback must be 1 to {MAX_FEEDBACK_CHARS} characters")]
    BadFeedback,
    #[error("a passphrase must be at least {MIN_PASSPHRASE_CHARS} characters; a short sentence is easy to remember and hard to guess")]
    WeakPassphrase,
    #[error("only an instructor who is signed in can add another instructor account")]
    InstructorSignInNeeded,
    #[error("there is already an instructor account called {0:?}")]
    NameTaken(String),
    #[error("no such instructor account")]
    UnknownInstructor,
    #[error("that passphrase is not right ({remaining} tries left before a lock-out)")]
    WrongPassphrase { remaining: u32 },
    #[error("too many wrong passphrases: this account is locked for {} more minute(s)", (seconds + 59) / 60)]
    InstructorLockedOut { seconds: i64 },
    #[error("the note is about line {line}, but that attempt's code has {lines} line(s)")]
    BadLine { line: u32, lines: usize },
    #[error("attempt id {0} was sent by more than one learner's log, so a note on it could reach the wrong learner; nothing was saved")]
    AmbiguousAttempt(String),
}

fn sql(action: &'static str) -> impl FnOnce(rusqlite::Error) -> StoreError {
    move |source| StoreError::Sql { action, source }
}

pub fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Student {
    pub id: String,
    pub display_name: String,
}

/// Proof that a learner signed in. Every read or write of a learner's work
/// takes one, and sees only that learner's rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    student_id: String,
}

impl Session {
    pub fn student_id(&self) -> &str {
        &self.student_id
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ProgressState {
    NotStarted,
    InProgress,
    Passed,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ExerciseProgress {
    pub exercise_id: String,
    pub state: ProgressState,
    pub attempts: u32,
    /// Sum of attempt durations: time spent grading, not wall time.
    #[ts(type = "number")]
    pub time_on_task_ms: i64,
    #[ts(type = "number | null")]
    pub last_attempt_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Attempt {
    pub id: String,
    pub exercise_id: String,
    #[ts(type = "number")]
    pub started_at: i64,
    #[ts(type = "number")]
    pub duration_ms: i64,
    pub passed: bool,
    pub report: GradeReport,
    pub code: Vec<SourceFile>,
}

/// One entry of the event log, as it travels between devices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub device_id: String,
    pub seq: i64,
    pub student_id: Option<String>,
    pub kind: String,
    pub payload: String,
    pub created_at: i64,
}

/// The longest note an instructor may write, in characters.
pub const MAX_FEEDBACK_CHARS: usize = 4000;

/// A display name as every profile has it: 1 to 60 characters, trimmed.
/// A name shown to people (learner, facility, device): not blank, at most
/// 60 characters, and no control characters, which could rewrite a terminal
/// or hide text on a screen.
pub(crate) fn name_is_valid(name: &str) -> bool {
    let trimmed = name.trim();
    !trimmed.is_empty() && trimmed.chars().count() <= 60 && !name.chars().any(char::is_control)
}

/// A learner as the roster carries them between terminals. Old
/// `student_created` events have no PIN hash; such learners stay off the
/// roster (they could not sign in anywhere else).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RosterEntry {
    pub id: String,
    pub display_name: String,
    #[serde(default)]
    pub pin_hash: Option<String>,
    #[serde(default)]
    pub created_at: i64,
    /// False once an instructor deactivated the learner (they left the
    /// facility): their records are kept, and they cannot sign in.
    #[serde(default = "yes")]
    pub active: bool,
    /// 0 as a terminal first made the profile; an instructor's change (a
    /// new PIN, a deactivation) carries a larger one, and a terminal takes
    /// an entry only over an older revision, so sticks may arrive in any
    /// order.
    #[serde(default)]
    pub revision: i64,
}

fn yes() -> bool {
    true
}

impl RosterEntry {
    /// Whether a terminal can make a profile of this entry: it has a PIN
    /// hash and a name any profile could have.
    pub fn can_sign_in(&self) -> bool {
        self.pin_hash.is_some() && name_is_valid(&self.display_name)
    }
}

/// An instructor's note on one attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Feedback {
    pub id: String,
    pub attempt_id: String,
    pub student_id: String,
    pub exercise_id: String,
    pub text: String,
    pub author: String,
    #[ts(type = "number")]
    pub created_at: i64,
    /// The line of the attempt's first file the note is about, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub line: Option<u32>,
}

/// One attempt as the instructor sees it in the merged event log.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClassAttempt {
    pub attempt_id: String,
    pub device_id: String,
    pub student_id: String,
    pub display_name: String,
    pub exercise_id: String,
    /// What the terminal claimed: a claim, not a verdict (see `regrade`).
    pub passed: bool,
    /// This machine's own verdict, once it has re-graded the attempt.
    pub regrade: Option<Regrade>,
    pub started_at: i64,
    pub code: Vec<SourceFile>,
    pub feedback: Vec<Feedback>,
    /// The tests the terminal's report says failed (names capped).
    pub failing_tests: Vec<String>,
}

impl ClassAttempt {
    /// Whether the attempt counts as a pass anywhere it is counted: only
    /// when this machine's own re-grade says so, never on a claim alone.
    pub fn counts_as_pass(&self) -> bool {
        self.regrade.as_ref().is_some_and(|r| r.verdict == RegradeVerdict::Pass)
    }
}

/// The instructor machine's verdict on an imported attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RegradeVerdict {
    Pass,
    Fail,
    /// The code did not compile, ran no test, or was stopped.
    Error,
    /// The exercise is not in this machine's curriculum.
    UnknownExercise,
    /// The attempt's files do not fit the exercise, or are not an attempt.
    Unreadable,
}

impl RegradeVerdict {
    pub fn as_str(self) -> &'static str {
        match self {
            RegradeVerdict::Pass => "pass",
            RegradeVerdict::Fail => "fail",
            RegradeVerdict::Error => "error",
            RegradeVerdict::UnknownExercise => "unknown_exercise",
            RegradeVerdict::Unreadable => "unreadable",
        }
    }

    pub(crate) fn parse(s: &str) -> RegradeVerdict {
        match s {
            "pass" => RegradeVerdict::Pass,
            "fail" => RegradeVerdict::Fail,
            "error" => RegradeVerdict::Error,
            "unknown_exercise" => RegradeVerdict::UnknownExercise,
            _ => RegradeVerdict::Unreadable,
        }
    }
}

/// Where a re-grade round has got to: the device's turn (its n-th
/// attempt) and the device, in the order rounds take attempts in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegradeCursor {
    pub turn: i64,
    pub device_id: String,
}

/// One re-grade, beside the terminal's claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Regrade {
    pub device_id: String,
    #[ts(type = "number")]
    pub seq: i64,
    pub exercise_id: String,
    pub claimed_pass: bool,
    pub verdict: RegradeVerdict,
    /// In plain words: the failing tests, or why it could not be graded.
    pub detail: String,
}

impl Regrade {
    /// The terminal's claim and this machine's verdict differ.
    pub fn disagrees(&self) -> bool {
        self.claimed_pass != (self.verdict == RegradeVerdict::Pass)
    }
}

/// A curriculum pack as installed on a terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackRecord {
    pub track_id: String,
    /// The instructor's creation time: a newer pack replaces an older one.
    pub created_at: i64,
    pub sha256: String,
    /// Relative path to text, as the pack carried it.
    pub files: std::collections::BTreeMap<String, String>,
}

/// What an instructor bundle carries, already verified.
#[derive(Debug, Clone)]
pub enum InstructorPayload {
    Roster(Vec<RosterEntry>),
    Feedback(Vec<Feedback>),
    Pack(PackRecord),
    /// The class's settings, and when the instructor made them (the
    /// newest wins).
    Policy(i64, ClassPolicy),
}

/// What the instructor decides for the class on every terminal, laid over
/// the facility's `policy.json`: a setting left out keeps the facility's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
pub struct ClassPolicy {
    /// Units learners cannot open yet (their work in them is kept).
    pub closed_units: Vec<String>,
    pub solution_after_pass: Option<bool>,
    pub idle_sign_out_minutes: Option<u32>,
}

/// Where the instructor's machine keeps the class settings it sends (in
/// `settings`, as JSON).
pub const CLASS_POLICY_SETTING: &str = "class.policy";

/// The longest idle sign-out an instructor may set, in minutes.
pub const MAX_IDLE_MINUTES: u32 = 240;

impl ClassPolicy {
    /// The rules a terminal holds any class settings to, in words.
    pub fn check(&self) -> Result<(), String> {
        if let Some(m) = self.idle_sign_out_minutes {
            if !(1..=MAX_IDLE_MINUTES).contains(&m) {
                return Err(format!("idle sign-out must be 1 to {MAX_IDLE_MINUTES} minutes, not {m}"));
            }
        }
        if self.closed_units.len() > 10_000 || self.closed_units.iter().any(|u| u.is_empty() || u.len() > 200 || u.chars().any(char::is_control)) {
            return Err("the list of closed units is not one a course could have".into());
        }
        Ok(())
    }
}

/// A device key this store trusts to sign bundles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrustedKey {
    pub key_id: String,
    pub device_id: String,
    pub facility: String,
    pub role: String,
    pub public_key: [u8; 32],
    /// The age recipient bundles for that device are encrypted to.
    pub encryption_key: Option<String>,
}

/// The same (device, seq) arrived with different content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForkError {
    pub device_id: String,
    pub seq: i64,
}

/// An open progress store.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    device_id: String,
}

impl Store {
    /// Opens (creating if needed) the store at `path`, migrates it, and
    /// checks it. A damaged file is reported, not repaired or replaced.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        private_files(path);
        let open_err = |source| StoreError::Open { path: path.to_path_buf(), source };
        let mut conn = Connection::open(path).map_err(open_err)?;
        conn.busy_timeout(std::time::Duration::from_secs(10)).map_err(open_err)?;
        // quick_check before anything writes: never build on a damaged file.
        let check: String = match conn.query_row("PRAGMA quick_check", [], |r| r.get(0)) {
            Ok(c) => c,
            Err(e) => return Err(StoreError::Corrupt { path: path.to_path_buf(), detail: e.to_string() }),
        };
        if check != "ok" {
            return Err(StoreError::Corrupt { path: path.to_path_buf(), detail: check });
        }
        conn.execute_batch("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA trusted_schema=OFF;")
            .map_err(open_err)?;
        migrations::migrate(&mut conn, path)?;
        let device_id = ensure_device(&mut conn)?;
        Ok(Store { conn, path: path.to_path_buf(), device_id })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// This installation's id; minted randomly once, never reused.
    pub fn device_id(&self) -> &str {
        &self.device_id
    }

    /// The schema of the store file at `path`, read without changing it
    /// (the .deb's preinst asks before a downgrade).
    pub fn schema_of(path: &Path) -> Result<i64, StoreError> {
        let open_err = |source| StoreError::Open { path: path.to_path_buf(), source };
        let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(open_err)?;
        conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(sql("reading the schema version"))
    }

    pub fn schema_version(&self) -> Result<i64, StoreError> {
        self.conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(sql("reading the schema version"))
    }

    /// Saves the learner's current text of one file (autosave). The
    /// previous text is kept in the history, so nothing typed is lost.
    pub fn save_draft(&mut self, s: &Session, exercise_id: &str, file: &SourceFile) -> Result<(), StoreError> {
        self.write_draft(s, exercise_id, file, "autosave")
    }

    fn write_draft(&mut self, s: &Session, exercise_id: &str, file: &SourceFile, reason: &str) -> Result<(), StoreError> {
        let now = now_ms();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql("starting a transaction"))?;
        // Keep what is being replaced: reset-to-starter must stay undoable.
        tx.execute(
            "INSERT INTO draft_history (student_id, exercise_id, file_name, text, saved_at, reason)
             SELECT student_id, exercise_id, file_name, text, updated_at, ?4 FROM drafts
             WHERE student_id = ?1 AND exercise_id = ?2 AND file_name = ?3 AND text <> ?5",
            params![s.student_id, exercise_id, file.name, reason, file.text],
        )
        .map_err(sql("keeping the previous draft"))?;
        tx.execute(
            "INSERT INTO drafts (student_id, exercise_id, file_name, text, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (student_id, exercise_id, file_name) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
            params![s.student_id, exercise_id, file.name, file.text, now],
        )
        .map_err(sql("saving a draft"))?;
        tx.commit().map_err(sql("saving a draft"))
    }

    /// The learner's saved files for an exercise (empty if none yet).
    pub fn drafts(&self, s: &Session, exercise_id: &str) -> Result<Vec<SourceFile>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT file_name, text FROM drafts WHERE student_id = ?1 AND exercise_id = ?2 ORDER BY file_name")
            .map_err(sql("reading drafts"))?;
        let rows = stmt
            .query_map(params![s.student_id, exercise_id], |r| Ok(SourceFile { name: r.get(0)?, text: r.get(1)? }))
            .map_err(sql("reading drafts"))?;
        rows.collect::<Result<_, _>>().map_err(sql("reading drafts"))
    }

    /// Puts the starter files back; the replaced drafts go to the history.
    pub fn reset_to_starter(&mut self, s: &Session, exercise_id: &str, starter: &[SourceFile]) -> Result<(), StoreError> {
        for f in starter {
            self.write_draft(s, exercise_id, f, "reset")?;
        }
        Ok(())
    }

    /// Earlier versions of a file, newest first.
    pub fn draft_history(&self, s: &Session, exercise_id: &str, file_name: &str) -> Result<Vec<(i64, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT saved_at, text FROM draft_history WHERE student_id = ?1 AND exercise_id = ?2 AND file_name = ?3 ORDER BY id DESC")
            .map_err(sql("reading draft history"))?;
        let rows = stmt.query_map(params![s.student_id, exercise_id, file_name], |r| Ok((r.get(0)?, r.get(1)?))).map_err(sql("reading draft history"))?;
        rows.collect::<Result<_, _>>().map_err(sql("reading draft history"))
    }

    /// Stores one grading run (code snapshot, per-test results, timing) and
    /// logs it for the instructor, in one transaction.
    pub fn record_attempt(&mut self, s: &Session, exercise_id: &str, code: &[SourceFile], report: &GradeReport, started_at: i64, duration_ms: i64) -> Result<Attempt, StoreError> {
        let mut saved = self.record_attempts(s, &[(exercise_id.to_string(), code.to_vec(), report.clone(), started_at, duration_ms)])?;
        Ok(saved.remove(0))
    }

    /// Stores many attempts in one transaction (an import, or a bulk load):
    /// all of them or none.
    pub fn record_attempts(&mut self, s: &Session, items: &[(String, Vec<SourceFile>, GradeReport, i64, i64)]) -> Result<Vec<Attempt>, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql("starting a transaction"))?;
        let mut saved = Vec::with_capacity(items.len());
        for (exercise_id, code, report, started_at, duration_ms) in items {
            let attempt = Attempt {
                id: uuid::Uuid::new_v4().to_string(),
                exercise_id: exercise_id.clone(),
                started_at: *started_at,
                duration_ms: *duration_ms,
                passed: report.passed(),
                report: report.clone(),
                code: code.clone(),
            };
            tx.execute(
                "INSERT INTO attempts (id, student_id, exercise_id, started_at, duration_ms, passed, report_json, code_json)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    attempt.id,
                    s.student_id,
                    attempt.exercise_id,
                    attempt.started_at,
                    attempt.duration_ms,
                    attempt.passed,
                    serde_json::to_string(&attempt.report).unwrap_or_default(),
                    serde_json::to_string(&attempt.code).unwrap_or_default()
                ],
            )
            .map_err(sql("saving an attempt"))?;
            let payload = serde_json::to_string(&attempt).unwrap_or_default();
            append_event(&tx, &self.device_id, Some(&s.student_id), "attempt_recorded", &payload, now_ms())?;
            saved.push(attempt);
        }
        tx.commit().map_err(sql("saving attempts"))?;
        Ok(saved)
    }

    /// The learner's attempts at one exercise, oldest first.
    pub fn attempts(&self, s: &Session, exercise_id: &str) -> Result<Vec<Attempt>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, exercise_id, started_at, duration_ms, passed, report_json, code_json FROM attempts WHERE student_id = ?1 AND exercise_id = ?2 ORDER BY started_at, id")
            .map_err(sql("reading attempts"))?;
        let rows = stmt
            .query_map(params![s.student_id, exercise_id], |r| {
                let report: String = r.get(5)?;
                let code: String = r.get(6)?;
                Ok(Attempt {
                    id: r.get(0)?,
                    exercise_id: r.get(1)?,
                    started_at: r.get(2)?,
                    duration_ms: r.get(3)?,
                    passed: r.get(4)?,
                    report: serde_json::from_str(&report).map_err(|e| rusqlite::Error::FromSqlConversionFailure(5, rusqlite::types::Type::Text, Box::new(e)))?,
                    code: serde_json::from_str(&code).map_err(|e| rusqlite::Error::FromSqlConversionFailure(6, rusqlite::types::Type::Text, Box::new(e)))?,
                })
            })
            .map_err(sql("reading attempts"))?;
        rows.collect::<Result<_, _>>().map_err(sql("reading attempts"))
    }

    /// Progress per exercise, derived from the attempts (never stored, so it
    /// cannot disagree with them). Exercises with no attempt but a draft are
    /// in progress.
    pub fn progress(&self, s: &Session) -> Result<Vec<ExerciseProgress>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT exercise_id, MAX(passed), COUNT(*), SUM(duration_ms), MAX(started_at) FROM attempts WHERE student_id = ?1 GROUP BY exercise_id
                 UNION ALL
                 SELECT DISTINCT exercise_id, 0, 0, 0, NULL FROM drafts d WHERE student_id = ?1
                   AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.student_id = d.student_id AND a.exercise_id = d.exercise_id)
                 ORDER BY 1",
            )
            .map_err(sql("reading progress"))?;
        let rows = stmt
            .query_map([&s.student_id], |r| {
                let passed: bool = r.get(1)?;
                Ok(ExerciseProgress {
                    exercise_id: r.get(0)?,
                    state: if passed { ProgressState::Passed } else { ProgressState::InProgress },
                    attempts: r.get(2)?,
                    time_on_task_ms: r.get::<_, Option<i64>>(3)?.unwrap_or(0),
                    last_attempt_at: r.get(4)?,
                })
            })
            .map_err(sql("reading progress"))?;
        rows.collect::<Result<_, _>>().map_err(sql("reading progress"))
    }

    /// `PRAGMA integrity_check` (slow; for tests and `doctor`).
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).map_err(sql("checking integrity"))
    }
}

/// Learners' code and PIN hashes stay with this user: the folder is made
/// 0700 and the database 0600 before SQLite opens it (its `-wal` and `-shm`
/// files take the database's mode). A database made by an older version
/// with a looser mode is tightened. An existing folder is left as it is (it
/// may be one IT chose, shared with other things); `doctor` reports it.
fn private_files(path: &Path) {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let _ = std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir);
    }
    let _ = std::fs::OpenOptions::new().write(true).create(true).truncate(false).mode(0o600).open(path);
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::set_permissions(std::path::Path::new(&p), std::fs::Permissions::from_mode(0o600));
    }
}

/// An `events` row selected as (device_id, seq, student_id, kind, payload, created_at).
fn event_from_row(r: &rusqlite::Row) -> rusqlite::Result<Event> {
    Ok(Event { device_id: r.get(0)?, seq: r.get(1)?, student_id: r.get(2)?, kind: r.get(3)?, payload: r.get(4)?, created_at: r.get(5)? })
}

fn ensure_device(conn: &mut Connection) -> Result<String, StoreError> {
    let existing: Option<String> = conn.query_row("SELECT id FROM device", [], |r| r.get(0)).optional().map_err(sql("reading the device id"))?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let id = uuid::Uuid::new_v4().to_string();
    conn.execute("INSERT INTO device (only, id, created_at) VALUES (1, ?1, ?2) ON CONFLICT (only) DO NOTHING", params![id, now_ms()])
        .map_err(sql("minting the device id"))?;
    // Another process may have won the race; read back whichever id stuck.
    conn.query_row("SELECT id FROM device", [], |r| r.get(0)).map_err(sql("reading the device id"))
}

/// Appends to this device's log inside the caller's transaction, so the log
/// and the change it records commit together or not at all.
fn append_event(tx: &rusqlite::Transaction, device_id: &str, student_id: Option<&str>, kind: &str, payload: &str, now: i64) -> Result<i64, StoreError> {
    let seq: i64 = tx
        .query_row("SELECT COALESCE(MAX(seq), 0) + 1 FROM events WHERE device_id = ?1", [device_id], |r| r.get(0))
        .map_err(sql("numbering an event"))?;
    tx.execute(
        "INSERT INTO events (device_id, seq, student_id, kind, payload, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![device_id, seq, student_id, kind, payload, now],
    )
    .map_err(sql("logging an event"))?;
    Ok(seq)
}
