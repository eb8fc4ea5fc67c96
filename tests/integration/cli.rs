//! The `stepstone` binary as a user runs it.

use std::process::Command;

use super::support::{cli, repo, scratch};

fn stepstone(args: &[&str]) -> std::process::Output {
    Command::new(cli())
        .args(args)
        .env("STEPSTONE_DATA_DIR", scratch().path().join("cli-data"))
        .output()
        .expect("run stepstone")
}

#[test]
fn usage_error_exits_2_with_one_line() {
    let out = stepstone(&["run", "--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "stderr was: {err}");
    assert!(err.contains("--no-such-flag"));
}

#[test]
fn every_subcommand_has_help() {
    for sub in [&["--help"][..], &["doctor", "--help"], &["run", "--help"]] {
        let out = stepstone(sub);
        assert!(out.status.success(), "{sub:?}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("Usage:"));
    }
}

#[test]
fn doctor_reports_everything_found() {
    let out = stepstone(&["doctor", "--json"]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("doctor JSON");
    let missing: Vec<_> = report["checks"].as_array().unwrap().iter().filter(|c| c["found"] != true).collect();
    assert!(missing.is_empty(), "missing: {missing:#?}");
    assert_eq!(out.status.code(), Some(0));
    assert!(report["data_dir"].as_str().unwrap().ends_with("cli-data"));
    let landlock = report["checks"].as_array().unwrap().iter().find(|c| c["name"].as_str().unwrap().starts_with("Landlock")).unwrap();
    assert!(landlock["detail"].as_str().unwrap().contains("enforced"), "doctor says what the kernel enforces: {landlock}");
}

#[test]
fn run_json_gives_a_verdict_for_js() {
    let file = repo().join("tests/fixtures/sandbox/hello.js");
    let out = stepstone(&["run", file.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["status"], "ok");
    assert_eq!(v["stdout"], "Hello, world!\n");
    assert!(v["diagnostics"].as_array().unwrap().is_empty());
    for key in ["exit_code", "stderr", "compile_ms", "run_ms"] {
        assert!(v.get(key).is_some(), "{key} missing");
    }
}

#[test]
fn run_exits_0_for_a_failing_program_and_1_for_a_missing_file() {
    let file = repo().join("tests/fixtures/sandbox/process_exit_code_is_kept.js");
    let out = stepstone(&["run", file.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let out = stepstone(&["run", "/nonexistent/file.js"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
}

#[test]
fn enroll_without_a_confirmed_fingerprint_trusts_nothing() {
    let root = tempfile::tempdir().unwrap();
    let run = |data: &str, args: &[&str]| Command::new(cli()).args(args).env("STEPSTONE_DATA_DIR", root.path().join(data)).stdin(std::process::Stdio::null()).output().unwrap();
    assert!(run("inst", &["provision", "--role", "instructor", "--facility", "f"]).status.success());
    let provisioned = run("t", &["provision", "--role", "terminal", "--facility", "f"]);
    let printed = String::from_utf8_lossy(&provisioned.stdout).to_string();
    assert!(printed.contains("key fingerprint: "), "{printed}");
    let file = root.path().join("t.json");
    let made = run("t", &["enrollment", "--out", file.to_str().unwrap()]);
    let shown = String::from_utf8_lossy(&made.stdout).to_string();
    let fingerprint = shown.lines().find_map(|l| l.strip_prefix("key fingerprint: ")).unwrap().split("  ").next().unwrap().to_string();
    assert!(printed.contains(&fingerprint), "provision and enrollment print the same fingerprint");

    // No terminal to ask at, and no fingerprint given: refused.
    let out = run("inst", &["enroll", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--expect-key-id"), "{}", String::from_utf8_lossy(&out.stderr));
    // The wrong fingerprint: refused, without giving the right one away.
    let out = run("inst", &["enroll", file.to_str().unwrap(), "--expect-key-id", "0000 0000 0000 0000 0000 0000 0000 0000"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("does not have the fingerprint") && !err.contains(&fingerprint), "{err}");
    let listed = run("inst", &["review", "list"]);
    assert!(listed.status.success());
    // The fingerprint as printed, spaces and all: enrolled.
    let out = run("inst", &["enroll", file.to_str().unwrap(), "--expect-key-id", &fingerprint]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains(&fingerprint));
}
