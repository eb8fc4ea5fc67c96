//! JavaScript: QuickJS-ng as a WASI command (built by `build.rs`), fed the
//! prelude, the learner's files and, when grading, the exercise's tests.
//!
//! The runner and the prelude report through a host import the learner's
//! code cannot reach (see `runner.c` and `prelude.js`); those records, not
//! the program's output, decide syntax errors, error locations and test
//! results. The prelude lives in a realm of its own, frozen before learner
//! code runs. Which tests an exercise has is learned from a run of the
//! tests file alone ("list" mode), with no learner code in it, and every
//! graded run is held to that list ([`super::reconcile`]).
//! Web exercises (a page, a server) reuse all of this with the web
//! harness framed in (`web.rs`). What it leaves out: ES modules, and
//! timers outside web exercises.

use serde::Deserialize;

use super::engine::{Entry, Exit, RawRun, Sandbox, Snapshot};
use super::text::{cap_chars, inert, inert_str};
use super::{Diagnostic, RunOptions, RunOutcome, RunStatus, SandboxError, Severity, SourceFile, TestResult, TestRun, TestStatus};

pub const QUICKJS_WASM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/stepstone-js.wasm"));
const PRELUDE: &str = include_str!("js/prelude.js");
/// Exercism caps each test's output at 500 characters; so do we.
pub const TEST_OUTPUT_CAP: usize = 500;

/// One record from the prelude or the runner.
#[derive(Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum Report {
    Declared { name: String },
    Start { name: String },
    Test {
        name: String,
        status: TestStatus,
        message: Option<String>,
        expected: Option<String>,
        actual: Option<String>,
        output: String,
    },
    Uncaught(ErrorReport),
    Syntax(ErrorReport),
}

#[derive(Debug, Deserialize)]
struct ErrorReport {
    name: String,
    message: String,
    line: Option<u32>,
    column: Option<u32>,
}

impl ErrorReport {
    fn diagnostic(&self) -> Option<Diagnostic> {
        let line = self.line?;
        let column = self.column.unwrap_or(1).max(1);
        Some(Diagnostic {
            line,
            column,
            end_line: line,
            end_column: column + 1,
            severity: Severity::Error,
            message: format!("{}: {}", self.name, self.message),
        })
    }
}

/// stdin for the runner: the framed scripts, then the learner's own stdin.
/// What one run of the runner does with the tests the scripts register.
#[derive(Clone, Copy)]
pub(crate) enum Mode {
    /// Run the program; tests, if any, all in this instance.
    Run,
    /// Register the tests and run none.
    List,
    /// Declare every test, run only the one at this index.
    Only(usize),
}

fn frame(mode: Mode, sealed: bool, web: bool, scripts: &[(&str, &[u8])], stdin: &[u8]) -> Vec<u8> {
    let head = if web { "SSJS1 web" } else { "SSJS1" };
    let mut out = match (mode, sealed) {
        (Mode::Run, _) => format!("{head}\n").into_bytes(),
        (Mode::List, _) => format!("{head} list\n").into_bytes(),
        (Mode::Only(i), false) => format!("{head} only {i}\n").into_bytes(),
        // Sealed: the code under test hides its source from the tests.
        (Mode::Only(i), true) => format!("{head} sealed {i}\n").into_bytes(),
    };
    for (name, src) in scripts {
        out.extend_from_slice(format!("{} {}\n", name.len(), src.len()).as_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(src);
    }
    out.extend_from_slice(b"END\n");
    out.extend_from_slice(stdin);
    out
}

fn check_name(name: &str) -> Result<(), SandboxError> {
    // Names appear in stack traces and in the frame header; keep them plain.
    let ok = !name.is_empty()
        && name.len() <= 255
        && name != "<stepstone>"
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if ok {
        Ok(())
    } else {
        Err(SandboxError::BadFileName(name.to_string()))
    }
}

impl Sandbox {
    pub(crate) fn run_scripts(&self, mode: Mode, files: &[SourceFile], extra: Option<&SourceFile>, opts: &RunOptions) -> Result<RawRun, SandboxError> {
        let pre = self.js_pre()?;
        // A prepared runner already holds the prelude (and the web harness
        // with its DOM): no frame carries them.
        let snapshot = self.js_snapshot(opts.web.is_some());
        let mut scripts: Vec<(String, &[u8])> = Vec::new();
        if snapshot.is_none() {
            scripts.push(("<stepstone>".into(), PRELUDE.as_bytes()));
        }
        let mut config = String::new();
        match &opts.web {
            // A web run: the learner's files are the harness's data, and
            // only the exercise's API and tests run as scripts.
            Some(web) => {
                for f in files.iter().chain(web.api.as_ref()) {
                    check_name(&f.name)?;
                }
                if snapshot.is_none() {
                    scripts.push(("<stepstone-web>".into(), super::web::HARNESS.as_bytes()));
                    scripts.push(self.dom_frame());
                }
                scripts.extend(web.frames(files, &mut config));
            }
            None => {
                for f in files {
                    check_name(&f.name)?;
                    scripts.push((f.name.clone(), f.text.as_bytes()));
                }
            }
        }
        if let Some(t) = extra {
            check_name(&t.name)?;
            scripts.push((t.name.clone(), t.text.as_bytes()));
        }
        let scripts: Vec<(&str, &[u8])> = scripts.iter().map(|(n, t)| (n.as_str(), *t)).collect();
        self.run_instance(pre, &["main.js"], frame(mode, opts.sealed, opts.web.is_some(), &scripts, &opts.stdin), &opts.limits, opts.sealed, Entry::Js(snapshot))
    }

    /// Whether runs start from a prepared copy of the runner (plain JS, or
    /// with `web`, web runs); making it now if it was not made yet.
    pub fn runner_prepared(&self, web: bool) -> bool {
        self.js_snapshot(web).is_some()
    }

    /// The runner with the prelude (and for `web`, the web harness and its
    /// frozen DOM realm) already loaded, made once per process from
    /// Stepstone's own scripts alone. None if preparing failed: then every
    /// run loads them itself, slower but the same.
    pub(crate) fn js_snapshot(&self, web: bool) -> Option<&Snapshot> {
        if !self.use_snapshots {
            return None;
        }
        self.js_snapshots[usize::from(web)]
            .get_or_init(|| {
                let pre = self.js_pre().ok()?;
                let mut scripts: Vec<(String, &[u8])> = vec![("<stepstone>".into(), PRELUDE.as_bytes())];
                if web {
                    scripts.push(("<stepstone-web>".into(), super::web::HARNESS.as_bytes()));
                    scripts.push(self.dom_frame());
                }
                let mut stdin = if web { b"SSJS1 web prepare\n".to_vec() } else { b"SSJS1 prepare\n".to_vec() };
                for (name, src) in &scripts {
                    stdin.extend_from_slice(format!("{} {}\n", name.len(), src.len()).as_bytes());
                    stdin.extend_from_slice(name.as_bytes());
                    stdin.extend_from_slice(src);
                }
                stdin.extend_from_slice(b"END\n");
                let limits = crate::config::Limits { run_ms: 60_000, memory_bytes: 1 << 30, ..Default::default() };
                let mut out = None;
                let raw = self.run_instance(pre, &["main.js"], stdin, &limits, false, Entry::Prepare(&mut out)).ok()?;
                (raw.exit == super::engine::Exit::Returned && raw.stderr.is_empty()).then_some(out?)
            })
            .as_ref()
    }

    /// Runs the learner's script(s), in order, like `node main.js`.
    pub fn run_js(&self, files: &[SourceFile], opts: &RunOptions) -> Result<RunOutcome, SandboxError> {
        let raw = self.run_scripts(Mode::Run, files, None, opts)?;
        Ok(outcome(&raw, &parse_reports(&raw.reports)))
    }

    /// The names of the tests in `tests`, in file order, from a run of the
    /// tests file alone: no learner code can add, hide or rename one.
    /// Remembered per tests text, since every grade of an exercise asks.
    pub fn list_js_tests(&self, tests: &SourceFile, opts: &RunOptions) -> Result<Vec<String>, SandboxError> {
        let web = opts.web.as_ref().map(|w| format!("{w:?}")).unwrap_or_default();
        let key = format!("js\0{}\0{}\0{web}", tests.name, tests.text);
        if let Some(names) = self.listed.lock().unwrap_or_else(|p| p.into_inner()).get(&key) {
            return Ok(names.clone());
        }
        let bad = |message: String| SandboxError::Tests { file: tests.name.clone(), message };
        let raw = self.run_scripts(Mode::List, &[], Some(tests), &RunOptions { limits: opts.limits, web: opts.web.clone(), ..Default::default() })?;
        let reports = parse_reports(&raw.reports);
        let o = outcome(&raw, &reports);
        if o.status != RunStatus::Ok || raw.reports_overflowed {
            return Err(bad(format!("registering them did not run cleanly ({:?}): {}", o.status, o.stderr.trim())));
        }
        let names: Vec<String> = reports.into_iter().filter_map(|r| if let Report::Declared { name } = r { Some(name) } else { None }).collect();
        if names.is_empty() {
            return Err(bad("it registers no tests".into()));
        }
        if names.len() > super::MAX_TESTS {
            return Err(bad(format!("it registers {} tests; at most {} are allowed", names.len(), super::MAX_TESTS)));
        }
        if let Some(dup) = names.iter().enumerate().find(|(i, n)| names[..*i].contains(n)) {
            return Err(bad(format!("two tests are named {:?}; every test needs its own name", dup.1)));
        }
        let mut listed = self.listed.lock().unwrap_or_else(|p| p.into_inner());
        // Learners' own tests files (test-first exercises) are many and
        // seldom repeat: keep the memo small.
        if listed.len() >= 512 {
            listed.clear();
        }
        listed.insert(key, names.clone());
        Ok(names)
    }

    /// Runs the learner's files, then `tests` (which calls `test()` and
    /// `expect()`), and reports every test the tests file declares, in file
    /// order. Each test runs in a fresh instance of its own (learner file,
    /// tests file, then that one test), so nothing a test leaves behind
    /// reaches the next: answers cannot be replayed by counting calls. Each
    /// instance declares the tests it registered, and a run whose list is
    /// not exactly the tests file's is refused (a learner's own `test()`
    /// with a real test's name would otherwise stand in for it). The whole
    /// check stops after `limits.check_ms`.
    pub fn test_js(&self, files: &[SourceFile], tests: &SourceFile, opts: &RunOptions) -> Result<TestRun, SandboxError> {
        let expected = self.list_js_tests(tests, opts)?;
        let started_at = std::time::Instant::now();
        let budget = std::time::Duration::from_millis(opts.limits.check_ms);
        let mut results = Vec::new();
        let mut started = Vec::new();
        let mut first: Option<RunOutcome> = None;
        let mut worst: Option<RunOutcome> = None;
        let mut total_ms = 0.0;
        let mut tampered = false;
        let mut not_run = Vec::new();
        for (i, name) in expected.iter().enumerate() {
            if started_at.elapsed() >= budget {
                not_run.push(name.clone());
                continue;
            }
            let raw = self.run_scripts(Mode::Only(i), files, Some(tests), opts)?;
            total_ms += raw.run_ms;
            let reports = parse_reports(&raw.reports);
            let o = outcome(&raw, &reports);
            let declared: Vec<&str> = reports.iter().filter_map(|r| if let Report::Declared { name } = r { Some(name.as_str()) } else { None }).collect();
            let syntax = reports.iter().any(|r| matches!(r, Report::Syntax(_)));
            if !raw.reports_overflowed && !declared.is_empty() && declared != expected.iter().map(String::as_str).collect::<Vec<_>>() {
                tampered = true;
            }
            for r in &reports {
                match r {
                    Report::Start { name: n } if n == name => started.push(n.clone()),
                    Report::Test { name: n, status, message, expected, actual, output } if !raw.reports_overflowed => {
                        results.push(TestResult {
                            name: n.clone(),
                            status: *status,
                            message: message.as_deref().map(inert_str),
                            expected: expected.as_deref().map(inert_str),
                            actual: actual.as_deref().map(inert_str),
                            output: cap_chars(&inert_str(output), TEST_OUTPUT_CAP),
                        });
                    }
                    _ => {}
                }
            }
            if worst.as_ref().is_none_or(|w| w.status == RunStatus::Ok) && o.status != RunStatus::Ok {
                worst = Some(o.clone());
            }
            let stop = syntax || (declared.is_empty() && o.status != RunStatus::Ok);
            first.get_or_insert(o);
            // A file that does not parse, or a program that dies before
            // the tests register, fails the same way every time.
            if stop {
                break;
            }
        }
        let mut outcome = first.unwrap_or_else(|| RunOutcome { status: RunStatus::Ok, exit_code: Some(0), stdout: String::new(), stderr: String::new(), diagnostics: Vec::new(), compile_ms: None, run_ms: None, tables: Vec::new() });
        if let Some(w) = &worst {
            if outcome.status == RunStatus::Ok {
                outcome.status = w.status;
            }
        }
        outcome.run_ms = Some(total_ms);
        // A test that started and then never reported was cut short by a
        // limit.
        let finished: Vec<String> = results.iter().map(|r| r.name.clone()).collect();
        started.retain(|n| !finished.contains(n));
        let stopped = stopped_message(worst.as_ref().unwrap_or(&outcome), opts);
        let mut tests = super::reconcile(&expected, results, &started, &stopped);
        if outcome.status == RunStatus::CompileError {
            // Every test after the first stops at the same syntax error.
            for t in tests.iter_mut().filter(|t| t.message.as_deref().is_some_and(|m| m.starts_with("This test never ran"))) {
                t.message = Some("This test did not run: the code has a mistake in how it is written (a syntax error, shown with its line). Fix that first.".into());
            }
        }
        for t in tests.iter_mut().filter(|t| not_run.contains(&t.name)) {
            t.status = TestStatus::Error;
            t.message = Some(format!("This test did not run: the whole check took longer than {} seconds.", opts.limits.check_ms as f64 / 1000.0));
        }
        if tampered {
            tests.push(TestResult {
                name: "tests added by your code".into(),
                status: TestStatus::Error,
                message: Some("Your code added tests of its own (it calls test()); only the exercise's tests count, so this check cannot pass.".into()),
                expected: None,
                actual: None,
                output: String::new(),
            });
        }
        Ok(TestRun { outcome, tests })
    }
}

/// What to tell a learner whose test was cut short.
pub(crate) fn stopped_message(outcome: &RunOutcome, opts: &RunOptions) -> String {
    match outcome.status {
        RunStatus::Timeout => format!(
            "This test did not finish within {} seconds. Is there a loop that never ends?",
            opts.limits.run_ms as f64 / 1000.0
        ),
        RunStatus::MemoryLimit => "This test used more memory than allowed.".into(),
        RunStatus::OutputLimit => "This test printed more output than allowed.".into(),
        _ => "This test stopped before it finished (did the code end the program, for example with process.exit?).".into(),
    }
}

/// The outcome of a raw run, from its records.
pub(crate) fn outcome_of(raw: &RawRun) -> RunOutcome {
    outcome(raw, &parse_reports(&raw.reports))
}

fn parse_reports(lines: &[String]) -> Vec<Report> {
    // A record that does not parse came from a broken prelude, not the
    // learner; dropping it is safer than guessing.
    lines.iter().filter_map(|l| serde_json::from_str(l).ok()).collect()
}

fn outcome(raw: &RawRun, reports: &[Report]) -> RunOutcome {
    let syntax: Vec<Diagnostic> = reports
        .iter()
        .filter_map(|r| match r {
            Report::Syntax(e) => Some(e.diagnostic().unwrap_or(Diagnostic {
                line: 1,
                column: 1,
                end_line: 1,
                end_column: 2,
                severity: Severity::Error,
                message: format!("{}: {}", e.name, e.message),
            })),
            _ => None,
        })
        .collect();
    let uncaught = reports.iter().filter_map(|r| match r {
        Report::Uncaught(e) => e.diagnostic(),
        _ => None,
    });
    let mut stderr = inert(&raw.stderr);
    let (status, exit_code) = if !syntax.is_empty() {
        (RunStatus::CompileError, None)
    } else {
        match &raw.exit {
            Exit::Returned | Exit::Code(0) => (RunStatus::Ok, Some(0)),
            Exit::Code(c) => (RunStatus::RuntimeError, Some(*c)),
            Exit::Timeout => (RunStatus::Timeout, None),
            Exit::MemoryLimit => (RunStatus::MemoryLimit, None),
            Exit::OutputLimit => (RunStatus::OutputLimit, None),
            Exit::Trap(msg) => {
                stderr.push_str(msg);
                stderr.push('\n');
                (RunStatus::RuntimeError, None)
            }
        }
    };
    let diagnostics = if syntax.is_empty() { uncaught.collect() } else { syntax };
    RunOutcome {
        status,
        exit_code,
        stdout: inert(&raw.stdout),
        stderr,
        diagnostics,
        compile_ms: None,
        run_ms: Some(raw.run_ms),
        tables: Vec::new(),
    }
}
