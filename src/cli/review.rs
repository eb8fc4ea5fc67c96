//! The instructor's side of the `stepstone` command line: `review`
//! (attempts, feedback, re-grading) and the instructor's USB watch, which
//! re-grades what each stick brings. Like the rest of the CLI it only
//! parses, calls the core (`stepstone::regrade`, `stepstone::store`) and
//! prints; everything a learner or a terminal sent is printed inert.

use std::path::Path;
use std::process::ExitCode;

use clap::Subcommand;
use stepstone::bundle::DeviceIdentity;
use stepstone::config::Paths;
use stepstone::sandbox::text::inert_str;
use stepstone::sandbox::Sandbox;
use stepstone::store::Store;

use super::{describe_import, open_store};

#[derive(Subcommand)]
pub(crate) enum ReviewCommand {
    /// Every imported attempt: id, learner, exercise, pass or fail.
    List {
        /// Only this learner (a name or an id).
        #[arg(long)]
        student: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// One attempt's code and any feedback on it.
    Show { attempt: String },
    /// Re-grade every imported attempt not re-graded yet (imports do this
    /// themselves; this catches up after a fault or a curriculum change).
    Regrade,
    /// Write feedback on an attempt; it travels back in a feedback bundle.
    Feedback {
        attempt: String,
        /// The note the learner will read.
        text: String,
        /// The name shown with the note.
        #[arg(long, default_value = "Your instructor")]
        author: String,
    },
}

/// Re-grades what is not re-graded yet, with a running count on stderr,
/// and names every attempt whose claim this machine does not confirm.
pub(crate) fn regrade(paths: &Paths, store: stepstone::store::Store) -> Result<(), String> {
    let curriculum = instructor_curriculum(paths, &store)?;
    let sandbox = Sandbox::new(Some(paths.cache_dir.clone())).map_err(|e| e.to_string())?;
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
    let store = std::sync::Mutex::new(store);
    let summary = stepstone::regrade::catch_up(&store, &curriculum, &sandbox, threads, |done, total| eprintln!("re-graded {done} of {total} attempts"))
        .map_err(|e| e.to_string())?;
    print_disagreements(&store.into_inner().unwrap_or_else(|p| p.into_inner()), &summary);
    Ok(())
}

/// What the instructor teaches: the bundled curriculum with every pack it
/// released laid over it, as on the terminals.
fn instructor_curriculum(paths: &Paths, store: &stepstone::store::Store) -> Result<stepstone::curriculum::Curriculum, String> {
    let packs = store.packs().map_err(|e| e.to_string())?;
    let (curriculum, problems) = stepstone::workstation::load_curriculum(paths, packs).map_err(|e| e.to_string())?;
    for p in problems {
        eprintln!("stepstone: {p}");
    }
    Ok(curriculum)
}

/// Names every attempt of `summary` whose claim this machine does not
/// confirm, with the learner and the reason, and counts them.
fn print_disagreements(store: &stepstone::store::Store, summary: &stepstone::regrade::Summary) {
    let names: std::collections::HashMap<(String, i64), (String, String)> = store
        .class_attempts()
        .unwrap_or_default()
        .into_iter()
        .filter_map(|a| a.regrade.as_ref().map(|r| ((r.device_id.clone(), r.seq), (a.display_name.clone(), a.attempt_id.clone()))))
        .collect();
    for d in &summary.disagreements {
        let (who, attempt) = names.get(&(d.device_id.clone(), d.seq)).cloned().unwrap_or_default();
        println!(
            "re-grade disagrees: attempt {} by {} on {}: the terminal said {}, this machine says {} ({})",
            inert_str(&attempt),
            inert_str(&who),
            inert_str(&d.exercise_id),
            if d.claimed_pass { "pass" } else { "not passed" },
            d.verdict.as_str(),
            inert_str(&d.detail)
        );
    }
    for e in &summary.not_graded {
        println!("not re-graded yet: {e}");
    }
    println!("re-graded {} attempt(s); {} disagree with what the terminal claimed", summary.regraded, summary.disagreements.len());
}

pub(crate) fn review(paths: &Paths, command: ReviewCommand) -> Result<ExitCode, String> {
    let mut store = open_store(paths)?;
    match command {
        ReviewCommand::Regrade => regrade(paths, store)?,
        ReviewCommand::List { student, json } => {
            let mut all = store.class_attempts().map_err(|e| e.to_string())?;
            if let Some(who) = student {
                all.retain(|a| a.student_id == who || a.display_name.eq_ignore_ascii_case(&who));
            }
            if json {
                println!("{}", serde_json::to_string_pretty(&all).map_err(|e| e.to_string())?);
            } else {
                for a in all {
                    // The claim, then this machine's own verdict.
                    let verdict = match &a.regrade {
                        None => format!("{} (claimed; not re-graded yet)", if a.passed { "pass" } else { "fail" }),
                        Some(r) if r.disagrees() => format!("DISAGREES: terminal said {}, re-grade says {}", if a.passed { "pass" } else { "fail" }, r.verdict.as_str()),
                        Some(r) => r.verdict.as_str().to_string(),
                    };
                    let notes = if a.feedback.is_empty() { String::new() } else { format!("  ({} note(s))", a.feedback.len()) };
                    // Everything a terminal sent is shown as inert text.
                    println!("{}  {:<20} {:<40} {verdict}{notes}", inert_str(&a.attempt_id), inert_str(&a.display_name), inert_str(&a.exercise_id));
                }
            }
        }
        ReviewCommand::Show { attempt } => {
            let a = store
                .class_attempts()
                .map_err(|e| e.to_string())?
                .into_iter()
                .find(|a| a.attempt_id == attempt)
                .ok_or_else(|| format!("no attempt with id {attempt} has been imported here"))?;
            println!("{} on {}: the terminal says {}", inert_str(&a.display_name), inert_str(&a.exercise_id), if a.passed { "passed" } else { "not passed yet" });
            match &a.regrade {
                Some(r) => println!("re-graded here: {}{} ({})", r.verdict.as_str(), if r.disagrees() { ", which DISAGREES with the terminal" } else { "" }, inert_str(&r.detail)),
                None => println!("not re-graded here yet (`stepstone review regrade`)"),
            }
            for f in &a.code {
                println!("\n--- {} ---\n{}", inert_str(&f.name), inert_str(&f.text));
            }
            for f in &a.feedback {
                println!("\nfeedback from {}: {}", inert_str(&f.author), inert_str(&f.text));
            }
        }
        ReviewCommand::Feedback { attempt, text, author } => {
            let f = store.add_feedback(&attempt, &text, &author).map_err(|e| e.to_string())?;
            println!("saved feedback {} on attempt {}; send it with `stepstone bundle export --kind feedback`", f.id, f.attempt_id);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `bundle watch` on the instructor's machine: imports each bundle as it
/// arrives and re-grades what it brought on a thread of its own, so the
/// watch goes on importing the next stick meanwhile; each round uses the
/// curriculum as it is then (a pack released meanwhile counts).
pub(crate) fn watch_and_regrade(paths: &Paths, store: Store, me: &DeviceIdentity, dir: &Path, stop: std::sync::mpsc::Receiver<()>) -> Result<(), String> {
    let sandbox = Sandbox::new(Some(paths.cache_dir.clone())).map_err(|e| e.to_string())?;
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
    let store = std::sync::Mutex::new(store);
    let lock = || store.lock().unwrap_or_else(|p| p.into_inner());
    let (kick, kicked) = std::sync::mpsc::channel::<()>();
    let (store_ref, sandbox_ref) = (&store, &sandbox);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let lock = || store_ref.lock().unwrap_or_else(|p| p.into_inner());
            let (store, sandbox) = (store_ref, sandbox_ref);
            while kicked.recv().is_ok() {
                // One round catches up with every import so far.
                while kicked.try_recv().is_ok() {}
                let regraded = instructor_curriculum(paths, &lock()).and_then(|c| {
                    stepstone::regrade::catch_up(&store, &c, &sandbox, threads, |done, total| eprintln!("re-graded {done} of {total} attempts")).map_err(|e| e.to_string())
                });
                match regraded {
                    Ok(summary) => print_disagreements(&lock(), &summary),
                    Err(e) => println!("re-grading stopped: {e}"),
                }
            }
        });
        let watched = stepstone::bundle::inbox::watch_with(
            &dir,
            stop,
            |p| stepstone::bundle::import(&mut lock(), &me, p),
            |path, result| match result {
                Ok(r) => {
                    println!("{}: {}", path.display(), describe_import(&r));
                    let _ = kick.send(());
                }
                Err(e) => println!("{}: rejected: {e}", path.display()),
            },
        );
        // The watch is over: the re-grade thread finishes its round.
        drop(kick);
        watched.map_err(|e| e.to_string())
    })?;
    Ok(())
}
