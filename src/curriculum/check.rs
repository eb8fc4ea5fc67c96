//! `stepstone curriculum check`: the validator an author runs before
//! shipping a pack, and the test command runs over the bundled curriculum.
//!
//! It loads every manifest (all problems at once), then grades every
//! exercise twice, in parallel: the reference solution must pass, and the
//! starter must not (unless the exercise is `exploring`), since a starter
//! that already passes teaches nothing.

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
}

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
    let mut c = ExerciseCheck { id: ex.id.clone(), ok: true, problems: Vec::new(), solution: None, starter: None };
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
            if r.passed() && ex.kind == Kind::Code {
                c.problems.push("the starter already passes every test: it teaches nothing (mark the exercise `exploring` if that is intended)".into());
            }
        }
        Err(e) => c.problems.push(format!("could not grade the starter: {e}")),
    }
    c.ok = c.problems.is_empty();
    c
}

/// Checks the curriculum at `root` with `threads` graders in parallel.
pub fn check(sandbox: &Sandbox, root: &Path, threads: usize) -> Result<CheckReport, CurriculumError> {
    let curriculum = match load(root) {
        Ok(c) => c,
        Err(CurriculumError::Invalid { problems, .. }) => {
            let failed = problems.len();
            return Ok(CheckReport { root: root.display().to_string(), manifest_problems: problems, exercises: Vec::new(), passed: 0, failed });
        }
        Err(e) => return Err(e),
    };
    let exercises: Vec<&Exercise> = curriculum.exercises().collect();
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
