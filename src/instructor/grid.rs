//! The class at a glance: one row per learner, one column per graded
//! exercise (grouped by track and unit), each cell one of not started,
//! attempted, passed on the terminal but not re-graded yet, passed, or
//! passed after hints or the solution; the "needs support" flags, each with
//! the reason in words; and the grid as CSV, cell for cell what the screen
//! shows.
//!
//! A pass counts only when this machine's own re-grade says so (see
//! `crate::regrade`); what a terminal claimed is shown as waiting. What it
//! leaves out: drawing (the UI) and one learner's detail (`review`).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::curriculum::{Curriculum, Kind};
use crate::store::{Activity, ClassAttempt, RosterEntry};

/// How the "needs support" flags are set; the instructor changes both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SupportSettings {
    /// Flag a learner with this many attempts at one exercise and no pass.
    pub attempts: u32,
    /// Flag a learner with no activity for this many days.
    pub idle_days: u32,
}

impl Default for SupportSettings {
    fn default() -> Self {
        SupportSettings { attempts: 5, idle_days: 7 }
    }
}

/// What the grid shows, chosen on screen.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct GridQuery {
    pub track: Option<String>,
    pub unit: Option<String>,
    /// Attempts from this time on (ms since the epoch).
    #[ts(type = "number | null")]
    pub from_ms: Option<i64>,
    /// Attempts before this time.
    #[ts(type = "number | null")]
    pub to_ms: Option<i64>,
    /// Show learners an instructor deactivated too.
    pub include_inactive: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CellState {
    NotStarted,
    Attempted,
    /// The terminal says passed; this machine has not re-graded it yet.
    Waiting,
    Passed,
    PassedWithHelp,
}

/// One cell. It crosses the IPC as `[state, attempts, disagreement,
/// label]`: a grid is 9,000 of them, and field names would be most of the
/// bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "CellWire", from = "CellWire")]
pub struct GridCell {
    pub state: CellState,
    pub attempts: u32,
    /// A terminal claimed a pass this machine's re-grade does not confirm.
    pub disagreement: bool,
    /// The cell's text on screen and in the CSV. (The window words the
    /// whole story for screen readers from the other fields: 9,000 cells of
    /// sentences would be most of what crosses the IPC.)
    pub label: String,
}

type CellWire = (CellState, u32, bool, String);

impl From<GridCell> for CellWire {
    fn from(c: GridCell) -> CellWire {
        (c.state, c.attempts, c.disagreement, c.label)
    }
}

impl From<CellWire> for GridCell {
    fn from((state, attempts, disagreement, label): CellWire) -> GridCell {
        GridCell { state, attempts, disagreement, label }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FlagKind {
    Stuck,
    Inactive,
    Slow,
}

/// A reason a learner may need support, in words the instructor can check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SupportFlag {
    pub kind: FlagKind,
    pub exercise_id: Option<String>,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GridExercise {
    pub id: String,
    pub title: String,
    pub minutes: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GridUnit {
    pub track_id: String,
    pub track_title: String,
    pub unit_id: String,
    pub unit_title: String,
    pub exercises: Vec<GridExercise>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GridRow {
    pub student_id: String,
    pub display_name: String,
    pub active: bool,
    /// One per exercise, in the order of the units' exercises.
    #[ts(type = "Array<[CellState, number, boolean, string]>")]
    pub cells: Vec<GridCell>,
    pub flags: Vec<SupportFlag>,
    #[ts(type = "number | null")]
    pub last_active: Option<i64>,
    pub passed: u32,
}

/// The grid: its columns, and its rows sorted by need of support (most
/// flags first), then by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ClassGrid {
    pub units: Vec<GridUnit>,
    pub rows: Vec<GridRow>,
    pub settings: SupportSettings,
    /// The tracks and units there are, for the filters: (id, title).
    pub tracks: Vec<(String, String)>,
    pub all_units: Vec<(String, String)>,
}

/// Gaps longer than this between two events are a break, not time on the
/// exercise.
const BREAK_MS: i64 = 20 * 60_000;
const DAY_MS: i64 = 24 * 3_600_000;

/// Everything the grid is made from.
pub struct ClassData<'a> {
    pub curriculum: &'a Curriculum,
    pub roster: &'a [RosterEntry],
    pub attempts: &'a [ClassAttempt],
    pub activity: &'a [Activity],
    pub settings: SupportSettings,
    pub now: i64,
    /// When each device's last bundle was loaded here (see [`ClassData::at`]).
    pub loaded: &'a HashMap<String, i64>,
}

impl ClassData<'_> {
    /// A time a device's clock gave, held to what can be true: nothing a
    /// device sent was made after its bundle was loaded here, or after now.
    /// A terminal whose clock runs years ahead cannot hide a learner's
    /// idleness behind it.
    pub fn at(&self, device: &str, t: i64) -> i64 {
        t.min(self.loaded.get(device).copied().unwrap_or(self.now)).min(self.now)
    }
}

pub fn grid(d: &ClassData, q: &GridQuery) -> ClassGrid {
    let mut units = Vec::new();
    for t in &d.curriculum.tracks {
        if q.track.as_ref().is_some_and(|x| x != &t.id) {
            continue;
        }
        for u in &t.units {
            if q.unit.as_ref().is_some_and(|x| x != &u.id) {
                continue;
            }
            let exercises: Vec<GridExercise> = u
                .exercises
                .iter()
                .filter(|e| matches!(e.kind, Kind::Code | Kind::Tests))
                .map(|e| GridExercise { id: e.id.clone(), title: e.title.clone(), minutes: e.minutes })
                .collect();
            if !exercises.is_empty() {
                units.push(GridUnit { track_id: t.id.clone(), track_title: t.title.clone(), unit_id: u.id.clone(), unit_title: u.title.clone(), exercises });
            }
        }
    }
    let in_range = |at: i64| q.from_ms.is_none_or(|f| at >= f) && q.to_ms.is_none_or(|t| at < t);
    // Grouped once: 30 learners × 300 exercises must not scan a year of
    // attempts for every cell.
    let mut by_learner: HashMap<&str, Vec<&ClassAttempt>> = HashMap::new();
    let mut by_cell: HashMap<(&str, &str), Vec<&ClassAttempt>> = HashMap::new();
    for a in d.attempts {
        by_learner.entry(a.student_id.as_str()).or_default().push(a);
        if in_range(a.started_at) {
            by_cell.entry((a.student_id.as_str(), a.exercise_id.as_str())).or_default().push(a);
        }
    }
    let mut help: HashMap<(&str, &str), Vec<i64>> = HashMap::new();
    let mut activity_of: HashMap<&str, Vec<&Activity>> = HashMap::new();
    for a in d.activity {
        activity_of.entry(a.student_id.as_str()).or_default().push(a);
        if let (Some(ex), "hint_opened" | "solution_viewed") = (&a.exercise_id, a.kind.as_str()) {
            help.entry((a.student_id.as_str(), ex.as_str())).or_default().push(a.created_at);
        }
    }
    let titles: Titles = d.curriculum.exercises().map(|e| (e.id.as_str(), (e.title.as_str(), e.minutes))).collect();
    let mut rows = Vec::new();
    for learner in d.roster {
        if !learner.active && !q.include_inactive {
            continue;
        }
        let mine = by_learner.get(learner.id.as_str()).map(Vec::as_slice).unwrap_or(&[]);
        let acts = activity_of.get(learner.id.as_str()).map(Vec::as_slice).unwrap_or(&[]);
        let mut cells = Vec::new();
        let mut passed = 0;
        for u in &units {
            for e in &u.exercises {
                let here: Vec<&ClassAttempt> = by_cell.get(&(learner.id.as_str(), e.id.as_str())).cloned().unwrap_or_default();
                let helped = |before: i64| help.get(&(learner.id.as_str(), e.id.as_str())).is_some_and(|v| v.iter().any(|t| *t <= before));
                let cell = cell(&here, helped);
                if matches!(cell.state, CellState::Passed | CellState::PassedWithHelp) {
                    passed += 1;
                }
                cells.push(cell);
            }
        }
        // Times come from terminals' clocks: one ahead of this machine's
        // counts as now, so it cannot push a learner's last activity (or an
        // idle flag) into the future.
        let last_active = mine.iter().map(|a| d.at(&a.device_id, a.started_at)).chain(acts.iter().map(|a| d.at(&a.device_id, a.created_at))).max();
        let flags = flags(d, &titles, learner, mine, acts, last_active);
        rows.push(GridRow { student_id: learner.id.clone(), display_name: learner.display_name.clone(), active: learner.active, cells, flags, last_active, passed });
    }
    rows.sort_by(|a, b| b.flags.len().cmp(&a.flags.len()).then_with(|| a.display_name.to_lowercase().cmp(&b.display_name.to_lowercase())).then_with(|| a.student_id.cmp(&b.student_id)));
    let tracks = d.curriculum.tracks.iter().map(|t| (t.id.clone(), t.title.clone())).collect();
    let all_units = d.curriculum.tracks.iter().flat_map(|t| t.units.iter().map(|u| (u.id.clone(), format!("{}: {}", t.title, u.title)))).collect();
    ClassGrid { units, rows, settings: d.settings, tracks, all_units }
}

/// One learner's cell for one exercise, from their attempts at it (oldest
/// first) and whether they opened a hint or the solution before a time.
fn cell(attempts: &[&ClassAttempt], helped_before: impl Fn(i64) -> bool) -> GridCell {
    let n = attempts.len() as u32;
    // The earliest pass, whatever order the attempts came in.
    let first_pass = attempts.iter().filter(|a| a.counts_as_pass()).min_by_key(|a| a.started_at);
    let disagreement = attempts.iter().any(|a| a.regrade.as_ref().is_some_and(|r| r.disagrees()));
    let waiting = attempts.iter().any(|a| a.passed && a.regrade.is_none());
    let (state, label) = match first_pass {
        Some(p) if helped_before(p.started_at) => (CellState::PassedWithHelp, "✓ help".to_string()),
        Some(_) => (CellState::Passed, "✓".to_string()),
        None if waiting => (CellState::Waiting, "✓?".to_string()),
        None if n > 0 => (CellState::Attempted, n.to_string()),
        None => (CellState::NotStarted, String::new()),
    };
    let label = if disagreement { format!("{label}!") } else { label };
    GridCell { state, attempts: n, disagreement, label }
}

/// Each exercise's (title, minutes) by id.
type Titles<'a> = HashMap<&'a str, (&'a str, Option<u32>)>;

fn flags(d: &ClassData, titles: &Titles, learner: &RosterEntry, attempts: &[&ClassAttempt], acts: &[&Activity], last_active: Option<i64>) -> Vec<SupportFlag> {
    let mut out = Vec::new();
    let title = |id: &str| titles.get(id).map(|t| t.0.to_string()).unwrap_or_else(|| id.to_string());
    // Stuck: many attempts at one exercise, none of them a pass.
    let mut per_exercise: HashMap<&str, (u32, i64, bool)> = HashMap::new();
    for a in attempts {
        let pass = a.counts_as_pass() || (a.passed && a.regrade.is_none());
        let at = d.at(&a.device_id, a.started_at);
        let e = per_exercise.entry(a.exercise_id.as_str()).or_insert((0, at, false));
        e.0 += 1;
        e.1 = e.1.max(at);
        e.2 |= pass;
    }
    let mut stuck: Vec<(&str, u32, i64)> = per_exercise.iter().filter(|(_, e)| !e.2 && e.0 >= d.settings.attempts).map(|(ex, e)| (*ex, e.0, e.1)).collect();
    stuck.sort();
    for (ex, n, last) in stuck {
        out.push(SupportFlag {
            kind: FlagKind::Stuck,
            exercise_id: Some(ex.to_string()),
            reason: format!("{n} attempts at {:?} without a pass (the last on {})", title(ex), date(last)),
        });
    }
    // Inactive: nothing for D days (or since they joined).
    let idle_ms = d.settings.idle_days as i64 * DAY_MS;
    match last_active {
        Some(t) if d.now.saturating_sub(t) > idle_ms => out.push(SupportFlag {
            kind: FlagKind::Inactive,
            exercise_id: None,
            reason: format!("no activity for {} days (last on {})", d.now.saturating_sub(t) / DAY_MS, date(t)),
        }),
        None if learner.created_at > 0 && learner.created_at <= d.now && d.now.saturating_sub(learner.created_at) > idle_ms => out.push(SupportFlag {
            kind: FlagKind::Inactive,
            exercise_id: None,
            reason: format!("no activity in the {} days since joining on {}", d.now.saturating_sub(learner.created_at) / DAY_MS, date(learner.created_at)),
        }),
        _ => {}
    }
    // Slow: time on an exercise above three times what it should take.
    for (ex, ms) in time_on_exercises(d, attempts, acts) {
        let Some(minutes) = titles.get(ex.as_str()).and_then(|t| t.1) else { continue };
        if ms > 3 * minutes as i64 * 60_000 {
            let passed = per_exercise.get(ex.as_str()).is_some_and(|e| e.2);
            out.push(SupportFlag {
                kind: FlagKind::Slow,
                exercise_id: Some(ex.clone()),
                reason: format!(
                    "about {} minutes on {:?}, more than 3 × the {minutes} minutes it is meant to take{}",
                    ms / 60_000,
                    title(&ex),
                    if passed { " (passed since)" } else { "" }
                ),
            });
        }
    }
    out
}

/// Time on each exercise, estimated from the learner's events: the gap
/// from one event to the next counts towards the first one's exercise
/// when both are on the same terminal and the gap is not a break.
pub fn time_on_exercises(d: &ClassData, attempts: &[&ClassAttempt], acts: &[&Activity]) -> Vec<(String, i64)> {
    let mut events: Vec<(i64, &str, Option<&str>)> = attempts.iter().map(|a| (d.at(&a.device_id, a.started_at), a.device_id.as_str(), Some(a.exercise_id.as_str()))).collect();
    events.extend(acts.iter().map(|a| (d.at(&a.device_id, a.created_at), a.device_id.as_str(), if a.kind == "signed_in" { None } else { a.exercise_id.as_deref() })));
    events.sort();
    let mut out: HashMap<&str, i64> = HashMap::new();
    for w in events.windows(2) {
        let ((t0, dev0, ex), (t1, dev1, _)) = (w[0], w[1]);
        let gap = t1.saturating_sub(t0);
        if let Some(ex) = ex.filter(|_| dev0 == dev1 && (0..=BREAK_MS).contains(&gap)) {
            *out.entry(ex).or_default() += gap;
        }
    }
    let mut out: Vec<(String, i64)> = out.into_iter().map(|(e, ms)| (e.to_string(), ms)).collect();
    out.sort();
    out
}

/// The grid as CSV: the learner, then each exercise's cell text exactly as
/// on screen, then the flags. Fields a spreadsheet would run as a formula
/// (a learner's name may be anything) are quoted with a leading `'`.
pub fn csv(g: &ClassGrid) -> String {
    let mut out = String::new();
    let mut header = vec!["Learner".to_string()];
    header.extend(g.units.iter().flat_map(|u| u.exercises.iter().map(|e| e.title.clone())));
    header.push("Needs support".into());
    push_row(&mut out, &header);
    for r in &g.rows {
        let mut row = vec![r.display_name.clone()];
        row.extend(r.cells.iter().map(|c| c.label.clone()));
        row.push(r.flags.iter().map(|f| f.reason.clone()).collect::<Vec<_>>().join("; "));
        push_row(&mut out, &row);
    }
    out
}

fn push_row(out: &mut String, fields: &[String]) {
    let cells: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// One CSV field, quoted where needed and safe to open in a spreadsheet.
pub fn csv_field(f: &str) -> String {
    let f = if f.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{f}") } else { f.to_string() };
    // `;` too: some spreadsheets split on it.
    if f.contains([',', ';', '"', '\n', '\r']) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f
    }
}

/// A date in this machine's time zone, as YYYY-MM-DD.
pub fn date(ms: i64) -> String {
    let t: libc::time_t = (ms / 1000) as libc::time_t;
    // SAFETY: localtime_r writes only into the struct we own.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return "an unknown date".into();
    }
    format!("{:04}-{:02}-{:02}", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday)
}
