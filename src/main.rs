//! The `stepstone` command line: a thin front end over the core library.
//!
//! Each subcommand parses its arguments, calls one core function and prints
//! the result (as text, or JSON with `--json`). Exit codes: 0 when a verdict
//! or report was produced, 1 when it could not be (a missing toolchain, an
//! unreadable file), 2 for a usage error.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use stepstone::sandbox::text::inert_str;
use clap::{Parser, Subcommand, ValueEnum};
use stepstone::config::{Limits, Paths};
use stepstone::grading;
use stepstone::sandbox::{Language, RunOptions, RunOutcome, RunStatus, Sandbox, SourceFile, TestStatus};

// The instructor's side of the command line: review, re-grading, and the
// instructor's USB watch.
#[path = "cli/bench.rs"]
mod bench;
#[path = "cli/facility.rs"]
mod facility;
#[path = "cli/review.rs"]
mod review;
use bench::BenchCommand;
use review::{regrade, ReviewCommand};

#[derive(Parser)]
#[command(name = "stepstone", version, about = "Stepstone: an offline coding workstation for learners")]
struct Cli {
    /// Where Stepstone keeps its data (progress, caches, keys).
    #[arg(long, global = true, env = "STEPSTONE_DATA_DIR", value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// The curriculum folder to teach from.
    #[arg(long, global = true, env = "STEPSTONE_CURRICULUM", value_name = "DIR")]
    curriculum: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Report which toolchains and folders are found or missing.
    Doctor {
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Run a JavaScript, Rust or SQL file in the sandbox and show the verdict.
    Run {
        /// The program to run.
        file: PathBuf,
        /// The language (default: from the file extension).
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// A file to feed to the program's standard input.
        #[arg(long, value_name = "FILE")]
        stdin: Option<PathBuf>,
        /// SQL: a file of SQL (schema and data) loaded into the in-memory
        /// database first.
        #[arg(long, value_name = "FILE")]
        db: Option<PathBuf>,
        /// Print the verdict as one JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Grade files against an exercise's tests (Exercism results v2 JSON).
    Grade {
        /// An exercise id, or the path of an exercise folder.
        exercise: String,
        /// A file that replaces the starter file with the same name.
        #[arg(long = "file", value_name = "PATH")]
        files: Vec<PathBuf>,
        /// Print the results as JSON.
        #[arg(long)]
        json: bool,
        /// Record the attempt for this learner (PIN on stdin).
        #[arg(long)]
        student: Option<String>,
    },
    /// Learner profiles on this terminal.
    Student {
        #[command(subcommand)]
        command: StudentCommand,
    },
    /// A learner's progress per exercise (asks for their PIN on stdin).
    Progress {
        /// The learner's id (see `stepstone student list`).
        #[arg(long)]
        student: String,
        /// Print as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print the schema of a store file (read-only), or with no file the
    /// newest schema this build opens (the .deb's preinst uses it).
    #[command(hide = true)]
    StoreSchema { file: Option<PathBuf> },
    /// Append attempts in a loop, printing each committed id (used by the
    /// crash-durability tests: they kill this process mid-write).
    #[command(hide = true)]
    WriteLoad {
        #[arg(long)]
        student: String,
        #[arg(long, default_value_t = 1000)]
        count: u32,
    },
    /// Set up this machine: its role, facility and Ed25519 device key, by
    /// hand (--role, --facility) or from IT's facility kit (--from).
    Provision {
        #[arg(long, value_enum, required_unless_present = "from", conflicts_with = "from")]
        role: Option<stepstone::bundle::Role>,
        #[arg(long, required_unless_present = "from", conflicts_with = "from")]
        facility: Option<String>,
        /// The facility kit (facility.json) from `stepstone facility-kit`:
        /// provisions a terminal non-interactively and prints its enrollment.
        #[arg(long, value_name = "FILE", conflicts_with = "trust")]
        from: Option<PathBuf>,
        /// The instructor's enrollment file, to trust in the same step
        #[arg(long, value_name = "FILE")]
        trust: Option<PathBuf>,
        /// The instructor key's fingerprint, as the instructor machine
        /// printed it (asked for on the terminal when not given).
        #[arg(long, value_name = "KEY_ID", requires = "trust")]
        expect_key_id: Option<String>,
    },
    /// On the instructor's machine: write the facility kit (facility.json)
    /// for IT's stick, which provisions terminals.
    FacilityKit {
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The policy terminals take (default: this machine's policy.json).
        #[arg(long, value_name = "FILE")]
        policy: Option<PathBuf>,
    },
    /// Write an encrypted, signed backup of this machine's data (the
    /// passphrase is read from the first line of stdin).
    Backup {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Restore a backup made by `stepstone backup` (stop the app first; the
    /// passphrase is read from the first line of stdin).
    Restore {
        file: PathBuf,
        /// The highest event number of this terminal the instructor's
        /// machine holds, if known: the log resumes past it.
        #[arg(long, value_name = "SEQ")]
        instructor_saw: Option<i64>,
    },
    /// Write this machine's enrollment file (its public key) for the other side.
    Enrollment {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Trust a device: import its enrollment file once its fingerprint is
    /// confirmed.
    Enroll {
        file: PathBuf,
        /// The fingerprint the other machine printed when it was
        /// provisioned; without it, the fingerprint is shown and must be
        /// typed back.
        #[arg(long, value_name = "KEY_ID")]
        expect_key_id: Option<String>,
    },
    /// Signed progress bundles for USB sticks.
    Bundle {
        #[command(subcommand)]
        command: BundleCommand,
    },
    /// The instructor's review of imported attempts, and feedback on them.
    Review {
        #[command(subcommand)]
        command: ReviewCommand,
    },
    /// Print benchmark medians (not a test; see BENCHMARKS.md).
    Bench {
        #[command(subcommand)]
        command: BenchCommand,
    },
    /// Work with curriculum folders.
    Curriculum {
        #[command(subcommand)]
        command: CurriculumCommand,
    },
}

#[derive(Subcommand)]
enum CurriculumCommand {
    /// Validate a curriculum: manifests, then every solution (must pass)
    /// and starter (must fail), in parallel.
    Check {
        /// The curriculum folder (default: the bundled one).
        dir: Option<PathBuf>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// Check only the exercises whose id starts with this.
        #[arg(long, default_value = "")]
        only: String,
        /// Print what a learner reads for this exercise's starter and each
        /// wrong answer (every test's verdict and message), to proof-read.
        #[arg(long, value_name = "ID")]
        explain: Option<String>,
    },
}

#[derive(Subcommand)]
enum StudentCommand {
    /// Create a profile; the PIN is read from the first line of stdin.
    Add {
        /// The name shown in the profile picker.
        name: String,
    },
    /// List the profiles (names and ids only).
    List {
        #[arg(long)]
        json: bool,
    },
    /// An instructor's unlock of a profile locked by wrong PINs.
    Unlock {
        /// The learner's id (see `student list`).
        id: String,
    },
}

#[derive(Subcommand)]
enum BundleCommand {
    /// Write a bundle: this device's new progress events (all with --full),
    /// or, on an instructor machine, the roster, feedback or a curriculum pack.
    Export {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Progress: every event, not only those since the last export.
        #[arg(long)]
        full: bool,
        #[arg(long, value_enum, default_value = "progress")]
        kind: stepstone::bundle::Kind,
        /// For --kind curriculum-pack: the track folder (holding track.toml).
        #[arg(long, value_name = "DIR")]
        pack: Option<PathBuf>,
    },
    /// Check bundles completely, then apply each in one transaction.
    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Check a bundle without applying it.
    Verify {
        file: PathBuf,
    },
    /// Watch a folder (a mounted USB stick) and import bundles as they
    /// appear. Files there are only read. Runs until interrupted.
    Watch {
        /// The folder to watch; by default `usb_folder` from policy.json
        /// (`/media/usb` unless configured).
        dir: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Lang {
    Js,
    Rust,
    Sql,
}

fn main() -> ExitCode {
    // Must come first: this process may only be here to confine rustc.
    stepstone::sandbox::confine::enter_if_requested();
    stepstone::config::private_umask();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand) {
                let _ = e.print();
                return if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand { ExitCode::from(2) } else { ExitCode::SUCCESS };
            }
            let text = e.render().to_string();
            let first = text.lines().next().unwrap_or("invalid arguments").trim_start_matches("error: ");
            eprintln!("stepstone: {first} (see `stepstone --help`)");
            return ExitCode::from(2);
        }
    };
    let paths = Paths::new(cli.data_dir, cli.curriculum);
    match run(cli.command, &paths) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("stepstone: {msg}");
            ExitCode::from(1)
        }
    }
}

fn run(command: Command, paths: &Paths) -> Result<ExitCode, String> {
    match command {
        Command::Doctor { json } => {
            let report = stepstone::doctor::run(paths);
            if json {
                println!("{}", serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?);
            } else {
                println!("Stepstone {}", report.version);
                for c in &report.checks {
                    println!("  [{}] {:<42} {}", if c.found { "found" } else { "MISSING" }, c.name, c.detail);
                }
                println!("  data directory:   {}", report.data_dir);
                println!("  curriculum:       {}", report.curriculum_dir);
            }
            Ok(if report.all_found { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
        Command::Run { file, lang, stdin, db, json } => {
            let language = match lang {
                Some(Lang::Js) => Language::Js,
                Some(Lang::Rust) => Language::Rust,
                Some(Lang::Sql) => Language::Sql,
                None => file
                    .extension()
                    .and_then(|e| e.to_str())
                    .and_then(Language::from_extension)
                    .ok_or_else(|| format!("cannot tell the language of {}: pass --lang js, rust or sql", file.display()))?,
            };
            let text = std::fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            let stdin = match stdin {
                Some(p) => std::fs::read(&p).map_err(|e| format!("cannot read {}: {e}", p.display()))?,
                None => Vec::new(),
            };
            let sandbox = Sandbox::new(Some(paths.cache_dir.clone())).map_err(|e| e.to_string())?;
            let opts = RunOptions { limits: Limits::default(), stdin, ..Default::default() };
            let name = match language {
                Language::Js => "main.js",
                Language::Rust => "main.rs",
                Language::Sql => "query.sql",
            };
            if db.is_some() && language != Language::Sql {
                return Err("--db is for SQL files".into());
            }
            let seed = match &db {
                Some(p) => std::fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()))?,
                None => String::new(),
            };
            let files = [SourceFile { name: name.into(), text }];
            let outcome = match language {
                Language::Js => sandbox.run_js(&files, &opts),
                Language::Rust => sandbox.run_rust(&files, &opts),
                Language::Sql => sandbox.run_sql(&files[0], &seed, &opts),
            }
            .map_err(|e| match (e, &db) {
                (stepstone::sandbox::SandboxError::Tests { message, .. }, Some(p)) => format!("{} could not be loaded: {message}", p.display()),
                (e, _) => e.to_string(),
            })?;
            print_outcome(&outcome, json);
            Ok(ExitCode::SUCCESS)
        }
        Command::Student { command: StudentCommand::Add { name } } => {
            let pin = read_pin()?;
            let mut store = open_store(paths)?;
            let student = store.create_student(&name, &pin).map_err(|e| e.to_string())?;
            println!("{}", student.id);
            Ok(ExitCode::SUCCESS)
        }
        Command::Student { command: StudentCommand::Unlock { id } } => {
            let mut store = open_store(paths)?;
            store.unlock_student(&id).map_err(|e| e.to_string())?;
            println!("unlocked {id}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Student { command: StudentCommand::List { json } } => {
            let store = open_store(paths)?;
            let students = store.list_students().map_err(|e| e.to_string())?;
            if json {
                println!("{}", serde_json::to_string_pretty(&students).map_err(|e| e.to_string())?);
            } else {
                for s in students {
                    println!("{}  {}", s.id, inert_str(&s.display_name));
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Progress { student, json } => {
            let pin = read_pin()?;
            let mut store = open_store(paths)?;
            let session = store.sign_in(&student, &pin).map_err(|e| e.to_string())?;
            let progress = store.progress(&session).map_err(|e| e.to_string())?;
            if json {
                println!("{}", serde_json::to_string_pretty(&progress).map_err(|e| e.to_string())?);
            } else {
                for p in progress {
                    println!("{:<40} {:?} ({} attempts, {} s on task)", p.exercise_id, p.state, p.attempts, p.time_on_task_ms / 1000);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::WriteLoad { student, count } => {
            let pin = read_pin()?;
            let mut store = open_store(paths)?;
            let session = store.sign_in(&student, &pin).map_err(|e| e.to_string())?;
            let report = grading::GradeReport { version: 2, status: grading::GradeStatus::Fail, message: None, tests: Vec::new(), outcome: None };
            let code = [SourceFile { name: "main.js".into(), text: "x".repeat(2000) }];
            let mut out = std::io::stdout().lock();
            for i in 0..count {
                let a = store.record_attempt(&session, &format!("load.{}", i % 7), &code, &report, stepstone::store::now_ms(), 10).map_err(|e| e.to_string())?;
                // Printed only after the commit returned: what the parent
                // sees here must survive a SIGKILL.
                writeln!(out, "{}", a.id).map_err(|e| e.to_string())?;
                out.flush().map_err(|e| e.to_string())?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Grade { exercise, files, json, student } => {
            let curriculum = load_curriculum_for(&exercise, paths)?;
            let ex = curriculum.find(&exercise).map_err(|e| e.to_string())?;
            let replacements = files
                .iter()
                .map(|p| {
                    let name = p.file_name().and_then(|n| n.to_str()).ok_or_else(|| format!("bad file name {}", p.display()))?;
                    let text = std::fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
                    Ok(SourceFile { name: name.to_string(), text })
                })
                .collect::<Result<Vec<_>, String>>()?;
            let files = grading::files_for(ex, replacements).map_err(|e| e.to_string())?;
            let sandbox = Sandbox::new(Some(paths.cache_dir.clone())).map_err(|e| e.to_string())?;
            // Sign in before grading, so a wrong PIN costs no grading time.
            let signed_in = match &student {
                Some(id) => {
                    let pin = read_pin()?;
                    let mut store = open_store(paths)?;
                    let session = store.sign_in(id, &pin).map_err(|e| e.to_string())?;
                    Some((store, session))
                }
                None => None,
            };
            let started = stepstone::store::now_ms();
            let clock = std::time::Instant::now();
            let report = grading::grade(&sandbox, ex, &files).map_err(|e| e.to_string())?;
            if let Some((mut store, session)) = signed_in {
                let ms = clock.elapsed().as_millis() as i64;
                store.record_attempt(&session, &ex.id, &files, &report, started, ms).map_err(|e| e.to_string())?;
            }
            if json {
                println!("{}", serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?);
            } else {
                print_grade(&report);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Provision { from: Some(kit), expect_key_id, .. } => facility::provision_from_kit(paths, kit, expect_key_id),
        Command::Provision { role, facility, trust, expect_key_id, .. } => facility::provision(paths, role, facility, trust, expect_key_id),
        Command::StoreSchema { file } => facility::store_schema(file),
        Command::FacilityKit { out, policy } => facility::facility_kit(paths, out, policy),
        Command::Backup { out } => facility::backup(paths, out),
        Command::Restore { file, instructor_saw } => facility::restore(paths, file, instructor_saw),
        Command::Enrollment { out } => {
            let id = stepstone::bundle::DeviceIdentity::load(&paths.data_dir).map_err(|e| e.to_string())?;
            let json = serde_json::to_vec_pretty(&id.enrollment()).map_err(|e| e.to_string())?;
            std::fs::write(&out, json).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
            println!("{}", out.display());
            println!("key fingerprint: {}  (whoever enrolls this file checks it against this)", stepstone::bundle::keys::fingerprint(&id.key_id()));
            Ok(ExitCode::SUCCESS)
        }
        Command::Enroll { file, expect_key_id } => {
            let mut store = open_store(paths)?;
            let expected = match expect_key_id {
                Some(k) => k,
                None => ask_fingerprint(&stepstone::bundle::offered_key(&paths.data_dir, &file).map_err(|e| e.to_string())?)?,
            };
            let key = stepstone::bundle::enroll(&paths.data_dir, &mut store, &file, &expected).map_err(|e| e.to_string())?;
            println!("enrolled device {} ({}, key {})", key.device_id, key.role, stepstone::bundle::keys::fingerprint(&key.key_id));
            Ok(ExitCode::SUCCESS)
        }
        Command::Bundle { command: BundleCommand::Export { out, full, kind, pack } } => {
            use stepstone::bundle::Kind;
            let id = stepstone::bundle::DeviceIdentity::load(&paths.data_dir).map_err(|e| e.to_string())?;
            let mut store = open_store(paths)?;
            if kind == Kind::Progress {
                let r = stepstone::bundle::export(&mut store, &id, &out, full).map_err(|e| e.to_string())?;
                println!("wrote {} events ({}..={}) to {}", r.events, r.seq_from, r.seq_to, r.path);
            } else {
                let r = stepstone::bundle::export_instructor(&mut store, &id, kind, pack.as_deref(), &out).map_err(|e| e.to_string())?;
                let what = match kind {
                    Kind::Roster => "learners",
                    Kind::Feedback => "notes",
                    _ => "files",
                };
                println!("wrote {} {what} to {}", r.events, r.path);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Bundle { command: BundleCommand::Import { files } } => {
            let mut store = open_store(paths)?;
            let me = stepstone::bundle::DeviceIdentity::load(&paths.data_dir).map_err(|e| e.to_string())?;
            let mut failed = 0;
            for f in &files {
                match stepstone::bundle::import(&mut store, &me, f) {
                    Ok(r) => println!("{}: {}", f.display(), describe_import(&r)),
                    Err(e) => {
                        failed += 1;
                        eprintln!("{}: rejected: {e}", f.display());
                    }
                }
            }
            // Everything is imported and committed; the instructor's own
            // verdicts follow.
            if me.role == stepstone::bundle::Role::Instructor {
                regrade(paths, store)?;
            }
            Ok(if failed == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
        Command::Bundle { command: BundleCommand::Verify { file } } => {
            let store = open_store(paths)?;
            let bytes = stepstone::bundle::read_file(&file).map_err(|e| format!("{}: rejected: {e}", file.display()))?;
            let me = stepstone::bundle::DeviceIdentity::load(&paths.data_dir).map_err(|e| e.to_string())?;
            let v = stepstone::bundle::verify(&store, &me, &bytes).map_err(|e| format!("{}: rejected: {e}", file.display()))?;
            println!("{}: valid {:?} bundle {} from device {} with {} items", file.display(), v.manifest.kind, v.manifest.bundle_id, v.manifest.device_id, v.items());
            Ok(ExitCode::SUCCESS)
        }
        Command::Bundle { command: BundleCommand::Watch { dir } } => {
            let dir = match dir {
                Some(d) => d,
                None => PathBuf::from(stepstone::workstation::Policy::load(&paths.data_dir).map_err(|e| e.to_string())?.usb_folder),
            };
            let mut store = open_store(paths)?;
            // Never sent: the watch runs until the process is interrupted.
            let (_keep, stop) = std::sync::mpsc::channel::<()>();
            if dir.is_dir() {
                println!("watching {} for bundles", dir.display());
            } else {
                println!("watching {} for bundles (not there yet: waiting for a stick to be mounted there)", dir.display());
            }
            let me = stepstone::bundle::DeviceIdentity::load(&paths.data_dir).map_err(|e| e.to_string())?;
            if me.role != stepstone::bundle::Role::Instructor {
                stepstone::bundle::inbox::watch(&mut store, &me, &dir, stop, |ev| match ev.result {
                    Ok(r) => println!("{}: {}", ev.path.display(), describe_import(&r)),
                    Err(e) => println!("{}: rejected: {e}", ev.path.display()),
                })
                .map_err(|e| e.to_string())?;
                return Ok(ExitCode::SUCCESS);
            }
            review::watch_and_regrade(paths, store, &me, &dir, stop)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Review { command } => review::review(paths, command),
        Command::Bench { command } => bench::bench(paths, command),
        Command::Curriculum { command: CurriculumCommand::Check { dir, json, only, explain } } => {
            let root = dir.unwrap_or_else(|| paths.curriculum_dir.clone());
            let sandbox = Sandbox::new(Some(paths.cache_dir.clone())).map_err(|e| e.to_string())?;
            if let Some(id) = explain {
                print!("{}", stepstone::curriculum::check::explain(&sandbox, &root, &id).map_err(|e| e.to_string())?);
                return Ok(ExitCode::SUCCESS);
            }
            let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
            let report = stepstone::curriculum::check::check(&sandbox, &root, threads, &only).map_err(|e| e.to_string())?;
            if json {
                println!("{}", serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?);
            } else {
                for p in &report.manifest_problems {
                    println!("problem: {p}");
                }
                for e in &report.exercises {
                    println!("{} {:<56} {:>6} ms", if e.ok { "ok  " } else { "FAIL" }, e.id, e.ms);
                    for p in &e.problems {
                        for (i, l) in p.lines().enumerate() {
                            println!("       {}{l}", if i == 0 { "- " } else { "  " });
                        }
                    }
                }
                println!("{} exercise(s) ok, {} with problems ({})", report.passed, report.failed, report.root);
            }
            Ok(if report.ok() { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
    }
}

fn describe_import(r: &stepstone::bundle::ImportReport) -> String {
    use stepstone::bundle::Kind;
    let what = match r.kind {
        Kind::Progress => "new events",
        Kind::Roster => "new learners",
        Kind::Feedback => "new notes",
        Kind::CurriculumPack => "newer curriculum packs",
        Kind::Policy => "new class settings",
    };
    let mut line = format!("imported {} {what} from device {}", r.new_events, r.device_id);
    if !r.missing.is_empty() {
        let runs: Vec<String> = r.missing.iter().map(|(a, b)| if a == b { a.to_string() } else { format!("{a}-{b}") }).collect();
        line += &format!("; its events {} have not arrived yet (a stick not brought in, or learners there who have not saved since)", runs.join(", "));
    }
    line
}

fn open_store(paths: &Paths) -> Result<stepstone::store::Store, String> {
    stepstone::store::Store::open(&paths.data_dir.join("progress.sqlite3")).map_err(|e| e.to_string())
}

/// Says whose key an enrollment file offers and reads, from a person at
/// the terminal, the fingerprint the other machine printed. Without a
/// terminal (a script), `--expect-key-id` is required instead: a script
/// that enrolled whatever it found would make the check pointless.
fn ask_fingerprint(key: &stepstone::store::TrustedKey) -> Result<String, String> {
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() {
        return Err("give --expect-key-id with the fingerprint the other machine printed when it was provisioned".into());
    }
    // The file's own fingerprint is not shown: the person must read it off
    // the other machine, or the check proves nothing.
    println!("This file offers the key of {} {} in facility {}.", key.role, inert_str(&key.device_id), inert_str(&key.facility));
    println!("Type the key fingerprint that machine shows (`stepstone enrollment` or `provision` printed it there):");
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).map_err(|e| format!("could not read the fingerprint: {e}"))?;
    Ok(line.trim().to_string())
}

/// A secret from the first line of stdin, never from an argument.
fn read_line_secret(what: &str) -> Result<String, String> {
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).map_err(|e| format!("could not read the {what}: {e}"))?;
    let secret = line.trim_end_matches(['\n', '\r']).to_string();
    if secret.is_empty() {
        return Err(format!("type the {what} on standard input"));
    }
    Ok(secret)
}

/// The PIN from the first line of stdin (never from an argument, which any
/// user of the machine could read in the process list).
fn read_pin() -> Result<String, String> {
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).map_err(|e| format!("could not read the PIN: {e}"))?;
    let pin = line.trim_end_matches(['\n', '\r']).to_string();
    if pin.is_empty() {
        return Err("type the PIN on standard input".into());
    }
    Ok(pin)
}

/// The curriculum that holds `exercise`: the folder's own curriculum when it
/// is a path (its grandparent holds the track), else the configured one.
fn load_curriculum_for(exercise: &str, paths: &Paths) -> Result<stepstone::curriculum::Curriculum, String> {
    let as_dir = std::path::Path::new(exercise);
    let root = if as_dir.join("exercise.toml").is_file() {
        let dir = std::fs::canonicalize(as_dir).map_err(|e| e.to_string())?;
        dir.parent().and_then(|t| t.parent()).map(|r| r.to_path_buf()).unwrap_or(dir)
    } else {
        paths.curriculum_dir.clone()
    };
    stepstone::curriculum::load(&root).map_err(|e| e.to_string())
}

fn print_grade(r: &grading::GradeReport) {
    for t in &r.tests {
        let mark = match t.status {
            TestStatus::Pass => "pass",
            TestStatus::Fail => "FAIL",
            TestStatus::Error => "ERROR",
        };
        println!("[{mark}] {}", t.name);
        if let Some(m) = &t.message {
            for l in m.lines() {
                println!("       {l}");
            }
        }
    }
    if let Some(m) = &r.message {
        println!("{m}");
    }
    println!("{} of {} tests pass: {:?}", r.pass_count(), r.tests.len(), r.status);
}

fn print_outcome(o: &RunOutcome, json: bool) {
    let mut out = std::io::stdout().lock();
    if json {
        let _ = writeln!(out, "{}", serde_json::to_string(o).unwrap_or_default());
        return;
    }
    let _ = out.write_all(o.stdout.as_bytes());
    let _ = out.flush();
    eprint!("{}", o.stderr);
    for d in &o.diagnostics {
        eprintln!("{}:{}: {:?}: {}", d.line, d.column, d.severity, d.message);
    }
    let verdict = match o.status {
        RunStatus::Ok => return,
        RunStatus::CompileError => "did not compile".to_string(),
        RunStatus::RuntimeError => match o.exit_code {
            Some(c) => format!("exited with code {c}"),
            // An SQL error (a constraint, say) is pinned to its statement.
            None if !o.diagnostics.is_empty() => "stopped with an error".to_string(),
            None => "crashed".to_string(),
        },
        RunStatus::Timeout => "took too long and was stopped".to_string(),
        RunStatus::MemoryLimit => "used too much memory and was stopped".to_string(),
        RunStatus::OutputLimit => "printed too much and was stopped".to_string(),
    };
    eprintln!("[the program {verdict}]");
}
