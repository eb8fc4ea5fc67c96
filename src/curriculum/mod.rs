//! The curriculum: tracks of units of exercises, read from a folder.
//!
//! [`load`] reads `*/track.toml` and every exercise folder they name, and
//! collects every problem it finds (unknown keys, missing files, duplicate
//! ids, versions from the future) with the file and line, instead of
//! stopping at the first: an instructor fixing a pack wants the whole list.
//! Curriculum packs may come from outside, so nothing here trusts a path:
//! every name must stay inside its exercise folder.
//!
//! What it leaves out: grading (see [`crate::grading`]) and rendering
//! lessons (the UI does that).

pub mod check;
pub mod manifest;

use serde::Serialize;
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use ts_rs::TS;

use crate::config::Limits;
use crate::sandbox::SourceFile;
pub use manifest::{ExerciseLanguage, Kind};
use manifest::{line_of, ExerciseManifest, TrackManifest, FORMAT_VERSION};

/// One problem in a curriculum folder, pinned to a file and line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Problem {
    pub file: String,
    pub line: Option<u32>,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.file, l, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CurriculumError {
    #[error("the curriculum at {root} has {} problem(s):\n{}", .problems.len(), .problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
    Invalid { root: PathBuf, problems: Vec<Problem> },
    #[error("no exercise {0:?} in the curriculum")]
    UnknownExercise(String),
    #[error("could not read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
}

#[derive(Debug, Clone)]
pub struct Curriculum {
    pub root: PathBuf,
    pub tracks: Vec<Track>,
}

#[derive(Debug, Clone)]
pub struct Track {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub units: Vec<Unit>,
}

#[derive(Debug, Clone)]
pub struct Unit {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub exercises: Vec<Exercise>,
}

#[derive(Debug, Clone)]
pub struct Exercise {
    pub id: String,
    pub title: String,
    pub kind: Kind,
    pub language: Option<ExerciseLanguage>,
    pub dir: PathBuf,
    pub lesson: String,
    pub files: Vec<String>,
    pub tests: Option<String>,
    /// `tests` exercises: the code under test (`reference/`, `bugs/*/`).
    pub subject: Vec<String>,
    pub hints: Vec<String>,
    pub minutes: Option<u32>,
    pub limits: Limits,
    pub preview_scripts: bool,
    /// Web exercises: the page, server, mock API and database (`[web]`).
    pub web: WebSpec,
    /// Rust: the functions the tests call, with their types (see
    /// `sandbox::rust::Signature`).
    pub signatures: Vec<String>,
    /// Rust: the learner's enums the tests match on (see
    /// `sandbox::rust::EnumShape`).
    pub enums: Vec<String>,
}

fn read(path: &Path) -> Result<String, CurriculumError> {
    std::fs::read_to_string(path).map_err(|source| CurriculumError::Io { path: path.to_path_buf(), source })
}

impl Exercise {
    /// The files a learner starts from.
    pub fn starter(&self) -> Result<Vec<SourceFile>, CurriculumError> {
        self.read_files("starter")
    }

    /// The reference solution.
    pub fn solution(&self) -> Result<Vec<SourceFile>, CurriculumError> {
        self.read_files("solution")
    }

    pub fn lesson_text(&self) -> Result<String, CurriculumError> {
        read(&self.dir.join(&self.lesson))
    }

    pub fn tests_text(&self) -> Result<Option<String>, CurriculumError> {
        self.tests.as_ref().map(|t| read(&self.dir.join(t))).transpose()
    }

    /// `tests` exercises: the correct code the learner's tests run against.
    pub fn reference(&self) -> Result<Vec<SourceFile>, CurriculumError> {
        Self::read_set(&self.dir.join("reference"), &self.subject)
    }

    /// The variants in `sub` (`wrong`, `alternatives`, `bugs`): one folder
    /// each, sorted by name, each holding `names` (the learner's files, or
    /// for bugs the subject). A folder missing a file is an `Err` of its own.
    pub fn variants(&self, sub: &str) -> Vec<Variant> {
        let names = if sub == "bugs" { &self.subject } else { &self.files };
        let Ok(entries) = std::fs::read_dir(self.dir.join(sub)) else { return Vec::new() };
        let mut dirs: Vec<PathBuf> = entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
        dirs.sort();
        dirs.into_iter()
            .map(|d| {
                let name = d.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                let files = Self::read_set(&d, names);
                let says = files.as_ref().ok().and_then(|f| f.first()).and_then(|f| first_comment(&f.text));
                Variant { folder: format!("{sub}/{name}"), says, files }
            })
            .collect()
    }

    fn read_files(&self, sub: &str) -> Result<Vec<SourceFile>, CurriculumError> {
        Self::read_set(&self.dir.join(sub), &self.files)
    }

    fn read_set(dir: &Path, names: &[String]) -> Result<Vec<SourceFile>, CurriculumError> {
        names.iter().map(|name| Ok(SourceFile { name: name.clone(), text: read(&dir.join(name))? })).collect()
    }
}

/// `[web]` of a web exercise, resolved: the page defaults to the first
/// `.html` file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WebSpec {
    pub page: Option<String>,
    pub server: Option<String>,
    pub api: Option<String>,
    pub database: Option<String>,
}

impl Exercise {
    /// What the sandbox sets up around a web exercise's files.
    pub fn web_setup(&self) -> Result<crate::sandbox::web::WebSetup, CurriculumError> {
        let api = match &self.web.api {
            Some(name) => Some(SourceFile { name: name.clone(), text: read(&self.dir.join(name))? }),
            None => None,
        };
        let database = self.web.database.as_ref().map(|d| read(&self.dir.join(d))).transpose()?;
        Ok(crate::sandbox::web::WebSetup { page: self.web.page.clone(), server: self.web.server.clone(), api, database, serve: None })
    }
}

/// One folder of `wrong/`, `alternatives/` or `bugs/`.
#[derive(Debug)]
pub struct Variant {
    /// `wrong/hard-coded`, relative to the exercise folder.
    pub folder: String,
    /// Its first line's comment: what mistake it makes (or, for a bug,
    /// what the buggy version gets wrong, as "forgets negative numbers").
    pub says: Option<String>,
    pub files: Result<Vec<SourceFile>, CurriculumError>,
}

/// The text of a file's first line when that line is a comment alone
/// (`// ...`, `-- ...`, `/* ... */`, `<!-- ... -->`, `# ...`).
pub fn first_comment(text: &str) -> Option<String> {
    let line = text.lines().find(|l| !l.trim().is_empty())?.trim();
    let body = if let Some(r) = line.strip_prefix("//").or_else(|| line.strip_prefix("--")) {
        r
    } else if let Some(r) = line.strip_prefix("/*") {
        r.strip_suffix("*/")?
    } else if let Some(r) = line.strip_prefix("<!--") {
        r.strip_suffix("-->")?
    } else {
        line.strip_prefix('#').filter(|r| !r.starts_with('['))?
    };
    let body = body.trim();
    (!body.is_empty()).then(|| body.to_string())
}

impl Curriculum {
    pub fn exercises(&self) -> impl Iterator<Item = &Exercise> {
        self.tracks.iter().flat_map(|t| t.units.iter()).flat_map(|u| u.exercises.iter())
    }

    /// Adds `other`'s tracks (an installed curriculum pack), each replacing
    /// a track with the same id. Refused whole if an exercise id would then
    /// name two exercises, since progress is keyed by exercise id.
    pub fn overlay(&mut self, other: Curriculum) -> Result<(), String> {
        let replaced: Vec<&str> = other.tracks.iter().map(|t| t.id.as_str()).collect();
        let kept: HashMap<&str, &str> = self
            .tracks
            .iter()
            .filter(|t| !replaced.contains(&t.id.as_str()))
            .flat_map(|t| t.units.iter().flat_map(|u| u.exercises.iter()).map(|e| (e.id.as_str(), t.id.as_str())))
            .collect();
        if let Some((id, track)) = other.exercises().find_map(|e| kept.get(e.id.as_str()).map(|t| (e.id.clone(), t.to_string()))) {
            return Err(format!("exercise id {id:?} is already used by track {track:?}"));
        }
        for t in other.tracks {
            match self.tracks.iter_mut().find(|mine| mine.id == t.id) {
                Some(mine) => *mine = t,
                None => self.tracks.push(t),
            }
        }
        Ok(())
    }

    /// An exercise by its id only (for ids that came from elsewhere, such
    /// as a terminal's log: never read as a path).
    pub fn by_id(&self, id: &str) -> Option<&Exercise> {
        self.exercises().find(|e| e.id == id)
    }

    /// An exercise by id, or by the path of its folder.
    pub fn find(&self, id_or_dir: &str) -> Result<&Exercise, CurriculumError> {
        let as_path = std::fs::canonicalize(id_or_dir).ok();
        self.exercises()
            .find(|e| e.id == id_or_dir || as_path.as_ref().is_some_and(|p| std::fs::canonicalize(&e.dir).ok().as_ref() == Some(p)))
            .ok_or_else(|| CurriculumError::UnknownExercise(id_or_dir.to_string()))
    }
}

/// The line where `id = "<id>"` is written, for duplicate-id messages.
fn id_line(text: &str, id: &str) -> Option<usize> {
    let quoted = format!("\"{id}\"");
    text.lines().position(|l| l.trim_start().starts_with("id") && l.contains(&quoted)).map(|i| i + 1)
}

/// A name from a manifest must be a plain relative path inside the folder.
fn safe_relative(name: &str) -> bool {
    let p = Path::new(name);
    !name.is_empty()
        && !name.contains('\\')
        && !name.contains('\0')
        && p.components().all(|c| matches!(c, Component::Normal(_)))
}

struct Collector<'a> {
    root: &'a Path,
    problems: Vec<Problem>,
}

impl Collector<'_> {
    fn push(&mut self, file: &Path, line: Option<usize>, message: impl Into<String>) {
        let file = file.strip_prefix(self.root).unwrap_or(file).display().to_string();
        self.problems.push(Problem { file, line: line.map(|l| l as u32), message: message.into() });
    }

    /// A TOML error message already says where; keep our file name in front.
    fn toml_error(&mut self, file: &Path, text: &str, e: toml::de::Error) {
        let line = e.span().map(|s| line_of(text, s.start));
        let msg = e.message().to_string();
        self.push(file, line, msg);
    }
}

/// Reads and checks a whole curriculum folder.
pub fn load(root: &Path) -> Result<Curriculum, CurriculumError> {
    let mut c = Collector { root, problems: Vec::new() };
    let mut track_dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .map_err(|source| CurriculumError::Io { path: root.to_path_buf(), source })?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("track.toml").is_file())
        .collect();
    track_dirs.sort();
    if track_dirs.is_empty() {
        c.push(root, None, "no track found: each track is a folder with a track.toml");
    }
    let mut tracks = Vec::new();
    let mut ids: HashMap<String, PathBuf> = HashMap::new();
    for dir in track_dirs {
        let path = dir.join("track.toml");
        let text = read(&path)?;
        let manifest: TrackManifest = match toml::from_str(&text) {
            Ok(m) => m,
            Err(e) => {
                c.toml_error(&path, &text, e);
                continue;
            }
        };
        if manifest.format_version > FORMAT_VERSION {
            c.push(&path, None, format!("format_version {} is newer than this Stepstone understands ({FORMAT_VERSION}): update Stepstone", manifest.format_version));
            continue;
        }
        if let Some(prev) = ids.insert(manifest.id.clone(), path.clone()) {
            c.push(&path, id_line(&text, &manifest.id), format!("duplicate id {:?} (also used in {})", manifest.id, prev.strip_prefix(root).unwrap_or(&prev).display()));
        }
        let mut units = Vec::new();
        let mut listed = std::collections::HashSet::new();
        for unit in manifest.units {
            if let Some(prev) = ids.insert(unit.id.clone(), path.clone()) {
                c.push(&path, id_line(&text, &unit.id), format!("duplicate id {:?} (also used in {})", unit.id, prev.strip_prefix(root).unwrap_or(&prev).display()));
            }
            let mut exercises = Vec::new();
            for folder in &unit.exercises {
                listed.insert(folder.get_ref().clone());
                let line = Some(line_of(&text, folder.span().start));
                if !safe_relative(folder.get_ref()) {
                    c.push(&path, line, format!("exercise folder {:?} must be a plain name inside the track", folder.get_ref()));
                    continue;
                }
                let edir = dir.join(folder.get_ref());
                if !edir.join("exercise.toml").is_file() {
                    c.push(&path, line, format!("exercise folder {:?} has no exercise.toml", folder.get_ref()));
                    continue;
                }
                if let Some(ex) = load_exercise(&mut c, &edir)? {
                    if let Some(prev) = ids.insert(ex.id.clone(), edir.join("exercise.toml")) {
                        let f = edir.join("exercise.toml");
                        let line = std::fs::read_to_string(&f).ok().and_then(|t| id_line(&t, &ex.id));
                        c.push(&f, line, format!("duplicate id {:?} (also used in {})", ex.id, prev.strip_prefix(root).unwrap_or(&prev).display()));
                    }
                    exercises.push(ex);
                }
            }
            units.push(Unit { id: unit.id, title: unit.title, summary: unit.summary, exercises });
        }
        // A finished exercise folder that no unit lists would silently never
        // reach students; authors forget the track.toml line more often than
        // they mean to hide work, so say so.
        let mut unlisted: Vec<String> = std::fs::read_dir(&dir)
            .map_err(|source| CurriculumError::Io { path: dir.clone(), source })?
            .flatten()
            .filter(|e| e.path().join("exercise.toml").is_file())
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .filter(|name| !listed.contains(name))
            .collect();
        unlisted.sort();
        for name in unlisted {
            c.push(&path, None, format!("exercise folder {name:?} is not listed in any unit: add it to a unit's exercises or remove the folder"));
        }
        tracks.push(Track { id: manifest.id, title: manifest.title, summary: manifest.summary, units });
    }
    if c.problems.is_empty() {
        Ok(Curriculum { root: root.to_path_buf(), tracks })
    } else {
        Err(CurriculumError::Invalid { root: root.to_path_buf(), problems: c.problems })
    }
}

fn load_exercise(c: &mut Collector, dir: &Path) -> Result<Option<Exercise>, CurriculumError> {
    let path = dir.join("exercise.toml");
    let text = read(&path)?;
    let m: ExerciseManifest = match toml::from_str(&text) {
        Ok(m) => m,
        Err(e) => {
            c.toml_error(&path, &text, e);
            return Ok(None);
        }
    };
    let before = c.problems.len();
    if m.format_version > FORMAT_VERSION {
        c.push(&path, None, format!("format_version {} is newer than this Stepstone understands ({FORMAT_VERSION}): update Stepstone", m.format_version));
        return Ok(None);
    }
    let line = |s: &toml::Spanned<String>| (s.span().end > 0).then(|| line_of(&text, s.span().start));
    let need = |c: &mut Collector, rel: &toml::Spanned<String>, sub: &str, what: &str| {
        if !safe_relative(rel.get_ref()) {
            c.push(&path, line(rel), format!("{what} {:?} must be a plain name inside the exercise folder", rel.get_ref()));
        } else if !dir.join(sub).join(rel.get_ref()).is_file() {
            let shown = if sub.is_empty() { rel.get_ref().clone() } else { format!("{sub}/{}", rel.get_ref()) };
            c.push(&path, line(rel), format!("{what} {shown} is missing"));
        }
    };
    need(c, &m.lesson, "", "lesson");
    let graded = m.kind != Kind::Reading;
    if graded {
        if m.language.is_none() {
            c.push(&path, None, "missing `language` (html, js, rust, sql or web)");
        }
        if m.files.is_empty() {
            c.push(&path, None, "missing `files`: name at least one starter file");
        }
        for f in &m.files {
            need(c, f, "starter", "starter file");
            need(c, f, "solution", "solution file");
        }
        if m.kind == Kind::Tests {
            if matches!(m.language, Some(ExerciseLanguage::Html | ExerciseLanguage::Sql)) {
                c.push(&path, None, "a `tests` exercise is for js, rust or web: the learner writes tests");
            }
            if m.files.len() != 1 {
                c.push(&path, None, "a `tests` exercise has one file in `files`: the learner's tests");
            }
            if let Some(t) = &m.tests {
                c.push(&path, line(t), "a `tests` exercise has no `tests` key: the learner's `files` are the tests, run against `subject`");
            }
            if m.subject.is_empty() {
                c.push(&path, None, "missing `subject`: name the code the learner's tests run against (in reference/ and each bugs/ folder)");
            }
            for f in &m.subject {
                need(c, f, "reference", "subject file");
            }
        } else if !m.subject.is_empty() {
            c.push(&path, m.subject.first().map(|s| line_of(&text, s.span().start)), "`subject` is for `tests` exercises only");
        }
        match &m.tests {
            _ if m.kind == Kind::Tests => {}
            Some(t) => need(c, t, "", "tests file"),
            None if m.kind == Kind::Code => c.push(&path, None, "missing `tests`: a code exercise needs tests"),
            None => {}
        }
        if m.language == Some(ExerciseLanguage::Rust) && (m.tests.is_some() || m.kind == Kind::Tests) && m.signatures.is_empty() {
            c.push(&path, None, "missing `signatures`: name each function the tests call with its type, such as `signatures = [\"add: fn(i32, i32) -> i32\"]`");
        }
        if m.language != Some(ExerciseLanguage::Rust) && !m.signatures.is_empty() {
            c.push(&path, m.signatures.first().map(|s| line_of(&text, s.span().start)), "`signatures` are for Rust exercises only");
        }
        for s in &m.signatures {
            if let Err(e) = crate::sandbox::rust::Signature::parse(s.get_ref()) {
                c.push(&path, Some(line_of(&text, s.span().start)), format!("signature {:?}: {e}", s.get_ref()));
            }
        }
        if m.language != Some(ExerciseLanguage::Rust) && !m.enums.is_empty() {
            c.push(&path, m.enums.first().map(|s| line_of(&text, s.span().start)), "`enums` are for Rust exercises only");
        }
        for s in &m.enums {
            if let Err(e) = crate::sandbox::rust::EnumShape::parse(s.get_ref()) {
                c.push(&path, Some(line_of(&text, s.span().start)), format!("enum {:?}: {e}", s.get_ref()));
            }
        }
        if matches!(m.kind, Kind::Code | Kind::Tests) && m.hints.len() < 2 {
            c.push(&path, None, "give at least two `hints`, from a nudge to a near-answer");
        }
    }
    let is_web = m.language == Some(ExerciseLanguage::Web);
    let w = &m.web;
    let any_web = w.page.is_some() || w.server.is_some() || w.api.is_some() || w.database.is_some();
    if any_web && !is_web {
        c.push(&path, None, "`[web]` is for `language = \"web\"` exercises only");
    }
    let names: Vec<&str> = m.files.iter().chain(m.subject.iter()).map(|f| f.get_ref().as_str()).collect();
    let page = w.page.as_ref().map(|p| p.get_ref().clone()).or_else(|| {
        // With a server, an .html file may be one of its views: the page
        // is then only what `[web] page` names.
        if is_web && w.server.is_none() { names.iter().find(|n| n.ends_with(".html")).map(|n| n.to_string()) } else { None }
    });
    if is_web && graded {
        for (what, v) in [("page", &w.page), ("server", &w.server)] {
            if let Some(v) = v {
                if !names.contains(&v.get_ref().as_str()) {
                    c.push(&path, line(v), format!("[web] {what} {:?} must be one of `files`", v.get_ref()));
                }
            }
        }
        if page.is_none() && w.server.is_none() {
            c.push(&path, None, "a web exercise needs a page (an .html file in `files`) or `[web] server`");
        }
        for (what, v) in [("api", &w.api), ("database", &w.database)] {
            if let Some(v) = v {
                need(c, v, "", &format!("[web] {what} file"));
            }
        }
    }
    if c.problems.len() > before {
        return Ok(None);
    }
    let web_spec = WebSpec {
        page,
        server: w.server.as_ref().map(|s| s.get_ref().clone()),
        api: w.api.as_ref().map(|s| s.get_ref().clone()),
        database: w.database.as_ref().map(|s| s.get_ref().clone()),
    };
    let defaults = Limits::default();
    let l = &m.limits;
    Ok(Some(Exercise {
        id: m.id,
        title: m.title,
        kind: m.kind,
        language: m.language,
        dir: dir.to_path_buf(),
        lesson: m.lesson.into_inner(),
        files: m.files.into_iter().map(|f| f.into_inner()).collect(),
        tests: m.tests.map(|t| t.into_inner()),
        subject: m.subject.into_iter().map(|f| f.into_inner()).collect(),
        hints: m.hints,
        minutes: m.minutes,
        limits: Limits {
            run_ms: l.run_ms.unwrap_or(defaults.run_ms),
            compile_ms: l.compile_ms.unwrap_or(defaults.compile_ms),
            memory_bytes: l.memory_mb.map(|m| m << 20).unwrap_or(defaults.memory_bytes),
            output_bytes: l.output_kb.map(|k| k << 10).unwrap_or(defaults.output_bytes),
            compile_memory_bytes: defaults.compile_memory_bytes,
            check_ms: defaults.check_ms,
        },
        preview_scripts: m.preview.scripts,
        web: web_spec,
        signatures: m.signatures.into_iter().map(|s| s.into_inner()).collect(),
        enums: m.enums.into_iter().map(|s| s.into_inner()).collect(),
    }))
}

/// The index of the bundled curriculum that `build.rs` checked and embedded:
/// tracks, units and exercises (id, title, kind, language, folder), so the
/// app can show the course map without scanning folders.
pub const BUNDLED_INDEX_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/curriculum-index.json"));
