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
