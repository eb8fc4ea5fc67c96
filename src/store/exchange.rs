//! What crosses between machines: this device's event log, trusted keys,
//! applying bundles (progress, roster, feedback, packs) in one transaction
//! each, the roster, and the instructor's view of the class and its notes.
//! What it leaves out: reading and checking bundle files (`crate::bundle`).

use rusqlite::{params, OptionalExtension, TransactionBehavior};

use super::*;

impl Store {
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
    ///
    /// A learner's save says how far the device's log reached when it was
    /// made (`device_seq`), so events after the last one held here (other
    /// learners' work, not saved yet) count as missing too.
    pub fn missing_events(&self, device_id: &str) -> Result<Vec<(i64, i64)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                // A `restored` event announces its own gap: the numbers
                // after the backup's last were skipped on purpose (see
                // `resume_after_restore`); any before it are still missing.
                "SELECT prev + 1, CASE WHEN kind = 'restored' THEN MIN(seq - 1, restored_at) ELSE seq - 1 END FROM (
                     SELECT seq, kind, COALESCE(LAG(seq) OVER (ORDER BY seq), 0) AS prev,
                            CASE WHEN kind = 'restored' THEN COALESCE(json_extract(payload, '$.backup_seq'), 0) END AS restored_at
                     FROM events WHERE device_id = ?1
                 ) WHERE seq > prev + 1 AND (kind <> 'restored' OR prev + 1 <= restored_at) ORDER BY seq",
            )
            .map_err(sql("reading events"))?;
        let rows = stmt.query_map([device_id], |r| Ok((r.get(0)?, r.get(1)?))).map_err(sql("reading events"))?;
        let mut out: Vec<(i64, i64)> = rows.collect::<Result<_, _>>().map_err(sql("reading events"))?;
        let (held, reached): (i64, i64) = self
            .conn
            .query_row(
                "SELECT (SELECT COALESCE(MAX(seq), 0) FROM events WHERE device_id = ?1), (SELECT COALESCE(MAX(device_seq), 0) FROM bundle_imports WHERE device_id = ?1)",
                [device_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(sql("reading events"))?;
        if reached > held {
            out.push((held + 1, reached));
        }
        Ok(out)
    }

    /// The last export of one learner's events (`Some`) or of the whole
    /// device (`None`): (seq_to, sha256 of the bundle file). The two are
    /// separate chains.
    pub fn last_export(&self, student_id: Option<&str>) -> Result<Option<(i64, String)>, StoreError> {
        self.conn
            .query_row("SELECT seq_to, sha256 FROM bundle_exports WHERE student_id IS ?1 ORDER BY id DESC LIMIT 1", [student_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()
            .map_err(sql("reading exports"))
    }

    pub fn record_export(&mut self, bundle_id: &str, seq_to: i64, sha256: &str, student_id: Option<&str>) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO bundle_exports (bundle_id, seq_to, sha256, created_at, student_id) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![bundle_id, seq_to, sha256, now_ms(), student_id],
            )
            .map_err(sql("recording an export"))?;
        Ok(())
    }

    /// The newest event in this device's own log (0 when there is none).
    pub fn last_seq(&self) -> Result<i64, StoreError> {
        self.conn.query_row("SELECT COALESCE(MAX(seq), 0) FROM events WHERE device_id = ?1", [&self.device_id], |r| r.get(0)).map_err(sql("reading the event log"))
    }

    /// The signed-in learner's own events on this device after `after_seq`.
    pub fn events_of(&self, s: &Session, after_seq: i64) -> Result<Vec<Event>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT device_id, seq, student_id, kind, payload, created_at FROM events WHERE device_id = ?1 AND student_id = ?2 AND seq > ?3 ORDER BY seq")
            .map_err(sql("reading the event log"))?;
        let rows = stmt.query_map(params![self.device_id, s.student_id, after_seq], event_from_row).map_err(sql("reading the event log"))?;
        rows.collect::<Result<_, _>>().map_err(sql("reading the event log"))
    }

    /// Applies a verified bundle's events in one transaction. The same
    /// bundle again, or events already held, change nothing; the same
    /// (device, seq) with different content is a fork and rejects the whole
    /// bundle. Returns how many events were new.
    pub fn apply_bundle(&mut self, bundle_id: &str, device_id: &str, seq: (i64, i64), device_seq: Option<i64>, sha256: &str, events: &[Event]) -> Result<Result<usize, ForkError>, StoreError> {
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
            "INSERT INTO bundle_imports (bundle_id, device_id, seq_from, seq_to, sha256, imported_at, device_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![bundle_id, device_id, seq.0, seq.1, sha256, now_ms(), device_seq],
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
            let Ok(mut entry) = serde_json::from_str::<RosterEntry>(&payload) else { continue };
            // Only the instructor's own changes carry a revision or a
            // deactivation: a terminal's huge revision would make every
            // later PIN reset or deactivation lose on the terminals.
            entry.revision = 0;
            entry.active = true;
            if student_id.as_deref() != Some(entry.id.as_str()) || !entry.can_sign_in() {
                continue;
            }
            if seen.insert(entry.id.clone()) {
                out.push(entry);
            }
        }
        // The instructor's own changes (a learner added here, a new PIN, a
        // deactivation), from this machine's log only: a terminal's log
        // cannot speak for the roster this way.
        let mut stmt = self
            .conn
            .prepare("SELECT payload FROM events WHERE kind = 'roster_changed' AND device_id = ?1 ORDER BY seq")
            .map_err(sql("reading the roster"))?;
        let rows = stmt.query_map([&self.device_id], |r| r.get::<_, String>(0)).map_err(sql("reading the roster"))?;
        for row in rows {
            let Ok(entry) = serde_json::from_str::<RosterEntry>(&row.map_err(sql("reading the roster"))?) else { continue };
            if !entry.can_sign_in() {
                continue;
            }
            match out.iter_mut().find(|e| e.id == entry.id) {
                Some(e) => *e = entry,
                None => out.push(entry),
            }
        }
        Ok(out)
    }

    /// Every attempt in the merged log (the instructor's review list),
    /// oldest first, with the learner's name and any feedback given.
    pub fn class_attempts(&self) -> Result<Vec<ClassAttempt>, StoreError> {
        self.class_attempts_of(None, None)
    }

    /// [`Store::class_attempts`] of one learner, or at one exercise, only:
    /// the rest are not decoded.
    pub fn class_attempts_of(&self, student_id: Option<&str>, exercise_id: Option<&str>) -> Result<Vec<ClassAttempt>, StoreError> {
        let names: HashMap<String, String> = self.roster()?.into_iter().map(|r| (r.id, r.display_name)).collect();
        let mut feedback: HashMap<String, Vec<Feedback>> = HashMap::new();
        for f in self.all_feedback()? {
            feedback.entry(f.attempt_id.clone()).or_default().push(f);
        }
        let mut stmt = self
            .conn
            .prepare(
                "SELECT e.device_id, e.student_id, e.payload, r.device_id, r.seq, r.exercise_id, r.claimed_pass, r.verdict, r.detail
                 FROM events e LEFT JOIN regrades r ON r.device_id = e.device_id AND r.seq = e.seq AND r.stepstone_version = ?1
                 WHERE e.kind = 'attempt_recorded' AND (?2 IS NULL OR e.student_id = ?2)
                   AND (?3 IS NULL OR (CASE WHEN json_valid(e.payload) THEN json_extract(e.payload, '$.exercise_id') END) = ?3)
                 ORDER BY e.created_at, e.device_id, e.seq",
            )
            .map_err(sql("reading attempts"))?;
        // Only this version's verdicts: one an older grader made is shown
        // as not re-graded yet, never as this machine's word.
        let rows = stmt
            .query_map(params![crate::VERSION, student_id, exercise_id], |r| {
                let regrade = match r.get::<_, Option<String>>(3)? {
                    Some(_) => Some(regrade_from_row_at(r, 3)?),
                    None => None,
                };
                Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, String>(2)?, regrade))
            })
            .map_err(sql("reading attempts"))?;
        let mut out = Vec::new();
        for row in rows {
            let (device_id, student_id, payload, regrade) = row.map_err(sql("reading attempts"))?;
            let (Some(student_id), Ok(a)) = (student_id, serde_json::from_str::<Attempt>(&payload)) else { continue };
            out.push(ClassAttempt {
                display_name: names.get(&student_id).cloned().unwrap_or_else(|| "(unknown learner)".into()),
                feedback: feedback.remove(&a.id).unwrap_or_default(),
                attempt_id: a.id,
                device_id,
                student_id,
                exercise_id: a.exercise_id,
                passed: a.passed,
                regrade,
                started_at: a.started_at,
                failing_tests: a
                    .report
                    .tests
                    .iter()
                    .filter(|t| t.status != crate::sandbox::TestStatus::Pass)
                    .take(50)
                    .map(|t| crate::sandbox::text::cap_chars(&t.name, 200))
                    .collect(),
                code: a.code,
            });
        }
        Ok(out)
    }

    /// Every attempt in the merged log as the class grid needs it: who,
    /// where, which exercise, when, the claim and this version's re-grade,
    /// from the `attempt_marks` table a trigger fills as attempts arrive,
    /// so that no attempt's payload is parsed (a year of a class is
    /// hundreds of megabytes of them), in no particular order. `code`,
    /// `feedback`, `failing_tests`, `display_name` and the re-grade's
    /// `detail` are left empty. An event whose payload lacks one
    /// of those fields, or has it of the wrong type, is left out.
    pub fn attempt_marks(&self) -> Result<Vec<ClassAttempt>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT m.device_id, m.student_id, m.attempt_id, m.exercise_id, m.passed, m.started_at, m.seq, r.verdict
                 FROM attempt_marks m LEFT JOIN regrades r ON r.device_id = m.device_id AND r.seq = m.seq AND r.stepstone_version = ?1",
            )
            .map_err(sql("reading attempts"))?;
        let rows = stmt
            .query_map([crate::VERSION], |r| {
                let device_id: String = r.get(0)?;
                let exercise_id: String = r.get(3)?;
                let passed: bool = r.get(4)?;
                let regrade = r.get::<_, Option<String>>(7)?.map(|v| Regrade {
                    device_id: device_id.clone(),
                    seq: r.get(6).unwrap_or(0),
                    exercise_id: exercise_id.clone(),
                    claimed_pass: passed,
                    verdict: RegradeVerdict::parse(&v),
                    detail: String::new(),
                });
                Ok(ClassAttempt {
                    device_id,
                    student_id: r.get(1)?,
                    attempt_id: r.get(2)?,
                    exercise_id,
                    passed,
                    started_at: r.get(5)?,
                    regrade,
                    display_name: String::new(),
                    code: Vec::new(),
                    feedback: Vec::new(),
                    failing_tests: Vec::new(),
                })
            })
            .map_err(sql("reading attempts"))?;
        // A row SQLite holds but Rust cannot take (text that is not UTF-8,
        // say, from a lone surrogate in a terminal's JSON) is that
        // attempt's problem: it is left out, never the whole class's.
        let mut out = Vec::new();
        for row in rows {
            match row {
                Ok(a) => out.push(a),
                Err(rusqlite::Error::InvalidColumnType(..) | rusqlite::Error::FromSqlConversionFailure(..) | rusqlite::Error::Utf8Error(..)) => {}
                Err(e) => return Err(StoreError::Sql { action: "reading attempts", source: e }),
            }
        }
        Ok(out)
    }

    /// When each device's last bundle was loaded here: none of its events
    /// can have been made later, whatever its clock said.
    pub fn last_loaded(&self) -> Result<HashMap<String, i64>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT device_id, MAX(imported_at) FROM bundle_imports GROUP BY device_id").map_err(sql("reading imports"))?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).map_err(sql("reading imports"))?;
        rows.collect::<Result<_, _>>().map_err(sql("reading imports"))
    }

    /// Imported attempts this machine has not re-graded yet, at most
    /// `limit`, taking the devices in turn: every device's first attempt,
    /// then every device's second, and so on, so that a terminal that sent
    /// thousands of slow attempts (a tampered one, say) cannot hold back
    /// everyone else's. Each item is (cursor, device, seq, the attempt as
    /// the terminal sent it); only items after `after` (the last cursor of
    /// the previous batch) are returned, so an attempt left un-graded in
    /// one round is not met again until the next. An event whose payload is
    /// not an attempt comes back as `None`, so the caller records it as
    /// ungradable rather than meeting it for ever.
    pub fn attempts_to_regrade(&self, after: &RegradeCursor, limit: usize) -> Result<Vec<(RegradeCursor, String, i64, Option<Attempt>)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT turn, device_id, seq, payload FROM (
                     SELECT e.device_id, e.seq, e.payload, ROW_NUMBER() OVER (PARTITION BY e.device_id ORDER BY e.seq) AS turn
                     FROM events e WHERE e.kind = 'attempt_recorded' AND e.device_id <> ?1
                 ) a
                 WHERE (turn, device_id) > (?2, ?3)
                   AND NOT EXISTS (SELECT 1 FROM regrades r WHERE r.device_id = a.device_id AND r.seq = a.seq AND r.stepstone_version = ?5)
                 ORDER BY turn, device_id LIMIT ?4",
            )
            .map_err(sql("reading attempts to re-grade"))?;
        let rows = stmt
            .query_map(params![self.device_id, after.turn, after.device_id, limit as i64, crate::VERSION], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?, r.get::<_, String>(3)?))
            })
            .map_err(sql("reading attempts to re-grade"))?;
        let mut out = Vec::new();
        for row in rows {
            let (turn, device, seq, payload) = row.map_err(sql("reading attempts to re-grade"))?;
            out.push((RegradeCursor { turn, device_id: device.clone() }, device, seq, serde_json::from_str::<Attempt>(&payload).ok()));
        }
        Ok(out)
    }

    /// Stores this machine's verdict on one imported attempt, beside what
    /// the terminal claimed. Re-grading is deterministic, so a verdict this
    /// version of Stepstone already made is kept; one an older version
    /// made is replaced (a grader fixed since must get to judge again the
    /// passes that fooled the old one).
    pub fn record_regrade(&mut self, r: &Regrade) -> Result<(), StoreError> {
        self.record_regrades(std::slice::from_ref(r))
    }

    /// [`Store::record_regrade`] for many, in one transaction.
    pub fn record_regrades(&mut self, verdicts: &[Regrade]) -> Result<(), StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql("saving a re-grade"))?;
        {
            let mut stmt = tx
                .prepare(
                    "INSERT INTO regrades (device_id, seq, exercise_id, claimed_pass, verdict, detail, stepstone_version, regraded_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                     ON CONFLICT (device_id, seq) DO UPDATE SET exercise_id = excluded.exercise_id, claimed_pass = excluded.claimed_pass,
                       verdict = excluded.verdict, detail = excluded.detail, stepstone_version = excluded.stepstone_version, regraded_at = excluded.regraded_at
                     WHERE regrades.stepstone_version <> excluded.stepstone_version",
                )
                .map_err(sql("saving a re-grade"))?;
            let now = now_ms();
            for r in verdicts {
                stmt.execute(params![r.device_id, r.seq, r.exercise_id, r.claimed_pass, r.verdict.as_str(), r.detail, crate::VERSION, now]).map_err(sql("saving a re-grade"))?;
            }
        }
        tx.commit().map_err(sql("saving a re-grade"))
    }

    /// (re-graded, imported) attempts: how far the catch-up has come.
    pub fn regrade_progress(&self) -> Result<(usize, usize), StoreError> {
        self.conn
            .query_row(
                "SELECT (SELECT COUNT(*) FROM regrades WHERE stepstone_version = ?2), (SELECT COUNT(*) FROM events WHERE kind = 'attempt_recorded' AND device_id <> ?1)",
                [self.device_id.as_str(), crate::VERSION],
                |r| Ok((r.get::<_, i64>(0)? as usize, r.get::<_, i64>(1)? as usize)),
            )
            .map_err(sql("counting re-grades"))
    }

    /// Every re-grade whose verdict is not the terminal's claim.
    pub fn regrade_disagreements(&self) -> Result<Vec<Regrade>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT device_id, seq, exercise_id, claimed_pass, verdict, detail FROM regrades
                 WHERE claimed_pass <> (verdict = 'pass') AND stepstone_version = ?1 ORDER BY regraded_at, device_id, seq",
            )
            .map_err(sql("reading re-grades"))?;
        let rows = stmt.query_map([crate::VERSION], regrade_from_row).map_err(sql("reading re-grades"))?;
        rows.collect::<Result<_, _>>().map_err(sql("reading re-grades"))
    }

    /// The instructor writes feedback on an attempt from the merged log.
    pub fn add_feedback(&mut self, attempt_id: &str, text: &str, author: &str) -> Result<Feedback, StoreError> {
        self.add_feedback_at(attempt_id, text, author, None)
    }

    /// [`Store::add_feedback`], anchored to a line of the attempt's code.
    /// It waits in the queue until a stick carries it ([`Store::record_prepared`]).
    pub fn add_feedback_at(&mut self, attempt_id: &str, text: &str, author: &str, line: Option<u32>) -> Result<Feedback, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql("saving feedback"))?;
        let f = insert_feedback(&tx, attempt_id, text, author, line)?;
        tx.commit().map_err(sql("saving feedback"))?;
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
            .prepare(&format!("SELECT id, attempt_id, student_id, exercise_id, text, author, created_at, line FROM feedback WHERE {filter} ORDER BY created_at, id"))
            .map_err(sql("reading feedback"))?;
        let rows = stmt
            .query_map(p, |r| Ok(Feedback { id: r.get(0)?, attempt_id: r.get(1)?, student_id: r.get(2)?, exercise_id: r.get(3)?, text: r.get(4)?, author: r.get(5)?, created_at: r.get(6)?, line: r.get(7)? }))
            .map_err(sql("reading feedback"))?;
        rows.collect::<Result<_, _>>().map_err(sql("reading feedback"))
    }

    /// Notes no stick has carried yet.
    pub fn queued_feedback(&self) -> Result<Vec<Feedback>, StoreError> {
        self.feedback_where("sent_at IS NULL", [])
    }

    /// The class settings the instructor last sent, if any.
    pub fn class_policy(&self) -> Result<Option<ClassPolicy>, StoreError> {
        let json: Option<String> = self.conn.query_row("SELECT policy_json FROM class_policy", [], |r| r.get(0)).optional().map_err(sql("reading the class settings"))?;
        // It was checked on import; a row that no longer parses is ignored
        // rather than stopping the app.
        Ok(json.and_then(|j| serde_json::from_str(&j).ok()))
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
                    // A profile changes only for a newer revision (an
                    // instructor's PIN reset or deactivation), which also
                    // lifts any lock-out: the instructor stepped in.
                    changed += tx
                        .execute(
                            "INSERT INTO students (id, display_name, pin_hash, created_at, active, roster_revision) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                             ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, pin_hash = excluded.pin_hash, active = excluded.active,
                               roster_revision = excluded.roster_revision, failed_sign_ins = 0, lockouts = 0, locked_until = NULL, lock_boot = NULL, lock_boot_until = NULL
                             WHERE excluded.roster_revision > students.roster_revision",
                            params![e.id, e.display_name, hash, e.created_at, e.active, e.revision],
                        )
                        .map_err(sql("adding a learner from the roster"))?;
                }
            }
            InstructorPayload::Feedback(notes) => {
                for f in notes {
                    changed += tx
                        .execute(
                            "INSERT INTO feedback (id, attempt_id, student_id, exercise_id, text, author, created_at, line) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (id) DO NOTHING",
                            params![f.id, f.attempt_id, f.student_id, f.exercise_id, f.text, f.author, f.created_at, f.line],
                        )
                        .map_err(sql("saving feedback"))?;
                }
            }
            InstructorPayload::Policy(created_at, policy) => {
                changed += tx
                    .execute(
                        "INSERT INTO class_policy (only, created_at, policy_json) VALUES (1, ?1, ?2)
                         ON CONFLICT (only) DO UPDATE SET created_at = excluded.created_at, policy_json = excluded.policy_json
                         WHERE excluded.created_at > class_policy.created_at AND excluded.policy_json <> class_policy.policy_json",
                        params![created_at, serde_json::to_string(policy).unwrap_or_default()],
                    )
                    .map_err(sql("saving the class settings"))?;
            }
            InstructorPayload::Pack(p) => {
                let files = serde_json::to_string(&p.files).unwrap_or_default();
                changed += tx
                    .execute(
                        "INSERT INTO curriculum_packs (track_id, created_at, sha256, files_json, installed_at) VALUES (?1, ?2, ?3, ?4, ?5)
                         ON CONFLICT (track_id) DO UPDATE SET created_at = excluded.created_at, sha256 = excluded.sha256, files_json = excluded.files_json, installed_at = excluded.installed_at
                         WHERE excluded.created_at > curriculum_packs.created_at AND excluded.sha256 <> curriculum_packs.sha256",
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
}

/// An attempt event's id, as the `events_by_attempt_id` index holds it; a
/// payload that is not JSON (a hostile terminal's) has none, rather than
/// making every query over attempts fail.
pub(crate) const ATTEMPT_ID: &str = "CASE WHEN json_valid(payload) THEN json_extract(payload, '$.id') END";

/// Saves a note on an imported attempt inside the caller's transaction,
/// after checking the text and, when the note names a line, that the
/// attempt's first file has that line.
pub(crate) fn insert_feedback(tx: &rusqlite::Transaction, attempt_id: &str, text: &str, author: &str, line: Option<u32>) -> Result<Feedback, StoreError> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > MAX_FEEDBACK_CHARS {
        return Err(StoreError::BadFeedback);
    }
    let mut stmt = tx
        .prepare(&format!(
            "SELECT DISTINCT student_id, json_extract(payload, '$.exercise_id'), json_extract(payload, '$.code[0].text') FROM events
             WHERE kind = 'attempt_recorded' AND {ATTEMPT_ID} = ?1 LIMIT 2"
        ))
        .map_err(sql("finding the attempt"))?;
    let found: Vec<(Option<String>, Option<String>, Option<String>)> = stmt
        .query_map([attempt_id], |r| Ok((r.get(0)?, r.get(1).unwrap_or(None), r.get(2).unwrap_or(None))))
        .map_err(sql("finding the attempt"))?
        .collect::<Result<_, _>>()
        .map_err(sql("finding the attempt"))?;
    drop(stmt);
    // Attempt ids are random UUIDs; two learners (or two different codes)
    // under one means a log was tampered with, and a note must not guess
    // which is meant.
    let (student_id, exercise_id, code) = match found.as_slice() {
        [] | [(None, _, _)] | [(_, None, _)] => return Err(StoreError::UnknownAttempt(attempt_id.into())),
        [(Some(s), Some(e), code)] => (s.clone(), e.clone(), code.clone().unwrap_or_default()),
        _ => return Err(StoreError::AmbiguousAttempt(attempt_id.into())),
    };
    if let Some(line) = line {
        let lines = code.lines().count();
        if line == 0 || line as usize > lines {
            return Err(StoreError::BadLine { line, lines });
        }
    }
    let f = Feedback { id: uuid::Uuid::new_v4().to_string(), attempt_id: attempt_id.into(), student_id, exercise_id, text: text.into(), author: author.into(), created_at: now_ms(), line };
    tx.execute(
        "INSERT INTO feedback (id, attempt_id, student_id, exercise_id, text, author, created_at, line) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![f.id, f.attempt_id, f.student_id, f.exercise_id, f.text, f.author, f.created_at, f.line],
    )
    .map_err(sql("saving feedback"))?;
    Ok(f)
}

fn regrade_from_row(r: &rusqlite::Row) -> rusqlite::Result<Regrade> {
    regrade_from_row_at(r, 0)
}

/// A `regrades` row selected as (device_id, seq, exercise_id, claimed_pass,
/// verdict, detail) from column `at` on.
fn regrade_from_row_at(r: &rusqlite::Row, at: usize) -> rusqlite::Result<Regrade> {
    Ok(Regrade {
        device_id: r.get(at)?,
        seq: r.get(at + 1)?,
        exercise_id: r.get(at + 2)?,
        claimed_pass: r.get(at + 3)?,
        verdict: RegradeVerdict::parse(&r.get::<_, String>(at + 4)?),
        detail: r.get(at + 5)?,
    })
}

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
