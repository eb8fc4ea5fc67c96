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
//! What it leaves out: bundles (export/import of the event log) and the
//! instructor's side, which build on this.

pub mod migrations;

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};
use ts_rs::TS;

use crate::grading::GradeReport;
use crate::sandbox::SourceFile;

pub use migrations::SCHEMA_VERSION;

/// Failed sign-ins allowed before a lock-out, and how long it lasts.
pub const MAX_FAILED_SIGN_INS: u32 = 5;
pub const LOCKOUT_SECONDS: i64 = 5 * 60;

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
    #[error("too many wrong PINs: this profile is locked for {seconds} more seconds")]
    LockedOut { seconds: i64 },
    #[error("a PIN needs at least 4 characters")]
    WeakPin,
    #[error("a name must be 1 to 60 characters")]
    BadName,
    #[error("could not hash the PIN: {0}")]
    Hash(String),
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

/// A device key this store trusts to sign bundles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrustedKey {
    pub key_id: String,
    pub device_id: String,
    pub facility: String,
    pub role: String,
    pub public_key: [u8; 32],
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
        let name = display_name.trim();
        if name.is_empty() || name.chars().count() > 60 {
            return Err(StoreError::BadName);
        }
        if pin.chars().count() < 4 {
            return Err(StoreError::WeakPin);
        }
        let hash = Argon2::default()
            .hash_password(pin.as_bytes(), &SaltString::generate(&mut OsRng))
            .map_err(|e| StoreError::Hash(e.to_string()))?
            .to_string();
        let student = Student { id: uuid::Uuid::new_v4().to_string(), display_name: name.to_string() };
        let now = now_ms();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql("starting a transaction"))?;
        tx.execute(
            "INSERT INTO students (id, display_name, pin_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![student.id, student.display_name, hash, now],
        )
        .map_err(sql("creating a learner"))?;
        append_event(&tx, &self.device_id, Some(&student.id), "student_created", &serde_json::to_string(&student).unwrap_or_default(), now)?;
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

    /// Checks a PIN. Repeated failures lock the profile for a while; the
    /// count and the lock are stored, so restarting the app does not reset them.
    pub fn sign_in(&mut self, student_id: &str, pin: &str) -> Result<Session, StoreError> {
        self.sign_in_at(student_id, pin, now_ms())
    }

    pub fn sign_in_at(&mut self, student_id: &str, pin: &str, now: i64) -> Result<Session, StoreError> {
        let row: Option<(String, u32, Option<i64>)> = self
            .conn
            .query_row("SELECT pin_hash, failed_sign_ins, locked_until FROM students WHERE id = ?1", [student_id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()
            .map_err(sql("reading a learner"))?;
        let Some((hash, failed, locked_until)) = row else {
            return Err(StoreError::UnknownStudent(student_id.to_string()));
        };
        if let Some(until) = locked_until {
            if now < until {
                return Err(StoreError::LockedOut { seconds: (until - now + 999) / 1000 });
            }
        }
        let parsed = PasswordHash::new(&hash).map_err(|e| StoreError::Hash(e.to_string()))?;
        if Argon2::default().verify_password(pin.as_bytes(), &parsed).is_ok() {
            self.conn
                .execute("UPDATE students SET failed_sign_ins = 0, locked_until = NULL WHERE id = ?1", [student_id])
                .map_err(sql("recording a sign-in"))?;
            return Ok(Session { student_id: student_id.to_string() });
        }
        let failed = failed + 1;
        if failed >= MAX_FAILED_SIGN_INS {
            self.conn
                .execute(
                    "UPDATE students SET failed_sign_ins = 0, locked_until = ?2 WHERE id = ?1",
                    params![student_id, now + LOCKOUT_SECONDS * 1000],
                )
                .map_err(sql("recording a failed sign-in"))?;
            return Err(StoreError::LockedOut { seconds: LOCKOUT_SECONDS });
        }
        self.conn
            .execute("UPDATE students SET failed_sign_ins = ?2 WHERE id = ?1", params![student_id, failed])
            .map_err(sql("recording a failed sign-in"))?;
        Err(StoreError::WrongPin { remaining: MAX_FAILED_SIGN_INS - failed })
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
    pub fn trust_key(&mut self, key: &TrustedKey) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO trusted_keys (key_id, device_id, facility, role, public_key, enrolled_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (key_id) DO NOTHING",
                params![key.key_id, key.device_id, key.facility, key.role, key.public_key.to_vec(), now_ms()],
            )
            .map_err(sql("enrolling a key"))?;
        Ok(())
    }

    pub fn trusted_key(&self, key_id: &str) -> Result<Option<TrustedKey>, StoreError> {
        self.conn
            .query_row("SELECT key_id, device_id, facility, role, public_key FROM trusted_keys WHERE key_id = ?1", [key_id], |r| {
                let pk: Vec<u8> = r.get(4)?;
                Ok(TrustedKey { key_id: r.get(0)?, device_id: r.get(1)?, facility: r.get(2)?, role: r.get(3)?, public_key: pk.try_into().unwrap_or([0; 32]) })
            })
            .optional()
            .map_err(sql("reading trusted keys"))
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
