//! The instructor's workstation: what the desktop app does on a machine
//! provisioned `--role instructor`, as plain Rust, one call per command.
//!
//! [`Desk`] exists only on an instructor machine ([`Desk::open`] refuses a
//! terminal), and every call but sign-in needs an instructor signed in, so
//! a terminal's window cannot reach any of it. It owns the instructor's
//! rules: accounts and the audit log, the class grid and its flags
//! ([`grid`]), one learner's or one exercise's story ([`review`]), notes,
//! the roster, and the USB round trip ([`usb`]): load what terminals sent
//! (then re-grade it here) and prepare a stick with everything due.
//!
//! What it leaves out: the learner's side (`crate::workstation`, whose
//! store, curriculum and sandbox it shares), drawing, and the CLI's
//! `review` commands, which remain for scripts.

pub mod charts;
pub mod grid;
pub mod review;
pub mod usb;

use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::bundle::{BundleError, DeviceIdentity, Role};
use crate::store::{AuditEntry, AuditFilter, Feedback, Instructor, InstructorSession, RosterEntry, Store, StoreError};
use crate::workstation::{Workstation, WorkstationError};
use grid::{ClassData, ClassGrid, GridQuery, SupportSettings};
use review::{ExerciseReport, LearnerView};

#[derive(Debug, thiserror::Error)]
pub enum DeskError {
    #[error("this computer is a learner's terminal: the instructor's tools open only on a machine facility IT set up as the instructor's")]
    NotInstructorMachine,
    #[error("please sign in as an instructor first")]
    NotSignedIn,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Workstation(#[from] WorkstationError),
    #[error(transparent)]
    Bundle(#[from] BundleError),
    #[error(transparent)]
    Curriculum(#[from] crate::curriculum::CurriculumError),
    #[error("{0}")]
    BadSetting(String),
    #[error("choose at least one attempt for the note")]
    NoAttempts,
    #[error(transparent)]
    Regrade(#[from] crate::regrade::RegradeError),
}

/// What the instructor's first screen needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DeskStatus {
    pub accounts: Vec<Instructor>,
    pub signed_in: Option<Instructor>,
    pub facility: String,
    /// This machine's key fingerprint, for terminals to confirm.
    pub fingerprint: String,
    pub queued_notes: u32,
    /// Imported attempts this version of Stepstone has re-graded, of all.
    pub regraded: u32,
    pub to_regrade: u32,
    pub usb_folder: String,
    pub settings: SupportSettings,
}

/// A learner on the roster, as the roster screen shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RosterLearner {
    pub id: String,
    pub display_name: String,
    pub active: bool,
    #[ts(type = "number")]
    pub created_at: i64,
    /// The terminals their work came from.
    pub terminals: Vec<String>,
    /// Whether a change to them (a new PIN, a deactivation) is waiting for
    /// the next stick.
    pub change_waiting: bool,
}

pub struct Desk {
    ws: Arc<Workstation>,
    identity: DeviceIdentity,
    session: Mutex<Option<InstructorSession>>,
    /// Held while a re-grade round runs: one at a time.
    regrading: Mutex<()>,
    /// Attempts held when the last import summary was made (or at
    /// sign-in): the next summary counts what is new since, including what
    /// the USB watch loaded by itself meanwhile.
    pub(crate) summary_base: Mutex<Option<std::collections::HashMap<(String, String), u32>>>,
    snapshot: Mutex<Option<Arc<ClassSnapshot>>>,
}

/// The class as last read from the store, with the store's stamp then.
struct ClassSnapshot {
    stamp: (i64, i64, i64),
    roster: Vec<RosterEntry>,
    attempts: Vec<crate::store::ClassAttempt>,
    activity: Vec<crate::store::Activity>,
    loaded: std::collections::HashMap<String, i64>,
}

const SETTING_ATTEMPTS: &str = "support.attempts";
/// How many weeks the course is meant to take (the charts' course pace).
const SETTING_COURSE_WEEKS: &str = "course.weeks";
/// About eight months, as these programs run.
const DEFAULT_COURSE_WEEKS: u32 = 32;
const SETTING_IDLE_DAYS: &str = "support.idle_days";
/// When the last stick was prepared (ms), to tell which roster changes wait.
const SETTING_LAST_PREPARED: &str = "usb.last_prepared";

impl Desk {
    /// The instructor's desk over an open workstation, or
    /// [`DeskError::NotInstructorMachine`] on anything but an instructor
    /// machine (a terminal, or a machine not provisioned at all).
    pub fn open(ws: Arc<Workstation>) -> Result<Desk, DeskError> {
        let identity = DeviceIdentity::load(&ws.paths.data_dir).map_err(|_| DeskError::NotInstructorMachine)?;
        if identity.role != Role::Instructor {
            return Err(DeskError::NotInstructorMachine);
        }
        Ok(Desk { ws, identity, session: Mutex::new(None), regrading: Mutex::new(()), summary_base: Mutex::new(None), snapshot: Mutex::new(None) })
    }

    pub fn workstation(&self) -> &Arc<Workstation> {
        &self.ws
    }

    fn store(&self) -> std::sync::MutexGuard<'_, Store> {
        self.ws.store()
    }

    /// The signed-in instructor, or [`DeskError::NotSignedIn`].
    fn who(&self) -> Result<InstructorSession, DeskError> {
        self.session.lock().unwrap_or_else(|p| p.into_inner()).clone().ok_or(DeskError::NotSignedIn)
    }

    pub fn status(&self) -> Result<DeskStatus, DeskError> {
        let store = self.store();
        let signed_in = self.session.lock().unwrap_or_else(|p| p.into_inner()).as_ref().map(|s| Instructor { id: s.id().into(), name: s.name().into() });
        let (regraded, total) = store.regrade_progress()?;
        Ok(DeskStatus {
            accounts: store.instructors()?,
            signed_in,
            facility: self.identity.facility.clone(),
            fingerprint: crate::bundle::keys::fingerprint(&self.identity.key_id()),
            queued_notes: store.queued_feedback()?.len() as u32,
            regraded: regraded as u32,
            to_regrade: total as u32,
            usb_folder: self.ws.policy.usb_folder.clone(),
            settings: settings(&store),
        })
    }

    /// A new instructor account: the machine's first by anyone at it,
    /// later ones only by an instructor signed in.
    pub fn create_account(&self, name: &str, passphrase: &str) -> Result<Instructor, DeskError> {
        let by = self.session.lock().unwrap_or_else(|p| p.into_inner()).clone();
        Ok(self.store().create_instructor(name, passphrase, by.as_ref())?)
    }

    pub fn sign_in(&self, id: &str, passphrase: &str) -> Result<Instructor, DeskError> {
        let s = self.store().instructor_sign_in(id, passphrase)?;
        *self.summary_base.lock().unwrap_or_else(|p| p.into_inner()) = Some(self.store().attempt_counts()?);
        let who = Instructor { id: s.id().into(), name: s.name().into() };
        *self.session.lock().unwrap_or_else(|p| p.into_inner()) = Some(s);
        Ok(who)
    }

    pub fn sign_out(&self) {
        *self.session.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    fn class_data<T>(&self, f: impl FnOnce(&ClassData) -> T) -> Result<T, DeskError> {
        let snap = self.snapshot()?;
        let settings = settings(&self.store());
        let curriculum = self.ws.curriculum();
        Ok(f(&ClassData { curriculum: &curriculum, roster: &snap.roster, attempts: &snap.attempts, activity: &snap.activity, settings, now: crate::store::now_ms(), loaded: &snap.loaded }))
    }

    /// What the class views are made of, read again only when the store
    /// changed (an import, a re-grade, a roster change): a year of a class
    /// takes long to read, and an instructor moves between views often.
    fn snapshot(&self) -> Result<Arc<ClassSnapshot>, DeskError> {
        let stamp = self.store().class_stamp()?;
        if let Some(s) = self.snapshot.lock().unwrap_or_else(|p| p.into_inner()).as_ref().filter(|s| s.stamp == stamp) {
            return Ok(s.clone());
        }
        let store = self.store();
        // Read under one lock, so the stamp matches what was read.
        let snap = Arc::new(ClassSnapshot {
            stamp: store.class_stamp()?,
            roster: store.roster()?,
            attempts: store.attempt_marks()?,
            activity: store.activity()?,
            loaded: store.last_loaded()?,
        });
        drop(store);
        *self.snapshot.lock().unwrap_or_else(|p| p.into_inner()) = Some(snap.clone());
        Ok(snap)
    }

    /// Reads the class ahead of need (after sign-in, an import or a
    /// re-grade), so that the class screen opens at once.
    pub fn warm(&self) {
        let _ = self.snapshot();
    }

    pub fn grid(&self, q: &GridQuery) -> Result<ClassGrid, DeskError> {
        self.who()?;
        self.class_data(|d| grid::grid(d, q))
    }

    /// The numbers the class charts draw, for what `q` selects.
    pub fn charts(&self, q: &GridQuery) -> Result<charts::ClassCharts, DeskError> {
        self.who()?;
        let weeks = self.store().setting(SETTING_COURSE_WEEKS)?.and_then(|v| v.parse().ok()).unwrap_or(DEFAULT_COURSE_WEEKS);
        self.class_data(|d| charts::charts(d, q, weeks))
    }

    /// The grid as CSV, exactly as on screen, written to the USB folder
    /// (the one place an instructor can carry a file away from). Returns
    /// (the file written, its text).
    pub fn export_grid_csv(&self, q: &GridQuery) -> Result<(String, String), DeskError> {
        let who = self.who()?;
        let text = grid::csv(&self.grid(q)?);
        let folder = self.ws.usb_folder()?;
        let path = folder.join(format!("stepstone-class-{}.csv", crate::store::now_ms()));
        crate::bundle::write_durably(&path, text.as_bytes())?;
        self.store().audit(&who, "export", &format!("class grid exported as {}", path.display()))?;
        Ok((path.display().to_string(), text))
    }

    /// The class settings terminals get on the next stick (none yet: the
    /// facility's own).
    pub fn class_policy(&self) -> Result<crate::store::ClassPolicy, DeskError> {
        self.who()?;
        let json = self.store().setting(crate::store::CLASS_POLICY_SETTING)?;
        Ok(json.and_then(|j| serde_json::from_str(&j).ok()).unwrap_or_default())
    }

    /// Changes the class settings; they reach terminals on the next stick.
    /// A unit named must be one this machine teaches.
    pub fn set_class_policy(&self, p: &crate::store::ClassPolicy) -> Result<(), DeskError> {
        let who = self.who()?;
        p.check().map_err(DeskError::BadSetting)?;
        let curriculum = self.ws.curriculum();
        if let Some(bad) = p.closed_units.iter().find(|u| !curriculum.tracks.iter().flat_map(|t| &t.units).any(|x| &x.id == *u)) {
            return Err(DeskError::BadSetting(format!("there is no unit {bad:?} in this course")));
        }
        drop(curriculum);
        let json = serde_json::to_string(p).unwrap_or_default();
        Ok(self.store().set_setting(&who, crate::store::CLASS_POLICY_SETTING, &json)?)
    }

    pub fn set_support_settings(&self, s: SupportSettings) -> Result<(), DeskError> {
        let who = self.who()?;
        if !(1..=100).contains(&s.attempts) || !(1..=365).contains(&s.idle_days) {
            return Err(DeskError::BadSetting("attempts must be 1 to 100 and days 1 to 365".into()));
        }
        let mut store = self.store();
        store.set_setting(&who, SETTING_ATTEMPTS, &s.attempts.to_string())?;
        store.set_setting(&who, SETTING_IDLE_DAYS, &s.idle_days.to_string())?;
        Ok(())
    }

    pub fn learner(&self, student_id: &str) -> Result<LearnerView, DeskError> {
        self.who()?;
        let store = self.store();
        let learner = store.roster()?.into_iter().find(|e| e.id == student_id).ok_or_else(|| StoreError::UnknownStudent(student_id.into()))?;
        let attempts = store.class_attempts_of(Some(student_id), None)?;
        let activity = store.activity()?;
        drop(store);
        let curriculum = self.ws.curriculum();
        let title = |id: &str| curriculum.exercises().find(|e| e.id == id).map(|e| e.title.clone()).unwrap_or_else(|| id.to_string());
        Ok(review::learner_view(&learner, &attempts, &activity, title))
    }

    pub fn exercise(&self, exercise_id: &str) -> Result<ExerciseReport, DeskError> {
        self.who()?;
        let ex = self.ws.curriculum().find(exercise_id)?.clone();
        let store = self.store();
        let names: std::collections::HashMap<String, String> = store.roster()?.into_iter().map(|e| (e.id, e.display_name)).collect();
        let attempts = store.class_attempts_of(None, Some(&ex.id))?;
        drop(store);
        let (tried, passed, median, failing, groups) = review::exercise_stats(&ex.id, &attempts, |id| names.get(id).cloned().unwrap_or_else(|| "(unknown learner)".into()));
        Ok(ExerciseReport {
            id: ex.id.clone(),
            title: ex.title.clone(),
            lesson_html: crate::workstation::render_lesson(&ex.lesson_text()?),
            solution: ex.solution().unwrap_or_default(),
            learners_tried: tried,
            learners_passed: passed,
            median_attempts_to_pass: median,
            failing_tests: failing,
            groups,
        })
    }

    /// A note on one attempt, perhaps about one line of its first file; it
    /// waits for the next stick.
    pub fn note(&self, attempt_id: &str, text: &str, line: Option<u32>) -> Result<Feedback, DeskError> {
        let who = self.who()?;
        Ok(self.store().note_on_attempt(&who, attempt_id, text, line)?)
    }

    /// One note for a whole group of identical submissions: the same text
    /// on each attempt.
    pub fn note_group(&self, attempt_ids: &[String], text: &str) -> Result<Vec<Feedback>, DeskError> {
        if attempt_ids.is_empty() {
            return Err(DeskError::NoAttempts);
        }
        attempt_ids.iter().map(|a| self.note(a, text, None)).collect()
    }

    pub fn roster(&self) -> Result<Vec<RosterLearner>, DeskError> {
        self.who()?;
        let store = self.store();
        let since = store.setting(SETTING_LAST_PREPARED)?.and_then(|v| v.parse::<i64>().ok()).unwrap_or(0);
        let roster = store.roster()?;
        let attempts = store.attempt_marks()?;
        let activity = store.activity()?;
        Ok(roster
            .into_iter()
            .map(|e| {
                let mut terminals: Vec<String> =
                    attempts.iter().filter(|a| a.student_id == e.id).map(|a| a.device_id.clone()).chain(activity.iter().filter(|a| a.student_id == e.id).map(|a| a.device_id.clone())).collect();
                terminals.sort();
                terminals.dedup();
                RosterLearner { change_waiting: e.revision > since, id: e.id, display_name: e.display_name, active: e.active, created_at: e.created_at, terminals }
            })
            .collect())
    }

    pub fn add_learner(&self, name: &str, pin: &str) -> Result<RosterEntry, DeskError> {
        let who = self.who()?;
        Ok(self.store().add_learner_centrally(&who, name, pin)?)
    }

    pub fn reset_pin(&self, student_id: &str, pin: &str) -> Result<RosterEntry, DeskError> {
        let who = self.who()?;
        Ok(self.store().reset_pin(&who, student_id, pin)?)
    }

    pub fn set_learner_active(&self, student_id: &str, active: bool) -> Result<RosterEntry, DeskError> {
        let who = self.who()?;
        Ok(self.store().set_learner_active(&who, student_id, active)?)
    }

    pub fn audit_log(&self, f: &AuditFilter) -> Result<Vec<AuditEntry>, DeskError> {
        self.who()?;
        Ok(self.store().audit_log(f)?)
    }

    /// Re-grades every imported attempt not yet re-graded by this version,
    /// reporting (done, total) as it goes; a second call while one runs
    /// waits for it and then finds little left to do.
    pub fn regrade(&self, progress: impl FnMut(usize, usize)) -> Result<crate::regrade::Summary, DeskError> {
        let _one = self.regrading.lock().unwrap_or_else(|p| p.into_inner());
        let curriculum = self.ws.curriculum().clone();
        let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
        Ok(crate::regrade::catch_up(self.ws.store_mutex(), &curriculum, &self.ws.sandbox, threads, progress)?)
    }
}

/// The support settings stored here, or the defaults.
fn settings(store: &Store) -> SupportSettings {
    let d = SupportSettings::default();
    let read = |k: &str, default: u32| store.setting(k).ok().flatten().and_then(|v| v.parse().ok()).unwrap_or(default);
    SupportSettings { attempts: read(SETTING_ATTEMPTS, d.attempts), idle_days: read(SETTING_IDLE_DAYS, d.idle_days) }
}
