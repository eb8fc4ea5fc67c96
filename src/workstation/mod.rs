//! The student workstation: what the desktop app does, as plain Rust.
//!
//! [`Workstation`] ties the curriculum, the sandbox and the progress store to
//! one signed-in learner at a time, so each Tauri command is one call here.
//! It owns the rules the UI must not decide: who may see a solution, what a
//! learner's files are (their draft, else the starter), that a Check records
//! an attempt. Installed curriculum packs are laid over the bundled
//! curriculum when it opens. The USB stick's side (save, load, watch,
//! trusting an instructor's key) is in [`usb`]. What it leaves out:
//! rendering (the UI), and the instructor's side (`crate::instructor`).

use serde::{Deserialize, Serialize};
use std::sync::{Mutex, RwLock};
use ts_rs::TS;

use crate::config::{Limits, Paths};
use crate::curriculum::{self, Curriculum, CurriculumError, Exercise, ExerciseLanguage, Kind};
use crate::grading::{self, GradeError, GradeReport};
use crate::sandbox::{Language, RunOptions, RunOutcome, Sandbox, SandboxError, SourceFile};
use crate::store::{now_ms, Feedback, ProgressState, Session, Store, StoreError, Student};

mod usb;
mod preview;
pub use preview::PREVIEW_CSP;
pub use usb::{is_mount_point, OfferedKey, UsbImport, UsbStatus};

#[derive(Debug, thiserror::Error)]
pub enum WorkstationError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Curriculum(#[from] CurriculumError),
    #[error(transparent)]
    Grade(#[from] GradeError),
    #[error(transparent)]
    Sandbox(#[from] SandboxError),
    #[error("please sign in first")]
    NotSignedIn,
    #[error("the solution opens once you have passed this exercise")]
    SolutionLocked,
    #[error("this exercise has no hint number {0}")]
    NoSuchHint(usize),
    #[error("{0} exercises cannot be run here; use Check")]
    NotRunnable(String),
    #[error(transparent)]
    Bundle(#[from] crate::bundle::BundleError),
    #[error("the settings file {0} is not valid: {1}")]
    BadPolicy(String, String),
    #[error("the folder {0} was not found: is the USB stick plugged in?")]
    NoSuchFolder(String),
    #[error("no USB stick is mounted at {0}: plug the stick in and wait a moment, or ask staff. Nothing was saved or loaded")]
    NoStick(String),
    #[error("the unit {0:?} is not open yet: your instructor opens it when the class gets there. Any work you did in it is kept")]
    UnitClosed(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ExerciseSummary {
    pub id: String,
    pub title: String,
    #[ts(type = "\"code\" | \"reading\" | \"exploring\" | \"tests\"")]
    pub kind: Kind,
    #[ts(type = "\"html\" | \"js\" | \"rust\" | \"sql\" | \"web\" | null")]
    pub language: Option<ExerciseLanguage>,
    pub minutes: Option<u32>,
    pub state: ProgressState,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct UnitSummary {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// False while the instructor keeps the unit closed.
    pub open: bool,
    pub exercises: Vec<ExerciseSummary>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TrackSummary {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub units: Vec<UnitSummary>,
}

/// The course map for the signed-in learner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CourseMap {
    pub student: Student,
    pub policy: Policy,
    pub tracks: Vec<TrackSummary>,
    /// "Continue where I left off": the exercise touched last, or the first
    /// one not yet passed.
    pub continue_id: Option<String>,
}

/// Everything the exercise view shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ExerciseView {
    pub id: String,
    pub title: String,
    #[ts(type = "\"code\" | \"reading\" | \"exploring\" | \"tests\"")]
    pub kind: Kind,
    #[ts(type = "\"html\" | \"js\" | \"rust\" | \"sql\" | \"web\" | null")]
    pub language: Option<ExerciseLanguage>,
    /// SQL: the exercise's tables, columns and first rows (the schema
    /// panel, and the editor's completion).
    pub sql_schema: Option<crate::sandbox::sql::SqlSchema>,
    /// The lesson, rendered from Markdown and sanitised (no script, no
    /// remote anything); safe to put in the page as HTML.
    pub lesson_html: String,
    /// The learner's saved files, or the starter where none is saved.
    pub files: Vec<SourceFile>,
    pub hint_count: usize,
    pub passed: bool,
    pub preview_scripts: bool,
    /// Notes from the instructor on this learner's attempts, newest first.
    pub feedback: Vec<Feedback>,
}

/// Rules an instructor or facility IT may change, in `policy.json` in the
/// data directory (every key optional; unknown keys are errors).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
pub struct Policy {
    /// Show the reference solution only after the exercise is passed.
    pub solution_after_pass: bool,
    /// Sign a learner out after this many minutes without a key press.
    pub idle_sign_out_minutes: u32,
    /// Where this facility mounts USB sticks: the folder the app offers
    /// for Save and Load, and the one `stepstone bundle watch` watches.
    pub usb_folder: String,
    /// Save and Load only when a filesystem is mounted at `usb_folder`.
    /// The empty mount point is a folder too: without this, a save with
    /// no stick in would land on the terminal's own disk, read back fine,
    /// and never reach the instructor. Turn off only where the folder is
    /// itself the stick (some automounters make and remove it).
    pub usb_must_be_mounted: bool,
}

impl Default for Policy {
    fn default() -> Self {
        Policy { solution_after_pass: true, idle_sign_out_minutes: 15, usb_folder: "/media/usb".into(), usb_must_be_mounted: true }
    }
}

impl Policy {
    /// `policy.json` from `data_dir`, or the defaults when there is none.
    pub fn load(data_dir: &std::path::Path) -> Result<Policy, WorkstationError> {
        let path = data_dir.join("policy.json");
        match std::fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str(&text).map_err(|e| WorkstationError::BadPolicy(path.display().to_string(), e.to_string())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Policy::default()),
            Err(e) => Err(WorkstationError::BadPolicy(path.display().to_string(), e.to_string())),
        }
    }
}

pub struct Workstation {
    pub paths: Paths,
    /// What provisioning from a facility kit at start did, for the window.
    pub first_start: Option<String>,
    pub sandbox: Sandbox,
    /// Replaced whole when a curriculum pack arrives on a USB stick.
    curriculum: RwLock<Curriculum>,
    store: Mutex<Store>,
    session: Mutex<Option<Session>>,
    /// Held for the whole of one bundle import (see `import_one`).
    importing: Mutex<()>,
    pub policy: Policy,
    /// Installed curriculum packs that could not be loaded, in plain words.
    pub pack_problems: Vec<String>,
    /// The web exercise the live preview shows (see `preview.rs`).
    preview: Mutex<Option<preview::PreviewSession>>,
}

impl Workstation {
    pub fn open(paths: Paths, sandbox: Sandbox) -> Result<Workstation, WorkstationError> {
        let mut store = Store::open(&paths.data_dir.join("progress.sqlite3"))?;
        let mut policy = Policy::load(&paths.data_dir)?;
        // First start of an imaged terminal: IT's stick in the USB folder
        // provisions it (and takes its policy) without a shell.
        let first_start = crate::facility::provision_on_first_start(&paths.data_dir, &mut store, std::path::Path::new(&policy.usb_folder)).map(|r| match r {
            Ok(p) => format!(
                "This terminal was set up from the facility kit on the USB stick: facility {}, key fingerprint {}.{}",
                p.facility,
                p.fingerprint,
                if p.enrollment_file.is_some() { " Its enrollment was written to the stick's terminals folder for the instructor." } else { "" }
            ),
            Err(e) => format!("The facility kit on the USB stick could not set up this terminal: {e}"),
        });
        if first_start.is_some() {
            policy = Policy::load(&paths.data_dir)?;
        }
        let (curriculum, pack_problems) = load_curriculum(&paths, store.packs()?)?;
        for p in &pack_problems {
            eprintln!("stepstone: {p}");
        }
        Ok(Workstation { paths, sandbox, curriculum: RwLock::new(curriculum), store: Mutex::new(store), session: Mutex::new(None), importing: Mutex::new(()), policy, pack_problems, first_start, preview: Mutex::new(None) })
    }

    pub(crate) fn store(&self) -> std::sync::MutexGuard<'_, Store> {
        // A panic while holding the lock leaves SQLite consistent (every
        // change is a transaction), so the poisoned guard is safe to reuse.
        self.store.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The store's lock itself, for work that takes it a batch at a time
    /// (re-grading).
    pub(crate) fn store_mutex(&self) -> &Mutex<Store> {
        &self.store
    }

    fn session(&self) -> Result<Session, WorkstationError> {
        self.session.lock().unwrap_or_else(|p| p.into_inner()).clone().ok_or(WorkstationError::NotSignedIn)
    }

    pub(crate) fn curriculum(&self) -> std::sync::RwLockReadGuard<'_, Curriculum> {
        self.curriculum.read().unwrap_or_else(|p| p.into_inner())
    }

    /// A copy, so no lock is held while the sandbox runs.
    fn exercise(&self, id: &str) -> Result<Exercise, WorkstationError> {
        Ok(self.curriculum().find(id)?.clone())
    }

    pub fn students(&self) -> Result<Vec<Student>, WorkstationError> {
        Ok(self.store().list_students()?)
    }

    pub fn create_student(&self, name: &str, pin: &str) -> Result<Student, WorkstationError> {
        Ok(self.store().create_student(name, pin)?)
    }

    pub fn sign_in(&self, student_id: &str, pin: &str) -> Result<Student, WorkstationError> {
        let session = self.store().sign_in(student_id, pin)?;
        // The instructor sees when and where each learner worked.
        self.store().record_activity(&session, "signed_in", None, None)?;
        let student = self.store().list_students()?.into_iter().find(|s| s.id == student_id).ok_or_else(|| StoreError::UnknownStudent(student_id.into()))?;
        *self.session.lock().unwrap_or_else(|p| p.into_inner()) = Some(session);
        Ok(student)
    }

    pub fn sign_out(&self) {
        *self.session.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    pub fn course(&self) -> Result<CourseMap, WorkstationError> {
        let session = self.session()?;
        let store = self.store();
        let progress = store.progress(&session)?;
        let student = store.list_students()?.into_iter().find(|s| s.id == session.student_id()).ok_or(WorkstationError::NotSignedIn)?;
        let class = store.class_policy()?.unwrap_or_default();
        drop(store);
        let state_of = |id: &str| progress.iter().find(|p| p.exercise_id == id).map(|p| p.state).unwrap_or(ProgressState::NotStarted);
        let curriculum = self.curriculum();
        let tracks: Vec<TrackSummary> = curriculum
            .tracks
            .iter()
            .map(|t| TrackSummary {
                id: t.id.clone(),
                title: t.title.clone(),
                summary: t.summary.clone(),
                units: t
                    .units
                    .iter()
                    .map(|u| UnitSummary {
                        id: u.id.clone(),
                        title: u.title.clone(),
                        summary: u.summary.clone(),
                        open: !class.closed_units.contains(&u.id),
                        exercises: u
                            .exercises
                            .iter()
                            .map(|e| ExerciseSummary { id: e.id.clone(), title: e.title.clone(), kind: e.kind, language: e.language, minutes: e.minutes, state: state_of(&e.id) })
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        let last_touched = progress.iter().filter(|p| p.state != ProgressState::Passed).max_by_key(|p| p.last_attempt_at.unwrap_or(0)).map(|p| p.exercise_id.clone());
        let open = |id: &str| !tracks.iter().flat_map(|t| &t.units).any(|u| !u.open && u.exercises.iter().any(|e| e.id == id));
        let last_touched = last_touched.filter(|id| open(id));
        let first_open = curriculum.exercises().find(|e| state_of(&e.id) != ProgressState::Passed && open(&e.id)).map(|e| e.id.clone());
        Ok(CourseMap { student, policy: self.effective_policy(&class), tracks, continue_id: last_touched.or(first_open) })
    }

    pub fn open_exercise(&self, id: &str) -> Result<ExerciseView, WorkstationError> {
        let session = self.session()?;
        let ex = self.exercise(id)?;
        self.unit_open(&ex.id)?;
        let starter = if ex.kind == Kind::Reading { Vec::new() } else { ex.starter()? };
        let store = self.store();
        let drafts = store.drafts(&session, id)?;
        let passed = store.progress(&session)?.iter().any(|p| p.exercise_id == id && p.state == ProgressState::Passed);
        let feedback = store.feedback_for(&session, id)?;
        drop(store);
        self.store().record_activity(&session, "exercise_opened", Some(id), None)?;
        let files = starter
            .into_iter()
            .map(|f| drafts.iter().find(|d| d.name == f.name).cloned().unwrap_or(f))
            .collect();
        Ok(ExerciseView {
            id: ex.id.clone(),
            title: ex.title.clone(),
            kind: ex.kind,
            language: ex.language,
            lesson_html: render_lesson(&ex.lesson_text()?),
            sql_schema: match ex.language {
                Some(ExerciseLanguage::Sql) if ex.kind != Kind::Reading => {
                    Some(self.sandbox.sql_schema(&grading::sql::seed(&ex)?, &ex.limits)?)
                }
                _ => None,
            },
            files,
            hint_count: ex.hints.len(),
            passed,
            preview_scripts: ex.preview_scripts,
            feedback,
        })
    }

    pub fn save_draft(&self, exercise_id: &str, file: &SourceFile) -> Result<(), WorkstationError> {
        let session = self.session()?;
        let ex = self.exercise(exercise_id)?;
        if !ex.files.iter().any(|f| f == &file.name) {
            return Err(GradeError::UnknownFile { exercise: ex.id.clone(), name: file.name.clone(), files: ex.files.join(", ") }.into());
        }
        Ok(self.store().save_draft(&session, exercise_id, file)?)
    }

    pub fn reset(&self, exercise_id: &str) -> Result<Vec<SourceFile>, WorkstationError> {
        let session = self.session()?;
        let starter = self.exercise(exercise_id)?.starter()?;
        self.store().reset_to_starter(&session, exercise_id, &starter)?;
        Ok(starter)
    }

    /// Puts back the newest earlier version of each file (undoes a reset
    /// or a mistaken edit); the current text goes to the history in turn.
    pub fn restore_previous(&self, exercise_id: &str) -> Result<Vec<SourceFile>, WorkstationError> {
        let session = self.session()?;
        let ex = self.exercise(exercise_id)?;
        let mut store = self.store();
        let current = store.drafts(&session, exercise_id)?;
        let mut files = Vec::new();
        for name in &ex.files {
            let now = current.iter().find(|f| &f.name == name).map(|f| f.text.clone());
            let previous = store.draft_history(&session, exercise_id, name)?.into_iter().map(|(_, text)| text).find(|t| Some(t) != now.as_ref());
            match (previous, now) {
                (Some(text), _) => {
                    let f = SourceFile { name: name.clone(), text };
                    store.save_draft(&session, exercise_id, &f)?;
                    files.push(f);
                }
                (None, Some(text)) => files.push(SourceFile { name: name.clone(), text }),
                (None, None) => files.extend(ex.starter()?.into_iter().filter(|f| &f.name == name)),
            }
        }
        Ok(files)
    }

    pub fn hint(&self, exercise_id: &str, level: usize) -> Result<String, WorkstationError> {
        let session = self.session()?;
        let hint = self.exercise(exercise_id)?.hints.get(level).cloned().ok_or(WorkstationError::NoSuchHint(level + 1))?;
        // A pass after a hint is shown as such to the instructor.
        self.store().record_activity(&session, "hint_opened", Some(exercise_id), Some(level as u32 + 1))?;
        Ok(hint)
    }

    pub fn solution(&self, exercise_id: &str) -> Result<Vec<SourceFile>, WorkstationError> {
        let session = self.session()?;
        let passed = self.store().progress(&session)?.iter().any(|p| p.exercise_id == exercise_id && p.state == ProgressState::Passed);
        if self.effective_policy(&self.store().class_policy()?.unwrap_or_default()).solution_after_pass && !passed {
            return Err(WorkstationError::SolutionLocked);
        }
        let solution = self.exercise(exercise_id)?.solution()?;
        self.store().record_activity(&session, "solution_viewed", Some(exercise_id), None)?;
        Ok(solution)
    }

    /// Check: grade the learner's files and record the attempt.
    pub fn check(&self, exercise_id: &str, files: Vec<SourceFile>) -> Result<GradeReport, WorkstationError> {
        let session = self.session()?;
        let ex = self.exercise(exercise_id)?;
        self.unit_open(&ex.id)?;
        let files = grading::files_for(&ex, files)?;
        let started = now_ms();
        let clock = std::time::Instant::now();
        let report = grading::grade(&self.sandbox, &ex, &files)?;
        let ms = clock.elapsed().as_millis() as i64;
        let mut store = self.store();
        for f in &files {
            store.save_draft(&session, exercise_id, f)?;
        }
        store.record_attempt(&session, exercise_id, &files, &report, started, ms)?;
        Ok(report)
    }

    /// The document the HTML preview shows: exactly the one the grader
    /// judges (see `grading::html::preview_document`).
    pub fn preview(&self, exercise_id: &str, files: Vec<SourceFile>) -> Result<String, WorkstationError> {
        self.session()?;
        let ex = self.exercise(exercise_id)?;
        let files = grading::files_for(&ex, files)?;
        let page = files.iter().find(|f| f.name.ends_with(".html")).map(|f| f.text.clone()).unwrap_or_default();
        Ok(grading::html::preview_document(&page, &files))
    }

    /// Run: the learner's program, as is, in the sandbox.
    pub fn run(&self, exercise_id: &str, files: Vec<SourceFile>) -> Result<RunOutcome, WorkstationError> {
        self.session()?;
        let ex = self.exercise(exercise_id)?;
        let files = grading::files_for(&ex, files)?;
        if ex.kind == Kind::Tests {
            // The learner's tests, run against the correct code only: Check
            // also runs them against the planted bugs.
            return Ok(grading::try_tests(&self.sandbox, &ex, &files)?);
        }
        let language = match ex.language {
            Some(ExerciseLanguage::Js) => Language::Js,
            Some(ExerciseLanguage::Rust) => Language::Rust,
            Some(ExerciseLanguage::Sql) => {
                // Run is the scratch mode: any SQL, on the exercise's own
                // data, ungraded.
                let seed = grading::sql::seed(&ex)?;
                let opts = RunOptions { limits: ex.limits, ..Default::default() };
                let file = files.first().ok_or_else(|| WorkstationError::NotRunnable("sql".into()))?;
                return Ok(self.sandbox.run_sql(file, &seed, &opts)?);
            }
            Some(ExerciseLanguage::Web) => {
                // Run: the server starts, the page loads, ten seconds of
                // page time pass; its console is the output.
                let setup = ex.web_setup()?;
                return Ok(self.sandbox.run_web(&files, &setup, &RunOptions { limits: ex.limits, ..Default::default() })?);
            }
            Some(ExerciseLanguage::Html) | None => return Err(WorkstationError::NotRunnable(format!("{:?}", ex.language).to_lowercase())),
        };
        Ok(self.sandbox.run(language, &files, &RunOptions { limits: ex.limits, stdin: Vec::new(), ..Default::default() })?)
    }

    /// The facility's policy with the instructor's class settings over it.
    fn effective_policy(&self, class: &crate::store::ClassPolicy) -> Policy {
        let mut p = self.policy.clone();
        if let Some(v) = class.solution_after_pass {
            p.solution_after_pass = v;
        }
        if let Some(v) = class.idle_sign_out_minutes {
            p.idle_sign_out_minutes = v;
        }
        p
    }

    /// Refuses an exercise in a unit the instructor keeps closed. (Drafts
    /// still save: a unit closing while a learner types loses nothing.)
    fn unit_open(&self, exercise_id: &str) -> Result<(), WorkstationError> {
        let class = self.store().class_policy()?.unwrap_or_default();
        if class.closed_units.is_empty() {
            return Ok(());
        }
        let curriculum = self.curriculum();
        for u in curriculum.tracks.iter().flat_map(|t| &t.units) {
            if class.closed_units.contains(&u.id) && u.exercises.iter().any(|e| e.id == exercise_id) {
                return Err(WorkstationError::UnitClosed(u.title.clone()));
            }
        }
        Ok(())
    }

    /// Lays the installed packs over the bundled curriculum again (a pack
    /// arrived or was released); returns the packs that could not be
    /// loaded, in plain words. The store lock is not held meanwhile.
    pub(crate) fn reload_curriculum(&self) -> Result<Vec<String>, WorkstationError> {
        let packs = self.store().packs()?;
        let (curriculum, problems) = load_curriculum(&self.paths, packs)?;
        *self.curriculum.write().unwrap_or_else(|p| p.into_inner()) = curriculum;
        Ok(problems)
    }

    /// Run code outside any exercise (the scratch pad).
    pub fn run_scratch(&self, language: Language, files: &[SourceFile]) -> Result<RunOutcome, WorkstationError> {
        Ok(self.sandbox.run(language, files, &RunOptions { limits: Limits::default(), stdin: Vec::new(), ..Default::default() })?)
    }
}

/// The bundled curriculum with every installed pack laid over it, and the
/// packs that could not be loaded, in plain words.
pub fn load_curriculum(paths: &Paths, packs: Vec<crate::store::PackRecord>) -> Result<(Curriculum, Vec<String>), WorkstationError> {
    let mut curriculum = curriculum::load(&paths.curriculum_dir)?;
    let mut problems = Vec::new();
    crate::bundle::pack::remove_unused(&paths.data_dir, &packs);
    for pack in packs {
        // Each pack was validated on import; one that no longer loads (say,
        // its ids now clash with a newer bundled track) is skipped and
        // reported, never allowed to stop the app opening.
        let loaded = crate::bundle::pack::materialize(&paths.data_dir, &pack)
            .map_err(|e| e.to_string())
            .and_then(|root| curriculum::load(&root).map_err(|e| e.to_string()))
            .and_then(|c| curriculum.overlay(c));
        if let Err(e) = loaded {
            problems.push(format!("curriculum pack {:?} was not loaded: {e}", pack.track_id));
        }
    }
    Ok((curriculum, problems))
}

/// Markdown to HTML, then sanitised: lessons come in curriculum packs that
/// may be hostile. Links and images that point anywhere but inside the page
/// are dropped, since nothing may load from a network.
pub fn render_lesson(markdown: &str) -> String {
    let parser = pulldown_cmark::Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_TABLES | pulldown_cmark::Options::ENABLE_STRIKETHROUGH);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    ammonia::Builder::default()
        .url_schemes(std::collections::HashSet::new())
        .url_relative(ammonia::UrlRelative::Deny)
        .rm_tags(&["img"])
        .add_allowed_classes("code", &["language-html", "language-css", "language-js", "language-javascript", "language-rust"])
        .clean(&html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::render_lesson;
    use super::usb::links_on_the_way;

    #[test]
    fn a_usb_folder_that_is_or_sits_under_a_link_is_not_used() {
        let root = tempfile::tempdir().unwrap();
        let real = root.path().join("stick/stepstone");
        std::fs::create_dir_all(&real).unwrap();
        std::os::unix::fs::symlink(&real, root.path().join("link")).unwrap();
        std::os::unix::fs::symlink(root.path().join("stick"), root.path().join("up")).unwrap();
        assert!(!links_on_the_way(&real));
        assert!(links_on_the_way(&root.path().join("link")));
        assert!(links_on_the_way(&root.path().join("up/stepstone")));
    }

    #[test]
    fn lesson_markdown_is_sanitised_and_loads_nothing_remote() {
        let html = render_lesson(
            "# Title\n\n<script>alert(1)</script>\n\n[site](https://example.org) ![x](http://example.org/a.png) \
             <img src=x onerror=alert(1)> [js](javascript:alert(1))\n\n```js\nlet a = 1;\n```\n",
        );
        assert!(html.contains("<h1>Title</h1>"));
        assert!(html.contains("<code class=\"language-js\">"));
        for bad in ["<script", "onerror", "javascript:", "example.org", "<img"] {
            assert!(!html.contains(bad), "{bad} survived: {html}");
        }
    }
}
