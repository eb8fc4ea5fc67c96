//! Shared helpers: one sandbox per test binary, pointed at the CLI for
//! compiler confinement (the test binary itself cannot re-exec into it).

use std::path::PathBuf;
use std::sync::OnceLock;

use stepstone::sandbox::Sandbox;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn cli() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_stepstone"))
}

/// A scratch data directory that lives as long as the test binary.
pub fn scratch() -> &'static tempfile::TempDir {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().expect("temp dir"))
}

pub fn sandbox() -> &'static Sandbox {
    static SANDBOX: OnceLock<Sandbox> = OnceLock::new();
    SANDBOX.get_or_init(|| {
        // Kept between runs of the tests (cargo's own scratch folder for
        // integration tests), so unchanged learner code is not compiled by
        // rustc again; the cache's own tests use fresh folders.
        let mut s = Sandbox::new(Some(PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("stepstone-test-cache"))).expect("sandbox");
        s.set_confine_exe(cli());
        s
    })
}

/// Samples the resident memory of this process and all its descendants
/// (the confined compilers) until dropped, keeping the peak of their sum.
pub struct TreePeak {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<u64>>,
}

impl TreePeak {
    pub fn start() -> TreePeak {
        use std::sync::atomic::{AtomicBool, Ordering};
        let stop = std::sync::Arc::new(AtomicBool::new(false));
        let s = stop.clone();
        let thread = std::thread::spawn(move || {
            let mut peak = 0;
            while !s.load(Ordering::Relaxed) {
                peak = peak.max(tree_rss_bytes(std::process::id()));
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            peak
        });
        TreePeak { stop, thread: Some(thread) }
    }

    /// Stops sampling; the peak in MiB.
    pub fn finish(mut self) -> u64 {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        self.thread.take().map(|t| t.join().unwrap_or(0)).unwrap_or(0) >> 20
    }
}

/// RSS of `root` and every process descended from it, from /proc.
fn tree_rss_bytes(root: u32) -> u64 {
    let mut parent_of = Vec::new();
    for e in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Some(pid) = e.file_name().to_str().and_then(|s| s.parse::<u32>().ok()) else { continue };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else { continue };
        // The command name may hold spaces; fields resume after its ')'.
        let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r) else { continue };
        let fields: Vec<&str> = rest.split_whitespace().collect();
        let ppid = fields.get(1).and_then(|p| p.parse::<u32>().ok()).unwrap_or(0);
        let rss_pages = fields.get(21).and_then(|p| p.parse::<u64>().ok()).unwrap_or(0);
        parent_of.push((pid, ppid, rss_pages * 4096));
    }
    let mut tree = vec![root];
    let mut total = 0;
    let mut i = 0;
    while i < tree.len() {
        let p = tree[i];
        for (pid, ppid, rss) in &parent_of {
            if *pid == p {
                total += rss;
            }
            if *ppid == p && !tree.contains(pid) {
                tree.push(*pid);
            }
        }
        i += 1;
    }
    total
}
