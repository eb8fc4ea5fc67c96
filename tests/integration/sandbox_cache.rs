//! The serialized QuickJS module cache: reused when intact, rebuilt when a
//! file is corrupt or truncated, never trusted blindly.

use stepstone::sandbox::{RunOptions, RunStatus, Sandbox, SourceFile};

fn hello(sandbox: &Sandbox) -> RunStatus {
    let files = [SourceFile { name: "main.js".into(), text: "console.log('hi')".into() }];
    sandbox.run_js(&files, &RunOptions::default()).unwrap().status
}

fn cache_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir).map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "cwasm")).collect()).unwrap_or_default()
}

#[test]
fn corrupt_module_cache_entry_is_rebuilt_not_trusted() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(hello(&Sandbox::new(Some(dir.path().to_path_buf())).unwrap()), RunStatus::Ok);
    let files = cache_files(dir.path());
    assert_eq!(files.len(), 1, "one cache entry written");
    let good = std::fs::read(&files[0]).unwrap();

    // Flip bytes in the middle of the compiled code: the digest must catch it.
    let mut bad = good.clone();
    let mid = bad.len() / 2;
    for b in &mut bad[mid..mid + 64] {
        *b ^= 0xff;
    }
    std::fs::write(&files[0], &bad).unwrap();
    assert_eq!(hello(&Sandbox::new(Some(dir.path().to_path_buf())).unwrap()), RunStatus::Ok);
    assert_eq!(std::fs::read(&files[0]).unwrap(), good, "the corrupt entry was rewritten");

    // A truncated file (a pulled plug mid-write) is rebuilt too.
    std::fs::write(&files[0], &good[..100]).unwrap();
    assert_eq!(hello(&Sandbox::new(Some(dir.path().to_path_buf())).unwrap()), RunStatus::Ok);
    assert_eq!(std::fs::read(&files[0]).unwrap().len(), good.len());
}

#[test]
fn unwritable_cache_directory_only_costs_speed() {
    let dir = tempfile::tempdir().unwrap();
    let blocked = dir.path().join("not-a-dir");
    std::fs::write(&blocked, b"a file where the cache directory should be").unwrap();
    assert_eq!(hello(&Sandbox::new(Some(blocked)).unwrap()), RunStatus::Ok);
}

#[test]
fn a_cache_others_could_write_to_is_never_loaded() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    // A shared, world-writable folder: nothing is read from it or written to it.
    let shared = tempfile::tempdir().unwrap();
    std::fs::set_permissions(shared.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    assert_eq!(hello(&Sandbox::new(Some(shared.path().to_path_buf())).unwrap()), RunStatus::Ok);
    assert!(cache_files(shared.path()).is_empty(), "no native code is left where others could swap it");

    // A private folder whose entry someone made world-writable: that entry
    // is not loaded (it is compiled afresh and replaced, owner-only).
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(hello(&Sandbox::new(Some(dir.path().to_path_buf())).unwrap()), RunStatus::Ok);
    let entry = cache_files(dir.path()).remove(0);
    assert_eq!(mode(&entry), 0o600, "written owner-only");
    std::fs::set_permissions(&entry, std::fs::Permissions::from_mode(0o666)).unwrap();
    assert_eq!(hello(&Sandbox::new(Some(dir.path().to_path_buf())).unwrap()), RunStatus::Ok);
    assert_eq!(mode(&entry), 0o600, "the loose entry was not trusted: it was rebuilt");
}
