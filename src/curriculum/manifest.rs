//! The curriculum's on-disk manifests, as serde types.
//!
//! This file depends on nothing but serde and toml, because `build.rs`
//! includes it too (to check manifests and embed an index at build time).
//! Unknown keys are errors (`deny_unknown_fields`); values whose place in the
//! file matters for an error message are `Spanned`. The format is documented
//! for instructors in `curriculum/README.md`; keep the two in step.

use serde::{Deserialize, Serialize};
use toml::Spanned;

/// The manifest format this build reads. A manifest with a newer version is
/// refused with a clear message rather than half-understood.
pub const FORMAT_VERSION: u32 = 1;

/// `track.toml`: a track and its units, in teaching order.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrackManifest {
    pub format_version: u32,
    pub id: String,
    pub title: String,
    pub summary: String,
    pub units: Vec<UnitManifest>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitManifest {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    /// Exercise folders (relative to the track folder), in order.
    pub exercises: Vec<Spanned<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Has tests; the starter must fail them and the solution pass them.
    Code,
    /// A lesson to read; nothing to grade.
    Reading,
    /// Free play with optional tests; the starter may already pass.
    Exploring,
    /// Test-first: the learner writes the tests (`files`). They must pass
    /// against the reference code (`reference/`, the `subject` files) and
    /// catch every planted bug (`bugs/<name>/`, the same files).
    Tests,
}

impl Kind {
    /// Every kind, as the manifest and the IPC spell it (the UI's binding
    /// for `kind` is written from this list; a test keeps them together).
    pub const ALL: [(Kind, &'static str); 4] = [(Kind::Code, "code"), (Kind::Reading, "reading"), (Kind::Exploring, "exploring"), (Kind::Tests, "tests")];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExerciseLanguage {
    Html,
    Js,
    Rust,
    Sql,
    /// A page (HTML, CSS, JS), a server, or both: see `[web]`.
    Web,
}

impl ExerciseLanguage {
    /// Every language with its name in manifests (the IPC type for
    /// `language` is written from this list; a test keeps them together).
    pub const ALL: [(ExerciseLanguage, &'static str); 5] =
        [(ExerciseLanguage::Html, "html"), (ExerciseLanguage::Js, "js"), (ExerciseLanguage::Rust, "rust"), (ExerciseLanguage::Sql, "sql"), (ExerciseLanguage::Web, "web")];
}

/// Per-exercise overrides of the sandbox limits.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitOverrides {
    pub run_ms: Option<u64>,
    pub compile_ms: Option<u64>,
    pub memory_mb: Option<u64>,
    pub output_kb: Option<u64>,
}

/// `[preview]`: how the live HTML preview may behave.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PreviewManifest {
    /// Let `<script>` run in the preview (off by default).
    #[serde(default)]
    pub scripts: bool,
}

/// `[web]`: what a web exercise sets up around the learner's files.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebManifest {
    /// The learner's page the tests open (default: the first `.html` file).
    pub page: Option<Spanned<String>>,
    /// The learner's server entry point, one of `files`.
    pub server: Option<Spanned<String>>,
    /// The exercise's mock API (`api.js`, in the exercise folder).
    pub api: Option<Spanned<String>>,
    /// SQL loaded into the server's `db` first (in the exercise folder).
    pub database: Option<Spanned<String>>,
}

/// `exercise.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseManifest {
    pub format_version: u32,
    /// Stable and unique across the whole curriculum; progress is keyed by it.
    pub id: String,
    pub title: String,
    #[serde(default = "default_kind")]
    pub kind: Kind,
    pub language: Option<ExerciseLanguage>,
    /// The lesson text (Markdown), relative to the exercise folder.
    #[serde(default = "default_lesson")]
    pub lesson: Spanned<String>,
    /// Starter files in `starter/`; the reference solution has the same
    /// names in `solution/`. The first is the one the editor opens.
    #[serde(default)]
    pub files: Vec<Spanned<String>>,
    /// `tests.js`, `tests.rs` or `checks.toml`, relative to the folder.
    pub tests: Option<Spanned<String>>,
    /// `tests` exercises: the code the learner's tests run against, in
    /// `reference/` (correct) and in each `bugs/<name>/` (a planted bug).
    #[serde(default)]
    pub subject: Vec<Spanned<String>>,
    /// From a gentle nudge to a near-answer; at least two for code.
    #[serde(default)]
    pub hints: Vec<String>,
    /// Rough minutes a learner needs; shown on the course map.
    pub minutes: Option<u32>,
    #[serde(default)]
    pub limits: LimitOverrides,
    #[serde(default)]
    pub preview: PreviewManifest,
    #[serde(default)]
    pub web: WebManifest,
    /// Rust: every function or method the tests call, pinned to its type as
    /// `path: fn(...) -> ...` (`"add: fn(i32, i32) -> i32"`,
    /// `"Rectangle::area: fn(&crate::Rectangle) -> u32"`). The test build
    /// checks each at compile time, so a learner cannot return a type of
    /// their own whose `PartialEq` says yes to everything.
    #[serde(default)]
    pub signatures: Vec<Spanned<String>>,
    /// Rust: the learner's enums the tests match on, with exactly their
    /// variants (`"Light: Red, Yellow, Green"`), checked at compile time so
    /// that `matches!(x, Light::Green)` tests a real variant.
    #[serde(default)]
    pub enums: Vec<Spanned<String>>,
}

fn default_kind() -> Kind {
    Kind::Code
}

fn default_lesson() -> Spanned<String> {
    Spanned::new(0..0, "lesson.md".to_string())
}

/// `checks.toml` for HTML/CSS exercises: declarative checks on the parsed
/// page and its stylesheets.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecksManifest {
    pub format_version: u32,
    #[serde(rename = "check")]
    pub checks: Vec<CheckManifest>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckManifest {
    /// Shown to the learner, e.g. "The page has one main heading".
    pub name: String,
    /// Which file to check (default: the first `.html` file).
    pub file: Option<String>,
    /// A CSS selector for elements of the page.
    pub selector: Option<String>,
    /// Exactly this many elements must match `selector`.
    pub count: Option<usize>,
    /// At least this many (default 1 when neither count nor min is given).
    pub min: Option<usize>,
    /// Some matching element's text must contain this (case-insensitive).
    pub text: Option<String>,
    /// Some matching element must have this attribute...
    pub attribute: Option<String>,
    /// ...with exactly this value (default: any non-empty value).
    pub value: Option<String>,
    /// A stylesheet rule for these elements must declare this property...
    pub property: Option<String>,
    /// ...with a value containing this (case-insensitive; default: any).
    pub property_value: Option<String>,
    /// ...or a value it must not have (one the learner should change).
    pub property_value_not: Option<String>,
    /// `hover`, `focus`...: judge the CSS as it is while the learner's
    /// reader points at or tabs to the element.
    pub state: Option<String>,
    /// Plain words for the matched elements ("main heading"), used in the
    /// generated messages instead of the selector.
    pub what: Option<String>,
    /// Some matching element's whole text is this (case-insensitive).
    pub text_is: Option<String>,
    /// Every matching element has some text.
    #[serde(default)]
    pub nonempty: bool,
    /// An accessibility rule for the whole page: alt, labels, link-text,
    /// lang, headings.
    pub a11y: Option<String>,
    /// With `property`: the value must not win by `!important`.
    #[serde(default)]
    pub no_important: bool,
    /// `a11y = "alt"`: an empty `alt=""` (a decorative image) is fine.
    #[serde(default)]
    pub allow_empty: bool,
    /// The plain-language message when the check fails (default: generated).
    pub message: Option<String>,
}

/// `checks.toml` for SQL exercises: the data and the checks on the
/// learner's results (see `grading::sql`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SqlChecksManifest {
    pub format_version: u32,
    /// `datasets/<name>.sql` in the track folder (and, when it exists,
    /// `datasets/<name>.variant.sql`: the changed copy every check is run
    /// on again). None: an empty database.
    pub dataset: Option<String>,
    /// SQL run after the dataset, for this exercise alone.
    #[serde(default)]
    pub setup: String,
    #[serde(rename = "check")]
    pub checks: Vec<SqlCheckManifest>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SqlCheckKind {
    /// The learner's last result equals the reference query's.
    Query,
    /// After the learner's statements, `query` gives what it gives after
    /// the reference statements.
    State,
    /// The learner's SQL uses each of `words` as a keyword (outside
    /// comments and quotes): for what no result can show, such as a
    /// transaction's BEGIN, ROLLBACK and COMMIT.
    Uses,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SqlCheckManifest {
    /// Shown to the learner, e.g. "lists every book from before 1950".
    pub name: String,
    pub kind: SqlCheckKind,
    /// The reference query (`query`) or statements (`state`).
    #[serde(default)]
    pub reference: String,
    /// `uses`: the keywords the learner's SQL must contain (`"COMMIT|END"`:
    /// either).
    #[serde(default)]
    pub words: Vec<String>,
    /// `state`: the checking query run on both databases.
    pub query: Option<String>,
    /// Rows must come in the reference's order (default: any order).
    #[serde(default)]
    pub ordered: bool,
    /// Column names must match too (case aside).
    #[serde(default)]
    pub names: bool,
    /// `state`: every table must also equal the reference's, row for row.
    #[serde(default)]
    pub unchanged: bool,
    /// The plain-language message when the check fails (default: generated).
    pub message: Option<String>,
}

/// Line (1-based) of a byte offset in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].bytes().filter(|b| *b == b'\n').count() + 1
}
