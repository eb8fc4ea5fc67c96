//! Every file in `tests/fixtures/sandbox/` runs in the sandbox and must end
//! with the verdict its first line declares, for example
//! `// expect: status=timeout` or `// expect: status=ok stdout=Hi|there`
//! (`-- expect: ...` in SQL files, which run on an empty database).
//!
//! Keys: `status` (alternatives joined by `|`), `exit`, `line` (of the first
//! diagnostic), `stdin`, `stdout` / `stderr` (substrings that must all
//! appear, joined by `|`). Flags: `no-leak` (a compile-time attack: no host
//! file content may appear, and the program must not run), `no-raw-escape`.

use std::path::Path;

use stepstone::config::Limits;
use stepstone::sandbox::{Language, RunOptions, RunOutcome, SourceFile};

use super::support::{repo, sandbox, TreePeak};

const KEYS: &[&str] = &["status", "exit", "line", "stdin", "stdout", "stderr"];
const FLAGS: &[&str] = &["no-leak", "no-raw-escape"];

#[derive(Default, Debug)]
struct Expect {
    fields: Vec<(String, String)>,
    flags: Vec<String>,
}

impl Expect {
    fn parse(first_line: &str) -> Expect {
        let spec = first_line.trim_start_matches("//").trim_start_matches("--").trim().strip_prefix("expect:").expect("first line must be `// expect: ...`");
        let mut e = Expect::default();
        for word in spec.split_whitespace() {
            if FLAGS.contains(&word) {
                e.flags.push(word.into());
            } else if let Some((k, v)) = word.split_once('=').filter(|(k, _)| KEYS.contains(k)) {
                e.fields.push((k.into(), v.into()));
            } else if let Some(last) = e.fields.last_mut() {
                last.1.push(' ');
                last.1.push_str(word);
            } else {
                panic!("cannot parse expectation {spec:?}");
            }
        }
        e
    }
    fn get(&self, key: &str) -> Option<&str> {
        self.fields.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

fn check(path: &Path, outcome: &RunOutcome, e: &Expect) -> Vec<String> {
    let mut problems = Vec::new();
    let status = serde_json::to_value(outcome.status).unwrap().as_str().unwrap().to_string();
    if let Some(want) = e.get("status") {
        if !want.split('|').any(|w| w == status) {
            problems.push(format!("status {status}, expected {want}"));
        }
    }
    if let Some(want) = e.get("exit") {
        if outcome.exit_code != Some(want.parse().unwrap()) {
            problems.push(format!("exit code {:?}, expected {want}", outcome.exit_code));
        }
    }
    if let Some(want) = e.get("line") {
        let got = outcome.diagnostics.first().map(|d| d.line);
        if got != Some(want.parse().unwrap()) {
            problems.push(format!("first diagnostic at line {got:?}, expected {want}"));
        }
    }
    for (key, text) in [("stdout", &outcome.stdout), ("stderr", &outcome.stderr)] {
        if let Some(want) = e.get(key) {
            for part in want.split('|') {
                if !text.contains(part) {
                    problems.push(format!("{key} lacks {part:?}"));
                }
            }
        }
    }
    for flag in &e.flags {
        match flag.as_str() {
            "no-raw-escape" => {
                if outcome.stdout.contains('\u{1b}') || outcome.stderr.contains('\u{1b}') {
                    problems.push("a raw ESC reached the output".into());
                }
            }
            "no-leak" => {
                let host_home = std::env::var("HOME").unwrap_or_default();
                let all = format!("{}{}{:?}", outcome.stdout, outcome.stderr, outcome.diagnostics);
                if all.contains("root:x:0:0") || all.contains("/bin/bash") || outcome.run_ms.is_some() {
                    problems.push("host data leaked or the program ran".into());
                }
                if !host_home.is_empty() && outcome.stdout.contains(&host_home) {
                    problems.push("HOME leaked into stdout".into());
                }
            }
            _ => unreachable!(),
        }
    }
    if !problems.is_empty() {
        problems.insert(0, format!("{}: {outcome:#?}", path.display()));
    }
    problems
}

fn run_fixtures(ext: &str) {
    let dir = repo().join("tests/fixtures/sandbox");
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == ext)).collect();
    paths.sort();
    assert!(paths.len() >= 10, "expected fixture files in {}", dir.display());
    let peak = TreePeak::start();
    let mut failures = Vec::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap();
        let e = Expect::parse(text.lines().next().unwrap());
        let language = Language::from_extension(ext).unwrap();
        let name = match ext {
            "rs" => "main.rs",
            "sql" => "query.sql",
            _ => "main.js",
        };
        let opts = RunOptions {
            limits: Limits { run_ms: 2_000, ..Limits::default() },
            stdin: e.get("stdin").unwrap_or("").as_bytes().to_vec(),
            ..Default::default()
        };
        let outcome = sandbox().run(language, &[SourceFile { name: name.into(), text }], &opts).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
        failures.extend(check(path, &outcome, &e));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Each guest may use 256 MiB and the compiler 1.5 GiB of address space;
    // the whole tree (this process and its confined compilers) must stay
    // well inside a classroom terminal.
    let peak_mib = peak.finish();
    println!("process tree peak RSS during the {ext} adversarial fixtures: {peak_mib} MiB");
    assert!(peak_mib < 2048, "the process tree's peak memory reached {peak_mib} MiB");
}

#[test]
fn js_fixtures_end_with_their_declared_verdicts() {
    run_fixtures("js");
}

#[test]
fn rust_fixtures_end_with_their_declared_verdicts() {
    run_fixtures("rs");
}

#[test]
fn sql_fixtures_end_with_their_declared_verdicts() {
    run_fixtures("sql");
    // VACUUM INTO, ATTACH: the runner's only VFS opens no file at all.
    assert!(!Path::new("/tmp/stepstone-sql-escape.db").exists(), "learner SQL wrote a file on the host");
}
