//! Grading: run an exercise's tests against a learner's files and say, in
//! Exercism's test-runner format (v2), what passed.
//!
//! JavaScript, Rust and SQL run only through the sandbox (SQL is graded
//! by comparing result sets, see [`sql`]); HTML/CSS checks
//! run here, on the parsed page, with nothing executed (see [`html`]). A
//! compile error, a failing test or a timeout is a [`GradeReport`], never an
//! `Err`; `Err` means the exercise itself could not be read or judged.

pub mod css;
pub mod html;
pub mod sql;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::curriculum::{CurriculumError, Exercise, ExerciseLanguage, Kind};
use crate::sandbox::{RunOptions, RunOutcome, RunStatus, Sandbox, SandboxError, SourceFile, TestResult, TestRun, TestStatus};

/// Exercism's top-level verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GradeStatus {
    Pass,
    Fail,
    Error,
}

/// Exercism test-runner results, version 2, plus the run's outcome.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct GradeReport {
    pub version: u32,
    pub status: GradeStatus,
    /// Required when the status is `error`: what went wrong, in plain words.
    pub message: Option<String>,
    /// In the order the tests appear in their file.
    pub tests: Vec<TestResult>,
    /// How the program run went (compile output, timings); absent for HTML.
    pub outcome: Option<RunOutcome>,
}

impl GradeReport {
    pub fn passed(&self) -> bool {
        self.status == GradeStatus::Pass
    }
    pub fn pass_count(&self) -> usize {
        self.tests.iter().filter(|t| t.status == TestStatus::Pass).count()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum GradeError {
    #[error(transparent)]
    Curriculum(#[from] CurriculumError),
    #[error(transparent)]
    Sandbox(#[from] SandboxError),
    #[error("exercise {exercise} has no starter file named {name:?} (its files are: {files})")]
    UnknownFile { exercise: String, name: String, files: String },
    #[error("exercise {0} has nothing to grade (it is a reading lesson)")]
    NotGraded(String),
    #[error("{file} in exercise {exercise} is invalid: {message}")]
    BadTests { exercise: String, file: String, message: String },
}

/// The starter files with the learner's versions put in their place.
pub fn files_for(exercise: &Exercise, replacements: Vec<SourceFile>) -> Result<Vec<SourceFile>, GradeError> {
    let mut files = exercise.starter()?;
    for r in replacements {
        match files.iter_mut().find(|f| f.name == r.name) {
            Some(f) => f.text = r.text,
            None => {
                return Err(GradeError::UnknownFile { exercise: exercise.id.clone(), name: r.name, files: exercise.files.join(", ") })
            }
        }
    }
    Ok(files)
}

/// Grades `files` (complete: see [`files_for`]) against the exercise's tests.
pub fn grade(sandbox: &Sandbox, exercise: &Exercise, files: &[SourceFile]) -> Result<GradeReport, GradeError> {
    let Some(language) = exercise.language else { return Err(GradeError::NotGraded(exercise.id.clone())) };
    if exercise.kind == Kind::Tests {
        return grade_tests(sandbox, exercise, language, files);
    }
    let Some(tests_text) = exercise.tests_text()? else {
        // An exploring exercise without tests: running cleanly is the test.
        return Ok(GradeReport { version: 2, status: GradeStatus::Pass, message: None, tests: Vec::new(), outcome: None });
    };
    let tests_name = exercise.tests.clone().unwrap_or_default();
    let opts = RunOptions { limits: exercise.limits, stdin: Vec::new(), ..Default::default() };
    match language {
        ExerciseLanguage::Html => {
            let results = html::run_checks(&tests_text, files).map_err(|message| GradeError::BadTests {
                exercise: exercise.id.clone(),
                file: tests_name,
                message,
            })?;
            Ok(report(results, None))
        }
        ExerciseLanguage::Js => {
            let run = sandbox.test_js(files, &SourceFile { name: tests_name, text: tests_text }, &opts).map_err(|e| tests_error(exercise, e))?;
            Ok(from_run(run))
        }
        ExerciseLanguage::Rust => run_rust(sandbox, exercise, files, SourceFile { name: tests_name, text: tests_text }, &opts),
        ExerciseLanguage::Sql => sql::grade(sandbox, exercise, files, &opts),
        ExerciseLanguage::Web => {
            let setup = exercise.web_setup()?;
            let run = sandbox.test_web(files, &SourceFile { name: tests_name, text: tests_text }, &setup, &opts).map_err(|e| tests_error(exercise, e))?;
            Ok(from_run(run))
        }
    }
}

fn run_rust(sandbox: &Sandbox, exercise: &Exercise, files: &[SourceFile], tests: SourceFile, opts: &RunOptions) -> Result<GradeReport, GradeError> {
    let bad = |message: String| GradeError::BadTests { exercise: exercise.id.clone(), file: "exercise.toml".into(), message };
    let signatures = exercise.signatures.iter().map(|s| crate::sandbox::rust::Signature::parse(s)).collect::<Result<Vec<_>, _>>().map_err(&bad)?;
    let enums = exercise.enums.iter().map(|s| crate::sandbox::rust::EnumShape::parse(s)).collect::<Result<Vec<_>, _>>().map_err(&bad)?;
    let pins = crate::sandbox::rust::Pins { signatures, enums };
    let mut run = sandbox.test_rust(files, &tests, &pins, opts).map_err(|e| tests_error(exercise, e))?;
    for t in &mut run.tests {
        t.name = t.name.replace('_', " ");
    }
    Ok(from_run(run))
}

/// A `tests` exercise: `files` is the learner's tests. They are run against
/// the reference code, where every one must pass, and then against each
/// planted bug, where at least one must fail. One result per learner test
/// (against the reference), then one per bug ("Your tests catch a version
/// that forgets negative numbers"). A learner's broken tests file is a
/// result (their mistake), never an `Err`.
fn grade_tests(sandbox: &Sandbox, exercise: &Exercise, language: ExerciseLanguage, files: &[SourceFile]) -> Result<GradeReport, GradeError> {
    let Some(tests) = files.first().cloned() else { return Err(GradeError::NotGraded(exercise.id.clone())) };
    if let Some(refused) = refuse_learner_tests(language, &tests) {
        return Ok(refused);
    }
    let reference = exercise.reference()?;
    // One budget for the whole check: the reference and every bug.
    let started = std::time::Instant::now();
    let budget = exercise.limits.check_ms;
    let run = |subject: &[SourceFile]| -> Result<Option<GradeReport>, GradeError> {
        let left = budget.saturating_sub(started.elapsed().as_millis() as u64);
        if left == 0 {
            return Ok(None);
        }
        let mut opts = RunOptions { limits: exercise.limits, sealed: true, ..Default::default() };
        opts.limits.check_ms = left;
        learner_tests_on(sandbox, exercise, language, &tests, subject, &opts).map(Some)
    };
    let too_long = || GradeReport {
        version: 2,
        status: GradeStatus::Error,
        message: Some(format!("Your tests took longer than {} seconds in all, so the check was stopped. Is there a loop that never ends?", budget as f64 / 1000.0)),
        tests: Vec::new(),
        outcome: None,
    };
    let Some(mut first) = run(&reference)? else { return Ok(too_long()) };
    if first.status == GradeStatus::Error {
        return Ok(first);
    }
    let failing = first.tests.iter().any(|t| t.status != TestStatus::Pass);
    for t in &mut first.tests {
        if t.status != TestStatus::Pass {
            let why = t.message.take().unwrap_or_default();
            t.message = Some(format!("This test fails on correct code, so it expects something the task does not ask for.\n{why}").trim_end().to_string());
        }
    }
    let outcome = first.outcome.take();
    let mut results = first.tests;
    let bugs = exercise.variants("bugs");
    if failing {
        // Until every test holds on the correct code, catching a bug means
        // nothing (a failing test "catches" everything).
        results.push(TestResult {
            name: format!("Your tests against the {} planted bugs", bugs.len()),
            status: TestStatus::Fail,
            message: Some("Not tried yet: first make every one of your tests pass on the correct code.".into()),
            expected: None,
            actual: None,
            output: String::new(),
        });
        return Ok(report(results, outcome));
    }
    for bug in bugs {
        let subject = bug.files?;
        let says = bug.says.unwrap_or_else(|| format!("has the bug in {}", bug.folder));
        let name = format!("Your tests catch a version that {says}");
        let Some(r) = run(&subject)? else {
            results.push(TestResult { name, status: TestStatus::Error, message: Some(too_long().message.unwrap_or_default()), expected: None, actual: None, output: String::new() });
            continue;
        };
        let caught = r.status != GradeStatus::Pass;
        results.push(TestResult {
            name,
            status: if caught { TestStatus::Pass } else { TestStatus::Fail },
            message: (!caught).then(|| format!("A version that {says} passed all your tests. Write a test that this version would fail.")),
            expected: None,
            actual: None,
            output: String::new(),
        });
    }
    Ok(report(results, outcome))
}

/// Learner-written Rust tests may not read the files they are built
/// beside (`include_str!("leap.rs")` would show the code under test, and
/// tell the correct code from a bug by its text).
fn refuse_learner_tests(language: ExerciseLanguage, tests: &SourceFile) -> Option<GradeReport> {
    (language == ExerciseLanguage::Rust && includes_a_file(&tests.text))
        .then(|| learner_tests_error("they may not read files (include!, include_str!, include_bytes!): test the function by calling it".into()))
}

/// Whether Rust source names `include`, `include_str` or `include_bytes`
/// at all, as a whole word: invoked, imported under another name (`use
/// std::include_str as grab;`) or wrapped in a macro. Stable Rust cannot
/// build an identifier from pieces, so a file that never names them cannot
/// use them; a name that merely starts so (`includes_zero`) is fine.
fn includes_a_file(text: &str) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices("include").any(|(at, _)| {
        let before_ok = text[..at].chars().next_back().is_none_or(|c| !word(c));
        let rest = &text[at + "include".len()..];
        let rest = rest.strip_prefix("_str").or_else(|| rest.strip_prefix("_bytes")).unwrap_or(rest);
        before_ok && rest.chars().next().is_none_or(|c| !word(c))
    })
}

/// Run, for a `tests` exercise: the learner's tests against the correct
/// code only, each verdict a line of the console.
pub fn try_tests(sandbox: &Sandbox, exercise: &Exercise, files: &[SourceFile]) -> Result<RunOutcome, GradeError> {
    let opts = RunOptions { limits: exercise.limits, sealed: true, ..Default::default() };
    let (Some(tests), Some(language)) = (files.first(), exercise.language) else { return Err(GradeError::NotGraded(exercise.id.clone())) };
    if let Some(refused) = refuse_learner_tests(language, tests) {
        return Ok(outcome_lines(&refused));
    }
    let reference = exercise.reference()?;
    learner_tests_on(sandbox, exercise, language, tests, &reference, &opts).map(|r| outcome_lines(&r))
}

/// The learner's tests run (sealed) against `subject`; a tests file that
/// cannot be run as tests is their verdict, not an `Err`.
fn learner_tests_on(sandbox: &Sandbox, exercise: &Exercise, language: ExerciseLanguage, tests: &SourceFile, subject: &[SourceFile], opts: &RunOptions) -> Result<GradeReport, GradeError> {
    match language {
        ExerciseLanguage::Js => match sandbox.test_js(subject, tests, opts) {
            Ok(run) => Ok(from_run(run)),
            Err(SandboxError::Tests { message, .. }) => Ok(learner_tests_error(message)),
            Err(e) => Err(e.into()),
        },
        ExerciseLanguage::Rust => match run_rust(sandbox, exercise, subject, tests.clone(), opts) {
            Err(GradeError::BadTests { message, file, .. }) if file == tests.name => Ok(learner_tests_error(message)),
            r => r,
        },
        ExerciseLanguage::Web => match sandbox.test_web(subject, tests, &exercise.web_setup()?, opts) {
            Ok(run) => Ok(from_run(run)),
            Err(SandboxError::Tests { message, .. }) => Ok(learner_tests_error(message)),
            Err(e) => Err(e.into()),
        },
        ExerciseLanguage::Html | ExerciseLanguage::Sql => Err(GradeError::NotGraded(exercise.id.clone())),
    }
}

fn outcome_lines(r: &GradeReport) -> RunOutcome {
    let mut o = r.outcome.clone().unwrap_or(RunOutcome {
        status: RunStatus::Ok,
        exit_code: Some(0),
        stdout: String::new(),
        stderr: String::new(),
        diagnostics: Vec::new(),
        compile_ms: None,
        run_ms: None,
        tables: Vec::new(),
    });
    let mut out = String::new();
    if let Some(m) = &r.message {
        out.push_str(m);
        out.push('\n');
    }
    for t in &r.tests {
        let mark = if t.status == TestStatus::Pass { "passes on the correct code" } else { "FAILS on the correct code" };
        out.push_str(&format!("{}: {mark}\n", t.name));
        if let Some(m) = t.message.as_deref().filter(|_| t.status != TestStatus::Pass) {
            out.push_str(&format!("    {m}\n"));
        }
    }
    o.stdout = out;
    o
}

/// The learner's tests file could not be read as tests (none declared,
/// too many, two with one name): their mistake, told plainly.
fn learner_tests_error(message: String) -> GradeReport {
    GradeReport { version: 2, status: GradeStatus::Error, message: Some(format!("Your tests could not be run: {message}.")), tests: Vec::new(), outcome: None }
}

/// A broken tests file is the exercise's fault: say which.
fn tests_error(exercise: &Exercise, e: SandboxError) -> GradeError {
    match e {
        SandboxError::Tests { file, message } => GradeError::BadTests { exercise: exercise.id.clone(), file, message },
        e => GradeError::Sandbox(e),
    }
}

fn report(tests: Vec<TestResult>, outcome: Option<RunOutcome>) -> GradeReport {
    let all_pass = tests.iter().all(|t| t.status == TestStatus::Pass);
    let status = if tests.is_empty() {
        GradeStatus::Error
    } else if all_pass {
        GradeStatus::Pass
    } else {
        GradeStatus::Fail
    };
    let message = (status == GradeStatus::Error).then(|| "No tests ran.".to_string());
    GradeReport { version: 2, status, message, tests, outcome }
}

fn from_run(run: TestRun) -> GradeReport {
    let o = &run.outcome;
    let error = match o.status {
        RunStatus::CompileError => Some(format!("Your code could not be compiled.\n{}", o.stderr.trim_end())),
        RunStatus::Timeout if run.tests.is_empty() => Some("Your code took too long and was stopped. Is there a loop that never ends?".into()),
        RunStatus::MemoryLimit if run.tests.is_empty() => Some("Your code used more memory than allowed and was stopped.".into()),
        RunStatus::OutputLimit if run.tests.is_empty() => Some("Your code printed more than allowed and was stopped.".into()),
        _ => None,
    };
    if let Some(message) = error {
        return GradeReport { version: 2, status: GradeStatus::Error, message: Some(message), tests: run.tests, outcome: Some(run.outcome) };
    }
    let mut r = report(run.tests, Some(run.outcome));
    if r.status == GradeStatus::Error {
        // No test reported: the learner's code threw before the tests could
        // start, or the tests file registered none.
        let stderr = r.outcome.as_ref().map(|o| o.stderr.trim().to_string()).unwrap_or_default();
        r.message = Some(if stderr.is_empty() { "No tests ran.".into() } else { format!("No tests ran. The program said:\n{stderr}") });
    }
    r
}
