//! Forged passes: every file in `tests/fixtures/forgery/<lang>/` is a wrong
//! answer to a small fixture exercise that also tries to trick the grader
//! (rewriting intrinsics, exiting early, shadowing macros, registering its
//! own tests, ...). Its first line says what it tries. Each must come out
//! not passing; the reference solution, graded the same way, must pass, so
//! the test can tell a grader that fails everything from one that holds.

use std::path::Path;

use stepstone::curriculum;
use stepstone::grading::{self, GradeStatus};
use stepstone::sandbox::SourceFile;

use super::support::{repo, sandbox};

fn forgeries(lang: &str, exercise_id: &str, file: &str) {
    forgeries_in("tests/fixtures/curriculum/good", lang, exercise_id, file, 12);
}

/// Every file in `tests/fixtures/forgery/<folder>/`, graded against
/// `exercise_id` of the curriculum at `root`; at least `min` of them.
fn forgeries_in(root: &str, folder: &str, exercise_id: &str, file: &str, min: usize) {
    let lang = folder;
    let c = curriculum::load(&repo().join(root)).unwrap();
    let ex = c.find(exercise_id).unwrap_or_else(|e| panic!("no fixture exercise {exercise_id}: {e}"));
    let honest = grading::grade(sandbox(), ex, &ex.solution().unwrap()).unwrap();
    assert_eq!(honest.status, GradeStatus::Pass, "the reference solution must pass: {honest:#?}");

    let dir = repo().join("tests/fixtures/forgery").join(lang);
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    paths.sort();
    assert!(paths.len() >= min, "expected at least {min} forgery fixtures in {}", dir.display());
    let mut forged = Vec::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap();
        let attack = text.lines().next().unwrap_or("").trim_start_matches("//").trim().to_string();
        assert!(attack.starts_with("attack:"), "{}: the first line must say `// attack: ...`", path.display());
        let files = grading::files_for(ex, vec![SourceFile { name: file.into(), text }]).unwrap();
        let report = grading::grade(sandbox(), ex, &files).unwrap_or_else(|e| panic!("{}: {e}", name(path)));
        println!("{:<48} {:?}", name(path), report.status);
        if report.status == GradeStatus::Pass {
            forged.push(format!("{} ({attack}) PASSED:\n{report:#?}", name(path)));
        }
    }
    assert!(forged.is_empty(), "forged passes:\n{}", forged.join("\n\n"));
}

fn name(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().into_owned()
}

#[test]
fn no_js_forgery_passes() {
    forgeries("js", "fx.js-add", "main.js");
}

#[test]
fn no_rust_forgery_passes() {
    forgeries("rust", "fx.rust-add", "main.rs");
}

#[test]
fn no_method_call_or_pattern_forgery_passes_a_bundled_rust_exercise() {
    for (folder, id) in [
        ("rust-structs", "rust.types.structs"),
        ("rust-word-count", "rust.collections.word-count"),
        ("rust-enums", "rust.types.enums-and-match"),
        ("rust-borrowing", "rust.ownership.borrowing"),
        ("rust-option-and-result", "rust.collections.option-and-result"),
        ("rust-debug-format", "rust.basics.debug-format"),
        ("rust-functions", "rust.basics.functions"),
    ] {
        forgeries_in("curriculum", folder, id, "main.rs", 1);
    }
}
