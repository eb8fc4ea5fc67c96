//! SQL grading over `tests/fixtures/sql/curriculum/`: every file in an
//! exercise's `attempts/` is graded, and must end as its first line says:
//! `-- expect: pass`, `-- expect: fail <words>`, `-- expect: error <words>`
//! or `-- expect: bad-exercise <words>` (the exercise itself is broken),
//! where `<words>` are alternatives joined by `|`, one of which must appear
//! in what the learner is told. Attempts include forgeries: TEMP objects
//! shadowing the checked table, a view of the answer, hard-coded values
//! and ids, transactions left open, and limits. Also: the schema panel's
//! data, the CLI's `run --db`, and a Run (scratch mode) on the exercise's data.

use std::path::Path;

use stepstone::curriculum;
use stepstone::grading::{self, GradeError, GradeStatus};
use stepstone::sandbox::{RunStatus, SourceFile};

use super::support::{cli, repo, sandbox};

fn fixtures() -> std::path::PathBuf {
    repo().join("tests/fixtures/sql/curriculum")
}

#[test]
fn sql_attempts_end_as_their_first_line_says() {
    let c = curriculum::load(&fixtures()).unwrap_or_else(|e| panic!("{e}"));
    let mut failures = Vec::new();
    let mut seen = 0;
    for ex in c.exercises() {
        let mut attempts: Vec<_> = std::fs::read_dir(ex.dir.join("attempts")).unwrap().flatten().map(|e| e.path()).collect();
        attempts.sort();
        for path in attempts {
            seen += 1;
            let text = std::fs::read_to_string(&path).unwrap();
            let spec = text.lines().next().unwrap().trim_start_matches("--").trim().strip_prefix("expect:").expect("-- expect: ...").trim().to_string();
            let (want, words) = spec.split_once(' ').map(|(a, b)| (a.to_string(), b.to_string())).unwrap_or((spec.clone(), String::new()));
            let files = [SourceFile { name: "query.sql".into(), text }];
            let (got, told) = match grading::grade(sandbox(), ex, &files) {
                Ok(r) => {
                    let status = match r.status {
                        GradeStatus::Pass => "pass",
                        GradeStatus::Fail => "fail",
                        GradeStatus::Error => "error",
                    };
                    let mut told = r.message.clone().unwrap_or_default();
                    for t in &r.tests {
                        told.push_str(&format!("\n{} {:?} {:?} {:?}", t.name, t.message, t.expected, t.actual));
                    }
                    if let Some(o) = &r.outcome {
                        told.push_str(&o.stdout);
                        told.push_str(&o.stderr);
                    }
                    (status.to_string(), told)
                }
                Err(e @ GradeError::BadTests { .. }) => ("bad-exercise".into(), e.to_string()),
                Err(e) => panic!("{}: {e}", path.display()),
            };
            let said = words.is_empty() || words.split('|').any(|w| told.contains(w));
            if got != want || !said {
                failures.push(format!("{}: expected {want} {words:?}, got {got}:\n{told}\n", path.display()));
            }
        }
    }
    assert!(seen >= 30, "only {seen} attempts found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_failure_shows_expected_and_actual_tables_with_the_rows_marked() {
    let c = curriculum::load(&fixtures()).unwrap();
    let ex = c.by_id("pets.all.old-pets").unwrap();
    let files = [SourceFile { name: "query.sql".into(), text: "SELECT name, age FROM pets WHERE age > 8;".into() }];
    let r = grading::grade(sandbox(), ex, &files).unwrap();
    assert_eq!(r.status, GradeStatus::Fail);
    let t = &r.tests[0];
    let expected = t.expected.as_deref().unwrap();
    let actual = t.actual.as_deref().unwrap();
    assert!(expected.starts_with("name    | age\n--------+----\n"), "{expected}");
    assert!(expected.contains("'Rex'   | 7     <- missing from yours"), "{expected}");
    assert!(!actual.contains("<-"), "every row of the learner's is expected: {actual}");
    assert_eq!(t.message.as_deref(), Some("Your result has 2 rows; the expected result has 3. 1 expected row is missing."));
    // The learner's own result comes back too, as a table the window draws.
    let tables = &r.outcome.as_ref().unwrap().tables;
    assert_eq!(tables.len(), 1);
    assert_eq!(tables[0].columns, ["name", "age"]);
    assert_eq!(tables[0].rows.len(), 2);
}

#[test]
fn the_schema_lists_tables_columns_keys_and_first_rows() {
    let c = curriculum::load(&fixtures()).unwrap();
    let ex = c.by_id("pets.all.old-pets").unwrap();
    let seed = grading::sql::seed(ex).unwrap();
    let schema = sandbox().sql_schema(&seed, &ex.limits).unwrap();
    let names: Vec<&str> = schema.tables.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["owners", "pets"]);
    let pets = &schema.tables[1];
    assert_eq!(pets.row_count, 6);
    assert_eq!(pets.sample.rows.len(), 3);
    assert_eq!(pets.sample.columns, ["id", "name", "kind", "age", "owner_id"]);
    let cols: Vec<(&str, &str, bool, bool, Option<&str>)> =
        pets.columns.iter().map(|c| (c.name.as_str(), c.declared_type.as_str(), c.not_null, c.primary_key, c.references.as_deref())).collect();
    assert_eq!(cols[0], ("id", "INTEGER", false, true, None));
    assert_eq!(cols[1], ("name", "TEXT", true, false, None));
    assert_eq!(cols[4], ("owner_id", "INTEGER", false, false, Some("owners.id")));
    assert_eq!(pets.sample.rows[0][1].text, "Rex");
}

#[test]
fn run_on_the_exercises_data_shows_every_statements_result_and_types() {
    let c = curriculum::load(&fixtures()).unwrap();
    let ex = c.by_id("pets.all.old-pets").unwrap();
    let seed = grading::sql::seed(ex).unwrap();
    let file = SourceFile { name: "query.sql".into(), text: "UPDATE pets SET age = age + 1 WHERE kind = 'cat';\nSELECT name, age / 2.0, NULL, x'ff' FROM pets WHERE kind = 'cat';\n".into() };
    let o = sandbox().run_sql(&file, &seed, &Default::default()).unwrap();
    assert_eq!(o.status, RunStatus::Ok, "{o:?}");
    assert_eq!(o.tables.len(), 2);
    assert_eq!(o.tables[0].changes, Some(2));
    assert_eq!(o.tables[1].line, 2);
    let kinds: Vec<String> = o.tables[1].rows[0].iter().map(|c| format!("{:?}:{}", c.kind, c.text)).collect();
    assert_eq!(kinds, ["Text:Tom", "Real:2.0", "Null:NULL", "Blob:x'ff'"]);
}

#[test]
fn cli_run_with_a_seed_prints_tables_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let q = dir.path().join("q.sql");
    std::fs::write(&q, "SELECT name FROM pets WHERE age > 8 ORDER BY name;\nSELECT nope FROM pets;\n").unwrap();
    let seed = fixtures().join("pets/datasets/pets.sql");
    let out = std::process::Command::new(cli()).args(["--data-dir"]).arg(dir.path()).arg("run").arg(&q).arg("--db").arg(&seed).arg("--json").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["status"], "compile_error");
    assert_eq!(v["tables"][0]["rows"], serde_json::json!([[{"kind": "text", "text": "Kit"}], [{"kind": "text", "text": "Polly"}]]));
    assert_eq!(v["diagnostics"][0]["line"], 2);
    assert_eq!(v["diagnostics"][0]["column"], 8);
    let plain = std::process::Command::new(cli()).args(["--data-dir"]).arg(dir.path()).arg("run").arg(&q).arg("--db").arg(&seed).output().unwrap();
    let text = String::from_utf8_lossy(&plain.stdout);
    assert!(text.contains("name\n-----\nKit\nPolly\n(2 rows)"), "{text}");
    assert!(String::from_utf8_lossy(&plain.stderr).contains("Line 2, column 8: no such column: nope"));
    // A seed that does not load is named, with its line.
    let bad = dir.path().join("bad.sql");
    std::fs::write(&bad, "CREATE TABLE t (x);\nINSERT INTO nowhere VALUES (1);\n").unwrap();
    let out = std::process::Command::new(cli()).args(["--data-dir"]).arg(dir.path()).arg("run").arg(&q).arg("--db").arg(&bad).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.sql could not be loaded: line 2, column 1: no such table: nowhere"), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_nul_in_learner_sql_is_an_error_not_a_hidden_statement() {
    let file = SourceFile { name: "query.sql".into(), text: "SELECT 1;\0 ATTACH '/etc/passwd' AS p;".into() };
    let o = sandbox().run_sql(&file, "", &Default::default()).unwrap();
    assert_eq!(o.status, RunStatus::CompileError, "{o:?}");
    assert!(o.stderr.contains("NUL"), "{}", o.stderr);
    assert!(Path::new("/etc/passwd").exists());
}

#[test]
fn a_failure_only_on_the_changed_copy_shows_none_of_its_rows() {
    // Hard-coded: right on the dataset (Rex 7, Polly 12, Kit 9), wrong on
    // the changed copy. Showing the copy's rows would let the next attempt
    // be fitted to both.
    let c = curriculum::load(&fixtures()).unwrap();
    let ex = c.by_id("pets.all.old-pets").unwrap();
    let files = [SourceFile { name: "query.sql".into(), text: "SELECT name, age FROM pets WHERE name IN ('Rex', 'Polly', 'Kit');".into() }];
    let r = grading::grade(sandbox(), ex, &files).unwrap();
    assert_eq!(r.status, GradeStatus::Fail);
    let t = &r.tests[0];
    assert!(t.message.as_deref().unwrap().contains("not on a changed copy"), "{t:?}");
    assert_eq!((t.expected.as_deref(), t.actual.as_deref()), (None, None));
    for hidden in ["Luna", "Bolt", "11"] {
        assert!(!format!("{t:?}").contains(hidden), "the changed copy's data ({hidden}) reached the learner: {t:?}");
    }
}

#[test]
fn sql_longer_than_a_megabyte_is_refused_in_plain_words() {
    let file = SourceFile { name: "query.sql".into(), text: format!("SELECT 1;\n{}", "-- padding\n".repeat(200_000)) };
    let o = sandbox().run_sql(&file, "", &Default::default()).unwrap();
    assert_eq!(o.status, RunStatus::CompileError, "{o:?}");
    assert!(o.stderr.contains("longer than 1024 KB"), "{}", o.stderr);
}
