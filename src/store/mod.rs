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

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};
use ts_rs::TS;

use crate::grading::GradeReport;
use crate::sandbox::SourceFile;

pub use migrations::SCHEMA_VERSION;

/// Failed sign-ins allowed before a lock-out.
pub const MAX_FAILED_SIGN_INS: u32 = 5;
/// How long the first, second and third lock-outs last; after the third,
/// only an instructor can unlock the profile. The count of lock-outs only
/// goes up, and only a correct PIN (or an instructor) resets it.
pub const LOCKOUT_STEPS_SECONDS: [i64; 3] = [5 * 60, 15 * 60, 60 * 60];
/// The shortest PIN a new profile may have: six digits.
pub const MIN_PIN_DIGITS: usize = 6;

/// The PIN hash: argon2id with costs chosen so one guess takes about a
/// quarter of a second or more on a classroom terminal (a 6-digit PIN is
/// then days of work for whoever copies a hash, which moreover only ever
/// travels encrypted).
fn pin_hasher() -> Argon2<'static> {
    let params = argon2::Params::new(96 * 1024, 3, 1, None).expect("valid argon2 parameters");
    Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
}

/// This boot's id and milliseconds since boot (CLOCK_BOOTTIME, which a
/// changed wall clock does not move).
fn boot_clock() -> Option<(String, i64)> {
    let id = std::fs::read_to_string("/proc/sys/kernel/random/boot_id").ok()?.trim().to_string();
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes the struct we own.
    if unsafe { libc::clock_gettime(libc::CLOCK_BOOTTIME, &mut ts) } != 0 {
        return None;
    }
    Some((id, ts.tv_sec * 1000 + ts.tv_nsec / 1_000_000))
}

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
}

/// One attempt as the instructor sees it in the merged event log.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClassAttempt {
    pub attempt_id: String,
    pub device_id: String,
    pub student_id: String,
    pub display_name: String,
    pub exercise_id: String,
    pub passed: bool,
    pub started_at: i64,
    pub code: Vec<SourceFile>,
    pub feedback: Vec<Feedback>,
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
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
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

    pub fn schema_version(&self) -> Result<i64, StoreError> {
        self.conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(sql("reading the schema version"))
    }

    /// A new learner profile. The id is random (122 bits), so two terminals
    /// never mint the same one.
    pub fn create_student(&mut self, display_name: &str, pin: &str) -> Result<Student, StoreError> {
        if !name_is_valid(display_name) {
            return Err(StoreError::BadName);
        }
        let name = display_name.trim();
        if pin.len() < MIN_PIN_DIGITS || !pin.bytes().all(|b| b.is_ascii_digit()) {
            return Err(StoreError::WeakPin);
        }
        let hash = pin_hasher()
            .hash_password(pin.as_bytes(), &SaltString::generate(&mut OsRng))
            .map_err(|e| StoreError::Hash(e.to_string()))?
            .to_string();
        let student = Student { id: uuid::Uuid::new_v4().to_string(), display_name: name.to_string() };
        let now = now_ms();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql("starting a transaction"))?;
        tx.execute(
            "INSERT INTO students (id, display_name, pin_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![student.id, student.display_name, &hash, now],
        )
        .map_err(sql("creating a learner"))?;
        // The PIN hash travels so the instructor's roster can let this
        // learner sign in on another terminal with the same PIN.
        let entry = RosterEntry { id: student.id.clone(), display_name: student.display_name.clone(), pin_hash: Some(hash), created_at: now };
        append_event(&tx, &self.device_id, Some(&student.id), "student_created", &serde_json::to_string(&entry).unwrap_or_default(), now)?;
        tx.commit().map_err(sql("saving a new learner"))?;
        Ok(student)
    }

    /// Every profile on this terminal (names only: nothing private).
    pub fn list_students(&self) -> Result<Vec<Student>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, display_name FROM students ORDER BY display_name COLLATE NOCASE, id")
            .map_err(sql("listing learners"))?;
        let rows = stmt
            .query_map([], |r| Ok(Student { id: r.get(0)?, display_name: r.get(1)? }))
            .map_err(sql("listing learners"))?;
        rows.collect::<Result<_, _>>().map_err(sql("listing learners"))
    }

    /// Checks a PIN. Every [`MAX_FAILED_SIGN_INS`] wrong PINs lock the
    /// profile, for longer each time ([`LOCKOUT_STEPS_SECONDS`]), and after
    /// the last step until an instructor unlocks it. The counts and the lock
    /// are stored, so restarting the app resets nothing; within one boot the
    /// lock runs on the boot clock, so moving the wall clock does not end it.
    pub fn sign_in(&mut self, student_id: &str, pin: &str) -> Result<Session, StoreError> {
        self.sign_in_with(student_id, pin, now_ms(), boot_clock())
    }

    /// [`Store::sign_in`] at a given wall-clock time, with no boot clock:
    /// tests walk a lock-out through time with it.
    pub fn sign_in_at(&mut self, student_id: &str, pin: &str, now: i64) -> Result<Session, StoreError> {
        self.sign_in_with(student_id, pin, now, None)
    }

    fn sign_in_with(&mut self, student_id: &str, pin: &str, now: i64, boot: Option<(String, i64)>) -> Result<Session, StoreError> {
        type Row = (String, u32, Option<i64>, u32, Option<String>, Option<i64>, bool);
        let row: Option<Row> = self
            .conn
            .query_row(
                "SELECT pin_hash, failed_sign_ins, locked_until, lockouts, lock_boot, lock_boot_until, active FROM students WHERE id = ?1",
                [student_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)),
            )
            .optional()
            .map_err(sql("reading a learner"))?;
        let Some((hash, failed, locked_until, lockouts, lock_boot, lock_boot_until, active)) = row else {
            return Err(StoreError::UnknownStudent(student_id.to_string()));
        };
        if !active {
            return Err(StoreError::UnknownStudent(student_id.to_string()));
        }
        if let Some(until) = locked_until {
            if until == i64::MAX {
                return Err(StoreError::LockedUntilUnlocked);
            }
            let left_ms = match (boot.clone(), lock_boot, lock_boot_until) {
                (Some((boot, now_boot)), Some(lb), Some(lbu)) if boot == lb => lbu - now_boot,
                _ => until - now,
            };
            if left_ms > 0 {
                return Err(StoreError::LockedOut { seconds: (left_ms + 999) / 1000 });
            }
        }
        let parsed = PasswordHash::new(&hash).map_err(|e| StoreError::Hash(e.to_string()))?;
        // The costs are read from the stored hash, so older hashes verify.
        if pin_hasher().verify_password(pin.as_bytes(), &parsed).is_ok() {
            self.conn
                .execute(
                    "UPDATE students SET failed_sign_ins = 0, lockouts = 0, locked_until = NULL, lock_boot = NULL, lock_boot_until = NULL WHERE id = ?1",
                    [student_id],
                )
                .map_err(sql("recording a sign-in"))?;
            return Ok(Session { student_id: student_id.to_string() });
        }
        let failed = failed + 1;
        if failed >= MAX_FAILED_SIGN_INS {
            let step = lockouts as usize;
            let (until, boot, boot_until, err) = match LOCKOUT_STEPS_SECONDS.get(step) {
                Some(secs) => {
                    (now + secs * 1000, boot.as_ref().map(|b| b.0.clone()), boot.map(|b| b.1 + secs * 1000), StoreError::LockedOut { seconds: *secs })
                }
                None => (i64::MAX, None, None, StoreError::LockedUntilUnlocked),
            };
            self.conn
                .execute(
                    "UPDATE students SET failed_sign_ins = 0, lockouts = lockouts + 1, locked_until = ?2, lock_boot = ?3, lock_boot_until = ?4 WHERE id = ?1",
                    params![student_id, until, boot, boot_until],
                )
                .map_err(sql("recording a failed sign-in"))?;
            return Err(err);
        }
        self.conn
            .execute("UPDATE students SET failed_sign_ins = ?2 WHERE id = ?1", params![student_id, failed])
            .map_err(sql("recording a failed sign-in"))?;
        Err(StoreError::WrongPin { remaining: MAX_FAILED_SIGN_INS - failed })
    }

    /// An instructor's unlock: clears the wrong-PIN count and every lock.
    pub fn unlock_student(&mut self, student_id: &str) -> Result<(), StoreError> {
        let n = self
            .conn
            .execute(
                "UPDATE students SET failed_sign_ins = 0, lockouts = 0, locked_until = NULL, lock_boot = NULL, lock_boot_until = NULL WHERE id = ?1",
                [student_id],
            )
            .map_err(sql("unlocking a learner"))?;
        if n == 0 {
            return Err(StoreError::UnknownStudent(student_id.to_string()));
        }
        Ok(())
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

    /// This device's events after `after_seq`, in order (what a bundle carries).
    pub fn events_since(&self, after_seq: i64) -> Result<Vec<Event>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT device_id, seq, student_id, kind, payload, created_at FROM events WHERE device_id = ?1 AND seq > ?2 ORDER BY seq")
            .map_err(sql("reading the event log"))?;
        let rows = stmt
            .query_map(params![self.device_id, after_seq], event_from_row)
            .map_err(sql("reading the event log"))?;
        rows.collect::<Result<_, _>>().map_err(sql("reading the event log"))
    }

    /// Merges events from other devices: each (device, seq) is kept once,
    /// whatever order the batches arrive in. Returns how many were new. A
    /// batch is applied completely or not at all.
    pub fn merge_events(&mut self, events: &[Event]) -> Result<usize, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql("starting a transaction"))?;
        let mut added = 0;
        {
            let mut stmt = tx
                .prepare("INSERT OR IGNORE INTO events (device_id, seq, student_id, kind, payload, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .map_err(sql("merging events"))?;
            for e in events {
                added += stmt.execute(params![e.device_id, e.seq, e.student_id, e.kind, e.payload, e.created_at]).map_err(sql("merging events"))?;
            }
        }
        tx.commit().map_err(sql("merging events"))?;
        Ok(added)
    }

    /// Every event this store knows, in a canonical order (for comparing
    /// two stores after merges).
    pub fn all_events(&self) -> Result<Vec<Event>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT device_id, seq, student_id, kind, payload, created_at FROM events ORDER BY device_id, seq")
            .map_err(sql("reading the event log"))?;
        let rows = stmt
            .query_map([], event_from_row)
            .map_err(sql("reading the event log"))?;
        rows.collect::<Result<_, _>>().map_err(sql("reading the event log"))
    }

    /// Trusts a device's public key (an instructor enrolling a terminal, or
    /// a terminal trusting its instructor). Enrolling the same key again
    /// changes nothing.
    /// Trusts a key. The same key again changes nothing (an older file of
    /// the same key may add its encryption key); a *different* key for a
    /// device already known is refused, naming both fingerprints, since it
    /// means either a re-provisioned machine (IT must say so) or an
    /// impostor.
    pub fn trust_key(&mut self, key: &TrustedKey) -> Result<(), StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql("enrolling a key"))?;
        let known: Option<String> = tx
            .query_row("SELECT key_id FROM trusted_keys WHERE device_id = ?1 AND key_id <> ?2", params![key.device_id, key.key_id], |r| r.get(0))
            .optional()
            .map_err(sql("enrolling a key"))?;
        if let Some(existing) = known {
            return Err(StoreError::SecondKey { device_id: key.device_id.clone(), existing, offered: key.key_id.clone() });
        }
        tx.execute(
            "INSERT INTO trusted_keys (key_id, device_id, facility, role, public_key, enrolled_at, encryption_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (key_id) DO UPDATE SET encryption_key = COALESCE(trusted_keys.encryption_key, excluded.encryption_key)",
            params![key.key_id, key.device_id, key.facility, key.role, key.public_key.to_vec(), now_ms(), key.encryption_key],
        )
        .map_err(sql("enrolling a key"))?;
        tx.commit().map_err(sql("enrolling a key"))?;
        Ok(())
    }

    pub fn trusted_key(&self, key_id: &str) -> Result<Option<TrustedKey>, StoreError> {
        self.conn
            .query_row(&format!("SELECT {KEY_COLUMNS} FROM trusted_keys WHERE key_id = ?1"), [key_id], key_from_row)
            .optional()
            .map_err(sql("reading trusted keys"))
    }

    /// Every trusted key of `role` in `facility`: whom a bundle is for.
    pub fn trusted_keys(&self, role: &str, facility: &str) -> Result<Vec<TrustedKey>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {KEY_COLUMNS} FROM trusted_keys WHERE role = ?1 AND facility = ?2 ORDER BY enrolled_at"))
            .map_err(sql("reading trusted keys"))?;
        let rows = stmt.query_map(params![role, facility], key_from_row).map_err(sql("reading trusted keys"))?;
        rows.collect::<Result<_, _>>().map_err(sql("reading trusted keys"))
    }

    /// The runs of another device's events that have not arrived here, as
    /// inclusive (first, last) sequence numbers. Each device numbers its log
    /// from 1 without holes, so a hole means a bundle that has not been
    /// imported yet (a stick left behind, an export never carried over).
    pub fn missing_events(&self, device_id: &str) -> Result<Vec<(i64, i64)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT prev + 1, seq - 1 FROM (
                     SELECT seq, COALESCE(LAG(seq) OVER (ORDER BY seq), 0) AS prev FROM events WHERE device_id = ?1
                 ) WHERE seq > prev + 1 ORDER BY seq",
            )
            .map_err(sql("reading events"))?;
        let rows = stmt.query_map([device_id], |r| Ok((r.get(0)?, r.get(1)?))).map_err(sql("reading events"))?;
        rows.collect::<Result<_, _>>().map_err(sql("reading events"))
    }

    /// The last export: (seq_to, sha256 of the bundle file).
    pub fn last_export(&self) -> Result<Option<(i64, String)>, StoreError> {
        self.conn
            .query_row("SELECT seq_to, sha256 FROM bundle_exports ORDER BY id DESC LIMIT 1", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()
            .map_err(sql("reading exports"))
    }

    pub fn record_export(&mut self, bundle_id: &str, seq_to: i64, sha256: &str) -> Result<(), StoreError> {
        self.conn
            .execute("INSERT INTO bundle_exports (bundle_id, seq_to, sha256, created_at) VALUES (?1, ?2, ?3, ?4)", params![bundle_id, seq_to, sha256, now_ms()])
            .map_err(sql("recording an export"))?;
        Ok(())
    }

    /// Applies a verified bundle's events in one transaction. The same
    /// bundle again, or events already held, change nothing; the same
    /// (device, seq) with different content is a fork and rejects the whole
    /// bundle. Returns how many events were new.
    pub fn apply_bundle(&mut self, bundle_id: &str, device_id: &str, seq: (i64, i64), sha256: &str, events: &[Event]) -> Result<Result<usize, ForkError>, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql("starting an import"))?;
        let seen: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM bundle_imports WHERE bundle_id = ?1)", [bundle_id], |r| r.get(0)).map_err(sql("checking imports"))?;
        if seen {
            return Ok(Ok(0));
        }
        let mut added = 0;
        for e in events {
            let existing: Option<(String, String)> = tx
                .query_row("SELECT kind, payload FROM events WHERE device_id = ?1 AND seq = ?2", params![e.device_id, e.seq], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()
                .map_err(sql("checking events"))?;
            match existing {
                Some((kind, payload)) if kind == e.kind && payload == e.payload => {}
                Some(_) => return Ok(Err(ForkError { device_id: e.device_id.clone(), seq: e.seq })),
                None => {
                    tx.execute(
                        "INSERT INTO events (device_id, seq, student_id, kind, payload, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        params![e.device_id, e.seq, e.student_id, e.kind, e.payload, e.created_at],
                    )
                    .map_err(sql("importing an event"))?;
                    added += 1;
                }
            }
        }
        tx.execute(
            "INSERT INTO bundle_imports (bundle_id, device_id, seq_from, seq_to, sha256, imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![bundle_id, device_id, seq.0, seq.1, sha256, now_ms()],
        )
        .map_err(sql("recording an import"))?;
        tx.commit().map_err(sql("committing an import"))?;
        Ok(Ok(added))
    }

    /// Every learner any imported or local log introduced, with a PIN hash,
    /// in the order they arrived here: what the instructor sends back as the
    /// roster.
    ///
    /// A terminal signs only its own log, so it could claim another
    /// learner's id with its own PIN hash. Hence: the id inside the event
    /// must be the event's learner; the first arrival of an id wins (the
    /// order of import, never a time the sender claims); a later event for
    /// the same id with another name or PIN is left out; and entries
    /// terminals would refuse (no PIN, an empty or overlong name) are left
    /// out rather than spoiling the whole roster.
    pub fn roster(&self) -> Result<Vec<RosterEntry>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT student_id, payload FROM events WHERE kind = 'student_created' ORDER BY rowid")
            .map_err(sql("reading the roster"))?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, Option<String>>(0)?, r.get::<_, String>(1)?))).map_err(sql("reading the roster"))?;
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for row in rows {
            let (student_id, payload) = row.map_err(sql("reading the roster"))?;
            let Ok(entry) = serde_json::from_str::<RosterEntry>(&payload) else { continue };
            if student_id.as_deref() != Some(entry.id.as_str()) || !entry.can_sign_in() {
                continue;
            }
            if seen.insert(entry.id.clone()) {
                out.push(entry);
            }
        }
        Ok(out)
    }

    /// Every attempt in the merged log (the instructor's review list),
    /// oldest first, with the learner's name and any feedback given.
    pub fn class_attempts(&self) -> Result<Vec<ClassAttempt>, StoreError> {
        let names: HashMap<String, String> = self.roster()?.into_iter().map(|r| (r.id, r.display_name)).collect();
        let mut feedback: HashMap<String, Vec<Feedback>> = HashMap::new();
        for f in self.all_feedback()? {
            feedback.entry(f.attempt_id.clone()).or_default().push(f);
        }
        let mut stmt = self
            .conn
            .prepare("SELECT device_id, student_id, payload FROM events WHERE kind = 'attempt_recorded' ORDER BY created_at, device_id, seq")
            .map_err(sql("reading attempts"))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, String>(2)?)))
            .map_err(sql("reading attempts"))?;
        let mut out = Vec::new();
        for row in rows {
            let (device_id, student_id, payload) = row.map_err(sql("reading attempts"))?;
            let (Some(student_id), Ok(a)) = (student_id, serde_json::from_str::<Attempt>(&payload)) else { continue };
            out.push(ClassAttempt {
                display_name: names.get(&student_id).cloned().unwrap_or_else(|| "(unknown learner)".into()),
                feedback: feedback.remove(&a.id).unwrap_or_default(),
                attempt_id: a.id,
                device_id,
                student_id,
                exercise_id: a.exercise_id,
                passed: a.passed,
                started_at: a.started_at,
                code: a.code,
            });
        }
        Ok(out)
    }

    /// The instructor writes feedback on an attempt from the merged log.
    pub fn add_feedback(&mut self, attempt_id: &str, text: &str, author: &str) -> Result<Feedback, StoreError> {
        let text = text.trim();
        if text.is_empty() || text.chars().count() > MAX_FEEDBACK_CHARS {
            return Err(StoreError::BadFeedback);
        }
        let mut stmt = self
            .conn
            .prepare("SELECT DISTINCT student_id, json_extract(payload, '$.exercise_id') FROM events WHERE kind = 'attempt_recorded' AND json_extract(payload, '$.id') = ?1 LIMIT 2")
            .map_err(sql("finding the attempt"))?;
        let found: Vec<(Option<String>, String)> = stmt
            .query_map([attempt_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(sql("finding the attempt"))?
            .collect::<Result<_, _>>()
            .map_err(sql("finding the attempt"))?;
        drop(stmt);
        // Attempt ids are random UUIDs; two learners sharing one means a
        // log was tampered with, and a note must not guess which is meant.
        let (student_id, exercise_id) = match found.as_slice() {
            [] | [(None, _)] => return Err(StoreError::UnknownAttempt(attempt_id.into())),
            [(Some(s), e)] => (s.clone(), e.clone()),
            _ => return Err(StoreError::AmbiguousAttempt(attempt_id.into())),
        };
        let f = Feedback { id: uuid::Uuid::new_v4().to_string(), attempt_id: attempt_id.into(), student_id, exercise_id, text: text.into(), author: author.into(), created_at: now_ms() };
        self.conn
            .execute(
                "INSERT INTO feedback (id, attempt_id, student_id, exercise_id, text, author, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![f.id, f.attempt_id, f.student_id, f.exercise_id, f.text, f.author, f.created_at],
            )
            .map_err(sql("saving feedback"))?;
        Ok(f)
    }

    /// All feedback held here, oldest first.
    pub fn all_feedback(&self) -> Result<Vec<Feedback>, StoreError> {
        self.feedback_where("1 = 1", [])
    }

    /// Feedback for the signed-in learner on one exercise, newest first.
    pub fn feedback_for(&self, s: &Session, exercise_id: &str) -> Result<Vec<Feedback>, StoreError> {
        let mut all = self.feedback_where("student_id = ?1 AND exercise_id = ?2", [s.student_id.as_str(), exercise_id])?;
        all.reverse();
        Ok(all)
    }

    fn feedback_where<P: rusqlite::Params>(&self, filter: &str, p: P) -> Result<Vec<Feedback>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT id, attempt_id, student_id, exercise_id, text, author, created_at FROM feedback WHERE {filter} ORDER BY created_at, id"))
            .map_err(sql("reading feedback"))?;
        let rows = stmt
            .query_map(p, |r| Ok(Feedback { id: r.get(0)?, attempt_id: r.get(1)?, student_id: r.get(2)?, exercise_id: r.get(3)?, text: r.get(4)?, author: r.get(5)?, created_at: r.get(6)? }))
            .map_err(sql("reading feedback"))?;
        rows.collect::<Result<_, _>>().map_err(sql("reading feedback"))
    }

    /// The curriculum packs installed here.
    pub fn packs(&self) -> Result<Vec<PackRecord>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT track_id, created_at, sha256, files_json FROM curriculum_packs ORDER BY track_id").map_err(sql("reading packs"))?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get::<_, String>(3)?))).map_err(sql("reading packs"))?;
        let mut out = Vec::new();
        for row in rows {
            let (track_id, created_at, sha256, files) = row.map_err(sql("reading packs"))?;
            out.push(PackRecord { track_id, created_at, sha256, files: serde_json::from_str(&files).unwrap_or_default() });
        }
        Ok(out)
    }

    /// Applies a verified instructor bundle in one transaction; the same
    /// bundle again changes nothing, and so does anything already held (a
    /// learner, a note) or older (a pack). Returns how many things changed.
    pub fn apply_instructor_bundle(&mut self, bundle_id: &str, device_id: &str, kind: &str, sha256: &str, payload: &InstructorPayload) -> Result<usize, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql("starting an import"))?;
        let seen: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM bundle_imports WHERE bundle_id = ?1)", [bundle_id], |r| r.get(0)).map_err(sql("checking imports"))?;
        if seen {
            return Ok(0);
        }
        let now = now_ms();
        let mut changed = 0;
        match payload {
            InstructorPayload::Roster(entries) => {
                for e in entries {
                    let Some(hash) = &e.pin_hash else { continue };
                    changed += tx
                        .execute(
                            "INSERT INTO students (id, display_name, pin_hash, created_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO NOTHING",
                            params![e.id, e.display_name, hash, e.created_at],
                        )
                        .map_err(sql("adding a learner from the roster"))?;
                }
            }
            InstructorPayload::Feedback(notes) => {
                for f in notes {
                    changed += tx
                        .execute(
                            "INSERT INTO feedback (id, attempt_id, student_id, exercise_id, text, author, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (id) DO NOTHING",
                            params![f.id, f.attempt_id, f.student_id, f.exercise_id, f.text, f.author, f.created_at],
                        )
                        .map_err(sql("saving feedback"))?;
                }
            }
            InstructorPayload::Pack(p) => {
                let files = serde_json::to_string(&p.files).unwrap_or_default();
                changed += tx
                    .execute(
                        "INSERT INTO curriculum_packs (track_id, created_at, sha256, files_json, installed_at) VALUES (?1, ?2, ?3, ?4, ?5)
                         ON CONFLICT (track_id) DO UPDATE SET created_at = excluded.created_at, sha256 = excluded.sha256, files_json = excluded.files_json, installed_at = excluded.installed_at
                         WHERE excluded.created_at > curriculum_packs.created_at",
                        params![p.track_id, p.created_at, p.sha256, files, now],
                    )
                    .map_err(sql("installing a curriculum pack"))?;
            }
        }
        tx.execute(
            "INSERT INTO bundle_imports (bundle_id, device_id, seq_from, seq_to, sha256, imported_at, kind) VALUES (?1, ?2, 0, 0, ?3, ?4, ?5)",
            params![bundle_id, device_id, sha256, now, kind],
        )
        .map_err(sql("recording an import"))?;
        tx.commit().map_err(sql("committing an import"))?;
        Ok(changed)
    }

    /// `PRAGMA integrity_check` (slow; for tests and `doctor`).
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).map_err(sql("checking integrity"))
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
const KEY_COLUMNS: &str = "key_id, device_id, facility, role, public_key, encryption_key";

fn key_from_row(r: &rusqlite::Row) -> rusqlite::Result<TrustedKey> {
    let pk: Vec<u8> = r.get(4)?;
    Ok(TrustedKey {
        key_id: r.get(0)?,
        device_id: r.get(1)?,
        facility: r.get(2)?,
        role: r.get(3)?,
        public_key: pk.try_into().unwrap_or([0; 32]),
        encryption_key: r.get(5)?,
    })
}

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
