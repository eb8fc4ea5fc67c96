//! The learner's end of the USB stick: Save to USB (their own progress,
//! only to the facility's folder, counted once read back), Load from USB
//! (bundles for this terminal, new lessons laid over the curriculum), the
//! instructor keys a stick offers and trusting one by its fingerprint, and
//! watching the folder for a stick. What it leaves out: the bundle format
//! and its checks (`crate::bundle`).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Workstation, WorkstationError};
use crate::store::now_ms;

impl Workstation {
    /// Save to USB: the signed-in learner's own progress, written only to
    /// the facility's USB folder (`usb_folder` in policy.json), never to a
    /// folder typed in, as a signed, encrypted bundle whose name says where
    /// and when it came from. It counts as saved only once it read back
    /// whole from the stick.
    pub fn save_to_usb(&self) -> Result<crate::bundle::ExportReport, WorkstationError> {
        let session = self.session()?;
        let folder = self.usb_folder()?;
        let identity = crate::bundle::DeviceIdentity::load(&self.paths.data_dir).map_err(crate::bundle::BundleError::from)?;
        let name = format!("stepstone-{}-{}.zip", &identity.device_id[..8.min(identity.device_id.len())], now_ms());
        Ok(crate::bundle::export_learner(&mut self.store(), &identity, &session, &folder.join(name))?)
    }

    /// The facility's USB folder, if a stick is there.
    pub(crate) fn usb_folder(&self) -> Result<std::path::PathBuf, WorkstationError> {
        let folder = std::path::PathBuf::from(&self.policy.usb_folder);
        if !folder.is_dir() {
            return Err(WorkstationError::NoSuchFolder(folder.display().to_string()));
        }
        // A stick could make a folder on it a link to some other mounted
        // folder of this machine: the USB folder, and every folder above it
        // up to the filesystem it is on, must be real folders.
        if links_on_the_way(&folder) {
            return Err(WorkstationError::NoStick(folder.display().to_string()));
        }
        if self.policy.usb_must_be_mounted && !is_mount_point(&folder) {
            return Err(WorkstationError::NoStick(folder.display().to_string()));
        }
        Ok(folder)
    }

    /// Load from USB: what the instructor sent, from the facility's USB
    /// folder; see [`Workstation::import_from`].
    pub fn load_from_usb(&self) -> Result<Vec<UsbImport>, WorkstationError> {
        self.import_from(&self.usb_folder()?)
    }

    /// Loads every bundle at the top of `folder`, each verified whole and
    /// applied in one transaction. The stick is only read. A new curriculum
    /// pack takes effect at once.
    pub fn import_from(&self, folder: &std::path::Path) -> Result<Vec<UsbImport>, WorkstationError> {
        self.import_from_with(folder, |_, _| {})
    }

    /// [`Workstation::import_from`], calling `progress(done, total)` after
    /// each file (the instructor's progress bar).
    pub fn import_from_with(&self, folder: &std::path::Path, mut progress: impl FnMut(usize, usize)) -> Result<Vec<UsbImport>, WorkstationError> {
        if !folder.is_dir() {
            return Err(WorkstationError::NoSuchFolder(folder.display().to_string()));
        }
        let mut files: Vec<_> = std::fs::read_dir(folder)
            .map_err(|_| WorkstationError::NoSuchFolder(folder.display().to_string()))?
            .flatten()
            .map(|e| e.path())
            // Links and special files are reported by the import itself.
            .filter(|p| p.extension().is_some_and(|x| x == "zip") && !std::fs::symlink_metadata(p).is_ok_and(|m| m.is_dir()))
            .collect();
        files.sort();
        let mut out = Vec::new();
        let total = files.len();
        for (i, path) in files.into_iter().enumerate() {
            out.extend(self.import_one(&path));
            progress(i + 1, total);
        }
        Ok(out)
    }

    /// Instructor keys offered on the stick: every enrollment file at the
    /// top of the USB folder that this terminal could trust (an instructor
    /// of its facility, signed by its own key) and does not trust yet.
    /// Other files are left out.
    pub fn offered_instructor_keys(&self) -> Result<Vec<OfferedKey>, WorkstationError> {
        let folder = self.usb_folder()?;
        let mut files: Vec<_> = std::fs::read_dir(&folder)
            .map_err(|_| WorkstationError::NoSuchFolder(folder.display().to_string()))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json") && std::fs::symlink_metadata(p).is_ok_and(|m| m.is_file() && m.len() < 64 << 10))
            .collect();
        files.sort();
        let mut out = Vec::new();
        for path in files {
            let Ok(key) = crate::bundle::offered_key(&self.paths.data_dir, &path) else { continue };
            if self.store().trusted_key(&key.key_id)?.is_some() {
                continue;
            }
            out.push(OfferedKey { file: path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default(), device_id: key.device_id, fingerprint: None });
        }
        Ok(out)
    }

    /// Trusts the instructor key in `file` on the stick, once the person at
    /// the terminal typed the fingerprint the instructor's machine shows.
    /// `file` is a bare name in the USB folder.
    pub fn trust_instructor(&self, file: &str, fingerprint: &str) -> Result<OfferedKey, WorkstationError> {
        let folder = self.usb_folder()?;
        if file.is_empty() || file.contains('/') || file.starts_with('.') {
            return Err(WorkstationError::NoSuchFolder(format!("{}/{file}", folder.display())));
        }
        let key = crate::bundle::enroll(&self.paths.data_dir, &mut self.store(), &folder.join(file), fingerprint)?;
        Ok(OfferedKey { file: file.to_string(), device_id: key.device_id, fingerprint: Some(crate::bundle::keys::fingerprint(&key.key_id)) })
    }

    /// Watches the facility's USB folder (`usb_folder` in policy.json) until
    /// `stop`, loading each bundle that appears there or arrives with a
    /// mounted stick, exactly as Load from USB would, and reporting each
    /// line through `report`.
    pub fn watch_usb(&self, stop: std::sync::mpsc::Receiver<()>, mut report: impl FnMut(UsbImport)) -> Result<(), WorkstationError> {
        let folder = std::path::PathBuf::from(&self.policy.usb_folder);
        crate::bundle::inbox::watch_with(&folder, stop, |p| self.import_one(p), |_, lines| lines.into_iter().for_each(&mut report))?;
        Ok(())
    }

    /// One bundle file: what came of it, in plain words, and (when it
    /// brought lessons) a line for each pack that could not be opened.
    ///
    /// Imports run one at a time (the USB watch and the Load button may
    /// both be at work), and the store is locked only to look up a key and
    /// to apply: reading and inflating a large file from a slow stick must
    /// not stall a learner's autosave.
    fn import_one(&self, path: &std::path::Path) -> Vec<UsbImport> {
        use crate::bundle::{BundleError, Content, Kind};
        use crate::store::InstructorPayload;
        let _one_at_a_time = self.importing.lock().unwrap_or_else(|p| p.into_inner());
        let file = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        let result = crate::bundle::DeviceIdentity::load(&self.paths.data_dir)
            .map_err(BundleError::from)
            .and_then(|me| crate::bundle::read_file(path).map(|bytes| (me, bytes)))
            .and_then(|(me, bytes)| crate::bundle::verify_with(|key_id| self.store().trusted_key(key_id), &me, &bytes))
            .and_then(|v| {
                // An installed pack replaces the older version of its
                // track, which must keep working: one whose exercise ids
                // clash with another track is refused before it is stored.
                if let Content::Instructor(InstructorPayload::Pack(pack)) = &v.content {
                    crate::bundle::pack::stage(pack)
                        .map_err(|e| e.to_string())
                        .and_then(|(_scratch, c)| self.curriculum().clone().overlay(c))
                        .map_err(|e| BundleError::BadPack(format!("these lessons were not installed: {e}")))?;
                }
                crate::bundle::apply(&mut self.store(), &v)
            });
        let mut new_pack = false;
        let (status, message) = match result {
            Ok(r) if r.new_events == 0 => (UsbStatus::NothingNew, "already loaded".to_string()),
            Ok(r) => {
                let n = r.new_events;
                let what = match r.kind {
                    Kind::Progress => format!("{n} new progress records"),
                    Kind::Roster => format!("{n} learner profile(s) added to this computer"),
                    Kind::Feedback => format!("{n} new note(s) from your instructor"),
                    Kind::Policy => "new class settings from your instructor".to_string(),
                    Kind::CurriculumPack => {
                        new_pack = true;
                        "new lessons added to the course".to_string()
                    }
                };
                (UsbStatus::Loaded, what)
            }
            // The stick is shared: other terminals' progress, and this
            // terminal's own saved progress, are not for loading here.
            // The store's device id is the one this machine signs with.
            Err(BundleError::UnknownKey { device, .. }) if device == self.store().device_id() => {
                (UsbStatus::NotForThisComputer, "progress saved from this computer for your instructor; left as it is".to_string())
            }
            Err(BundleError::UnknownKey { .. }) => (UsbStatus::NotForThisComputer, "not for this computer; left as it is".to_string()),
            Err(e) => (UsbStatus::Refused, e.to_string()),
        };
        let mut out = vec![UsbImport { file, status, message }];
        if new_pack {
            // The import is committed whatever happens here: a reload that
            // fails is one more line of the report, not an error that would
            // hide what was loaded.
            match self.reload_curriculum() {
                Ok(problems) => out.extend(problems.into_iter().map(|p| UsbImport { file: String::new(), status: UsbStatus::Refused, message: p })),
                Err(e) => out.push(UsbImport {
                    file: String::new(),
                    status: UsbStatus::Refused,
                    message: format!("the new lessons were saved but could not be opened yet: {e}"),
                }),
            }
        }
        out
    }
}

/// Whether `dir`, or a folder above it on the same filesystem (where a
/// stick's own contents could be), is a symbolic link.
pub(super) fn links_on_the_way(dir: &std::path::Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let mut below: Option<u64> = None;
    for a in dir.ancestors().filter(|a| !a.as_os_str().is_empty()) {
        let Ok(m) = std::fs::symlink_metadata(a) else { return true };
        if m.file_type().is_symlink() {
            return true;
        }
        // Past the top of the filesystem the folder is on: what is above
        // is the machine's own, not the stick's.
        if below.is_some_and(|d| d != m.dev()) {
            return false;
        }
        below = Some(m.dev());
    }
    false
}

/// Whether a filesystem is mounted at `dir`: it is on another device than
/// its parent, or `/proc/self/mountinfo` lists it (a bind mount of the same
/// device).
pub fn is_mount_point(dir: &std::path::Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(dir) = std::fs::canonicalize(dir) else { return false };
    let parent = dir.parent().unwrap_or(&dir);
    if let (Ok(a), Ok(b)) = (std::fs::metadata(&dir), std::fs::metadata(parent)) {
        if a.dev() != b.dev() {
            return true;
        }
    }
    // Field 5 of each line is the mount point, with spaces as \040.
    std::fs::read_to_string("/proc/self/mountinfo").is_ok_and(|m| {
        m.lines().any(|l| l.split(' ').nth(4).is_some_and(|p| std::path::Path::new(&p.replace("\\040", " ")) == dir))
    })
}

/// An instructor key an enrollment file on the stick offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OfferedKey {
    pub file: String,
    pub device_id: String,
    /// The key id in groups of four, once trusted. Never shown before: the
    /// person must read it off the instructor's machine, not off this one.
    pub fingerprint: Option<String>,
}

/// What happened to one file on the stick.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum UsbStatus {
    Loaded,
    NothingNew,
    NotForThisComputer,
    Refused,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UsbImport {
    pub file: String,
    pub status: UsbStatus,
    pub message: String,
}

