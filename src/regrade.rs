//! The instructor machine's own verdicts: every attempt imported from a
//! terminal is graded again here, in this machine's sandbox, against this
//! machine's copy of the exercise, and the verdict is stored beside the
//! terminal's claim (`store::Regrade`). A terminal's `passed` is only a
//! claim: a tampered terminal, an old grader or a forged log can all claim
//! a pass; what counts is the verdict made here.
//!
//! [`catch_up`] works through whatever is not re-graded yet, a batch at a
//! time, taking the terminals in turn (one flooding terminal cannot hold
//! back the rest), grading in parallel and recording each verdict as it
//! comes, so an import commits at once and the re-grade follows with a
//! visible count.
//! Grading is deterministic (the same code, tests and limits give the same
//! verdict), so a verdict once stored is kept.
//!
//! What it leaves out: deciding what a disagreement means (the instructor
//! does, in `review`), and exercises this machine does not have (their
//! attempts are recorded as `unknown_exercise`, which counts as no pass).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::curriculum::Curriculum;
use crate::grading::{self, GradeError, GradeStatus};
use crate::sandbox::{Sandbox, SandboxError, TestStatus};
use crate::store::{Attempt, Regrade, RegradeCursor, RegradeVerdict, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum RegradeError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// This machine cannot grade at all (say, the Rust toolchain is
    /// missing): nothing is recorded, so the attempts wait for a fix.
    #[error("this machine could not re-grade attempt {seq} from device {device}: {source}")]
    CannotGrade { device: String, seq: i64, source: GradeError },
}

/// What one catch-up did.
#[derive(Debug, Default)]
pub struct Summary {
    pub regraded: usize,
    /// The new verdicts that are not the terminal's claim.
    pub disagreements: Vec<Regrade>,
    /// Attempts this machine could not grade this time (its own fault,
    /// such as a missing toolchain): left for the next catch-up, while
    /// every other attempt goes on being graded.
    pub not_graded: Vec<RegradeError>,
}

/// How many attempts are taken from the store at a time.
const BATCH: usize = 32;
/// The longest detail kept with a verdict.
const DETAIL_CHARS: usize = 400;

/// Re-grades every imported attempt not re-graded yet, with `threads`
/// graders, calling `progress(done, total)` after each batch. The store is
/// locked only to read a batch and to record its verdicts.
pub fn catch_up(store: &Mutex<Store>, curriculum: &Curriculum, sandbox: &Sandbox, threads: usize, mut progress: impl FnMut(usize, usize)) -> Result<Summary, RegradeError> {
    let lock = || store.lock().unwrap_or_else(|p| p.into_inner());
    let mut summary = Summary::default();
    let mut cursor = RegradeCursor::default();
    loop {
        let batch = lock().attempts_to_regrade(&cursor, BATCH)?;
        let Some(last) = batch.last() else { break };
        cursor = last.0.clone();
        let next = AtomicUsize::new(0);
        let results: Mutex<Vec<(usize, Result<Regrade, RegradeError>)>> = Mutex::new(Vec::with_capacity(batch.len()));
        std::thread::scope(|s| {
            for _ in 0..threads.clamp(1, batch.len()) {
                s.spawn(|| loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some((_, device, seq, attempt)) = batch.get(i) else { break };
                    let r = regrade_one(sandbox, curriculum, device, *seq, attempt.as_ref());
                    results.lock().unwrap_or_else(|p| p.into_inner()).push((i, r));
                });
            }
        });
        let mut results = results.into_inner().unwrap_or_else(|p| p.into_inner());
        results.sort_by_key(|(i, _)| *i);
        let mut verdicts = Vec::with_capacity(results.len());
        for (_, r) in results {
            match r {
                Ok(r) => verdicts.push(r),
                Err(e) => summary.not_graded.push(e),
            }
        }
        // One transaction per batch: one sync, not one per attempt.
        let mut store = lock();
        store.record_regrades(&verdicts)?;
        summary.regraded += verdicts.len();
        summary.disagreements.extend(verdicts.into_iter().filter(Regrade::disagrees));
        let (done, total) = store.regrade_progress()?;
        drop(store);
        progress(done, total);
    }
    Ok(summary)
}

/// This machine's verdict on one imported attempt.
pub fn regrade_one(sandbox: &Sandbox, curriculum: &Curriculum, device: &str, seq: i64, attempt: Option<&Attempt>) -> Result<Regrade, RegradeError> {
    let verdict = |exercise_id: &str, claimed_pass: bool, verdict: RegradeVerdict, detail: String| Regrade {
        device_id: device.to_string(),
        seq,
        exercise_id: exercise_id.to_string(),
        claimed_pass,
        verdict,
        detail: crate::sandbox::text::cap_chars(&detail, DETAIL_CHARS),
    };
    let Some(a) = attempt else {
        return Ok(verdict("", false, RegradeVerdict::Unreadable, "the terminal's log holds an attempt this machine cannot read".into()));
    };
    let Some(ex) = curriculum.by_id(&a.exercise_id) else {
        return Ok(verdict(&a.exercise_id, a.passed, RegradeVerdict::UnknownExercise, "this exercise is not in this machine's curriculum".into()));
    };
    let files = match grading::files_for(ex, a.code.clone()) {
        Ok(f) => f,
        Err(e) => return Ok(verdict(&a.exercise_id, a.passed, RegradeVerdict::Unreadable, e.to_string())),
    };
    // A fault in the grader on one hostile attempt must not stop every
    // later re-grade (the batch would be retried for ever): it is that
    // attempt's verdict.
    let graded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| grading::grade(sandbox, ex, &files)));
    let Ok(graded) = graded else {
        return Ok(verdict(&a.exercise_id, a.passed, RegradeVerdict::Error, "the grader failed on this attempt; it counts as no pass".into()));
    };
    match graded {
        Ok(report) => {
            let failing: Vec<&str> = report.tests.iter().filter(|t| t.status != TestStatus::Pass).map(|t| t.name.as_str()).collect();
            let (v, detail) = match report.status {
                GradeStatus::Pass => (RegradeVerdict::Pass, format!("all {} tests pass", report.tests.len())),
                GradeStatus::Fail => (RegradeVerdict::Fail, format!("failing here: {}", failing.join("; "))),
                GradeStatus::Error => (RegradeVerdict::Error, report.message.unwrap_or_default()),
            };
            Ok(verdict(&a.exercise_id, a.passed, v, detail))
        }
        // The exercise's own tests are broken, or it has nothing to grade:
        // the claim cannot be confirmed.
        Err(e @ (GradeError::BadTests { .. } | GradeError::NotGraded(_) | GradeError::UnknownFile { .. })) => Ok(verdict(&a.exercise_id, a.passed, RegradeVerdict::Unreadable, e.to_string())),
        Err(GradeError::Sandbox(SandboxError::BadFileName(name))) => {
            Ok(verdict(&a.exercise_id, a.passed, RegradeVerdict::Unreadable, format!("a file name this machine will not compile: {name:?}")))
        }
        Err(source) => Err(RegradeError::CannotGrade { device: device.to_string(), seq, source }),
    }
}
