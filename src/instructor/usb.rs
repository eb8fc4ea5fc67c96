//! The instructor's end of the USB round trip. Loading reads every bundle
//! on the stick (exactly as a terminal's Load does: verified whole, each
//! applied in one transaction) and sums up what came: new attempts by
//! learner and terminal, terminals whose sticks are still missing (gaps in
//! their sequence numbers), when each was last heard from, and what was
//! refused. Preparing writes everything due in one action: the roster (new
//! learners, PIN resets, deactivations), the notes, the class settings
//! (units open, solutions, idle sign-out) and every curriculum pack
//! released, so a terminal set up late catches up from any stick.
//!
//! What it leaves out: re-grading (the caller starts it after a load, see
//! [`Desk::regrade`]).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Desk, DeskError, SETTING_LAST_PREPARED};
use crate::bundle::Kind;
use crate::workstation::{UsbImport, UsbStatus};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Count {
    pub name: String,
    pub count: u32,
}

/// One terminal, as the import summary shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TerminalStatus {
    pub device_id: String,
    /// When its newest event was made (its clock), if anything came.
    #[ts(type = "number | null")]
    pub last_activity: Option<i64>,
    /// When a stick from it was last loaded here.
    #[ts(type = "number | null")]
    pub last_loaded: Option<i64>,
    /// Its sequence numbers not here yet, in words ("records 5 to 9").
    pub missing: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportSummary {
    pub files: Vec<UsbImport>,
    pub new_attempts: u32,
    pub by_learner: Vec<Count>,
    pub by_terminal: Vec<Count>,
    pub terminals: Vec<TerminalStatus>,
    pub refused: Vec<UsbImport>,
}

/// Where on a stick an instructor puts lesson folders to release.
pub const LESSONS_FOLDER: &str = "stepstone-lessons";

/// A lesson folder found on the stick, ready to release or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OfferedPack {
    /// The folder's name under `stepstone-lessons/`.
    pub folder: String,
    pub track_id: String,
    pub title: String,
    /// Why it cannot be released, in plain words; none when it can.
    pub problem: Option<String>,
    /// A pack of this track was released from this machine before (this
    /// one would replace it).
    pub replaces: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PrepareReport {
    /// The files written to the stick.
    pub files: Vec<String>,
    pub learners: u32,
    pub notes: u32,
    pub new_notes: u32,
    pub packs: u32,
    /// Whether the class settings went too.
    pub policy: bool,
}

impl Desk {
    /// Load from USB: every bundle on the stick, with `progress(done,
    /// total)` after each file, and a summary of what is new since the last
    /// summary (or sign-in), so what the USB watch loaded by itself counts.
    pub fn load_usb(&self, progress: impl FnMut(usize, usize)) -> Result<ImportSummary, DeskError> {
        let who = self.who()?;
        let folder = self.ws.usb_folder()?;
        let base = self.summary_base.lock().unwrap_or_else(|p| p.into_inner()).take();
        let before = match base {
            Some(b) => b,
            None => self.store().attempt_counts()?,
        };
        let files = self.ws.import_from_with(&folder, progress)?;
        let summary = self.summarise(files, &before)?;
        *self.summary_base.lock().unwrap_or_else(|p| p.into_inner()) = Some(self.store().attempt_counts()?);
        let refused = summary.refused.len();
        self.store().audit(&who, "import", &format!("loaded the stick: {} new attempt(s), {} file(s) refused", summary.new_attempts, refused))?;
        Ok(summary)
    }

    /// Records in the audit log what the USB watch loaded or refused by
    /// itself (no instructor pressed anything, so none is named).
    pub fn audit_watch(&self, line: &UsbImport) -> Result<(), DeskError> {
        let what = match line.status {
            UsbStatus::Loaded => "loaded",
            UsbStatus::Refused => "refused",
            _ => return Ok(()),
        };
        Ok(self.store().audit_machine("(USB watch)", "import", &format!("{what} {:?} by itself: {}", line.file, line.message))?)
    }

    /// What an import brought, against the attempt counts from before it.
    pub fn summarise(&self, files: Vec<UsbImport>, before: &HashMap<(String, String), u32>) -> Result<ImportSummary, DeskError> {
        let store = self.store();
        let after = store.attempt_counts()?;
        let names: HashMap<String, String> = store.roster()?.into_iter().map(|e| (e.id, e.display_name)).collect();
        let mut by_learner: HashMap<String, u32> = HashMap::new();
        let mut by_terminal: HashMap<String, u32> = HashMap::new();
        let mut new_attempts = 0;
        for ((device, student), n) in &after {
            let new = n - before.get(&(device.clone(), student.clone())).copied().unwrap_or(0).min(*n);
            if new > 0 {
                new_attempts += new;
                *by_learner.entry(names.get(student).cloned().unwrap_or_else(|| "(unknown learner)".into())).or_default() += new;
                *by_terminal.entry(device.clone()).or_default() += new;
            }
        }
        let mut terminals = Vec::new();
        let heard: HashMap<String, (i64, i64)> = store.terminals_heard()?.into_iter().map(|(d, e, i)| (d, (e, i))).collect();
        let mut devices: Vec<String> = store.trusted_keys("terminal", &self.identity.facility)?.into_iter().map(|k| k.device_id).collect();
        devices.extend(heard.keys().cloned());
        devices.sort();
        devices.dedup();
        for d in devices {
            let missing = store
                .missing_events(&d)?
                .into_iter()
                .map(|(a, b)| if a == b { format!("record {a}") } else { format!("records {a} to {b}") })
                .collect();
            let h = heard.get(&d);
            terminals.push(TerminalStatus { last_activity: h.map(|x| x.0).filter(|t| *t > 0), last_loaded: h.map(|x| x.1), missing, device_id: d });
        }
        let sorted = |m: HashMap<String, u32>| {
            let mut v: Vec<Count> = m.into_iter().map(|(name, count)| Count { name, count }).collect();
            v.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
            v
        };
        let refused = files.iter().filter(|f| f.status == UsbStatus::Refused).cloned().collect();
        Ok(ImportSummary { files, new_attempts, by_learner: sorted(by_learner), by_terminal: sorted(by_terminal), terminals, refused })
    }

    /// Prepare a USB for terminals: the roster, every note (terminals keep
    /// each once), and each released curriculum pack, each a signed
    /// bundle encrypted to the facility's terminals, with `progress(done,
    /// total)` after each file. Notes count as sent once their file read
    /// back whole from the stick.
    pub fn prepare_usb(&self, mut progress: impl FnMut(usize, usize)) -> Result<PrepareReport, DeskError> {
        let who = self.who()?;
        let folder = self.ws.usb_folder()?;
        let stamp = crate::store::now_ms();
        let short = &self.identity.device_id[..8.min(self.identity.device_id.len())];
        let packs = self.store().packs()?;
        let policy = self.store().setting(crate::store::CLASS_POLICY_SETTING)?.is_some();
        let total = 2 + usize::from(policy) + packs.len();
        let mut files = Vec::new();
        let queued: Vec<String> = self.store().queued_feedback()?.into_iter().map(|f| f.id).collect();
        let mut learners = 0;
        let mut notes = 0;
        let kinds = [Kind::Roster, Kind::Feedback].into_iter().chain(policy.then_some(Kind::Policy));
        for (i, kind) in kinds.enumerate() {
            let out = folder.join(format!("stepstone-{short}-{stamp}-{}.zip", kind.as_str()));
            let r = crate::bundle::export_instructor(&mut self.store(), &self.identity, kind, None, &out)?;
            match kind {
                Kind::Roster => learners = r.events as u32,
                Kind::Feedback => notes = r.events as u32,
                _ => {}
            }
            files.push(r.path);
            progress(i + 1, total);
        }
        for (i, p) in packs.iter().enumerate() {
            let out = folder.join(format!("stepstone-{short}-{stamp}-pack-{}.zip", safe_name(&p.track_id)));
            let r = crate::bundle::export_pack_record(&self.store(), &self.identity, p, &out)?;
            files.push(r.path);
            progress(total - packs.len() + i + 1, total);
        }
        let detail = format!("wrote {} file(s): {learners} learner(s), {notes} note(s) ({} new), {} pack(s)", files.len(), queued.len(), packs.len());
        self.store().record_prepared(&who, &queued, SETTING_LAST_PREPARED, stamp, &detail)?;
        Ok(PrepareReport { files, learners, notes, new_notes: queued.len() as u32, packs: packs.len() as u32, policy })
    }
}

impl Desk {
    /// The lesson folders under `stepstone-lessons/` on the stick, each
    /// checked exactly as a terminal will check the pack (and against the
    /// course this machine teaches, so its exercise ids cannot clash).
    /// Links and files there are passed over.
    pub fn lessons_on_stick(&self) -> Result<Vec<OfferedPack>, DeskError> {
        self.who()?;
        let dir = self.ws.usb_folder()?.join(LESSONS_FOLDER);
        let Ok(meta) = std::fs::symlink_metadata(&dir) else { return Ok(Vec::new()) };
        if !meta.is_dir() {
            return Ok(Vec::new());
        }
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .map_err(|e| DeskError::BadSetting(format!("{}: {e}", dir.display())))?
            .flatten()
            .filter(|e| std::fs::symlink_metadata(e.path()).is_ok_and(|m| m.is_dir()))
            .map(|e| e.file_name().to_string_lossy().to_string())
            .filter(|n| !n.starts_with('.'))
            .take(100)
            .collect();
        names.sort();
        let released: Vec<String> = self.store().packs()?.into_iter().map(|p| p.track_id).collect();
        Ok(names.into_iter().map(|n| self.offer(&dir, n, &released)).collect())
    }

    fn offer(&self, dir: &std::path::Path, folder: String, released: &[String]) -> OfferedPack {
        let checked = crate::bundle::pack::read_dir(&dir.join(&folder)).and_then(|p| {
            crate::bundle::pack::validate(&p)?;
            let record = crate::store::PackRecord { track_id: p.track_id.clone(), created_at: 0, sha256: String::new(), files: p.files };
            let (_scratch, c) = crate::bundle::pack::stage(&record)?;
            let title = c.tracks.first().map(|t| t.title.clone()).unwrap_or_default();
            self.ws.curriculum().clone().overlay(c).map_err(crate::bundle::BundleError::BadPack)?;
            Ok((p.track_id, title))
        });
        match checked {
            Ok((track_id, title)) => OfferedPack { replaces: released.contains(&track_id), folder, track_id, title, problem: None },
            Err(e) => OfferedPack { folder, track_id: String::new(), title: String::new(), problem: Some(e.to_string()), replaces: false },
        }
    }

    /// Releases the lesson folder `folder` from the stick: writes its pack
    /// (signed, encrypted to the terminals) back onto the stick, keeps it
    /// here so this machine teaches and re-grades the same exercises, and
    /// records it in the audit log. Every later stick carries it too.
    pub fn release_pack(&self, folder: &str) -> Result<OfferedPack, DeskError> {
        let who = self.who()?;
        let usb = self.ws.usb_folder()?;
        let dir = usb.join(LESSONS_FOLDER);
        if folder.is_empty() || folder.contains('/') || folder.starts_with('.') || !std::fs::symlink_metadata(dir.join(folder)).is_ok_and(|m| m.is_dir()) {
            return Err(DeskError::BadSetting(format!("there is no lesson folder {folder:?} in {}", dir.display())));
        }
        let released: Vec<String> = self.store().packs()?.into_iter().map(|p| p.track_id).collect();
        let offer = self.offer(&dir, folder.to_string(), &released);
        if let Some(problem) = &offer.problem {
            return Err(DeskError::BadSetting(format!("these lessons cannot be released: {problem}")));
        }
        let short = &self.identity.device_id[..8.min(self.identity.device_id.len())];
        let out = usb.join(format!("stepstone-{short}-{}-pack-{}.zip", crate::store::now_ms(), safe_name(&offer.track_id)));
        crate::bundle::export_instructor(&mut self.store(), &self.identity, Kind::CurriculumPack, Some(&dir.join(folder)), &out)?;
        for p in self.ws.reload_curriculum()? {
            eprintln!("stepstone: {p}");
        }
        self.store().audit(&who, "pack_release", &format!("released the lessons {:?} (track {:?}) from {folder:?}", offer.title, offer.track_id))?;
        Ok(offer)
    }
}

/// A track id as a piece of a file name.
fn safe_name(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).take(40).collect()
}
