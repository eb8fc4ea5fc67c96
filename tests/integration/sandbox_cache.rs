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

/// A Rust test build of the fixture exercise, graded with a sandbox on `dir`.
fn grade_rust(dir: &std::path::Path, code: &str) -> stepstone::grading::GradeReport {
    let mut s = Sandbox::new(Some(dir.to_path_buf())).unwrap();
    s.set_confine_exe(super::support::cli());
    let c = stepstone::curriculum::load(&super::support::repo().join("tests/fixtures/curriculum/good")).unwrap();
    let ex = c.by_id("fx.rust-add").unwrap();
    stepstone::grading::grade(&s, ex, &[SourceFile { name: "main.rs".into(), text: code.into() }]).unwrap()
}

#[test]
fn rustc_output_is_reused_for_the_same_code_and_a_damaged_entry_is_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let right = std::fs::read_to_string(super::support::repo().join("tests/fixtures/curriculum/good/fx/rust-add/solution/main.rs")).unwrap();
    let first = grade_rust(dir.path(), &right);
    assert!(first.passed(), "{first:?}");
    let entries = |prefix: &str| -> Vec<std::path::PathBuf> {
        std::fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.path()).filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix)).collect()
    };
    assert_eq!(entries("rustc-").len(), 1, "the test build's output was kept");
    assert_eq!(entries("learner-").len(), 1, "its compiled module was kept");
    // The same code again: same verdict from the kept build (the guard's
    // name is the same for the same code on this machine).
    let again = grade_rust(dir.path(), &right);
    assert_eq!(again.tests.iter().map(|t| (&t.name, t.status)).collect::<Vec<_>>(), first.tests.iter().map(|t| (&t.name, t.status)).collect::<Vec<_>>());
    assert_eq!(entries("rustc-").len(), 1, "no second build");
    // Damaged entries are rebuilt, never trusted.
    for p in entries("rustc-").into_iter().chain(entries("learner-")) {
        let mut b = std::fs::read(&p).unwrap();
        let mid = b.len() / 2;
        b[mid] ^= 0xff;
        std::fs::write(&p, &b).unwrap();
    }
    assert!(grade_rust(dir.path(), &right).passed());
    // Other code is another build, with its own verdict.
    let wrong = right.replace("a + b", "a - b");
    assert!(!grade_rust(dir.path(), &wrong).passed());
    assert_eq!(entries("rustc-").len(), 2);
}

#[test]
fn the_cache_folder_is_kept_under_its_size_cap_oldest_first() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..10u8 {
        let p = dir.path().join(format!("rustc-{i}.out"));
        std::fs::write(&p, vec![i; 1000]).unwrap();
        let t = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000 + u64::from(i));
        std::fs::File::options().write(true).open(&p).unwrap().set_modified(t).unwrap();
    }
    std::fs::write(dir.path().join("build-secret"), [0u8; 64]).unwrap();
    stepstone::sandbox::cache::prune(dir.path(), 5000);
    let mut left: Vec<String> = std::fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    left.sort();
    assert_eq!(left, ["build-secret", "rustc-7.out", "rustc-8.out", "rustc-9.out"]);
}
