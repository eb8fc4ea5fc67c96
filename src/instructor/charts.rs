//! The numbers behind the class charts: exercises passed per week for the
//! class, each learner's pace against the course's, and each exercise's
//! pass rate and median attempts to pass. A pass is this machine's
//! re-graded first pass of a learner at an exercise; times a device gave
//! are held to when its bundle was loaded ([`ClassData::at`]).
//!
//! What it leaves out: drawing (the window, with uPlot, beside a table of
//! the same numbers for screen readers).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::grid::{ClassData, GridQuery};
use crate::curriculum::Kind;

const WEEK_MS: i64 = 7 * 24 * 3_600_000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct LearnerPace {
    pub display_name: String,
    /// Exercises passed by the end of each week of `ClassCharts::weeks`.
    pub cumulative: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ExerciseStat {
    pub id: String,
    pub title: String,
    pub learners_tried: u32,
    pub learners_passed: u32,
    pub median_attempts_to_pass: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ClassCharts {
    /// The start of each week, from the class's first activity to now.
    #[ts(type = "Array<number>")]
    pub weeks: Vec<i64>,
    /// Exercises first passed in each week, by anyone.
    pub passed_per_week: Vec<u32>,
    pub pace: Vec<LearnerPace>,
    /// Where the course means a learner to be by the end of each week:
    /// every exercise in `course_weeks` weeks, evenly.
    pub course_pace: Vec<f64>,
    pub course_weeks: u32,
    /// In course order.
    pub exercises: Vec<ExerciseStat>,
}

/// The charts' numbers for the learners and exercises the query selects
/// (its dates bound the weeks). A course is meant to take `course_weeks`.
pub fn charts(d: &ClassData, q: &GridQuery, course_weeks: u32) -> ClassCharts {
    let exercises: Vec<(&str, &str)> = d
        .curriculum
        .tracks
        .iter()
        .filter(|t| q.track.as_ref().is_none_or(|x| x == &t.id))
        .flat_map(|t| t.units.iter())
        .filter(|u| q.unit.as_ref().is_none_or(|x| x == &u.id))
        .flat_map(|u| u.exercises.iter())
        .filter(|e| matches!(e.kind, Kind::Code | Kind::Tests))
        .map(|e| (e.id.as_str(), e.title.as_str()))
        .collect();
    let wanted: HashMap<&str, usize> = exercises.iter().enumerate().map(|(i, (id, _))| (*id, i)).collect();
    let learners: Vec<_> = d.roster.iter().filter(|l| l.active || q.include_inactive).collect();
    let index: HashMap<&str, usize> = learners.iter().enumerate().map(|(i, l)| (l.id.as_str(), i)).collect();
    // Per (learner, exercise): attempts up to and including the first pass,
    // and that pass's time.
    let mut cells: HashMap<(usize, usize), (u32, Option<i64>)> = HashMap::new();
    let mut attempts: Vec<_> = d.attempts.iter().filter(|a| wanted.contains_key(a.exercise_id.as_str()) && index.contains_key(a.student_id.as_str())).collect();
    attempts.sort_by_key(|a| d.at(&a.device_id, a.started_at));
    let mut first_seen = i64::MAX;
    for a in &attempts {
        let at = d.at(&a.device_id, a.started_at);
        if q.from_ms.is_some_and(|f| at < f) || q.to_ms.is_some_and(|t| at >= t) {
            continue;
        }
        first_seen = first_seen.min(at);
        let c = cells.entry((index[a.student_id.as_str()], wanted[a.exercise_id.as_str()])).or_insert((0, None));
        if c.1.is_none() {
            c.0 += 1;
            if a.counts_as_pass() {
                c.1 = Some(at);
            }
        }
    }
    let start = q.from_ms.unwrap_or(if first_seen == i64::MAX { d.now } else { first_seen });
    let end = q.to_ms.unwrap_or(d.now).min(d.now).max(start);
    // At most about two years of weeks: a wrong clock must not make a chart
    // of a thousand of them.
    let n_weeks = (((end - start) / WEEK_MS) + 1).clamp(1, 104) as usize;
    let week_of = |t: i64| (((t - start) / WEEK_MS).max(0) as usize).min(n_weeks - 1);
    let mut passed_per_week = vec![0u32; n_weeks];
    let mut per_learner = vec![vec![0u32; n_weeks]; learners.len()];
    for ((l, _), (_, pass)) in &cells {
        if let Some(t) = pass {
            passed_per_week[week_of(*t)] += 1;
            per_learner[*l][week_of(*t)] += 1;
        }
    }
    let pace = learners
        .iter()
        .zip(per_learner)
        .map(|(l, weekly)| LearnerPace {
            display_name: l.display_name.clone(),
            cumulative: weekly
                .iter()
                .scan(0, |sum, n| {
                    *sum += n;
                    Some(*sum)
                })
                .collect(),
        })
        .collect();
    let course_weeks = course_weeks.max(1);
    let total = exercises.len() as f64;
    let course_pace = (0..n_weeks).map(|w| (total * (w + 1) as f64 / course_weeks as f64).min(total)).collect();
    let exercises = exercises
        .iter()
        .enumerate()
        .map(|(i, (id, title))| {
            let here: Vec<&(u32, Option<i64>)> = cells.iter().filter(|((_, e), _)| *e == i).map(|(_, c)| c).collect();
            let mut to_pass: Vec<f64> = here.iter().filter(|c| c.1.is_some()).map(|c| c.0 as f64).collect();
            to_pass.sort_by(|a, b| a.total_cmp(b));
            let median = match to_pass.len() {
                0 => None,
                n if n % 2 == 1 => Some(to_pass[n / 2]),
                n => Some((to_pass[n / 2 - 1] + to_pass[n / 2]) / 2.0),
            };
            ExerciseStat { id: id.to_string(), title: title.to_string(), learners_tried: here.len() as u32, learners_passed: to_pass.len() as u32, median_attempts_to_pass: median }
        })
        .collect();
    ClassCharts { weeks: (0..n_weeks).map(|w| start + w as i64 * WEEK_MS).collect(), passed_per_week, pace, course_pace, course_weeks, exercises }
}
