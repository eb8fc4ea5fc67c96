//! The sandbox: runs a learner's JavaScript, Rust or SQL inside wasmtime and turns
//! whatever happens into a [`RunOutcome`].
//!
//! One [`Sandbox`] owns one wasmtime `Engine`; every run gets a fresh `Store`
//! with no preopened directories, no environment, no arguments beyond the
//! program name and in-memory stdio. Limits come from [`Limits`]: wall clock
//! (epoch interruption, plus an async timeout for guests blocked in a host
//! call), linear memory (a resource limiter) and output (capped pipes).
//!
//! A learner's compile error, crash or timeout is an `Ok(RunOutcome)`; an
//! `Err(SandboxError)` means the sandbox itself could not judge (a missing
//! toolchain, an unreadable cache directory). What it leaves out: HTML, which
//! is graded without running anything (see the curriculum's checks).

pub mod cache;
pub mod confine;
mod engine;
pub mod js;
pub mod rust;
pub mod sql;
pub mod text;
pub mod web;

use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use ts_rs::TS;

pub use engine::Sandbox;

use crate::config::Limits;

/// The language a piece of student code is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    Js,
    Rust,
    Sql,
}

impl Language {
    /// The language a file extension names, if any.
    pub fn from_extension(ext: &str) -> Option<Language> {
        match ext {
            "js" | "mjs" | "cjs" => Some(Language::Js),
            "rs" => Some(Language::Rust),
            "sql" => Some(Language::Sql),
            _ => None,
        }
    }
}

/// How a run ended. Everything but `Ok` is still a verdict, not an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RunStatus {
    Ok,
    CompileError,
    RuntimeError,
    Timeout,
    MemoryLimit,
    OutputLimit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

/// A compiler or runtime message pinned to a place in the learner's file.
/// Lines and columns are 1-based, as editors show them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Diagnostic {
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    pub severity: Severity,
    pub message: String,
}

/// The verdict of one run; this is the JSON `stepstone run --json` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RunOutcome {
    pub status: RunStatus,
    pub exit_code: Option<i32>,
    /// Output with terminal escape sequences made inert.
    pub stdout: String,
    pub stderr: String,
    pub diagnostics: Vec<Diagnostic>,
    pub compile_ms: Option<f64>,
    pub run_ms: Option<f64>,
    /// SQL: what each statement gave, in order (empty for other languages).
    #[serde(default)]
    pub tables: Vec<sql::SqlResult>,
}

/// A test's verdict, in the order the tests appear in their file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TestStatus {
    Pass,
    Fail,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TestResult {
    pub name: String,
    pub status: TestStatus,
    /// A plain-language reason, for a failing or erroring test.
    pub message: Option<String>,
    pub expected: Option<String>,
    pub actual: Option<String>,
    /// What the test printed, capped (see [`text::cap_chars`]).
    pub output: String,
}

/// The verdict of running an exercise's tests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TestRun {
    /// How the run as a whole ended (compile error, timeout, ...).
    pub outcome: RunOutcome,
    pub tests: Vec<TestResult>,
}

/// A source file handed to the sandbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

/// Failures of the sandbox itself, never of the learner's code.
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    #[error("the Rust toolchain for student code is not ready: {0}")]
    Toolchain(#[from] crate::toolchain::ToolchainError),
    #[error("could not start the wasm engine: {0}")]
    Engine(String),
    #[error("could not {action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("could not start the confined compiler: {0}")]
    Confine(String),
    #[error("bad source file name {0:?}: use a plain name like main.rs")]
    BadFileName(String),
    /// The exercise's tests themselves are broken (an author's problem).
    #[error("the tests in {file} cannot be used: {message}")]
    Tests { file: String, message: String },
}

impl SandboxError {
    pub(crate) fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        SandboxError::Io { action, path: path.into(), source }
    }
}

/// At most this many tests in one exercise.
pub const MAX_TESTS: usize = 100;

/// Holds a run's reported test results to the list of tests the host knows
/// the exercise has (never one the learner's code could influence).
///
/// Every expected test must report exactly once; the result comes back in
/// the expected order. A missing test becomes an error saying why (cut short
/// by a limit, or never reached because the program ended early); a test
/// reported twice, or any test the host did not expect, makes the run fail
/// with a plain message. So zero tests, a skipped test, a learner-added test
/// or an early clean exit is never a pass.
pub(crate) fn reconcile(expected: &[String], reported: Vec<TestResult>, started: &[String], stopped: &str) -> Vec<TestResult> {
    let error = |name: &str, message: String| TestResult {
        name: name.to_string(),
        status: TestStatus::Error,
        message: Some(message),
        expected: None,
        actual: None,
        output: String::new(),
    };
    let mut out = Vec::with_capacity(expected.len());
    for name in expected {
        let mut mine = reported.iter().filter(|r| &r.name == name);
        match (mine.next(), mine.next()) {
            (Some(r), None) => out.push(r.clone()),
            (Some(_), Some(_)) => out.push(error(name, "This test reported more than one result, so neither can be trusted. Does your code call test() itself?".into())),
            (None, _) if started.contains(name) => out.push(error(name, stopped.to_string())),
            (None, _) => out.push(error(
                name,
                "This test never ran: the program stopped before reaching it (for example with process.exit or std::process::exit).".into(),
            )),
        }
    }
    let extra: Vec<&str> = reported.iter().map(|r| r.name.as_str()).filter(|n| !expected.iter().any(|e| e == n)).collect();
    if !extra.is_empty() {
        out.push(error(
            "tests added by your code",
            format!("Your code added tests of its own ({}); only the exercise's tests count, so this check cannot pass.", extra.join(", ")),
        ));
    }
    out
}

/// Options for one run: the limits and the learner's stdin.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    pub limits: Limits,
    pub stdin: Vec<u8>,
    /// A test-first run: the learner wrote the tests, and the code under
    /// test is ours. Its source is hidden from their tests (a JS function's
    /// `toString`), and randomness and clocks are the same in every run, so
    /// the only thing that differs between the correct code and a planted
    /// bug is the code: tests cannot tell them apart by chance.
    pub sealed: bool,
    /// A web exercise: the page, server, mock API and database the run
    /// sets up around the learner's files (see [`web`]).
    pub web: Option<web::WebSetup>,
}

impl Sandbox {
    /// Runs `files` (the first is the entry point) in `language`.
    pub fn run(&self, language: Language, files: &[SourceFile], opts: &RunOptions) -> Result<RunOutcome, SandboxError> {
        match language {
            Language::Js => self.run_js(files, opts),
            Language::Rust => self.run_rust(files, opts),
            // On an empty database: an exercise's data comes from its
            // checks (see `Workstation::run`).
            Language::Sql => match files.first() {
                Some(f) => self.run_sql(f, "", opts),
                None => Err(SandboxError::BadFileName(String::new())),
            },
        }
    }
}
