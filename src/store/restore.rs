//! A machine's store across imaging and restoring: a new device id for a
//! cloned image, the log resuming after a restore from backup, and the
//! consistent copy a backup is made from. What it leaves out: the backup
//! file itself, its encryption and the keys (`crate::facility::backup`).

use rusqlite::{params, TransactionBehavior};

use super::*;

impl Store {
    /// The highest sequence any export from this device reached (0 when
    /// nothing was exported): what an instructor could have seen.
    pub fn highest_exported(&self) -> Result<i64, StoreError> {
        self.conn.query_row("SELECT COALESCE(MAX(seq_to), 0) FROM bundle_exports", [], |r| r.get(0)).map_err(sql("reading exports"))
    }

    /// Gives this store a log of its own under a new device id, for a
    /// machine cloned from an image: the image's log (and the record of
    /// what it exported) is the original machine's, not this one's. Its
    /// events stay, under the old id, like imported ones.
    pub fn renew_device_id(&mut self) -> Result<String, StoreError> {
        let id = uuid::Uuid::new_v4().to_string();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql("starting a new device id"))?;
        tx.execute("UPDATE device SET id = ?1, created_at = ?2", params![id, now_ms()]).map_err(sql("minting the device id"))?;
        tx.execute("DELETE FROM bundle_exports", []).map_err(sql("clearing the copied exports"))?;
        tx.commit().map_err(sql("committing a new device id"))?;
        self.device_id = id.clone();
        Ok(id)
    }

    /// After a restore from a backup: this device's log continues at
    /// `next_seq`, with a `restored` event there saying where the backup
    /// ended. Numbers between were never written here, or were written
    /// after the backup and are lost with the disk; an instructor who
    /// imported some of them keeps them, and nothing new reuses them, so
    /// the next bundle is no fork. Applying it twice changes nothing.
    pub fn resume_after_restore(&mut self, backup_seq: i64, next_seq: i64) -> Result<i64, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql("resuming the log"))?;
        let last: i64 = tx.query_row("SELECT COALESCE(MAX(seq), 0) FROM events WHERE device_id = ?1", [&self.device_id], |r| r.get(0)).map_err(sql("reading the event log"))?;
        if last >= next_seq {
            return Ok(last);
        }
        let payload = serde_json::json!({ "backup_seq": backup_seq, "resumes_at": next_seq }).to_string();
        tx.execute("INSERT INTO events (device_id, seq, student_id, kind, payload, created_at) VALUES (?1, ?2, NULL, 'restored', ?3, ?4)", params![self.device_id, next_seq, payload, now_ms()])
            .map_err(sql("logging the restore"))?;
        tx.commit().map_err(sql("committing the restore"))?;
        Ok(next_seq)
    }

    /// A consistent copy of the whole store at `dest` (SQLite's online
    /// backup: the app may keep writing meanwhile).
    pub fn backup_to(&self, dest: &std::path::Path) -> Result<(), StoreError> {
        let mut out = rusqlite::Connection::open(dest).map_err(|source| StoreError::Open { path: dest.to_path_buf(), source })?;
        {
            let b = rusqlite::backup::Backup::new(&self.conn, &mut out).map_err(sql("starting the backup"))?;
            b.run_to_completion(256, std::time::Duration::from_millis(0), None).map_err(sql("copying the store"))?;
        }
        out.execute_batch("PRAGMA journal_mode=DELETE;").map_err(sql("finishing the backup"))?;
        Ok(())
    }
}
