//! The USB inbox: a folder (where a stick is mounted) watched with
//! `notify`. Bundles that appear are imported; files on the stick are only
//! ever read. A path is imported once it has been quiet for
//! [`DEBOUNCE`] (as Rustlings' watch mode does), so a bundle still being
//! copied is not read half-way; and if it is (a stick pulled mid-copy), the
//! import rejects it whole and the database is unchanged.

use notify::{RecursiveMode, Watcher};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::{import, BundleError, ImportReport};
use crate::store::Store;

pub const DEBOUNCE: Duration = Duration::from_millis(200);

/// What happened to one file in the inbox.
#[derive(Debug)]
pub struct InboxEvent {
    pub path: PathBuf,
    pub result: Result<ImportReport, BundleError>,
}

fn is_bundle(p: &Path) -> bool {
    p.extension().is_some_and(|e| e.eq_ignore_ascii_case("zip")) && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'))
}

/// Watches `dir` until `stop` receives a message (or its sender is
/// dropped), importing every bundle already there and every one that
/// arrives, and reporting each through `report`.
pub fn watch(store: &mut Store, dir: &Path, stop: mpsc::Receiver<()>, mut report: impl FnMut(InboxEvent)) -> Result<(), BundleError> {
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        // Our own reads raise access events too; only writes and arrivals
        // can mean a new bundle.
        use notify::event::{AccessKind, AccessMode, EventKind};
        if let Ok(ev) = res {
            let relevant = matches!(ev.kind, EventKind::Create(_) | EventKind::Modify(_) | EventKind::Access(AccessKind::Close(AccessMode::Write)));
            if !relevant {
                return;
            }
            for p in ev.paths {
                let _ = tx.send(p);
            }
        }
    })
    .map_err(|e| BundleError::Io { action: "watch", path: dir.display().to_string(), source: std::io::Error::other(e.to_string()) })?;
    watcher
        .watch(dir, RecursiveMode::NonRecursive)
        .map_err(|e| BundleError::Io { action: "watch", path: dir.display().to_string(), source: std::io::Error::other(e.to_string()) })?;

    // A stick plugged in before we started: its bundles count too.
    let mut pending: HashMap<PathBuf, Instant> = HashMap::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        let now = Instant::now() - DEBOUNCE;
        for e in rd.flatten() {
            pending.insert(e.path(), now);
        }
    }
    // A file already handled in exactly this shape is not reported again.
    let mut done: HashMap<PathBuf, (u64, Option<std::time::SystemTime>)> = HashMap::new();
    loop {
        match stop.try_recv() {
            Ok(()) | Err(mpsc::TryRecvError::Disconnected) => return Ok(()),
            Err(mpsc::TryRecvError::Empty) => {}
        }
        let wait = pending.values().map(|t| (*t + DEBOUNCE).saturating_duration_since(Instant::now())).min().unwrap_or(Duration::from_millis(100)).min(Duration::from_millis(100));
        match rx.recv_timeout(wait) {
            Ok(p) => {
                pending.insert(p, Instant::now());
                continue;
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
        }
        let ready: Vec<PathBuf> = pending.iter().filter(|(_, t)| t.elapsed() >= DEBOUNCE).map(|(p, _)| p.clone()).collect();
        for p in ready {
            pending.remove(&p);
            let Ok(meta) = std::fs::metadata(&p) else { continue };
            if !meta.is_file() || !is_bundle(&p) {
                continue;
            }
            let shape = (meta.len(), meta.modified().ok());
            if done.get(&p) == Some(&shape) {
                continue;
            }
            let result = import(store, &p);
            done.insert(p.clone(), shape);
            report(InboxEvent { path: p, result });
        }
    }
}
