//! SQL exercises, graded by result sets.
//!
//! An exercise's `checks.toml` names a dataset (SQL in the track's
//! `datasets/` folder) and its checks: a `query` check compares the
//! learner's last result with the reference query's; a `state` check runs
//! the learner's statements and the reference's, each on a fresh copy of
//! the data, then the same checking query on both (and, with `unchanged`,
//! compares every table). Every check runs twice: on the dataset, and on
//! its changed copy (`<name>.variant.sql`), so an answer that names the
//! values it saw instead of choosing them fails.
//!
//! Everything runs in one instance of the SQL runner, reference first: the
//! learner's SQL runs after every reference answer has been recorded, and
//! the runner drops the learner's TEMP objects before each checking query.
//! A mismatch is explained with a small expected/actual table, the rows
//! that differ marked. What it leaves out: style (any query giving the
//! right rows passes).

use crate::curriculum::manifest::{SqlCheckKind, SqlCheckManifest, SqlChecksManifest, FORMAT_VERSION};
use crate::curriculum::Exercise;
use crate::sandbox::sql::{self, text_table, Step, StepsRun, Value};
use crate::sandbox::{RunOptions, RunStatus, Sandbox, SourceFile, TestResult, TestStatus};

use super::{GradeError, GradeReport, GradeStatus};

/// Rows shown in each of a failure's expected and actual tables.
const SHOWN_ROWS: usize = 10;

/// An SQL exercise's data and checks, read and validated.
#[derive(Debug, Clone)]
pub struct SqlExercise {
    /// The dataset (and the exercise's setup): what the learner's SQL runs on.
    pub seed: String,
    /// The changed copy, when the dataset has one.
    pub variant: Option<String>,
    pub checks: Vec<SqlCheckManifest>,
}

/// Reads `checks.toml` and the dataset it names. Every problem is the
/// author's, so it is an `Err` naming the file.
pub fn load(exercise: &Exercise) -> Result<SqlExercise, GradeError> {
    let file = exercise.tests.clone().unwrap_or_else(|| "checks.toml".into());
    let bad = |message: String| GradeError::BadTests { exercise: exercise.id.clone(), file: file.clone(), message };
    let text = exercise.tests_text()?.ok_or_else(|| bad("missing".into()))?;
    let m: SqlChecksManifest = toml::from_str(&text).map_err(|e| bad(e.message().to_string()))?;
    if m.format_version > FORMAT_VERSION {
        return Err(bad(format!("format_version {} is newer than this Stepstone understands", m.format_version)));
    }
    if m.checks.is_empty() {
        return Err(bad("it has no [[check]]".into()));
    }
    for c in &m.checks {
        if (c.kind == SqlCheckKind::Uses) != c.reference.trim().is_empty() || (c.kind == SqlCheckKind::Uses) == c.words.is_empty() {
            return Err(bad(format!("check {:?}: a uses check has `words` and no `reference`; the others have a `reference` and no `words`", c.name)));
        }
        if c.kind == SqlCheckKind::State && c.query.is_none() {
            return Err(bad(format!("check {:?} is a state check and needs a `query`", c.name)));
        }
        if c.kind == SqlCheckKind::Query && (c.query.is_some() || c.unchanged) {
            return Err(bad(format!("check {:?}: `query` and `unchanged` are for state checks", c.name)));
        }
    }
    if let Some(dup) = m.checks.iter().enumerate().find(|(i, c)| m.checks[..*i].iter().any(|d| d.name == c.name)) {
        return Err(bad(format!("two checks are named {:?}", dup.1.name)));
    }
    let (data, variant) = match &m.dataset {
        None => (String::new(), None),
        Some(name) => {
            let plain = !name.is_empty() && name.len() <= 64 && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
            if !plain {
                return Err(bad(format!("dataset {name:?} must be a plain name such as \"library\"")));
            }
            let dir = exercise.dir.parent().map(|p| p.join("datasets")).unwrap_or_default();
            let read = |p: std::path::PathBuf| std::fs::read_to_string(&p).map_err(|e| bad(format!("cannot read {}: {e}", p.display())));
            let data = read(dir.join(format!("{name}.sql")))?;
            let vpath = dir.join(format!("{name}.variant.sql"));
            let variant = if vpath.is_file() { Some(read(vpath)?) } else { None };
            (data, variant)
        }
    };
    let seed = format!("{data}\n{}", m.setup);
    let variant = variant.map(|v| format!("{data}\n{v}\n{}", m.setup));
    Ok(SqlExercise { seed, variant, checks: m.checks })
}

/// Where each check's records are in one run.
struct Plan {
    steps: Vec<Step>,
    /// Per data set (dataset, variant): per check, the reference's steps.
    reference: Vec<Vec<CheckSteps>>,
    /// Per data set: the learner's step, and per check its query's step.
    learner: Vec<(usize, Vec<CheckSteps>)>,
}

#[derive(Clone, Copy, Default)]
struct CheckSteps {
    /// The step whose last table is compared.
    result: usize,
    dump: Option<usize>,
}

fn plan(ex: &SqlExercise, learner: &str) -> Plan {
    let mut steps = Vec::new();
    let push = |steps: &mut Vec<Step>, s: Step| {
        steps.push(s);
        steps.len() - 1
    };
    let seeds: Vec<&String> = std::iter::once(&ex.seed).chain(ex.variant.as_ref()).collect();
    let mut reference = Vec::new();
    for seed in &seeds {
        let mut per = Vec::new();
        for c in &ex.checks {
            if c.kind == SqlCheckKind::Uses {
                per.push(CheckSteps::default());
                continue;
            }
            push(&mut steps, Step::Open);
            push(&mut steps, Step::Trusted((*seed).clone()));
            let r = push(&mut steps, Step::Trusted(c.reference.clone()));
            let mut cs = CheckSteps { result: r, dump: None };
            if c.kind == SqlCheckKind::State {
                cs.result = push(&mut steps, Step::Trusted(c.query.clone().unwrap_or_default()));
                if c.unchanged {
                    cs.dump = Some(push(&mut steps, Step::Dump(None)));
                }
            }
            per.push(cs);
        }
        reference.push(per);
    }
    let mut learner_steps = Vec::new();
    for seed in &seeds {
        push(&mut steps, Step::Open);
        push(&mut steps, Step::Trusted((*seed).clone()));
        let l = push(&mut steps, Step::Learner(learner.to_string()));
        let mut per = Vec::new();
        let mut dump = None;
        for c in &ex.checks {
            let mut cs = CheckSteps { result: l, dump: None };
            if c.kind == SqlCheckKind::State {
                cs.result = push(&mut steps, Step::Trusted(c.query.clone().unwrap_or_default()));
                if c.unchanged {
                    cs.dump = Some(*dump.get_or_insert_with(|| push(&mut steps, Step::Dump(None))));
                }
            }
            per.push(cs);
        }
        learner_steps.push((l, per));
    }
    Plan { steps, reference, learner: learner_steps }
}

/// The seed a learner's Run uses: the exercise's data, ungraded.
pub fn seed(exercise: &Exercise) -> Result<String, GradeError> {
    Ok(load(exercise)?.seed)
}

/// Grades the learner's SQL (the exercise's one file).
pub fn grade(sandbox: &Sandbox, exercise: &Exercise, files: &[SourceFile], opts: &RunOptions) -> Result<GradeReport, GradeError> {
    let ex = load(exercise)?;
    let text = files.first().map(|f| f.text.as_str()).unwrap_or("");
    let plan = plan(&ex, text);
    let run = sandbox.run_sql_steps(&plan.steps, &opts.limits)?;
    let bad = |message: String| GradeError::BadTests { exercise: exercise.id.clone(), file: exercise.tests.clone().unwrap_or_default(), message };
    let (first_learner, _) = plan.learner[0];
    let outcome = sql::outcome(&run, first_learner, text);

    // A limit ends the whole check: nothing after it ran.
    if let Some(limit) = run.limit() {
        let message = match limit {
            RunStatus::Timeout => format!("Your SQL took longer than {} seconds and was stopped. Does it join big tables with no condition, or use a recursive query that never ends?", opts.limits.run_ms as f64 / 1000.0),
            RunStatus::MemoryLimit => "Your SQL needed more memory than allowed and was stopped. Does it join big tables with no condition, or build a very long text?".into(),
            _ => "Your SQL's results are too big to show. Does it join big tables with no condition?".into(),
        };
        return Ok(GradeReport { version: 2, status: GradeStatus::Error, message: Some(message), tests: Vec::new(), outcome: Some(outcome) });
    }
    // The references ran before any learner SQL: their errors are ours.
    for (d, per) in plan.reference.iter().enumerate() {
        for (c, cs) in ex.checks.iter().zip(per).filter(|(c, _)| c.kind != SqlCheckKind::Uses) {
            let ends = cs.dump.unwrap_or(cs.result);
            if let Some(e) = (cs.result - 2..=ends).find_map(|s| run.error_in(s)) {
                return Err(bad(format!("check {:?} on {}: {}", c.name, if d == 0 { "the dataset" } else { "the variant" }, e.message)));
            }
        }
    }
    if let Some(e) = run.error_in(first_learner) {
        let _ = e;
        let message = format!("Your SQL could not be run.\n{}", outcome.stderr.trim_end());
        return Ok(GradeReport { version: 2, status: GradeStatus::Error, message: Some(message), tests: Vec::new(), outcome: Some(outcome) });
    }
    // A learner's error on the changed copy ends the run early; each check
    // then says so below.
    if !run.finished && !plan.learner.iter().any(|(l, _)| run.error_in(*l).is_some()) {
        return Ok(GradeReport { version: 2, status: GradeStatus::Error, message: Some("The SQL runner stopped before it finished.".into()), tests: Vec::new(), outcome: Some(outcome) });
    }
    let mut tests = Vec::new();
    for (i, c) in ex.checks.iter().enumerate() {
        if c.kind == SqlCheckKind::Uses {
            tests.push(uses(c, text));
            continue;
        }
        let mut result = pass(c);
        for (d, (l, per)) in plan.learner.iter().enumerate() {
            let on_variant = d > 0;
            let verdict = if let Some(e) = run.error_in(*l) {
                Err(Mismatch { message: format!("On a changed copy of the data, your SQL stopped with an error: {}", e.message), expected: None, actual: None })
            } else {
                judge(&run, c, &plan.reference[d][i], &per[i])
            };
            if let Err(m) = verdict {
                let message = match (on_variant, &c.message) {
                    (true, Some(own)) => format!("{own}\nYour SQL gives the right result on the exercise's data, but not on a changed copy of it."),
                    (false, Some(own)) => format!("{own}\n{}", m.message),
                    (false, None) => m.message,
                    (true, None) => "Your SQL gives the right result on the exercise's data, but not on a changed copy of it (some rows added, removed or changed). A query must work whatever the data: choose rows with conditions rather than naming values you saw.".to_string(),
                };
                // The changed copy stays unseen: showing its rows would let
                // an answer be fitted to both copies.
                let (expected, actual) = if on_variant { (None, None) } else { (m.expected, m.actual) };
                result = TestResult { name: c.name.clone(), status: TestStatus::Fail, message: Some(message), expected, actual, output: String::new() };
                break;
            }
        }
        tests.push(result);
    }
    let mut report = super::report(tests, Some(outcome));
    if report.status == GradeStatus::Error {
        report.message = Some("No checks ran.".into());
    }
    Ok(report)
}

/// A `uses` check: every one of its words is a keyword of the learner's
/// SQL, outside comments, quoted text and quoted names.
fn uses(c: &SqlCheckManifest, text: &str) -> TestResult {
    let words = keywords(text);
    // "COMMIT|END": either word will do.
    let missing: Vec<String> =
        c.words.iter().filter(|w| !w.split('|').any(|one| words.contains(&one.trim().to_ascii_uppercase()))).map(|w| w.split('|').map(str::trim).collect::<Vec<_>>().join(" or ")).collect();
    if missing.is_empty() {
        return pass(c);
    }
    let message = c.message.clone().unwrap_or_else(|| format!("Your SQL should use {}: the task is about {}.", missing.join(", "), if missing.len() == 1 { "it" } else { "them" }));
    TestResult { name: c.name.clone(), status: TestStatus::Fail, message: Some(message), expected: None, actual: None, output: String::new() }
}

/// The bare words of SQL text, in capitals, with comments, 'text',
/// "names" and [names] left out.
fn keywords(text: &str) -> std::collections::HashSet<String> {
    let mut out = std::collections::HashSet::new();
    let b: Vec<char> = text.chars().collect();
    let mut i = 0;
    let mut word = String::new();
    let mut flush = |w: &mut String| {
        if !w.is_empty() {
            out.insert(w.to_ascii_uppercase());
            w.clear();
        }
    };
    while i < b.len() {
        let c = b[i];
        if c == '-' && b.get(i + 1) == Some(&'-') {
            flush(&mut word);
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && b.get(i + 1) == Some(&'*') {
            flush(&mut word);
            i += 2;
            while i < b.len() && !(b[i] == '*' && b.get(i + 1) == Some(&'/')) {
                i += 1;
            }
            i += 2;
        } else if matches!(c, '\'' | '"' | '`' | '[') {
            flush(&mut word);
            let close = if c == '[' { ']' } else { c };
            i += 1;
            while i < b.len() && b[i] != close {
                i += 1;
            }
            i += 1;
        } else if c.is_alphanumeric() || c == '_' {
            word.push(c);
            i += 1;
        } else {
            flush(&mut word);
            i += 1;
        }
    }
    flush(&mut word);
    out
}

fn pass(c: &SqlCheckManifest) -> TestResult {
    TestResult { name: c.name.clone(), status: TestStatus::Pass, message: None, expected: None, actual: None, output: String::new() }
}

struct Mismatch {
    message: String,
    expected: Option<String>,
    actual: Option<String>,
}

type Table<'a> = (&'a [String], &'a [Vec<Value>], u32);

fn judge(run: &StepsRun, c: &SqlCheckManifest, reference: &CheckSteps, learner: &CheckSteps) -> Result<(), Mismatch> {
    let plain = |message: String| Mismatch { message, expected: None, actual: None };
    if c.kind == SqlCheckKind::State {
        if let Some(e) = run.error_in(learner.result) {
            return Err(plain(format!("After your SQL, the database could not be checked: {}. Did your SQL drop or rename a table or column the task needs?", e.message)));
        }
    }
    let expected = run.last_table(reference.result).ok_or_else(|| plain("The check's reference gave no table.".into()))?;
    let Some(actual) = run.last_table(learner.result) else {
        return Err(plain("Your SQL gave no table of results. The last statement should be a SELECT that lists the rows the task asks for.".into()));
    };
    let what = if c.kind == SqlCheckKind::State { "After your SQL, the check's result" } else { "Your result" };
    compare(expected, actual, c.ordered, c.names, what)?;
    if let (Some(rd), Some(ld)) = (reference.dump, learner.dump) {
        let (want, got) = (run.dumped(rd), run.dumped(ld));
        for (name, cols, rows, more) in &want {
            match got.iter().find(|g| &g.0 == name) {
                None => return Err(plain(format!("Your SQL removed the table {name}, which the task keeps."))),
                Some((_, gc, gr, gm)) => {
                    if let Err(m) = compare((cols, rows, *more), (gc, gr, *gm), false, true, &format!("The table {name}")) {
                        return Err(Mismatch { message: format!("Your SQL also changed rows it should have left alone, in the table {name}.\n{}", m.message), ..m });
                    }
                }
            }
        }
        if let Some(extra) = got.iter().find(|g| !want.iter().any(|w| w.0 == g.0)) {
            return Err(plain(format!("Your SQL made a table the task does not ask for: {}.", extra.0)));
        }
    }
    Ok(())
}

/// Values equal as a learner would judge them: numbers by value (3 and
/// 3.0 alike; finite reals to nine significant digits; an infinity only
/// to itself), text exactly, NULL to NULL, and never a text to a number.
fn same(a: &Value, b: &Value) -> bool {
    let num = |v: &Value| match v {
        Value::Integer(i) => Some(*i as f64),
        Value::Real(f) => Some(*f),
        _ => None,
    };
    match (a, b) {
        (Value::Integer(x), Value::Integer(y)) => x == y,
        _ => match (num(a), num(b)) {
            // The tolerance only between finite numbers: with an infinity
            // on either side it would hold for any number at all.
            (Some(x), Some(y)) if !(x.is_finite() && y.is_finite()) => x == y,
            (Some(x), Some(y)) => x == y || (x - y).abs() <= 1e-9 * x.abs().max(y.abs()),
            (None, None) => a == b,
            _ => false,
        },
    }
}

fn same_row(a: &[Value], b: &[Value]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
}

fn compare(expected: Table, actual: Table, ordered: bool, names: bool, what: &str) -> Result<(), Mismatch> {
    let (ec, er, em) = expected;
    let (ac, ar, am) = actual;
    let list = |c: &[String]| c.join(", ");
    // Text quoted, so '34' and 34, or 'NULL' and NULL, look different.
    let shown = |v: &Value| match v {
        Value::Text(_) => format!("'{}'", v.shown()),
        v => v.shown(),
    };
    let cells = |rows: &[Vec<Value>]| -> Vec<Vec<String>> { rows.iter().map(|r| r.iter().map(shown).collect()).collect() };
    let tables = |message: String, emark: &[bool], amark: &[bool], enote: &str, anote: &str| Mismatch {
        message,
        expected: Some(shown_table(ec, &cells(er), emark, enote, em)),
        actual: Some(shown_table(ac, &cells(ar), amark, anote, am)),
    };
    let none = |n: usize| vec![false; n];
    if ec.len() != ac.len() {
        return Err(tables(
            format!("{what} has {} column{} ({}); the expected result has {} ({}).", ac.len(), if ac.len() == 1 { "" } else { "s" }, list(ac), ec.len(), list(ec)),
            &none(er.len()),
            &none(ar.len()),
            "",
            "",
        ));
    }
    if names && ec.iter().zip(ac).any(|(e, a)| !e.eq_ignore_ascii_case(a)) {
        return Err(tables(format!("The columns should be named {} (yours are {}). Use AS to give a column a name.", list(ec), list(ac)), &none(er.len()), &none(ar.len()), "", ""));
    }
    let (etotal, atotal) = (er.len() as u64 + u64::from(em), ar.len() as u64 + u64::from(am));
    if em > 0 || am > 0 {
        if etotal != atotal {
            return Err(Mismatch { message: format!("{what} has {atotal} rows; the expected result has {etotal}."), expected: None, actual: None });
        }
    }
    // Match rows: in order, or each expected row with one of the actual.
    let mut amatched = vec![false; ar.len()];
    let mut emissing = vec![false; er.len()];
    if ordered {
        for i in 0..er.len().max(ar.len()) {
            let ok = matches!((er.get(i), ar.get(i)), (Some(e), Some(a)) if same_row(e, a));
            if i < er.len() {
                emissing[i] = !ok;
            }
            if i < ar.len() {
                amatched[i] = ok;
            }
        }
    } else {
        for (i, e) in er.iter().enumerate() {
            match (0..ar.len()).find(|j| !amatched[*j] && same_row(e, &ar[*j])) {
                Some(j) => amatched[j] = true,
                None => emissing[i] = true,
            }
        }
    }
    let missing = emissing.iter().filter(|m| **m).count();
    let extra = amatched.iter().filter(|m| !**m).count();
    if missing == 0 && extra == 0 {
        return Ok(());
    }
    let aextra: Vec<bool> = amatched.iter().map(|m| !m).collect();
    let message = if columns_swapped(er, ar) {
        format!("{what} has the right values, but its columns are in a different order: the task asks for {}, and yours are {}.", list(ec), list(ac))
    } else if let Some(j) = one_column_differs(er, ar) {
        format!(
            "{what} has the right number of rows, but its column {} (column {} of {}) does not hold the expected values: the expected result has {} there.",
            ac[j],
            j + 1,
            ac.len(),
            ec[j]
        )
    } else if er.len() == 1 && ar.len() == 1 {
        format!("{what} has one row, as expected, but its values are not the expected ones: compare the two tables.")
    } else if !ordered && er.len() == ar.len() {
        format!("{what} has the right number of rows ({}), but {missing} of them are not the expected ones: compare the marked rows.", ar.len())
    } else if ordered && er.len() == ar.len() && {
        // Right rows, wrong order?
        let mut used = vec![false; ar.len()];
        er.iter().all(|e| (0..ar.len()).find(|j| !used[*j] && same_row(e, &ar[*j])).map(|j| used[j] = true).is_some())
    } {
        let first = emissing.iter().position(|m| *m).unwrap_or(0) + 1;
        format!("{what} has the right rows, but not in the order the task asks for: row {first} is different.")
    } else if ordered {
        let first = emissing.iter().position(|m| *m).or_else(|| aextra.iter().position(|m| *m)).unwrap_or(0) + 1;
        format!("{what} has {} row{} and the expected result {}; they first differ at row {first}.", ar.len(), if ar.len() == 1 { "" } else { "s" }, er.len())
    } else {
        let mut parts = Vec::new();
        if missing > 0 {
            parts.push(format!("{missing} expected row{} {} missing", if missing == 1 { "" } else { "s" }, if missing == 1 { "is" } else { "are" }));
        }
        if extra > 0 {
            parts.push(format!("{extra} row{} of yours {} not expected", if extra == 1 { "" } else { "s" }, if extra == 1 { "is" } else { "are" }));
        }
        format!("{what} has {} row{}; the expected result has {}. {}.", ar.len(), if ar.len() == 1 { "" } else { "s" }, er.len(), capitalise(&parts.join(", and ")))
    };
    let (enote, anote) = if ordered { ("different", "different") } else { ("missing from yours", "not expected") };
    Err(tables(message, &emissing, &aextra, enote, anote))
}

/// Column `i`'s values as shown, sorted: a column compared whatever the
/// rows' order.
fn sorted_column(rows: &[Vec<Value>], i: usize) -> Vec<String> {
    let mut v: Vec<String> = rows.iter().map(|r| r[i].shown()).collect();
    v.sort();
    v
}

/// Whether the learner's columns hold exactly the expected columns' values
/// in another order (each matched by its sorted values, then row by row).
fn columns_swapped(er: &[Vec<Value>], ar: &[Vec<Value>]) -> bool {
    let (Some(e0), Some(a0)) = (er.first(), ar.first()) else { return false };
    let n = e0.len();
    if n < 2 || er.len() != ar.len() || a0.len() != n {
        return false;
    }
    let mut order = Vec::new();
    for i in 0..n {
        let want = sorted_column(er, i);
        let Some(j) = (0..n).find(|j| !order.contains(j) && sorted_column(ar, *j) == want) else { return false };
        order.push(j);
    }
    let permuted = order.iter().enumerate().any(|(i, j)| i != *j);
    let reordered: Vec<Vec<Value>> = ar.iter().map(|r| order.iter().map(|j| r[*j].clone()).collect()).collect();
    let mut used = vec![false; reordered.len()];
    let same_rows = er.iter().all(|e| (0..reordered.len()).find(|k| !used[*k] && same_row(e, &reordered[*k])).map(|k| used[k] = true).is_some());
    permuted && same_rows
}

/// The one column whose values (sorted) differ between the two results,
/// when every other column's agree.
fn one_column_differs(er: &[Vec<Value>], ar: &[Vec<Value>]) -> Option<usize> {
    let n = er.first()?.len();
    if er.len() != ar.len() || ar.first()?.len() != n {
        return None;
    }
    let differing: Vec<usize> = (0..n).filter(|i| sorted_column(er, *i) != sorted_column(ar, *i)).collect();
    (n > 1 && differing.len() == 1).then(|| differing[0])
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

/// A table of at most [`SHOWN_ROWS`] rows: the marked ones first chosen,
/// then others for context, kept in their order.
fn shown_table(columns: &[String], rows: &[Vec<String>], marked: &[bool], note: &str, more: u32) -> String {
    let mut pick: Vec<usize> = (0..rows.len()).filter(|i| marked.get(*i) == Some(&true)).take(SHOWN_ROWS).collect();
    for i in 0..rows.len() {
        if pick.len() >= SHOWN_ROWS {
            break;
        }
        if !pick.contains(&i) {
            pick.push(i);
        }
    }
    pick.sort_unstable();
    let body: Vec<Vec<String>> = pick.iter().map(|i| rows[*i].clone()).collect();
    let notes: Vec<String> = pick.iter().map(|i| if marked.get(*i) == Some(&true) { note.to_string() } else { String::new() }).collect();
    let mut out = text_table(columns, &body, &notes);
    let hidden = rows.len() - pick.len() + more as usize;
    if hidden > 0 {
        out.push_str(&format!("... and {hidden} more row{}\n", if hidden == 1 { "" } else { "s" }));
    }
    if rows.is_empty() {
        out.push_str("(no rows)\n");
    }
    out
}
