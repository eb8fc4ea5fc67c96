//! `stepstone bench`: the benchmarks' command line. Each case is in the
//! core (`stepstone::bench`); this makes the sandbox or curriculum a case
//! needs, and prints every row beside its references. It asserts nothing.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use stepstone::config::Paths;
use stepstone::sandbox::Sandbox;

#[derive(Subcommand)]
pub(crate) enum BenchCommand {
    /// JS and Rust runs in the sandbox, beside node and native rustc.
    Sandbox,
    /// Attempt inserts and the progress query at school-year size.
    Store,
    /// Importing a school year of bundles, twice; a big full export.
    Bundle,
    /// The instructor re-grading a school year of attempts.
    Regrade,
    /// A warm SQL grade beside native SQLite; `stepstone run x.sql`
    /// beside Debian's sqlite3.
    Sql {
        /// The SQL exercise whose solution is graded.
        #[arg(long, default_value = "sql.joins.three-tables")]
        exercise: String,
    },
    /// A warm grade of a DOM exercise beside a plain JS grade; one live
    /// preview request answered by a learner's server.
    Web {
        #[arg(long, default_value = "web.events.counter")]
        page: String,
        #[arg(long, default_value = "web.server.json")]
        server: String,
        #[arg(long, default_value = "/api/jobs")]
        path: String,
    },
    /// The instructor's class grid for 30 learners x 300 exercises with a
    /// year of attempts, and loading a stick of 30 bundles.
    Desk {
        /// Keep the instructor's data and course in this folder (for
        /// scripts/bench-desk.sh, which times the window).
        #[arg(long)]
        keep: Option<PathBuf>,
    },
}

pub(crate) fn bench(paths: &Paths, command: BenchCommand) -> Result<ExitCode, String> {
    let work = tempfile::tempdir().map_err(|e| e.to_string())?;
    let sandbox = || Sandbox::new(Some(paths.cache_dir.clone())).map_err(|e| e.to_string());
    let curriculum = || stepstone::curriculum::load(&paths.curriculum_dir).map_err(|e| e.to_string());
    let exe = || std::env::current_exe().map_err(|e| e.to_string());
    let rows = match command {
        BenchCommand::Sandbox => stepstone::bench::sandbox(&sandbox()?, &exe()?, work.path())?,
        BenchCommand::Store => stepstone::bench::store(work.path())?,
        BenchCommand::Bundle => stepstone::bench::bundles(work.path())?,
        BenchCommand::Regrade => {
            let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
            stepstone::bench::regrade(work.path(), &sandbox()?, &curriculum()?, threads)?
        }
        BenchCommand::Sql { exercise } => stepstone::bench::sql(&sandbox()?, &exe()?, &curriculum()?, &exercise, work.path())?,
        BenchCommand::Web { page, server, path } => stepstone::bench::web(&sandbox()?, &curriculum()?, &page, &server, &path)?,
        BenchCommand::Desk { keep } => stepstone::bench::desk::desk(work.path(), sandbox()?, keep.as_deref())?,
    };
    println!("{:<48} {:>10}   {:<38} {:>10} {:>7}", "case", "median ms", "reference", "median ms", "ratio");
    for r in rows {
        if r.references.is_empty() {
            println!("{:<48} {:>10.3}", r.name, r.ours_ms);
        }
        for (i, (name, ms)) in r.references.iter().enumerate() {
            let label = if i == 0 { r.name.as_str() } else { "" };
            println!("{:<48} {:>10.2}   {:<38} {:>10.2} {:>7.2}", label, r.ours_ms, name, ms, r.ours_ms / ms);
        }
    }
    Ok(ExitCode::SUCCESS)
}
