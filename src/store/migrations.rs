//! Numbered schema migrations, embedded in the binary. Migration N takes
//! the schema from version N-1 to N; each runs in its own transaction with
//! the new `user_version`, so a crash leaves the file at N-1 or N, never
//! between. Never edit a migration that has shipped: add the next one.

use rusqlite::Connection;
use std::path::Path;

use super::StoreError;

pub const MIGRATIONS: &[&str] = &[
    // 1: the first schema.
    "CREATE TABLE device (
        only INTEGER PRIMARY KEY CHECK (only = 1),
        id TEXT NOT NULL,
        created_at INTEGER NOT NULL
    );
    CREATE TABLE students (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        pin_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL
    );
    CREATE TABLE drafts (
        student_id TEXT NOT NULL REFERENCES students(id),
        exercise_id TEXT NOT NULL,
        file_name TEXT NOT NULL,
        text TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (student_id, exercise_id, file_name)
    );
    CREATE TABLE attempts (
        id TEXT PRIMARY KEY,
        student_id TEXT NOT NULL REFERENCES students(id),
        exercise_id TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        duration_ms INTEGER NOT NULL,
        passed INTEGER NOT NULL,
        report_json TEXT NOT NULL,
        code_json TEXT NOT NULL
    );
    CREATE TABLE events (
        device_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        student_id TEXT,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (device_id, seq)
    );",
    // 2: sign-in lock-out, reset history, and the indexes progress needs.
    "ALTER TABLE students ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE students ADD COLUMN locked_until INTEGER;
    CREATE TABLE draft_history (
        id INTEGER PRIMARY KEY,
        student_id TEXT NOT NULL REFERENCES students(id),
        exercise_id TEXT NOT NULL,
        file_name TEXT NOT NULL,
        text TEXT NOT NULL,
        saved_at INTEGER NOT NULL,
        reason TEXT NOT NULL
    );
    CREATE INDEX attempts_by_student ON attempts (student_id, exercise_id, started_at);
    CREATE INDEX draft_history_by_file ON draft_history (student_id, exercise_id, file_name);",
    // 3: bundles: keys this device trusts, what it exported and imported.
    "CREATE TABLE trusted_keys (
        key_id TEXT PRIMARY KEY,
        device_id TEXT NOT NULL,
        facility TEXT NOT NULL,
        role TEXT NOT NULL,
        public_key BLOB NOT NULL,
        enrolled_at INTEGER NOT NULL
    );
    CREATE TABLE bundle_exports (
        id INTEGER PRIMARY KEY,
        bundle_id TEXT NOT NULL,
        seq_to INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        created_at INTEGER NOT NULL
    );
    CREATE TABLE bundle_imports (
        bundle_id TEXT PRIMARY KEY,
        device_id TEXT NOT NULL,
        seq_from INTEGER NOT NULL,
        seq_to INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        imported_at INTEGER NOT NULL
    );",
    // 4: what travels from the instructor to terminals: feedback on
    // attempts and curriculum packs (the roster lands in `students`).
    "ALTER TABLE bundle_imports ADD COLUMN kind TEXT NOT NULL DEFAULT 'progress';
    CREATE TABLE feedback (
        id TEXT PRIMARY KEY,
        attempt_id TEXT NOT NULL,
        student_id TEXT NOT NULL,
        exercise_id TEXT NOT NULL,
        text TEXT NOT NULL,
        author TEXT NOT NULL,
        created_at INTEGER NOT NULL
    );
    CREATE INDEX feedback_by_exercise ON feedback (student_id, exercise_id, created_at);
    CREATE TABLE curriculum_packs (
        track_id TEXT PRIMARY KEY,
        created_at INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        files_json TEXT NOT NULL,
        installed_at INTEGER NOT NULL
    );",
    // 5: encrypted bundles (the recipient key of each trusted device),
    // learners exporting only their own events, escalating lock-outs.
    "ALTER TABLE trusted_keys ADD COLUMN encryption_key TEXT;
    ALTER TABLE bundle_exports ADD COLUMN student_id TEXT;
    ALTER TABLE students ADD COLUMN lockouts INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE students ADD COLUMN lock_boot TEXT;
    ALTER TABLE students ADD COLUMN lock_boot_until INTEGER;
    ALTER TABLE students ADD COLUMN active INTEGER NOT NULL DEFAULT 1;",
    // 6: the instructor's own verdict on each imported attempt, beside the
    // terminal's claim, and how far a device's log reached when one of its
    // learners saved. (A learner's save reads the device's events through
    // the primary key; an index by learner cost every write 30%.)
    "CREATE TABLE regrades (
        device_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        exercise_id TEXT NOT NULL,
        claimed_pass INTEGER NOT NULL,
        verdict TEXT NOT NULL,
        detail TEXT NOT NULL,
        stepstone_version TEXT NOT NULL,
        regraded_at INTEGER NOT NULL,
        PRIMARY KEY (device_id, seq)
    );
    ALTER TABLE bundle_imports ADD COLUMN device_seq INTEGER;",
    // 7: the instructor's workstation: instructor accounts, an append-only
    // audit log of what they do, their settings, notes anchored to a line
    // and queued until a stick carries them, and roster changes (a PIN
    // reset, a learner who left) that reach terminals by revision.
    "CREATE TABLE instructors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        pass_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        failed_sign_ins INTEGER NOT NULL DEFAULT 0,
        lockouts INTEGER NOT NULL DEFAULT 0,
        locked_until INTEGER
    );
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        instructor_id TEXT,
        instructor_name TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL
    );
    CREATE INDEX audit_by_time ON audit_log (at);
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE class_policy (
        only INTEGER PRIMARY KEY CHECK (only = 1),
        created_at INTEGER NOT NULL,
        policy_json TEXT NOT NULL
    );
    ALTER TABLE feedback ADD COLUMN line INTEGER;
    ALTER TABLE feedback ADD COLUMN sent_at INTEGER;
    ALTER TABLE students ADD COLUMN roster_revision INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX events_by_attempt_id ON events ((CASE WHEN json_valid(payload) THEN json_extract(payload, '$.id') END)) WHERE kind = 'attempt_recorded';
    -- What the class grid reads of each attempt, kept by a trigger as the
    -- attempt arrives (by any path), so the grid never parses a year of
    -- payloads; attempts whose payload lacks a field, or has it of the
    -- wrong type, are left out.
    CREATE TABLE attempt_marks (
        device_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        student_id TEXT NOT NULL,
        attempt_id TEXT NOT NULL,
        exercise_id TEXT NOT NULL,
        passed INTEGER NOT NULL,
        started_at INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (device_id, seq)
    );
    CREATE TRIGGER attempt_marks_kept AFTER INSERT ON events
    WHEN NEW.kind = 'attempt_recorded' AND NEW.student_id IS NOT NULL AND json_valid(NEW.payload)
      AND json_type(NEW.payload, '$.id') = 'text' AND json_type(NEW.payload, '$.exercise_id') = 'text'
      AND json_type(NEW.payload, '$.passed') IN ('true', 'false') AND typeof(json_extract(NEW.payload, '$.started_at')) = 'integer'
    BEGIN
      INSERT OR IGNORE INTO attempt_marks (device_id, seq, student_id, attempt_id, exercise_id, passed, started_at, created_at)
      VALUES (NEW.device_id, NEW.seq, NEW.student_id, json_extract(NEW.payload, '$.id'), json_extract(NEW.payload, '$.exercise_id'),
              json_extract(NEW.payload, '$.passed'), json_extract(NEW.payload, '$.started_at'), NEW.created_at);
    END;
    INSERT OR IGNORE INTO attempt_marks (device_id, seq, student_id, attempt_id, exercise_id, passed, started_at, created_at)
    SELECT device_id, seq, student_id, json_extract(payload, '$.id'), json_extract(payload, '$.exercise_id'),
           json_extract(payload, '$.passed'), json_extract(payload, '$.started_at'), created_at
    FROM events WHERE kind = 'attempt_recorded' AND student_id IS NOT NULL AND json_valid(payload)
      AND json_type(payload, '$.id') = 'text' AND json_type(payload, '$.exercise_id') = 'text'
      AND json_type(payload, '$.passed') IN ('true', 'false') AND typeof(json_extract(payload, '$.started_at')) = 'integer';",
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Applies migrations up to `target` (tests use this to build old stores).
pub fn migrate_to(conn: &mut Connection, path: &Path, target: i64) -> Result<(), StoreError> {
    let current: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|source| StoreError::Open { path: path.to_path_buf(), source })?;
    if current > SCHEMA_VERSION {
        return Err(StoreError::TooNew { path: path.to_path_buf(), found: current, supported: SCHEMA_VERSION });
    }
    for version in current + 1..=target.min(SCHEMA_VERSION) {
        let sql = MIGRATIONS[(version - 1) as usize];
        let tx = conn.transaction().map_err(|source| StoreError::Sql { action: "starting a migration", source })?;
        tx.execute_batch(sql).map_err(|source| StoreError::Sql { action: "migrating the schema", source })?;
        tx.pragma_update(None, "user_version", version).map_err(|source| StoreError::Sql { action: "recording the schema version", source })?;
        tx.commit().map_err(|source| StoreError::Sql { action: "committing a migration", source })?;
    }
    Ok(())
}

pub fn migrate(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    migrate_to(conn, path, SCHEMA_VERSION)
}
