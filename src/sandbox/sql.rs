//! SQL: SQLite's amalgamation as a WASI command (built by `build.rs`, with
//! `sql/runner.c`), run like the JavaScript runner: a fresh `Store`, no
//! preopened directories, the same clock, memory and output limits.
//!
//! The host sends steps (open a fresh database, run the exercise's own
//! SQL, run the learner's SQL, dump every table) and reads back one JSON
//! record per statement. SQL cannot print, so every byte on the runner's
//! stdout is the runner's: a learner cannot forge a record. The database
//! lives in the instance's memory and goes with it; the runner's only VFS
//! opens no file at all.
//!
//! What it leaves out: grading (comparing results is
//! [`crate::grading::sql`]), and any SQL dialect but SQLite's.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::engine::{Exit, Sandbox};
use super::text::{inert, inert_str};
use super::{Diagnostic, RunOptions, RunOutcome, RunStatus, SandboxError, Severity, SourceFile};
use crate::config::Limits;

pub const SQLITE_WASM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/stepstone-sql.wasm"));

/// The longest learner SQL run (the runner's frame allows 4 MiB a step).
const MAX_LEARNER_SQL: usize = 1 << 20;
/// SQLite's result code for running out of memory (its hard heap limit).
const SQLITE_NOMEM: i64 = 7;
/// Linear memory the runner keeps for itself beyond SQLite's heap: its
/// stack (4 MiB), static data and allocator slack.
const RUNNER_RESERVE: u64 = 12 << 20;

/// One value's storage class, as SQLite's `typeof()` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SqlType {
    Null,
    Integer,
    Real,
    Text,
    Blob,
}

/// One value of a result, as shown: its type and its text (a REAL in
/// Rust's shortest round-trip form, a BLOB in hex as `x'..'`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SqlCell {
    pub kind: SqlType,
    pub text: String,
}

/// What one statement gave: a table of rows, or (for a statement that
/// returns none) how many rows it changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SqlResult {
    /// Where the statement starts in the learner's file (1-based); 0 for
    /// a table the exercise shows (a schema sample).
    pub line: u32,
    /// The statement's first line, or the table's name for a sample.
    pub label: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<SqlCell>>,
    /// Rows past the ones shown (the runner keeps at most 2,000).
    pub more_rows: u32,
    /// For INSERT, UPDATE, DELETE: rows changed; `None` for a table.
    pub changes: Option<u32>,
}

/// A value as the grader compares it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl Value {
    fn from_json(v: &serde_json::Value) -> Option<Value> {
        use serde_json::Value as J;
        Some(match v {
            J::Null => Value::Null,
            J::Number(n) => Value::Integer(n.as_i64()?),
            J::String(s) => Value::Text(s.clone()),
            J::Object(o) => {
                if let Some(f) = o.get("f") {
                    Value::Real(match f {
                        J::Number(n) => n.as_f64()?,
                        J::String(s) if s == "inf" => f64::INFINITY,
                        J::String(s) if s == "-inf" => f64::NEG_INFINITY,
                        J::String(_) => f64::NAN,
                        _ => return None,
                    })
                } else {
                    let hex = o.get("b")?.as_str()?;
                    Value::Blob((0..hex.len() / 2).map(|i| u8::from_str_radix(hex.get(2 * i..2 * i + 2).unwrap_or("00"), 16).unwrap_or(0)).collect())
                }
            }
            _ => return None,
        })
    }

    pub fn kind(&self) -> SqlType {
        match self {
            Value::Null => SqlType::Null,
            Value::Integer(_) => SqlType::Integer,
            Value::Real(_) => SqlType::Real,
            Value::Text(_) => SqlType::Text,
            Value::Blob(_) => SqlType::Blob,
        }
    }

    /// The value as a learner reads it (control characters made visible).
    pub fn shown(&self) -> String {
        match self {
            Value::Null => "NULL".into(),
            Value::Integer(i) => i.to_string(),
            Value::Real(f) if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.1}"),
            Value::Real(f) => f.to_string(),
            Value::Text(s) => inert_str(s),
            Value::Blob(b) => format!("x'{}'", b.iter().map(|x| format!("{x:02x}")).collect::<String>()),
        }
    }

    pub fn cell(&self) -> SqlCell {
        SqlCell { kind: self.kind(), text: self.shown() }
    }
}

/// One step of a run, in order.
#[derive(Debug, Clone)]
pub enum Step {
    /// Close the database and open a fresh, empty one.
    Open,
    /// The exercise's own SQL: seed data, a reference answer, a checking
    /// query. Any TEMP object the learner made is dropped first.
    Trusted(String),
    /// The learner's SQL, under the authorizer; its first error ends the run.
    Learner(String),
    /// Every table of the database, each as a [`Record::Named`] then a
    /// [`Record::Table`]; at most this many rows each (`None`: all).
    Dump(Option<u32>),
}

/// One record from the runner.
#[derive(Debug, Clone)]
pub enum Record {
    Table { step: usize, start: usize, end: usize, columns: Vec<String>, rows: Vec<Vec<Value>>, more: u32 },
    Done { step: usize, start: usize, end: usize, changes: u32 },
    Error(SqlError),
    Named { step: usize, name: String },
    /// The learner's step left a transaction open; it was rolled back.
    Uncommitted { step: usize },
}

/// An error SQLite reported, pinned to a statement of a step.
#[derive(Debug, Clone)]
pub struct SqlError {
    pub step: usize,
    pub start: usize,
    pub end: usize,
    /// The byte SQLite points at, if any.
    pub at: Option<usize>,
    /// Preparing (a mistake in the SQL's words) or running (a constraint).
    pub prepare: bool,
    pub code: i64,
    pub message: String,
}

#[derive(Deserialize)]
#[serde(tag = "r", rename_all = "snake_case")]
enum Wire {
    Table { step: i64, start: usize, end: usize, columns: Vec<String>, rows: Vec<Vec<serde_json::Value>>, more: u32 },
    Done { step: i64, start: usize, end: usize, changes: u32 },
    Error { step: i64, start: usize, end: usize, at: i64, phase: String, code: i64, message: String },
    Named { step: i64, name: String },
    Uncommitted { step: i64 },
    End,
}

/// How a run of steps went.
#[derive(Debug)]
pub struct StepsRun {
    pub(crate) exit: Exit,
    /// Every step ran to its end.
    pub finished: bool,
    pub records: Vec<Record>,
    pub run_ms: f64,
    pub stderr: String,
}

impl StepsRun {
    /// The records of step `step`, in order.
    pub fn of(&self, step: usize) -> impl Iterator<Item = &Record> {
        self.records.iter().filter(move |r| match r {
            Record::Table { step: s, .. } | Record::Done { step: s, .. } | Record::Named { step: s, .. } | Record::Uncommitted { step: s } => *s == step,
            Record::Error(e) => e.step == step,
        })
    }

    /// The first error in step `step`, if any.
    pub fn error_in(&self, step: usize) -> Option<&SqlError> {
        self.of(step).find_map(|r| if let Record::Error(e) = r { Some(e) } else { None })
    }

    /// The first error of the run, in any step.
    pub fn error(&self) -> Option<&SqlError> {
        self.records.iter().find_map(|r| if let Record::Error(e) = r { Some(e) } else { None })
    }

    /// The tables a [`Step::Dump`] gave, by name.
    pub fn dumped(&self, step: usize) -> Vec<(String, &[String], &[Vec<Value>], u32)> {
        let mut out = Vec::new();
        let mut name = None;
        for r in self.of(step) {
            match r {
                Record::Named { name: n, .. } => name = Some(n.clone()),
                Record::Table { columns, rows, more, .. } => {
                    if let Some(n) = name.take() {
                        out.push((n, columns.as_slice(), rows.as_slice(), *more));
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// The last table step `step` gave, with its statement's range.
    pub fn last_table(&self, step: usize) -> Option<(&[String], &[Vec<Value>], u32)> {
        self.of(step).filter_map(|r| if let Record::Table { columns, rows, more, .. } = r { Some((columns.as_slice(), rows.as_slice(), *more)) } else { None }).last()
    }

    /// The run hit a limit (time, memory, output) rather than an answer.
    pub fn limit(&self) -> Option<RunStatus> {
        match self.exit {
            Exit::Timeout => Some(RunStatus::Timeout),
            Exit::MemoryLimit => Some(RunStatus::MemoryLimit),
            Exit::OutputLimit => Some(RunStatus::OutputLimit),
            _ if self.error().is_some_and(|e| e.code & 0xff == SQLITE_NOMEM) => Some(RunStatus::MemoryLimit),
            _ => None,
        }
    }
}

fn frame(steps: &[Step], heap: u64) -> Vec<u8> {
    let mut out = format!("SSSQL1 {heap}\n").into_bytes();
    for s in steps {
        let (kind, text): (&str, String) = match s {
            Step::Open => ("open", String::new()),
            Step::Trusted(t) => ("trusted", t.clone()),
            Step::Learner(t) => ("learner", t.clone()),
            Step::Dump(n) => ("dump", n.map(|n| n.to_string()).unwrap_or_default()),
        };
        out.extend_from_slice(format!("{kind} {}\n", text.len()).as_bytes());
        out.extend_from_slice(text.as_bytes());
    }
    out.extend_from_slice(b"END\n");
    out
}

fn parse(stdout: &[u8]) -> (Vec<Record>, bool) {
    let mut records = Vec::new();
    let mut finished = false;
    let step = |s: i64| usize::try_from(s).unwrap_or(usize::MAX);
    // A line that does not parse is the last, cut by a limit: drop it.
    for line in String::from_utf8_lossy(stdout).lines() {
        let Ok(w) = serde_json::from_str::<Wire>(line) else { continue };
        records.push(match w {
            Wire::Table { step: s, start, end, columns, rows, more } => Record::Table {
                step: step(s),
                start,
                end,
                columns,
                rows: rows.iter().map(|r| r.iter().map(|v| Value::from_json(v).unwrap_or(Value::Null)).collect()).collect(),
                more,
            },
            Wire::Done { step: s, start, end, changes } => Record::Done { step: step(s), start, end, changes },
            Wire::Error { step: s, start, end, at, phase, code, message } => Record::Error(SqlError {
                step: step(s),
                start,
                end,
                at: usize::try_from(at).ok(),
                prepare: phase == "prepare",
                code,
                message,
            }),
            Wire::Named { step: s, name } => Record::Named { step: step(s), name },
            Wire::Uncommitted { step: s } => Record::Uncommitted { step: step(s) },
            Wire::End => {
                finished = true;
                continue;
            }
        });
    }
    (records, finished)
}

/// 1-based line and column (in characters) of byte `at` in `text`.
pub fn line_col(text: &str, at: usize) -> (u32, u32) {
    let at = (0..=at.min(text.len())).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) + 1;
    (line as u32, col as u32)
}

/// A statement's first line, shortened, to label its result.
fn label(text: &str, start: usize, end: usize) -> String {
    let s = text.get(start..end.min(text.len())).unwrap_or("");
    let first = s.lines().next().unwrap_or("").trim();
    let short: String = first.chars().take(60).collect();
    let short = if short.len() < first.len() { format!("{short}…") } else { short };
    inert_str(&short)
}

/// What a learner reads for an SQL error: SQLite's words, then plain ones.
pub fn explain(message: &str) -> String {
    let more = if let Some(name) = message.strip_prefix("no such column: \"").and_then(|r| r.split_once("\" - should this be a string literal")).map(|(n, _)| n) {
        format!("\"{name}\" is in double quotes, which name a column. For a text value, use single quotes: '{name}'.")
    } else if let Some(name) = message.strip_prefix("no such column: ") {
        format!(
            "There is no column called {name}. Check the spelling against the table's columns. If {name} is a value, not a column, put it in single quotes: '{name}' (double quotes are for names)."
        )
    } else if let Some(name) = message.strip_prefix("no such table: ") {
        format!("There is no table called {name}. Check the spelling against the tables in the schema panel.")
    } else if let Some(name) = message.strip_prefix("no such function: ") {
        format!("SQLite has no function called {name}. Check the spelling: COUNT, SUM, AVG, MIN, MAX, ROUND, LOWER, UPPER and LENGTH are some it has.")
    } else if let Some(name) = message.strip_prefix("ambiguous column name: ") {
        format!("More than one of the joined tables has a column called {name}, so SQLite cannot tell which you mean. Put the table's name in front, like books.{name}.")
    } else if message.starts_with("near ") && message.ends_with("syntax error") {
        let word = message.trim_start_matches("near ").trim_end_matches(": syntax error");
        format!("SQLite did not expect {word} there. Look just before it: a missing comma, a misspelt keyword, or a clause in the wrong order (the order is SELECT, FROM, WHERE, GROUP BY, HAVING, ORDER BY, LIMIT).")
    } else if message == "incomplete input" {
        "The statement ends too soon: is a closing bracket or quote missing?".into()
    } else if let Some(col) = message.strip_prefix("NOT NULL constraint failed: ") {
        format!("{col} must have a value, and this statement leaves it empty (NULL).")
    } else if let Some(col) = message.strip_prefix("UNIQUE constraint failed: ") {
        format!("{col} must be different in every row, and this statement would repeat a value that is already there.")
    } else if message == "FOREIGN KEY constraint failed" {
        "This change breaks a FOREIGN KEY: either a row would point to a row of another table that does not exist, or rows that other rows point to would be deleted or changed.".into()
    } else if message.contains("values were supplied") || message.contains("values for") {
        "The number of values does not match the number of columns: list the columns you fill in, and give one value for each.".into()
    } else if message.starts_with("misuse of aggregate") {
        "An aggregate such as COUNT or SUM cannot go in WHERE, which looks at one row at a time. To choose groups by their totals, use HAVING after GROUP BY.".into()
    } else {
        String::new()
    };
    if more.is_empty() {
        message.to_string()
    } else {
        format!("{message}\n{more}")
    }
}

/// The learner's results as text, the way a terminal shows tables.
pub fn render(results: &[SqlResult]) -> String {
    let mut out = String::new();
    for r in results {
        if r.columns.is_empty() {
            match r.changes {
                Some(n) if n > 0 => out.push_str(&format!("{}: {n} row{} changed\n", r.label, if n == 1 { "" } else { "s" })),
                _ => out.push_str(&format!("{}: done\n", r.label)),
            }
            continue;
        }
        let rows: Vec<Vec<String>> = r.rows.iter().map(|row| row.iter().map(|c| c.text.clone()).collect()).collect();
        out.push_str(&text_table(&r.columns, &rows, &[]));
        let n = r.rows.len() as u64 + u64::from(r.more_rows);
        out.push_str(&format!("({n} row{}{})\n\n", if n == 1 { "" } else { "s" }, if r.more_rows > 0 { format!(", {} shown", r.rows.len()) } else { String::new() }));
    }
    out
}

/// A plain text table; `notes[i]`, when not empty, is written after row i.
pub fn text_table(columns: &[String], rows: &[Vec<String>], notes: &[String]) -> String {
    let cap = |s: &str| -> String {
        let one: String = s.replace('\n', "⏎");
        if one.chars().count() > 40 {
            format!("{}…", one.chars().take(39).collect::<String>())
        } else {
            one
        }
    };
    let head: Vec<String> = columns.iter().map(|c| cap(c)).collect();
    let body: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|c| cap(c)).collect()).collect();
    let mut widths: Vec<usize> = head.iter().map(|h| h.chars().count()).collect();
    for r in &body {
        for (i, c) in r.iter().enumerate() {
            if i < widths.len() {
                widths[i] = widths[i].max(c.chars().count());
            }
        }
    }
    let line = |cells: &[String]| -> String {
        cells.iter().enumerate().map(|(i, c)| format!("{c:<w$}", w = widths.get(i).copied().unwrap_or(0))).collect::<Vec<_>>().join(" | ")
    };
    let mut out = format!("{}\n{}\n", line(&head).trim_end(), widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>().join("-+-"));
    for (i, r) in body.iter().enumerate() {
        let l = line(r);
        match notes.get(i).filter(|n| !n.is_empty()) {
            Some(n) => out.push_str(&format!("{l}   <- {n}\n")),
            None => out.push_str(&format!("{}\n", l.trim_end())),
        }
    }
    out
}

impl Sandbox {
    /// Runs `steps` in one fresh instance of the SQL runner.
    pub fn run_sql_steps(&self, steps: &[Step], limits: &Limits) -> Result<StepsRun, SandboxError> {
        // Said plainly here, rather than by the runner's frame check.
        if let Some(step) = steps.iter().position(|s| matches!(s, Step::Learner(t) if t.len() > MAX_LEARNER_SQL)) {
            let message = format!("your SQL is longer than {} KB, which is more than any exercise needs", MAX_LEARNER_SQL >> 10);
            let error = SqlError { step, start: 0, end: 0, at: None, prepare: true, code: 18, message };
            return Ok(StepsRun { exit: Exit::Returned, finished: false, records: vec![Record::Error(error)], run_ms: 0.0, stderr: String::new() });
        }
        let pre = self.sql_pre()?;
        let heap = limits.memory_bytes.saturating_sub(RUNNER_RESERVE).max(4 << 20);
        let raw = self.run_instance(pre, &["sql"], frame(steps, heap), limits, false, super::engine::Entry::Command)?;
        let (records, finished) = parse(&raw.stdout);
        Ok(StepsRun { exit: raw.exit, finished, records, run_ms: raw.run_ms, stderr: inert(&raw.stderr) })
    }

    /// Runs the learner's `file` on a fresh database holding `seed`, like
    /// `sqlite3 -bail`: every statement's result, until the first error.
    /// A seed that does not run is its author's problem (`Err`).
    pub fn run_sql(&self, file: &SourceFile, seed: &str, opts: &RunOptions) -> Result<RunOutcome, SandboxError> {
        let run = self.run_sql_steps(&[Step::Trusted(seed.to_string()), Step::Learner(file.text.clone())], &opts.limits)?;
        if let Some(e) = run.error_in(0) {
            return Err(seed_error(seed, e));
        }
        Ok(outcome(&run, 1, &file.text))
    }
}

/// A seed that did not load: its author's problem, with where.
fn seed_error(seed: &str, e: &SqlError) -> SandboxError {
    let (line, col) = line_col(seed, e.at.unwrap_or(e.start));
    SandboxError::Tests { file: "the database's seed".into(), message: format!("line {line}, column {col}: {}", e.message) }
}

/// The learner's results from step `step` of `run`, labelled from `text`.
pub fn results(run: &StepsRun, step: usize, text: &str) -> Vec<SqlResult> {
    run.of(step)
        .filter_map(|r| match r {
            Record::Table { start, end, columns, rows, more, .. } => Some(SqlResult {
                line: line_col(text, *start).0,
                label: label(text, *start, *end),
                columns: columns.iter().map(|c| inert_str(c)).collect(),
                rows: rows.iter().map(|row| row.iter().map(Value::cell).collect()).collect(),
                more_rows: *more,
                changes: None,
            }),
            Record::Done { start, end, changes, .. } => {
                Some(SqlResult { line: line_col(text, *start).0, label: label(text, *start, *end), columns: Vec::new(), rows: Vec::new(), more_rows: 0, changes: Some(*changes) })
            }
            _ => None,
        })
        .collect()
}

/// The verdict of a run whose learner step is `step`, from `text`.
pub fn outcome(run: &StepsRun, step: usize, text: &str) -> RunOutcome {
    let tables = results(run, step, text);
    let mut stderr = String::new();
    let mut diagnostics = Vec::new();
    let status = if let Some(limit) = run.limit() {
        limit
    } else if let Some(e) = run.error_in(step) {
        let (line, column) = line_col(text, e.at.unwrap_or(e.start));
        let (end_line, end_column) = match e.at {
            Some(at) => {
                let word = text.get(at..).map(|t| t.chars().take_while(|c| c.is_alphanumeric() || *c == '_').count()).unwrap_or(0).max(1);
                (line, column + word as u32)
            }
            None => line_col(text, e.end),
        };
        let message = explain(&inert_str(&e.message));
        stderr = format!("Line {line}, column {column}: {message}\n");
        diagnostics.push(Diagnostic { line, column, end_line, end_column, severity: Severity::Error, message: message.lines().next().unwrap_or("").to_string() });
        if e.prepare {
            RunStatus::CompileError
        } else {
            RunStatus::RuntimeError
        }
    } else if run.error().is_some() {
        // The exercise's own SQL failed before the learner's ran.
        stderr = "The exercise's data could not be loaded, so your SQL was not run.\n".into();
        RunStatus::RuntimeError
    } else if !run.finished {
        stderr = format!("The SQL runner stopped before it finished.\n{}", run.stderr);
        RunStatus::RuntimeError
    } else {
        RunStatus::Ok
    };
    let mut stdout = render(&tables);
    if run.of(step).any(|r| matches!(r, Record::Uncommitted { .. })) {
        stdout.push_str("Your transaction was never committed (no COMMIT), so its changes were undone.\n");
    }
    RunOutcome {
        status,
        exit_code: (status == RunStatus::Ok).then_some(0),
        stdout,
        stderr,
        diagnostics,
        compile_ms: None,
        run_ms: Some(run.run_ms),
        tables,
    }
}

/// A column as the schema panel lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SqlColumnInfo {
    pub name: String,
    /// The type the table declares (`INTEGER`, `TEXT`, ...; may be empty).
    pub declared_type: String,
    pub not_null: bool,
    pub primary_key: bool,
    /// `table.column` this column points to (a FOREIGN KEY).
    pub references: Option<String>,
}

/// A table of an exercise's database, with its first rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SqlTableInfo {
    pub name: String,
    pub columns: Vec<SqlColumnInfo>,
    /// How many rows it holds.
    pub row_count: u32,
    /// Its first few rows.
    pub sample: SqlResult,
}

/// What the schema panel shows and the editor completes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SqlSchema {
    pub tables: Vec<SqlTableInfo>,
}

const SCHEMA_QUERY: &str = "SELECT m.name, p.name, p.type, p.\"notnull\", p.pk, \
     (SELECT f.\"table\" || '.' || coalesce(f.\"to\", 'rowid') FROM pragma_foreign_key_list(m.name) f WHERE f.\"from\" = p.name) \
     FROM sqlite_master m JOIN pragma_table_info(m.name) p \
     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY m.name, p.cid";

/// Sample rows the schema panel shows per table.
const SAMPLE_ROWS: u32 = 3;

impl Sandbox {
    /// The tables, columns and first rows of the database `seed` makes.
    pub fn sql_schema(&self, seed: &str, limits: &Limits) -> Result<SqlSchema, SandboxError> {
        let steps = [Step::Trusted(seed.to_string()), Step::Trusted(SCHEMA_QUERY.into()), Step::Dump(Some(SAMPLE_ROWS))];
        let run = self.run_sql_steps(&steps, limits)?;
        if let Some(e) = run.error() {
            return Err(seed_error(seed, e));
        }
        let text = |v: &Value| match v {
            Value::Text(s) => inert_str(s),
            Value::Null => String::new(),
            v => v.shown(),
        };
        let mut tables: Vec<SqlTableInfo> = Vec::new();
        for row in run.last_table(1).map(|t| t.1).unwrap_or(&[]) {
            let [table, name, ty, notnull, pk, refs] = row.as_slice() else { continue };
            let column = SqlColumnInfo {
                name: text(name),
                declared_type: text(ty),
                not_null: matches!(notnull, Value::Integer(n) if *n != 0),
                primary_key: matches!(pk, Value::Integer(n) if *n != 0),
                references: (refs != &Value::Null).then(|| text(refs)),
            };
            let table = text(table);
            match tables.last_mut().filter(|t| t.name == table) {
                Some(t) => t.columns.push(column),
                None => tables.push(SqlTableInfo {
                    name: table.clone(),
                    columns: vec![column],
                    row_count: 0,
                    sample: SqlResult { line: 0, label: table, columns: Vec::new(), rows: Vec::new(), more_rows: 0, changes: None },
                }),
            }
        }
        for (name, columns, rows, more) in run.dumped(2) {
            if let Some(t) = tables.iter_mut().find(|t| t.name == inert_str(&name)) {
                t.row_count = rows.len() as u32 + more;
                t.sample.columns = columns.iter().map(|c| inert_str(c)).collect();
                t.sample.rows = rows.iter().map(|r| r.iter().map(Value::cell).collect()).collect();
                t.sample.more_rows = more;
            }
        }
        Ok(SqlSchema { tables })
    }
}
