//! The USB inbox: a folder (where a stick is mounted) watched with
//! `notify`. Bundles that appear are imported; files on the stick are only
//! ever read. A path is imported once it has been quiet for
//! [`DEBOUNCE`] (as Rustlings' watch mode does), so a bundle still being
//! copied is not read half-way; and if it is (a stick pulled mid-copy), the
//! import rejects it whole and the database is unchanged.
//!
//! A stick that is *mounted* over the folder raises no file event at all
//! (inotify watches the folder underneath the mount), so the watch also
//! listens to `/proc/self/mountinfo`, which the kernel flags on every mount
//! and unmount; then the folder is watched afresh and read again. The
//! folder need not exist when the watch starts: it is picked up when it
//! appears with a mount.
//!
//! What it leaves out: finding sticks anywhere but the configured folder.

use notify::{RecursiveMode, Watcher};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::{import, BundleError, ImportReport};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
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
pub fn watch(store: &mut Store, me: &super::DeviceIdentity, dir: &Path, stop: mpsc::Receiver<()>, mut report: impl FnMut(InboxEvent)) -> Result<(), BundleError> {
    watch_with(dir, stop, |p| import(store, me, p), |path, result| report(InboxEvent { path, result }))
}

/// What wakes the watch loop.
enum Wake {
    /// Something happened to this path inside the folder.
    Path(PathBuf),
    /// A filesystem was mounted or unmounted somewhere.
    Mounts,
}

fn watch_error(dir: &Path, e: impl std::fmt::Display) -> BundleError {
    BundleError::Io { action: "watch", path: dir.display().to_string(), source: std::io::Error::other(e.to_string()) }
}

/// The watch with its own import: the app imports through the workstation
/// (which also reloads the curriculum when lessons arrive), the CLI straight
/// into its store. `import` runs once per bundle file and shape.
pub fn watch_with<R>(dir: &Path, stop: mpsc::Receiver<()>, mut import: impl FnMut(&Path) -> R, mut report: impl FnMut(PathBuf, R)) -> Result<(), BundleError> {
    let (tx, rx) = mpsc::channel::<Wake>();
    let files_tx = tx.clone();
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
                let _ = files_tx.send(Wake::Path(p));
            }
        }
    })
    .map_err(|e| watch_error(dir, e))?;
    let quit = Arc::new(AtomicBool::new(false));
    let mounts = watch_mounts(tx, quit.clone());
    let result = (|| {
        let mut watching = watcher.watch(dir, RecursiveMode::NonRecursive).is_ok();
        let mut pending: HashMap<PathBuf, Instant> = HashMap::new();
        // A stick plugged in before we started: its bundles count too.
        queue_all(dir, &mut pending);
        // A file already handled in exactly this shape is not reported again.
        let mut done: HashMap<PathBuf, (u64, Option<std::time::SystemTime>)> = HashMap::new();
        loop {
            match stop.try_recv() {
                Ok(()) | Err(mpsc::TryRecvError::Disconnected) => return Ok(()),
                Err(mpsc::TryRecvError::Empty) => {}
            }
            let wait = pending.values().map(|t| (*t + DEBOUNCE).saturating_duration_since(Instant::now())).min().unwrap_or(Duration::from_millis(100)).min(Duration::from_millis(100));
            match rx.recv_timeout(wait) {
                Ok(Wake::Path(p)) => {
                    pending.insert(p, Instant::now());
                    continue;
                }
                Ok(Wake::Mounts) => {
                    // The folder may now be a different filesystem (a stick
                    // mounted or pulled): watch whatever is there now.
                    if watching {
                        let _ = watcher.unwatch(dir);
                    }
                    watching = watcher.watch(dir, RecursiveMode::NonRecursive).is_ok();
                    // A stick put back after being pulled mid-read holds the
                    // same files as before: look at every one again (an
                    // import already done changes nothing).
                    done.clear();
                    queue_all(dir, &mut pending);
                    continue;
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
            }
            let ready: Vec<PathBuf> = pending.iter().filter(|(_, t)| t.elapsed() >= DEBOUNCE).map(|(p, _)| p.clone()).collect();
            for p in ready {
                pending.remove(&p);
                // Never follows a link: the import refuses one by name.
                let Ok(meta) = std::fs::symlink_metadata(&p) else { continue };
                if meta.is_dir() || !is_bundle(&p) {
                    continue;
                }
                let shape = (meta.len(), meta.modified().ok());
                if done.get(&p) == Some(&shape) {
                    continue;
                }
                let result = import(&p);
                done.insert(p.clone(), shape);
                report(p, result);
            }
        }
    })();
    quit.store(true, Ordering::Relaxed);
    if let Some(t) = mounts {
        let _ = t.join();
    }
    result
}

/// At most this many bundles are taken from one look at the folder: a stick
/// crammed with files must not keep the watch busy for hours.
pub const MAX_QUEUED: usize = 1_000;

/// Every bundle now in `dir`, due at once (they are not being copied: they
/// were there before we looked).
fn queue_all(dir: &Path, pending: &mut HashMap<PathBuf, Instant>) {
    if let Ok(rd) = std::fs::read_dir(dir) {
        let now = Instant::now() - DEBOUNCE;
        for p in rd.flatten().map(|e| e.path()).filter(|p| is_bundle(p)).take(MAX_QUEUED) {
            pending.insert(p, now);
        }
    }
}

/// Sends [`Wake::Mounts`] whenever the mount table changes, until `quit`.
/// `/proc/self/mountinfo` reports a change as POLLPRI (proc(5)); reading it
/// again re-arms it. Without procfs the watch still sees copied files.
fn watch_mounts(tx: mpsc::Sender<Wake>, quit: Arc<AtomicBool>) -> Option<std::thread::JoinHandle<()>> {
    use std::io::{Read, Seek};
    use std::os::fd::AsRawFd;
    let mut file = std::fs::File::open("/proc/self/mountinfo").ok()?;
    let mut sink = Vec::new();
    let _ = file.read_to_end(&mut sink);
    std::thread::Builder::new()
        .name("stepstone-mounts".into())
        .spawn(move || {
            while !quit.load(Ordering::Relaxed) {
                let mut pfd = libc::pollfd { fd: file.as_raw_fd(), events: libc::POLLPRI, revents: 0 };
                // SAFETY: one valid pollfd for a file we own; a bounded wait
                // so the thread notices `quit`.
                let n = unsafe { libc::poll(&mut pfd, 1, 100) };
                if n > 0 && pfd.revents & (libc::POLLPRI | libc::POLLERR) != 0 {
                    sink.clear();
                    let _ = file.rewind().and_then(|_| file.read_to_end(&mut sink));
                    if tx.send(Wake::Mounts).is_err() {
                        return;
                    }
                }
            }
        })
        .ok()
}
