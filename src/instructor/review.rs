//! One learner, one exercise: a learner's timeline (sign-ins, exercises
//! opened, hints, attempts with their code, the re-grade beside the claim,
//! and a line diff against their previous attempt at the same exercise),
//! and an exercise's report for the class (the tests that fail most, the
//! identical failing submissions grouped so one note answers a group, the
//! pass rate and median attempts to pass, the lesson and solution).
//!
//! What it leaves out: writing notes (`Desk`), drawing (the UI).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use similar::{ChangeTag, TextDiff};
use ts_rs::TS;

use crate::sandbox::SourceFile;
use crate::store::{Activity, ClassAttempt, Feedback, RegradeVerdict, RosterEntry};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DiffTag {
    Same,
    Added,
    Removed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DiffLine {
    pub tag: DiffTag,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FileDiff {
    pub name: String,
    pub lines: Vec<DiffLine>,
}

/// One attempt as the learner view shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AttemptDetail {
    pub attempt_id: String,
    pub exercise_id: String,
    pub exercise_title: String,
    pub device_id: String,
    #[ts(type = "number")]
    pub started_at: i64,
    /// What the terminal said.
    pub claimed_pass: bool,
    /// This machine's verdict, once re-graded.
    pub verdict: Option<RegradeVerdict>,
    pub verdict_detail: String,
    pub disagrees: bool,
    /// The n-th attempt at this exercise, from 1.
    pub number: u32,
    pub files: Vec<SourceFile>,
    /// Against the previous attempt at the same exercise; empty for the first.
    pub diff: Vec<FileDiff>,
    pub notes: Vec<Feedback>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum TimelineItem {
    SignedIn {
        #[ts(type = "number")]
        at: i64,
        device_id: String,
    },
    Opened {
        #[ts(type = "number")]
        at: i64,
        exercise_id: String,
        exercise_title: String,
    },
    Hint {
        #[ts(type = "number")]
        at: i64,
        exercise_id: String,
        exercise_title: String,
        level: u32,
    },
    Solution {
        #[ts(type = "number")]
        at: i64,
        exercise_id: String,
        exercise_title: String,
    },
    Attempt(AttemptDetail),
}

impl TimelineItem {
    fn at(&self) -> i64 {
        match self {
            TimelineItem::SignedIn { at, .. } | TimelineItem::Opened { at, .. } | TimelineItem::Hint { at, .. } | TimelineItem::Solution { at, .. } => *at,
            TimelineItem::Attempt(a) => a.started_at,
        }
    }
}

/// Everything the learner view shows, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LearnerView {
    pub student_id: String,
    pub display_name: String,
    pub active: bool,
    /// Terminals this learner's work came from.
    pub terminals: Vec<String>,
    pub timeline: Vec<TimelineItem>,
    /// Every note written on their attempts, sent or not.
    pub notes: Vec<Feedback>,
}

/// A learner's timeline. `title` names an exercise id.
pub fn learner_view(learner: &RosterEntry, attempts: &[ClassAttempt], activity: &[Activity], title: impl Fn(&str) -> String) -> LearnerView {
    let mine: Vec<&ClassAttempt> = attempts.iter().filter(|a| a.student_id == learner.id).collect();
    let mut terminals: Vec<String> = mine.iter().map(|a| a.device_id.clone()).chain(activity.iter().filter(|a| a.student_id == learner.id).map(|a| a.device_id.clone())).collect();
    terminals.sort();
    terminals.dedup();
    let mut timeline = Vec::new();
    let mut previous: HashMap<&str, &ClassAttempt> = HashMap::new();
    let mut number: HashMap<&str, u32> = HashMap::new();
    let mut notes = Vec::new();
    for a in &mine {
        let n = number.entry(a.exercise_id.as_str()).or_insert(0);
        *n += 1;
        let diff = previous.get(a.exercise_id.as_str()).map(|p| diff_files(&p.code, &a.code)).unwrap_or_default();
        previous.insert(a.exercise_id.as_str(), a);
        notes.extend(a.feedback.iter().cloned());
        timeline.push(TimelineItem::Attempt(AttemptDetail {
            attempt_id: a.attempt_id.clone(),
            exercise_id: a.exercise_id.clone(),
            exercise_title: title(&a.exercise_id),
            device_id: a.device_id.clone(),
            started_at: a.started_at,
            claimed_pass: a.passed,
            verdict: a.regrade.as_ref().map(|r| r.verdict),
            verdict_detail: a.regrade.as_ref().map(|r| r.detail.clone()).unwrap_or_default(),
            disagrees: a.regrade.as_ref().is_some_and(|r| r.disagrees()),
            number: *n,
            files: a.code.clone(),
            diff,
            notes: a.feedback.clone(),
        }));
    }
    for e in activity.iter().filter(|a| a.student_id == learner.id) {
        let ex = e.exercise_id.clone().unwrap_or_default();
        let t = title(&ex);
        timeline.push(match e.kind.as_str() {
            "signed_in" => TimelineItem::SignedIn { at: e.created_at, device_id: e.device_id.clone() },
            "hint_opened" => TimelineItem::Hint { at: e.created_at, exercise_id: ex, exercise_title: t, level: e.level.unwrap_or(0) },
            "solution_viewed" => TimelineItem::Solution { at: e.created_at, exercise_id: ex, exercise_title: t },
            _ => TimelineItem::Opened { at: e.created_at, exercise_id: ex, exercise_title: t },
        });
    }
    // Newest first; at the same instant, attempts after what led to them.
    timeline.sort_by_key(|i| std::cmp::Reverse((i.at(), matches!(i, TimelineItem::Attempt(_)))));
    notes.sort_by_key(|f| std::cmp::Reverse(f.created_at));
    LearnerView { student_id: learner.id.clone(), display_name: learner.display_name.clone(), active: learner.active, terminals, timeline, notes }
}

/// A line diff per file, from `before` to `after` (files in `after`'s
/// order; a file only in one of them is all added or all removed).
pub fn diff_files(before: &[SourceFile], after: &[SourceFile]) -> Vec<FileDiff> {
    let mut out = Vec::new();
    for f in after {
        let old = before.iter().find(|b| b.name == f.name).map(|b| b.text.as_str()).unwrap_or("");
        out.push(FileDiff { name: f.name.clone(), lines: diff_text(old, &f.text) });
    }
    for b in before.iter().filter(|b| !after.iter().any(|f| f.name == b.name)) {
        out.push(FileDiff { name: b.name.clone(), lines: diff_text(&b.text, "") });
    }
    out
}

fn diff_text(old: &str, new: &str) -> Vec<DiffLine> {
    // A time limit: two huge, unrelated files must not hang the view.
    TextDiff::configure()
        .timeout(std::time::Duration::from_millis(200))
        .diff_lines(old, new)
        .iter_all_changes()
        .map(|c| DiffLine {
            tag: match c.tag() {
                ChangeTag::Equal => DiffTag::Same,
                ChangeTag::Insert => DiffTag::Added,
                ChangeTag::Delete => DiffTag::Removed,
            },
            text: c.value().trim_end_matches(['\n', '\r']).to_string(),
        })
        .collect()
}

/// How often one test failed in the class's attempts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TestFailures {
    pub test: String,
    pub failures: u32,
    /// How many learners it failed for.
    pub learners: u32,
}

/// Learners whose latest failing submissions are the same code, once
/// whitespace and comments are set aside.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SubmissionGroup {
    pub learners: Vec<String>,
    /// The latest failing attempt of each learner in the group: a note on
    /// the group goes on each of these.
    pub attempt_ids: Vec<String>,
    pub files: Vec<SourceFile>,
    pub failing_tests: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ExerciseReport {
    pub id: String,
    pub title: String,
    /// For the instructor's eyes only: the sanitised lesson and the
    /// reference solution.
    pub lesson_html: String,
    pub solution: Vec<SourceFile>,
    pub learners_tried: u32,
    pub learners_passed: u32,
    /// Median attempts to the first pass, over learners who passed.
    pub median_attempts_to_pass: Option<f64>,
    pub failing_tests: Vec<TestFailures>,
    pub groups: Vec<SubmissionGroup>,
}

/// The class's attempts at one exercise, summed up. Passes are this
/// machine's re-graded ones; failing tests are read from the re-grade where
/// there is one, else from the terminal's report.
pub fn exercise_stats(exercise_id: &str, attempts: &[ClassAttempt], names: impl Fn(&str) -> String) -> (u32, u32, Option<f64>, Vec<TestFailures>, Vec<SubmissionGroup>) {
    let here: Vec<&ClassAttempt> = attempts.iter().filter(|a| a.exercise_id == exercise_id).collect();
    let mut by_learner: HashMap<&str, Vec<&ClassAttempt>> = HashMap::new();
    for a in &here {
        by_learner.entry(a.student_id.as_str()).or_default().push(a);
    }
    let mut to_pass = Vec::new();
    for list in by_learner.values() {
        if let Some(i) = list.iter().position(|a| a.counts_as_pass()) {
            to_pass.push((i + 1) as f64);
        }
    }
    to_pass.sort_by(|a, b| a.total_cmp(b));
    let median = match to_pass.len() {
        0 => None,
        n if n % 2 == 1 => Some(to_pass[n / 2]),
        n => Some((to_pass[n / 2 - 1] + to_pass[n / 2]) / 2.0),
    };
    let mut fails: HashMap<String, (u32, std::collections::HashSet<&str>)> = HashMap::new();
    for a in &here {
        for t in failing_tests(a) {
            let e = fails.entry(t).or_default();
            e.0 += 1;
            e.1.insert(a.student_id.as_str());
        }
    }
    let mut failing: Vec<TestFailures> = fails.into_iter().map(|(test, (failures, who))| TestFailures { test, failures, learners: who.len() as u32 }).collect();
    failing.sort_by(|a, b| b.failures.cmp(&a.failures).then_with(|| a.test.cmp(&b.test)));
    // Groups: each learner who has not passed, by their latest attempt.
    let mut groups: HashMap<String, SubmissionGroup> = HashMap::new();
    let mut learners: Vec<&&str> = by_learner.keys().collect();
    learners.sort();
    for who in learners {
        let list = &by_learner[*who];
        if list.iter().any(|a| a.counts_as_pass()) {
            continue;
        }
        let Some(last) = list.last() else { continue };
        let key = normalise(&last.code);
        let g = groups.entry(key).or_insert_with(|| SubmissionGroup { learners: Vec::new(), attempt_ids: Vec::new(), files: last.code.clone(), failing_tests: failing_tests(last) });
        g.learners.push(names(who));
        g.attempt_ids.push(last.attempt_id.clone());
    }
    let mut groups: Vec<SubmissionGroup> = groups.into_values().collect();
    groups.sort_by(|a, b| b.learners.len().cmp(&a.learners.len()).then_with(|| a.learners.cmp(&b.learners)));
    (by_learner.len() as u32, to_pass.len() as u32, median, failing, groups)
}

/// The tests an attempt failed, as its terminal reported them (none once
/// this machine's re-grade passed it). Grading is deterministic, so for an
/// honest terminal this is what the re-grade found too; a forged report can
/// only skew these counts, never a verdict.
fn failing_tests(a: &ClassAttempt) -> Vec<String> {
    if a.counts_as_pass() {
        return Vec::new();
    }
    a.failing_tests.clone()
}

/// Code with comments and all whitespace set aside, so that submissions
/// that differ only there compare equal. Strings are kept as they are.
pub fn normalise(files: &[SourceFile]) -> String {
    let mut out = String::new();
    let mut sorted: Vec<&SourceFile> = files.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    for f in sorted {
        out.push_str(&f.name);
        out.push('\0');
        let html = f.name.ends_with(".html");
        let mut chars = f.text.chars().peekable();
        let mut quote: Option<char> = None;
        while let Some(c) = chars.next() {
            if let Some(q) = quote {
                out.push(c);
                if c == '\\' {
                    if let Some(n) = chars.next() {
                        out.push(n);
                    }
                } else if c == q {
                    quote = None;
                }
                continue;
            }
            match c {
                '"' | '\'' | '`' if !html => {
                    quote = Some(c);
                    out.push(c);
                }
                '/' if !html && chars.peek() == Some(&'/') => {
                    for n in chars.by_ref() {
                        if n == '\n' {
                            break;
                        }
                    }
                }
                '/' if chars.peek() == Some(&'*') => {
                    chars.next();
                    let mut prev = ' ';
                    for n in chars.by_ref() {
                        if prev == '*' && n == '/' {
                            break;
                        }
                        prev = n;
                    }
                }
                '<' if html && chars.clone().take(3).collect::<String>() == "!--" => {
                    let mut tail = String::new();
                    for n in chars.by_ref() {
                        tail.push(n);
                        if tail.ends_with("-->") {
                            break;
                        }
                    }
                }
                c if c.is_whitespace() => {}
                c => out.push(c),
            }
        }
        out.push('\0');
    }
    out
}
