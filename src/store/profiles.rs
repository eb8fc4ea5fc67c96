//! Learner profiles: creating them (6-digit PINs under a slow argon2id),
//! signing in with escalating lock-outs, and an instructor's unlock. What
//! it leaves out: PIN resets sent from the instructor (roster changes).

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use rusqlite::{params, OptionalExtension, TransactionBehavior};

use super::{append_event, name_is_valid, now_ms, sql, RosterEntry, Session, Store, StoreError, Student};

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

/// A learner's PIN, checked (at least [`MIN_PIN_DIGITS`] digits, digits
/// only) and hashed for storing.
pub(crate) fn hash_pin(pin: &str) -> Result<String, StoreError> {
    if pin.len() < MIN_PIN_DIGITS || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(StoreError::WeakPin);
    }
    hash_secret(pin)
}

/// argon2id of a PIN or an instructor's passphrase, with a fresh salt.
pub(crate) fn hash_secret(secret: &str) -> Result<String, StoreError> {
    Ok(pin_hasher().hash_password(secret.as_bytes(), &SaltString::generate(&mut OsRng)).map_err(|e| StoreError::Hash(e.to_string()))?.to_string())
}

/// Whether `secret` matches a stored argon2id hash (its costs are read from
/// the hash, so older hashes verify).
pub(crate) fn secret_matches(secret: &str, hash: &str) -> Result<bool, StoreError> {
    let parsed = PasswordHash::new(hash).map_err(|e| StoreError::Hash(e.to_string()))?;
    Ok(pin_hasher().verify_password(secret.as_bytes(), &parsed).is_ok())
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

impl Store {
    /// A new learner profile. The id is random (122 bits), so two terminals
    /// never mint the same one.
    pub fn create_student(&mut self, display_name: &str, pin: &str) -> Result<Student, StoreError> {
        if !name_is_valid(display_name) {
            return Err(StoreError::BadName);
        }
        let name = display_name.trim();
        let hash = hash_pin(pin)?;
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
        let entry = RosterEntry { id: student.id.clone(), display_name: student.display_name.clone(), pin_hash: Some(hash), created_at: now, active: true, revision: 0 };
        append_event(&tx, &self.device_id, Some(&student.id), "student_created", &serde_json::to_string(&entry).unwrap_or_default(), now)?;
        tx.commit().map_err(sql("saving a new learner"))?;
        Ok(student)
    }

    /// Every profile that can sign in on this terminal (names only: nothing
    /// private); learners an instructor deactivated are left out.
    pub fn list_students(&self) -> Result<Vec<Student>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, display_name FROM students WHERE active = 1 ORDER BY display_name COLLATE NOCASE, id")
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
        if secret_matches(pin, &hash)? {
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
}
