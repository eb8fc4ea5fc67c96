//! `stepstone bench sandbox`: medians for the sandbox's common paths, each
//! beside a reference measured in the same process run (node for the JS,
//! the native rustc for the Rust), so the ratios hold on any machine.
//!
//! This is a benchmark, not a test: it asserts nothing. Results are recorded
//! by hand in BENCHMARKS.md with the machine and the command.

pub mod desk;

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use crate::config::Limits;
use crate::sandbox::{RunOptions, RunStatus, Sandbox, SourceFile};

pub const JS_HELLO: &str = "console.log(\"Hello, world!\");\n";

pub const RUST_HELLO: &str = "fn main() {\n    println!(\"Hello, world!\");\n}\n";

/// About a hundred lines of the Rust a learner writes by the end of the track.
pub const RUST_100: &str = r#"use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Category {
    Food,
    Rent,
    Travel,
    Other(String),
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Category::Food => write!(f, "food"),
            Category::Rent => write!(f, "rent"),
            Category::Travel => write!(f, "travel"),
            Category::Other(name) => write!(f, "other ({name})"),
        }
    }
}

#[derive(Debug, Clone)]
struct Expense {
    amount_cents: u64,
    category: Category,
    note: String,
}

struct Ledger {
    expenses: Vec<Expense>,
}

impl Ledger {
    fn new() -> Self {
        Ledger { expenses: Vec::new() }
    }

    fn add(&mut self, amount_cents: u64, category: Category, note: &str) {
        self.expenses.push(Expense { amount_cents, category, note: note.to_string() });
    }

    fn total(&self) -> u64 {
        self.expenses.iter().map(|e| e.amount_cents).sum()
    }

    fn by_category(&self) -> HashMap<String, u64> {
        let mut totals = HashMap::new();
        for e in &self.expenses {
            *totals.entry(e.category.to_string()).or_insert(0) += e.amount_cents;
        }
        totals
    }

    fn largest(&self) -> Option<&Expense> {
        self.expenses.iter().max_by_key(|e| e.amount_cents)
    }

    fn find(&self, word: &str) -> Vec<&Expense> {
        self.expenses.iter().filter(|e| e.note.contains(word)).collect()
    }
}

fn parse_line(line: &str) -> Result<(u64, Category, String), String> {
    let parts: Vec<&str> = line.splitn(3, ',').collect();
    if parts.len() != 3 {
        return Err(format!("expected 3 fields in {line:?}"));
    }
    let amount: u64 = parts[0].trim().parse().map_err(|_| format!("bad amount {:?}", parts[0]))?;
    let category = match parts[1].trim() {
        "food" => Category::Food,
        "rent" => Category::Rent,
        "travel" => Category::Travel,
        other => Category::Other(other.to_string()),
    };
    Ok((amount, category, parts[2].trim().to_string()))
}

fn dollars(cents: u64) -> String {
    format!("${}.{:02}", cents / 100, cents % 100)
}

fn main() {
    let input = "1250, food, lunch with Sam\n90000, rent, March rent\n4300, travel, bus pass\n999, books, a used book\nnot a line\n";
    let mut ledger = Ledger::new();
    for line in input.lines() {
        match parse_line(line) {
            Ok((amount, category, note)) => ledger.add(amount, category, &note),
            Err(e) => println!("skipped: {e}"),
        }
    }
    println!("total: {}", dollars(ledger.total()));
    let mut cats: Vec<_> = ledger.by_category().into_iter().collect();
    cats.sort();
    for (cat, cents) in cats {
        println!("{cat:>12}: {}", dollars(cents));
    }
    if let Some(big) = ledger.largest() {
        println!("largest: {} for {}", dollars(big.amount_cents), big.note);
    }
    println!("matches for 'bus': {}", ledger.find("bus").len());
}
"#;

fn js_tests_20() -> String {
    let mut t = String::new();
    for i in 0..20 {
        t.push_str(&format!("test(\"add #{i}\", () => {{ expect(add({i}, 1)).toBe({}); }});\n", i + 1));
    }
    t
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn time_n(n: usize, mut f: impl FnMut()) -> f64 {
    median(
        (0..n)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect(),
    )
}

fn run_process(cmd: &mut Command) -> bool {
    cmd.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null()).status().map(|s| s.success()).unwrap_or(false)
}

/// One row: our median, the reference median, and their ratio.
pub struct Row {
    pub name: String,
    pub ours_ms: f64,
    /// Zero or more references, each `(what, median ms)`.
    pub references: Vec<(String, f64)>,
}

/// Runs the sandbox benchmark. `exe` is the `stepstone` binary (for the
/// whole-process JS run); `work` is a scratch directory.
pub fn sandbox(sb: &Sandbox, exe: &Path, work: &Path) -> Result<Vec<Row>, String> {
    let opts = RunOptions { limits: Limits::default(), stdin: Vec::new(), ..Default::default() };
    let js = [SourceFile { name: "main.js".into(), text: JS_HELLO.into() }];
    let hello_js = work.join("hello.js");
    std::fs::write(&hello_js, JS_HELLO).map_err(|e| e.to_string())?;
    let node_ok = run_process(Command::new("node").arg(&hello_js));

    // Warm up: compile or load the QuickJS module once.
    let first = sb.run_js(&js, &opts).map_err(|e| e.to_string())?;
    if first.status != RunStatus::Ok {
        return Err(format!("JS hello did not run: {first:?}"));
    }
    let mut rows = Vec::new();
    let in_process = time_n(200, || {
        sb.run_js(&js, &opts).unwrap();
    });
    rows.push(Row { name: "JS hello, in process (warm)".into(), ours_ms: in_process, references: Vec::new() });

    let whole = time_n(20, || {
        run_process(Command::new(exe).arg("run").arg(&hello_js));
    });
    let node = node_ok.then(|| {
        time_n(20, || {
            run_process(Command::new("node").arg(&hello_js));
        })
    });
    rows.push(Row { name: "JS hello, `stepstone run` whole process".into(), ours_ms: whole, references: node.map(|n| ("node hello.js".into(), n)).into_iter().collect() });

    let code = [SourceFile { name: "main.js".into(), text: "function add(a, b) { return a + b; }\n".into() }];
    let tests = SourceFile { name: "tests.js".into(), text: js_tests_20() };
    let r = sb.test_js(&code, &tests, &opts).map_err(|e| e.to_string())?;
    if r.tests.len() != 20 {
        return Err(format!("expected 20 test results, got {}", r.tests.len()));
    }
    let grade = time_n(200, || {
        sb.test_js(&code, &tests, &opts).unwrap();
    });
    rows.push(Row { name: "JS 20-assertion grade, in process (warm)".into(), ours_ms: grade, references: Vec::new() });

    for (label, src, n) in [("Rust hello", RUST_HELLO, 9), ("Rust 100-line program", RUST_100, 5)] {
        let files = [SourceFile { name: "main.rs".into(), text: src.into() }];
        let o = sb.run_rust(&files, &opts).map_err(|e| e.to_string())?;
        if o.status != RunStatus::Ok {
            return Err(format!("{label} did not run: {o:?}"));
        }
        let ours = time_n(n, || {
            sb.run_rust(&files, &opts).unwrap();
        });
        let src_path = work.join("bench.rs");
        let bin = work.join("bench-native");
        std::fs::write(&src_path, src).map_err(|e| e.to_string())?;
        // Two references: the machine's own rustc (rustup's, on PATH) and
        // Debian's rustc-web (the compiler we drive), each compiling natively
        // with default settings, then running the program.
        let mut references = Vec::new();
        for (what, rustc) in [("rustup rustc, native", "rustc"), ("Debian rustc-web, native", "/usr/bin/rustc")] {
            let compile = || run_process(Command::new(rustc).args(["--edition=2021", "-Cdebuginfo=0", "-Copt-level=0", "-o"]).arg(&bin).arg(&src_path));
            if compile() {
                let ms = time_n(n, || {
                    compile();
                    run_process(&mut Command::new(&bin));
                });
                references.push((format!("{what} compile + run"), ms));
            }
        }
        rows.push(Row {
            name: format!("{label}, compile + run (in process)"),
            ours_ms: ours,
            references,
        });
    }
    Ok(rows)
}

/// `stepstone bench store`: attempts committed per second (each its own
/// durable transaction), and the progress query for one learner in a store
/// sized like a school year: 30 learners x 300 exercises x 20 attempts.
/// The bulk of the history is loaded in batches (the timed per-attempt
/// commits are a sample), since 180,000 fsyncs would measure the disk only.
pub fn store(work: &Path) -> Result<Vec<Row>, String> {
    use crate::grading::{GradeReport, GradeStatus};
    use crate::store::Store;
    let err = |e: crate::store::StoreError| e.to_string();
    let mut store = Store::open(&work.join("bench.sqlite3")).map_err(err)?;
    let code = vec![SourceFile { name: "main.js".into(), text: "function add(a, b) { return a + b; }\n".repeat(10) }];
    let report = |pass: bool| GradeReport { version: 2, status: if pass { GradeStatus::Pass } else { GradeStatus::Fail }, message: None, tests: Vec::new(), outcome: None };
    let mut sessions = Vec::new();
    for i in 0..30 {
        let s = store.create_student(&format!("Learner {i}"), "123456").map_err(err)?;
        sessions.push(store.sign_in(&s.id, "123456").map_err(err)?);
    }
    let mut rows = Vec::new();
    let n = 300;
    let t = Instant::now();
    for i in 0..n {
        store.record_attempt(&sessions[i % 30], &format!("ex.{}", i % 300), &code, &report(i % 5 == 0), i as i64, 10).map_err(err)?;
    }
    let per_attempt = t.elapsed().as_secs_f64() * 1000.0 / n as f64;
    rows.push(Row { name: format!("commit one attempt (durable), {:.0}/s", 1000.0 / per_attempt), ours_ms: per_attempt, references: Vec::new() });

    // A PIN check is one argon2id hash: what each guess costs whoever
    // copied a hash, beside one SHA-256 of the same PIN.
    let first = sessions[0].student_id().to_string();
    let pin_ms = time_n(5, || {
        let _ = store.sign_in(&first, "123456");
    });
    let sha_ms = time_n(5, || {
        use sha2::Digest;
        std::hint::black_box(sha2::Sha256::digest(b"123456"));
    });
    rows.push(Row { name: "sign in: one argon2id PIN hash (96 MiB, t=3)".into(), ours_ms: pin_ms, references: vec![("one SHA-256 of the PIN".into(), sha_ms)] });

    let t = Instant::now();
    let mut loaded = 0usize;
    for s in &sessions {
        for ex in 0..300 {
            let items: Vec<_> = (0..20).map(|k| (format!("ex.{ex}"), code.clone(), report(k == 19), (ex * 20 + k) as i64, 1000)).collect();
            loaded += store.record_attempts(s, &items).map_err(err)?.len();
        }
    }
    let per_batch_attempt = t.elapsed().as_secs_f64() * 1000.0 / loaded as f64;
    rows.push(Row { name: format!("attempts in 20-attempt transactions, {:.0}/s", 1000.0 / per_batch_attempt), ours_ms: per_batch_attempt, references: Vec::new() });

    let progress = time_n(21, || {
        let p = store.progress(&sessions[7]).unwrap();
        assert_eq!(p.len(), 300);
    });
    rows.push(Row { name: format!("progress query, 1 learner of {} attempts", loaded + n), ours_ms: progress, references: Vec::new() });
    Ok(rows)
}

/// `stepstone bench bundle`: a school year of sneakernet. 30 terminal
/// learners produce 1,000 bundles; the instructor imports them all, then
/// all again (which must change nothing). Also: exporting the full history
/// of a learner with 300 exercises.
/// `stepstone bench regrade`: the instructor re-grading a facility's year
/// (the 1,000-bundle load, 3,000 attempts spread over the bundled
/// curriculum's graded exercises, each a reference solution or a starter
/// with a comment of its own, so no two are the same code), beside grading
/// the same attempts straight through the grader with no store.
pub fn regrade(work: &Path, sandbox: &Sandbox, curriculum: &crate::curriculum::Curriculum, threads: usize) -> Result<Vec<Row>, String> {
    use crate::curriculum::Kind;
    use crate::grading::{GradeReport, GradeStatus};
    let graded: Vec<&crate::curriculum::Exercise> = curriculum.exercises().filter(|e| e.kind == Kind::Code && e.tests.is_some()).collect();
    if graded.is_empty() {
        return Err("the curriculum has no graded exercises".into());
    }
    let mut sources = Vec::new();
    for ex in &graded {
        sources.push((ex.id.clone(), ex.solution().map_err(|e| e.to_string())?, true));
        sources.push((ex.id.clone(), ex.starter().map_err(|e| e.to_string())?, false));
    }
    let claim = |pass: bool| GradeReport { version: 2, status: if pass { GradeStatus::Pass } else { GradeStatus::Fail }, message: None, tests: Vec::new(), outcome: None };
    let pick = |t: usize, day: usize, k: usize| {
        let n = (t * 300 + day * 3 + k) % sources.len();
        let (id, files, pass) = &sources[n];
        let mut files = files.clone();
        // A comment of its own: every attempt is different code.
        let name = files[0].name.clone();
        let comment = if name.ends_with(".html") {
            format!("\n<!-- {t}-{day}-{k} -->\n")
        } else if name.ends_with(".css") {
            format!("\n/* {t}-{day}-{k} */\n")
        } else {
            format!("\n// {t}-{day}-{k}\n")
        };
        files[0].text.push_str(&comment);
        (id.clone(), files, claim(*pass))
    };
    let year = school_year(work, pick)?;
    let mut inst = year.inst;
    let mut attempts = 0;
    for f in &year.files {
        crate::bundle::import(&mut inst, &year.inst_id, f).map_err(|e| e.to_string())?;
        attempts += 3;
    }
    let rust = (0..10).flat_map(|t| (0..100).flat_map(move |d| (0..3).map(move |k| (t, d, k)))).filter(|&(t, d, k)| pick(t, d, k).1[0].name.ends_with(".rs")).count();
    let store = std::sync::Mutex::new(inst);
    let t = Instant::now();
    let summary = crate::regrade::catch_up(&store, curriculum, sandbox, threads, |_, _| {}).map_err(|e| e.to_string())?;
    let regrade_ms = t.elapsed().as_secs_f64() * 1000.0;
    // The same attempts, straight through the grader, same threads.
    let all: Vec<_> = (0..10).flat_map(|t| (0..100).flat_map(move |d| (0..3).map(move |k| (t, d, k)))).collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let t = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads.max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(&(t, d, k)) = all.get(i) else { break };
                let (id, files, _) = pick(t, d, k);
                if let Some(ex) = curriculum.by_id(&id) {
                    let _ = crate::grading::files_for(ex, files).map(|f| crate::grading::grade(sandbox, ex, &f));
                }
            });
        }
    });
    let direct_ms = t.elapsed().as_secs_f64() * 1000.0;
    Ok(vec![Row {
        name: format!("re-grade {attempts} attempts ({rust} Rust), {} disagree, {threads} threads, total", summary.disagreements.len()),
        ours_ms: regrade_ms,
        references: vec![("grading them with no store, total".into(), direct_ms)],
    }])
}

/// A facility's school year on a stick: an instructor and 10 terminals of
/// 3 learners, each terminal saving 100 times (1,000 bundles), every save
/// carrying the 3 attempts `attempt(terminal, day, k)` makes.
struct Year {
    inst: crate::store::Store,
    inst_id: crate::bundle::DeviceIdentity,
    files: Vec<std::path::PathBuf>,
}

fn school_year(work: &Path, attempt: impl Fn(usize, usize, usize) -> (String, Vec<SourceFile>, crate::grading::GradeReport)) -> Result<Year, String> {
    use crate::bundle::{self, DeviceIdentity, Role};
    use crate::store::Store;
    let err = |e: crate::store::StoreError| e.to_string();
    let berr = |e: crate::bundle::BundleError| e.to_string();
    let bundles_dir = work.join("stick");
    std::fs::create_dir_all(&bundles_dir).map_err(|e| e.to_string())?;
    let mut enrollments = Vec::new();
    let mut files = Vec::new();
    // The instructor first: terminals encrypt their bundles to its key.
    let inst_dir = work.join("instructor");
    let mut inst = Store::open(&inst_dir.join("p.sqlite3")).map_err(err)?;
    let inst_id = DeviceIdentity::provision(&inst_dir, Role::Instructor, "bench", inst.device_id()).map_err(|e| e.to_string())?;
    let inst_enrollment = inst_dir.join("instructor.json");
    std::fs::write(&inst_enrollment, serde_json::to_vec(&inst_id.enrollment()).map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
    let inst_key = bundle::keys::read_enrollment(&inst_enrollment).map_err(|e| e.to_string())?;
    for t in 0..10 {
        let dir = work.join(format!("t{t}"));
        let mut store = Store::open(&dir.join("p.sqlite3")).map_err(err)?;
        let id = DeviceIdentity::provision(&dir, Role::Terminal, "bench", store.device_id()).map_err(|e| e.to_string())?;
        store.trust_key(&inst_key).map_err(err)?;
        enrollments.push(id.enrollment());
        let mut sessions = Vec::new();
        for l in 0..3 {
            let s = store.create_student(&format!("T{t}L{l}"), "123456").map_err(err)?;
            sessions.push(store.sign_in(&s.id, "123456").map_err(err)?);
        }
        for day in 0..100 {
            let items: Vec<_> = (0..3)
                .map(|k| {
                    let (ex, code, report) = attempt(t, day, k);
                    (ex, code, report, day as i64, 1000)
                })
                .collect();
            store.record_attempts(&sessions[day % 3], &items).map_err(err)?;
            let out = bundles_dir.join(format!("t{t}-{day:03}.zip"));
            bundle::export(&mut store, &id, &out, false).map_err(berr)?;
            files.push(out);
        }
    }
    for e in &enrollments {
        let path = work.join("enroll.json");
        std::fs::write(&path, serde_json::to_vec(e).map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
        inst.trust_key(&bundle::keys::read_enrollment(&path).map_err(|e| e.to_string())?).map_err(err)?;
    }
    Ok(Year { inst, inst_id, files })
}

pub fn bundles(work: &Path) -> Result<Vec<Row>, String> {
    use crate::bundle::{self, DeviceIdentity, Role};
    use crate::grading::{GradeReport, GradeStatus};
    use crate::store::Store;
    let err = |e: crate::store::StoreError| e.to_string();
    let berr = |e: crate::bundle::BundleError| e.to_string();
    let report = GradeReport { version: 2, status: GradeStatus::Fail, message: None, tests: Vec::new(), outcome: None };
    let code = vec![SourceFile { name: "main.js".into(), text: "function f() { return 1; }\n".repeat(5) }];
    let Year { mut inst, inst_id, files } = school_year(work, |_, day, k| (format!("ex.{}", (day * 3 + k) % 300), code.clone(), report.clone()))?;
    let inst_key = bundle::keys::read_enrollment(&work.join("instructor/instructor.json")).map_err(|e| e.to_string())?;
    let t = Instant::now();
    let mut new_events = 0;
    for f in &files {
        new_events += bundle::import(&mut inst, &inst_id, f).map_err(berr)?.new_events;
    }
    let first = t.elapsed().as_secs_f64() * 1000.0;
    let t = Instant::now();
    for f in &files {
        if bundle::import(&mut inst, &inst_id, f).map_err(berr)?.new_events != 0 {
            return Err("re-import changed something".into());
        }
    }
    let again = t.elapsed().as_secs_f64() * 1000.0;
    let mut rows = vec![
        Row { name: format!("import {} bundles ({} events), total", files.len(), new_events), ours_ms: first, references: Vec::new() },
        Row { name: format!("import the same {} bundles again (no change), total", files.len()), ours_ms: again, references: Vec::new() },
    ];

    // One learner with 300 exercises of history (20 attempts each).
    let dir = work.join("big");
    let mut store = Store::open(&dir.join("p.sqlite3")).map_err(err)?;
    let id = DeviceIdentity::provision(&dir, Role::Terminal, "bench", store.device_id()).map_err(|e| e.to_string())?;
    store.trust_key(&inst_key).map_err(err)?;
    let s = store.create_student("Big History", "123456").map_err(err)?;
    let s = store.sign_in(&s.id, "123456").map_err(err)?;
    for ex in 0..300 {
        let items: Vec<_> = (0..20).map(|k| (format!("ex.{ex}"), code.clone(), report.clone(), k as i64, 1000)).collect();
        store.record_attempts(&s, &items).map_err(err)?;
    }
    let mut n = 0;
    let ms = time_n(5, || {
        n += 1;
        bundle::export(&mut store, &id, &work.join(format!("full-{n}.zip")), true).unwrap();
    });
    rows.push(Row { name: "full export, 1 learner x 300 exercises x 20 attempts".into(), ours_ms: ms, references: Vec::new() });
    Ok(rows)
}

/// `stepstone bench sql`: a warm in-process grade of a bundled SQL
/// exercise's solution (every check, on the dataset and its variant),
/// beside the same statements run by native SQLite in this process; and
/// `stepstone run x.sql` as a whole process beside Debian's `sqlite3`
/// running the same file (the dataset, then the query).
pub fn sql(sb: &Sandbox, exe: &Path, curriculum: &crate::curriculum::Curriculum, exercise_id: &str, work: &Path) -> Result<Vec<Row>, String> {
    let ex = curriculum.by_id(exercise_id).ok_or_else(|| format!("no exercise {exercise_id} in the curriculum"))?;
    let files = ex.solution().map_err(|e| e.to_string())?;
    let first = crate::grading::grade(sb, ex, &files).map_err(|e| e.to_string())?;
    if !first.passed() {
        return Err(format!("the solution of {exercise_id} does not pass: {first:?}"));
    }
    let mut rows = Vec::new();
    let grade = time_n(50, || {
        crate::grading::grade(sb, ex, &files).unwrap();
    });
    // The reference: the same work natively, each check's reference and
    // the solution on fresh in-memory databases of both data sets.
    let loaded = crate::grading::sql::load(ex).map_err(|e| e.to_string())?;
    let query = files[0].text.clone();
    let native = time_n(50, || {
        for seed in std::iter::once(&loaded.seed).chain(loaded.variant.as_ref()) {
            for c in &loaded.checks {
                for sql in [&c.reference, &query] {
                    let db = rusqlite::Connection::open_in_memory().unwrap();
                    db.execute_batch(seed).unwrap();
                    // One statement that returns rows is read row by row;
                    // several (a state check's reference) run as a batch.
                    match db.prepare(sql.trim().trim_end_matches(';')) {
                        Ok(mut st) => {
                            let n = st.column_count();
                            let mut rows = st.query([]).unwrap();
                            while let Some(r) = rows.next().unwrap() {
                                for i in 0..n {
                                    let _ = r.get_ref(i).unwrap();
                                }
                            }
                        }
                        Err(_) => db.execute_batch(sql).unwrap(),
                    }
                    if let Some(q) = &c.query {
                        let mut st = db.prepare(q.trim().trim_end_matches(';')).unwrap();
                        let mut rows = st.query([]).unwrap();
                        while rows.next().unwrap().is_some() {}
                    }
                }
            }
        }
    });
    rows.push(Row {
        name: format!("SQL grade of {exercise_id}, in process (warm)"),
        ours_ms: grade,
        references: vec![("native SQLite, same statements".into(), native)],
    });

    let file = work.join("x.sql");
    std::fs::write(&file, format!("{}\n{query}", loaded.seed)).map_err(|e| e.to_string())?;
    let ok = sb.run_sql(&SourceFile { name: "x.sql".into(), text: format!("{}\n{query}", loaded.seed) }, "", &RunOptions::default()).map_err(|e| e.to_string())?;
    if ok.status != RunStatus::Ok {
        return Err(format!("x.sql did not run: {}", ok.stderr));
    }
    let whole = time_n(20, || {
        run_process(Command::new(exe).arg("run").arg(&file));
    });
    let mut references = Vec::new();
    if run_process(Command::new("sqlite3").arg("-bail").arg(":memory:").arg(format!(".read {}", file.display()))) {
        references.push((
            "Debian sqlite3 :memory: \".read x.sql\"".into(),
            time_n(20, || {
                run_process(Command::new("sqlite3").arg("-bail").arg(":memory:").arg(format!(".read {}", file.display())));
            }),
        ));
    }
    rows.push(Row { name: "`stepstone run x.sql` whole process".into(), ours_ms: whole, references });
    Ok(rows)
}

/// Web exercises: a warm grade of a DOM exercise (a fresh page per test)
/// beside a plain JavaScript exercise's grade, and one live-preview request
/// answered by a learner's Express server beside an empty JavaScript run
/// (the instance floor).
pub fn web(sb: &Sandbox, curriculum: &crate::curriculum::Curriculum, page_exercise: &str, server_exercise: &str, path: &str) -> Result<Vec<Row>, String> {
    let find = |id: &str| curriculum.by_id(id).ok_or_else(|| format!("no exercise {id} in the curriculum"));
    let warm = |id: &str| -> Result<(&crate::curriculum::Exercise, Vec<SourceFile>), String> {
        let ex = find(id)?;
        let files = ex.solution().map_err(|e| e.to_string())?;
        let first = crate::grading::grade(sb, ex, &files).map_err(|e| e.to_string())?;
        if !first.passed() {
            return Err(format!("the solution of {id} does not pass: {first:?}"));
        }
        Ok((ex, files))
    };
    let (page, page_files) = warm(page_exercise)?;
    let (js, js_files) = warm("js.functions.greet")?;
    let tests = page.tests_text().map_err(|e| e.to_string())?.unwrap_or_default().matches("\ntest(").count() + 1;
    let grade = time_n(20, || {
        crate::grading::grade(sb, page, &page_files).unwrap();
    });
    let plain = time_n(20, || {
        crate::grading::grade(sb, js, &js_files).unwrap();
    });
    let mut rows = vec![Row {
        name: format!("web grade of {page_exercise} ({tests} tests, a page each), warm"),
        ours_ms: grade,
        references: vec![("JS grade of js.functions.greet, same run".into(), plain)],
    }];
    let server = find(server_exercise)?;
    let files = server.solution().map_err(|e| e.to_string())?;
    let setup = server.web_setup().map_err(|e| e.to_string())?;
    let request = crate::sandbox::web::WebRequest { method: "GET".into(), path: path.into(), ..Default::default() };
    let opts = RunOptions { limits: server.limits, ..Default::default() };
    let (first, _) = sb.web_request(&files, &setup, &[], &request, &opts).map_err(|e| e.to_string())?;
    if first.status != 200 {
        return Err(format!("GET {path} of {server_exercise} answered {}: {}", first.status, first.body));
    }
    let answered = time_n(20, || {
        sb.web_request(&files, &setup, &[], &request, &opts).unwrap();
    });
    let empty = SourceFile { name: "main.js".into(), text: String::new() };
    let floor = time_n(20, || {
        sb.run_js(std::slice::from_ref(&empty), &RunOptions::default()).unwrap();
    });
    rows.push(Row {
        name: format!("preview request GET {path}, answered by {server_exercise}'s server"),
        ours_ms: answered,
        references: vec![("an empty JS run (the instance floor)".into(), floor)],
    });
    Ok(rows)
}
