//! The instructor machine's own records: instructor accounts (a name and a
//! passphrase of at least [`MIN_PASSPHRASE_CHARS`] characters under
//! argon2id, with an escalating lock-out), the append-only audit log of what
//! each did, the instructor's settings, roster changes (a learner added
//! here, a PIN reset, a deactivation) as events in this machine's own log,
//! and, on a terminal, the learner activity the instructor reads back
//! (sign-ins, exercises opened, hints and solutions seen).
//!
//! What it leaves out: what the class view makes of all this
//! (`crate::instructor`).

use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::profiles::{hash_pin, hash_secret, secret_matches};
use super::exchange::insert_feedback;
use super::{append_event, name_is_valid, now_ms, sql, Feedback, RosterEntry, Session, Store, StoreError};

/// The shortest passphrase an instructor account may have, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 10;
/// Wrong passphrases allowed before each lock-out.
const MAX_FAILED: u32 = 5;
/// The lock-outs, longer each time; after the last, each further lock-out
/// lasts as long as the last (an instructor machine may have one account,
/// and no one else could lift a permanent lock).
const LOCKOUT_MINUTES: [i64; 4] = [1, 5, 15, 60];

/// An instructor account, as the sign-in screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Instructor {
    pub id: String,
    pub name: String,
}

/// Proof that an instructor signed in: every instructor action takes one,
/// and the audit log records its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstructorSession {
    id: String,
    name: String,
}

impl InstructorSession {
    pub fn id(&self) -> &str {
        &self.id
    }
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AuditEntry {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub at: i64,
    pub instructor: String,
    /// `sign_in`, `import`, `roster_add`, `pin_reset`, `deactivate`,
    /// `reactivate`, `note`, `prepare_usb`, `pack_release`, `account_add`,
    /// `settings`, `export`, `sign_in_refused`.
    pub action: String,
    pub detail: String,
}

/// What the audit log screen filters by; every part optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct AuditFilter {
    pub action: Option<String>,
    pub instructor: Option<String>,
    /// Words in the detail (case-insensitive).
    pub text: Option<String>,
    #[ts(type = "number | null")]
    pub from_ms: Option<i64>,
    #[ts(type = "number | null")]
    pub to_ms: Option<i64>,
}

/// A learner's activity that is not an attempt, from the merged log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activity {
    pub device_id: String,
    pub student_id: String,
    /// `signed_in`, `exercise_opened`, `hint_opened` or `solution_viewed`.
    pub kind: String,
    pub exercise_id: Option<String>,
    /// The hint's number, from 1, for `hint_opened`.
    pub level: Option<u32>,
    pub created_at: i64,
}

/// What an activity event carries.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct ActivityPayload {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    exercise_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    level: Option<u32>,
}

/// The kinds of activity a terminal logs for the instructor.
pub const ACTIVITY_KINDS: [&str; 4] = ["signed_in", "exercise_opened", "hint_opened", "solution_viewed"];

impl Store {
    /// Every instructor account, by name.
    pub fn instructors(&self) -> Result<Vec<Instructor>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT id, name FROM instructors ORDER BY name COLLATE NOCASE").map_err(sql("listing instructors"))?;
        let rows = stmt.query_map([], |r| Ok(Instructor { id: r.get(0)?, name: r.get(1)? })).map_err(sql("listing instructors"))?;
        rows.collect::<Result<_, _>>().map_err(sql("listing instructors"))
    }

    /// A new instructor account. The first may be made by whoever sets the
    /// machine up; every later one only by an instructor already signed in,
    /// and the audit log says who.
    pub fn create_instructor(&mut self, name: &str, passphrase: &str, by: Option<&InstructorSession>) -> Result<Instructor, StoreError> {
        if !name_is_valid(name) {
            return Err(StoreError::BadName);
        }
        if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(StoreError::WeakPassphrase);
        }
        let name = name.trim();
        let hash = hash_secret(passphrase)?;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql("adding an instructor"))?;
        let any: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM instructors)", [], |r| r.get(0)).map_err(sql("adding an instructor"))?;
        if any && by.is_none() {
            return Err(StoreError::InstructorSignInNeeded);
        }
        let taken: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM instructors WHERE name = ?1)", [name], |r| r.get(0)).map_err(sql("adding an instructor"))?;
        if taken {
            return Err(StoreError::NameTaken(name.to_string()));
        }
        let who = Instructor { id: uuid::Uuid::new_v4().to_string(), name: name.to_string() };
        tx.execute("INSERT INTO instructors (id, name, pass_hash, created_at) VALUES (?1, ?2, ?3, ?4)", params![who.id, who.name, hash, now_ms()])
            .map_err(sql("adding an instructor"))?;
        let (by_id, by_name) = by.map(|s| (Some(s.id.clone()), s.name.clone())).unwrap_or((None, who.name.clone()));
        audit_in(&tx, by_id.as_deref(), &by_name, "account_add", &format!("instructor account {:?} added", who.name))?;
        tx.commit().map_err(sql("adding an instructor"))?;
        Ok(who)
    }

    /// Checks an instructor's passphrase. Every 5 wrong ones lock the
    /// account, for longer each time; the counts are stored, so restarting
    /// the app lifts nothing. Refusals and sign-ins go in the audit log.
    pub fn instructor_sign_in(&mut self, id: &str, passphrase: &str) -> Result<InstructorSession, StoreError> {
        self.instructor_sign_in_at(id, passphrase, now_ms())
    }

    /// [`Store::instructor_sign_in`] at a given time (tests walk the
    /// lock-out through time with it).
    pub fn instructor_sign_in_at(&mut self, id: &str, passphrase: &str, now: i64) -> Result<InstructorSession, StoreError> {
        let row: Option<(String, String, u32, u32, Option<i64>)> = self
            .conn
            .query_row("SELECT name, pass_hash, failed_sign_ins, lockouts, locked_until FROM instructors WHERE id = ?1", [id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
            .optional()
            .map_err(sql("reading an instructor"))?;
        let Some((name, hash, failed, lockouts, locked_until)) = row else {
            return Err(StoreError::UnknownInstructor);
        };
        if let Some(until) = locked_until.filter(|u| *u > now) {
            return Err(StoreError::InstructorLockedOut { seconds: (until - now + 999) / 1000 });
        }
        if secret_matches(passphrase, &hash)? {
            let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql("recording a sign-in"))?;
            tx.execute("UPDATE instructors SET failed_sign_ins = 0, lockouts = 0, locked_until = NULL WHERE id = ?1", [id]).map_err(sql("recording a sign-in"))?;
            audit_in(&tx, Some(id), &name, "sign_in", "signed in")?;
            tx.commit().map_err(sql("recording a sign-in"))?;
            return Ok(InstructorSession { id: id.to_string(), name });
        }
        let failed = failed + 1;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql("recording a failed sign-in"))?;
        let err = if failed >= MAX_FAILED {
            let minutes = LOCKOUT_MINUTES[(lockouts as usize).min(LOCKOUT_MINUTES.len() - 1)];
            tx.execute(
                "UPDATE instructors SET failed_sign_ins = 0, lockouts = lockouts + 1, locked_until = ?2 WHERE id = ?1",
                params![id, now + minutes * 60_000],
            )
            .map_err(sql("recording a failed sign-in"))?;
            audit_in(&tx, Some(id), &name, "sign_in_refused", &format!("{MAX_FAILED} wrong passphrases: locked for {minutes} minute(s)"))?;
            StoreError::InstructorLockedOut { seconds: minutes * 60 }
        } else {
            tx.execute("UPDATE instructors SET failed_sign_ins = ?2 WHERE id = ?1", params![id, failed]).map_err(sql("recording a failed sign-in"))?;
            audit_in(&tx, Some(id), &name, "sign_in_refused", "wrong passphrase")?;
            StoreError::WrongPassphrase { remaining: MAX_FAILED - failed }
        };
        tx.commit().map_err(sql("recording a failed sign-in"))?;
        Err(err)
    }

    /// An instructor's note on an imported attempt, perhaps about one line
    /// of its first file, audited in the same transaction. It waits in the
    /// queue until a stick carries it.
    pub fn note_on_attempt(&mut self, who: &InstructorSession, attempt_id: &str, text: &str, line: Option<u32>) -> Result<Feedback, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql("saving feedback"))?;
        let f = insert_feedback(&tx, attempt_id, text, &who.name, line)?;
        let at = line.map(|l| format!(" (line {l})")).unwrap_or_default();
        // Ids came from a terminal: quoted, so they cannot pose as words.
        audit_in(&tx, Some(&who.id), &who.name, "note", &format!("note on attempt {attempt_id:?} of learner {:?} at {:?}{at}", f.student_id, f.exercise_id))?;
        tx.commit().map_err(sql("saving feedback"))?;
        Ok(f)
    }

    /// What a prepared stick carried, in one transaction: its notes count
    /// as sent, the time is kept under `stamp_key`, and the audit log says
    /// what was written.
    pub fn record_prepared(&mut self, who: &InstructorSession, note_ids: &[String], stamp_key: &str, stamp: i64, detail: &str) -> Result<(), StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql("recording a prepared stick"))?;
        for id in note_ids {
            tx.execute("UPDATE feedback SET sent_at = ?2 WHERE id = ?1 AND sent_at IS NULL", params![id, stamp]).map_err(sql("marking notes sent"))?;
        }
        tx.execute("INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value", params![stamp_key, stamp.to_string()])
            .map_err(sql("recording a prepared stick"))?;
        audit_in(&tx, Some(&who.id), &who.name, "prepare_usb", detail)?;
        tx.commit().map_err(sql("recording a prepared stick"))
    }

    /// Records what the machine did by itself (the USB watch loading a
    /// stick), under `by` rather than an instructor.
    pub fn audit_machine(&mut self, by: &str, action: &str, detail: &str) -> Result<(), StoreError> {
        let tx = self.conn.transaction().map_err(sql("writing the audit log"))?;
        audit_in(&tx, None, by, action, detail)?;
        tx.commit().map_err(sql("writing the audit log"))
    }

    /// Records an instructor's action in the audit log.
    pub fn audit(&mut self, who: &InstructorSession, action: &str, detail: &str) -> Result<(), StoreError> {
        let tx = self.conn.transaction().map_err(sql("writing the audit log"))?;
        audit_in(&tx, Some(&who.id), &who.name, action, detail)?;
        tx.commit().map_err(sql("writing the audit log"))
    }

    /// The audit log, newest first, filtered.
    pub fn audit_log(&self, f: &AuditFilter) -> Result<Vec<AuditEntry>, StoreError> {
        let like = f.text.as_ref().map(|t| format!("%{}%", t.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")));
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, at, instructor_name, action, detail FROM audit_log
                 WHERE (?1 IS NULL OR action = ?1) AND (?2 IS NULL OR instructor_name = ?2 COLLATE NOCASE)
                   AND (?3 IS NULL OR detail LIKE ?3 ESCAPE '\\') AND (?4 IS NULL OR at >= ?4) AND (?5 IS NULL OR at < ?5)
                 ORDER BY at DESC, id DESC LIMIT 5000",
            )
            .map_err(sql("reading the audit log"))?;
        let rows = stmt
            .query_map(params![f.action, f.instructor, like, f.from_ms, f.to_ms], |r| {
                Ok(AuditEntry { id: r.get(0)?, at: r.get(1)?, instructor: r.get(2)?, action: r.get(3)?, detail: r.get(4)? })
            })
            .map_err(sql("reading the audit log"))?;
        rows.collect::<Result<_, _>>().map_err(sql("reading the audit log"))
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional().map_err(sql("reading settings"))
    }

    /// Changes whenever anything the class views show may have: (the last
    /// event's row, re-grades this version made, the last import). Both
    /// counts only grow: a re-grade replaces only an older version's, and
    /// then this version's count grows by one.
    pub fn class_stamp(&self) -> Result<(i64, i64, i64), StoreError> {
        self.conn
            .query_row(
                "SELECT (SELECT COALESCE(MAX(rowid), 0) FROM events), (SELECT COUNT(*) FROM regrades WHERE stepstone_version = ?1),
                        (SELECT COALESCE(MAX(rowid), 0) FROM bundle_imports)",
                [crate::VERSION],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .map_err(sql("reading the store's state"))
    }

    /// Imported attempts per (device, learner): an import's summary counts
    /// what is new against this.
    pub fn attempt_counts(&self) -> Result<std::collections::HashMap<(String, String), u32>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT device_id, student_id, COUNT(*) FROM events WHERE kind = 'attempt_recorded' AND student_id IS NOT NULL GROUP BY device_id, student_id")
            .map_err(sql("counting attempts"))?;
        let rows = stmt.query_map([], |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?))).map_err(sql("counting attempts"))?;
        rows.collect::<Result<_, _>>().map_err(sql("counting attempts"))
    }

    pub fn set_setting(&mut self, who: &InstructorSession, key: &str, value: &str) -> Result<(), StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql("saving settings"))?;
        tx.execute("INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value", params![key, value])
            .map_err(sql("saving settings"))?;
        audit_in(&tx, Some(&who.id), &who.name, "settings", &format!("{key} set to {value}"))?;
        tx.commit().map_err(sql("saving settings"))
    }

    /// A learner added on the instructor's machine, to reach terminals on
    /// the next stick. Nothing is made locally: no learner signs in here.
    pub fn add_learner_centrally(&mut self, who: &InstructorSession, display_name: &str, pin: &str) -> Result<RosterEntry, StoreError> {
        if !name_is_valid(display_name) {
            return Err(StoreError::BadName);
        }
        let now = now_ms();
        let entry = RosterEntry { id: uuid::Uuid::new_v4().to_string(), display_name: display_name.trim().to_string(), pin_hash: Some(hash_pin(pin)?), created_at: now, active: true, revision: now };
        self.change_roster(who, &entry, "roster_add", &format!("learner {:?} added", entry.display_name))?;
        Ok(entry)
    }

    /// A new PIN for a learner who forgot theirs; it reaches terminals on
    /// the next stick and lifts their lock-outs there.
    pub fn reset_pin(&mut self, who: &InstructorSession, student_id: &str, pin: &str) -> Result<RosterEntry, StoreError> {
        let mut entry = self.roster_entry(student_id)?;
        entry.pin_hash = Some(hash_pin(pin)?);
        entry.revision = self.next_revision(&entry);
        self.change_roster(who, &entry, "pin_reset", &format!("new PIN for {:?}", entry.display_name))?;
        Ok(entry)
    }

    /// A learner who left (or came back): their records are kept; while
    /// inactive they cannot sign in on any terminal the next stick reaches.
    pub fn set_learner_active(&mut self, who: &InstructorSession, student_id: &str, active: bool) -> Result<RosterEntry, StoreError> {
        let mut entry = self.roster_entry(student_id)?;
        entry.active = active;
        entry.revision = self.next_revision(&entry);
        let (action, what) = if active { ("reactivate", "may sign in again") } else { ("deactivate", "deactivated: cannot sign in") };
        self.change_roster(who, &entry, action, &format!("{:?} {what}", entry.display_name))?;
        Ok(entry)
    }

    fn roster_entry(&self, student_id: &str) -> Result<RosterEntry, StoreError> {
        self.roster()?.into_iter().find(|e| e.id == student_id).ok_or_else(|| StoreError::UnknownStudent(student_id.to_string()))
    }

    /// A revision later than the entry's and than now: revisions order
    /// changes even when the clock was set back.
    fn next_revision(&self, entry: &RosterEntry) -> i64 {
        now_ms().max(entry.revision.saturating_add(1))
    }

    /// Appends a roster change to this machine's log and audits it, in one
    /// transaction.
    fn change_roster(&mut self, who: &InstructorSession, entry: &RosterEntry, action: &str, detail: &str) -> Result<(), StoreError> {
        let payload = serde_json::to_string(entry).unwrap_or_default();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql("changing the roster"))?;
        append_event(&tx, &self.device_id, Some(&entry.id), "roster_changed", &payload, now_ms())?;
        audit_in(&tx, Some(&who.id), &who.name, action, detail)?;
        tx.commit().map_err(sql("changing the roster"))
    }

    /// On a terminal: logs what the learner did that the instructor needs
    /// to see how they work (a sign-in, an exercise opened, a hint or the
    /// solution seen). It travels with their next Save to USB.
    pub fn record_activity(&mut self, s: &Session, kind: &'static str, exercise_id: Option<&str>, level: Option<u32>) -> Result<(), StoreError> {
        debug_assert!(ACTIVITY_KINDS.contains(&kind));
        let payload = serde_json::to_string(&ActivityPayload { exercise_id: exercise_id.map(Into::into), level }).unwrap_or_default();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql("logging activity"))?;
        append_event(&tx, &self.device_id, Some(&s.student_id), kind, &payload, now_ms())?;
        tx.commit().map_err(sql("logging activity"))
    }

    /// Every learner activity in the merged log from other devices, oldest
    /// first. Malformed payloads are skipped: they are a terminal's claim,
    /// and only ever shown, never counted as a pass.
    pub fn activity(&self) -> Result<Vec<Activity>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT device_id, student_id, kind, payload, created_at FROM events
                 WHERE kind IN ('signed_in', 'exercise_opened', 'hint_opened', 'solution_viewed') AND device_id <> ?1 AND student_id IS NOT NULL
                 ORDER BY created_at, device_id, seq",
            )
            .map_err(sql("reading activity"))?;
        let rows = stmt
            .query_map([&self.device_id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?, r.get::<_, i64>(4)?)))
            .map_err(sql("reading activity"))?;
        let mut out = Vec::new();
        for row in rows {
            let (device_id, student_id, kind, payload, created_at) = row.map_err(sql("reading activity"))?;
            let Ok(p) = serde_json::from_str::<ActivityPayload>(&payload) else { continue };
            out.push(Activity { device_id, student_id, kind, exercise_id: p.exercise_id, level: p.level, created_at });
        }
        Ok(out)
    }

    /// For each terminal heard from: (device id, when its newest event was
    /// made, when its last bundle was imported here).
    pub fn terminals_heard(&self) -> Result<Vec<(String, i64, i64)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT b.device_id, (SELECT COALESCE(MAX(created_at), 0) FROM events e WHERE e.device_id = b.device_id), MAX(b.imported_at)
                 FROM bundle_imports b WHERE b.kind = 'progress' AND b.device_id <> ?1 GROUP BY b.device_id ORDER BY b.device_id",
            )
            .map_err(sql("reading imports"))?;
        let rows = stmt.query_map([&self.device_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).map_err(sql("reading imports"))?;
        rows.collect::<Result<_, _>>().map_err(sql("reading imports"))
    }
}

fn audit_in(tx: &rusqlite::Transaction, id: Option<&str>, name: &str, action: &str, detail: &str) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO audit_log (at, instructor_id, instructor_name, action, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![now_ms(), id, name, action, detail],
    )
    .map_err(sql("writing the audit log"))?;
    Ok(())
}
