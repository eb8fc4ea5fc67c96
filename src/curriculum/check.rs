//! `stepstone curriculum check`: the validator an author runs before
//! shipping a pack, and the test command runs over the bundled curriculum.
//!
//! It loads every manifest (all problems at once), then grades every
//! exercise, exercises in parallel: the reference solution must pass; the
//! starter must not (unless the exercise is `exploring`), since a starter
//! that already passes teaches nothing; every wrong answer in `wrong/` must
//! fail (the tests of the tests), and every answer in `alternatives/` must
//! pass. A `tests` exercise (the learner writes tests) also needs at least
//! three planted bugs in `bugs/`, each caught by the model tests.
//!
//! Each variant folder's first line is a comment saying what it is; the
//! report quotes it, so an author reads "wrong/hard-coded (returns 12 and
//! 14 whatever the input) passes every test".

use serde::Serialize;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use super::{load, CurriculumError, Exercise, Kind, Problem};
use crate::grading::{self, GradeReport, GradeStatus};
use crate::sandbox::Sandbox;

#[derive(Debug, Clone, Serialize)]
pub struct ExerciseCheck {
    pub id: String,
    pub ok: bool,
    pub problems: Vec<String>,
    pub solution: Option<GradeStatus>,
    pub starter: Option<GradeStatus>,
    /// Wrong answers, alternatives and (for `tests` exercises) bugs, as graded.
    pub variants: Vec<VariantCheck>,
    /// How long grading all of it took, in milliseconds.
    pub ms: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct VariantCheck {
    /// `wrong/hard-coded`, relative to the exercise folder.
    pub folder: String,
    /// Its first line's comment.
    pub says: Option<String>,
    /// None when it could not be graded at all.
    pub status: Option<GradeStatus>,
    pub ok: bool,
}

/// Wrong answers every graded exercise needs (tests of the tests).
pub const MIN_WRONG: usize = 2;
/// Planted bugs every `tests` exercise needs.
pub const MIN_BUGS: usize = 3;

#[derive(Debug, Clone, Serialize)]
pub struct CheckReport {
    pub root: String,
    /// Problems in the manifests themselves; when any exist, nothing is graded.
    pub manifest_problems: Vec<Problem>,
    pub exercises: Vec<ExerciseCheck>,
    pub passed: usize,
    pub failed: usize,
}

impl CheckReport {
    pub fn ok(&self) -> bool {
        self.manifest_problems.is_empty() && self.failed == 0
    }
}

fn summary(r: &GradeReport) -> String {
    let mut lines = Vec::new();
    if let Some(m) = &r.message {
        lines.push(m.lines().take(6).collect::<Vec<_>>().join("\n"));
    }
    for t in r.tests.iter().filter(|t| t.status != crate::sandbox::TestStatus::Pass) {
        lines.push(format!("test {:?}: {}", t.name, t.message.as_deref().unwrap_or("failed")));
    }
    lines.join("\n")
}

fn check_exercise(sandbox: &Sandbox, ex: &Exercise) -> ExerciseCheck {
    let started = std::time::Instant::now();
    let mut c = ExerciseCheck { id: ex.id.clone(), ok: true, problems: Vec::new(), solution: None, starter: None, variants: Vec::new(), ms: 0 };
    if ex.kind == Kind::Reading {
        return c;
    }
    let run = |files: Result<Vec<_>, CurriculumError>| -> Result<GradeReport, String> {
        let files = files.map_err(|e| e.to_string())?;
        grading::grade(sandbox, ex, &files).map_err(|e| e.to_string())
    };
    match run(ex.solution()) {
        Ok(r) => {
            c.solution = Some(r.status);
            if !r.passed() {
                c.problems.push(format!("the reference solution does not pass:\n{}", summary(&r)));
            }
        }
        Err(e) => c.problems.push(format!("could not grade the solution: {e}")),
    }
    match run(ex.starter()) {
        Ok(r) => {
            c.starter = Some(r.status);
            if r.passed() && ex.kind != Kind::Exploring {
                c.problems.push("the starter already passes every test: it teaches nothing (mark the exercise `exploring` if that is intended)".into());
            }
        }
        Err(e) => c.problems.push(format!("could not grade the starter: {e}")),
    }
    let graded = matches!(ex.kind, Kind::Code | Kind::Tests);
    let mut wrong = 0;
    for (sub, must_pass) in [("wrong", false), ("alternatives", true)] {
        for v in ex.variants(sub) {
            let named = match &v.says {
                Some(says) => format!("{} ({says})", v.folder),
                None => {
                    c.problems.push(format!("{}: its first line should be a comment saying what it {}", v.folder, if must_pass { "does differently" } else { "gets wrong" }));
                    v.folder.clone()
                }
            };
            wrong += usize::from(!must_pass);
            let mut vc = VariantCheck { folder: v.folder.clone(), says: v.says.clone(), status: None, ok: false };
            match run(v.files) {
                Ok(r) => {
                    vc.status = Some(r.status);
                    vc.ok = r.passed() == must_pass;
                    if !vc.ok && must_pass {
                        c.problems.push(format!("alternative answer {named} should pass, but does not:\n{}", summary(&r)));
                    } else if !vc.ok {
                        c.problems.push(format!("wrong answer {named} passes every test: add a test that it fails"));
                    }
                }
                Err(e) => c.problems.push(format!("could not grade {named}: {e}")),
            }
            c.variants.push(vc);
        }
    }
    if graded && wrong < MIN_WRONG {
        c.problems.push(format!("it has {wrong} wrong answer(s) in wrong/; give at least {MIN_WRONG}, each a plausible mistake, so the tests are shown to catch them"));
    }
    if ex.kind == Kind::Tests {
        let bugs = ex.variants("bugs");
        if bugs.len() < MIN_BUGS {
            c.problems.push(format!("it has {} planted bug(s) in bugs/; give at least {MIN_BUGS}", bugs.len()));
        }
        for b in &bugs {
            if b.says.is_none() {
                c.problems.push(format!("{}: its first line should be a comment saying what the bug does, such as `// forgets negative numbers`", b.folder));
            }
            if let Err(e) = &b.files {
                c.problems.push(format!("{}: {e}", b.folder));
            }
        }
    }
    c.ok = c.problems.is_empty();
    c.ms = started.elapsed().as_millis() as u64;
    c
}

/// What a learner would read for the starter and each wrong answer: every
/// test or check with its verdict and message (`curriculum check --explain`),
/// so an author can proof-read the messages.
pub fn explain(sandbox: &Sandbox, root: &Path, id: &str) -> Result<String, CurriculumError> {
    let curriculum = load(root)?;
    let ex = curriculum.find(id)?;
    let mut out = format!("{} ({})\n", ex.title, ex.id);
    let mut sets: Vec<(String, Result<Vec<crate::sandbox::SourceFile>, CurriculumError>)> = vec![("starter".into(), ex.starter()), ("solution".into(), ex.solution())];
    for sub in ["wrong", "alternatives"] {
        for v in ex.variants(sub) {
            let label = match v.says {
                Some(s) => format!("{} ({s})", v.folder),
                None => v.folder,
            };
            sets.push((label, v.files));
        }
    }
    for (label, files) in sets {
        out.push_str(&format!("\n== {label}\n"));
        let r = files.map_err(|e| e.to_string()).and_then(|f| grading::grade(sandbox, ex, &f).map_err(|e| e.to_string()));
        match r {
            Err(e) => out.push_str(&format!("   could not grade: {e}\n")),
            Ok(r) => {
                if let Some(m) = &r.message {
                    out.push_str(&format!("   {}\n", m.lines().take(6).collect::<Vec<_>>().join("\n   ")));
                }
                for t in &r.tests {
                    let pass = t.status == crate::sandbox::TestStatus::Pass;
                    out.push_str(&format!("   {} {}\n", if pass { "pass" } else { "FAIL" }, t.name));
                    if let Some(m) = t.message.as_deref().filter(|_| !pass) {
                        for l in m.lines() {
                            out.push_str(&format!("          {l}\n"));
                        }
                    }
                }
            }
        }
    }
    Ok(out)
}

/// Checks the curriculum at `root` with `threads` graders in parallel.
/// `only`: check just the exercises whose id starts with it (all when empty).
pub fn check(sandbox: &Sandbox, root: &Path, threads: usize, only: &str) -> Result<CheckReport, CurriculumError> {
    let curriculum = match load(root) {
        Ok(c) => c,
        Err(CurriculumError::Invalid { problems, .. }) => {
            let failed = problems.len();
            return Ok(CheckReport { root: root.display().to_string(), manifest_problems: problems, exercises: Vec::new(), passed: 0, failed });
        }
        Err(e) => return Err(e),
    };
    let exercises: Vec<&Exercise> = curriculum.exercises().filter(|e| e.id.starts_with(only)).collect();
    let results: Mutex<Vec<Option<ExerciseCheck>>> = Mutex::new(vec![None; exercises.len()]);
    let next = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..threads.max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(ex) = exercises.get(i) else { break };
                let r = check_exercise(sandbox, ex);
                results.lock().unwrap_or_else(|p| p.into_inner())[i] = Some(r);
            });
        }
    });
    let exercises: Vec<ExerciseCheck> = results.into_inner().unwrap_or_else(|p| p.into_inner()).into_iter().flatten().collect();
    let passed = exercises.iter().filter(|e| e.ok).count();
    let failed = exercises.len() - passed;
    Ok(CheckReport { root: root.display().to_string(), manifest_problems: Vec::new(), exercises, passed, failed })
}
