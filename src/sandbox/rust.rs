//! Rust: compile the learner's crate to wasm32-wasip1 with the confined
//! compiler, then run it (or its `#[test]`s) in the sandbox.
//!
//! Tests go through libtest, which under wasm (panic=abort) has two quirks:
//! the first failing test aborts the whole run, and `#[should_panic]` tests
//! are reported as ignored. So we list the tests once, then run each one in
//! a fresh instance of the one compiled module, and we strip
//! `#[should_panic]` from the source (keeping every line and column where it
//! was) and judge those tests ourselves: a panic is their pass.

use serde::Deserialize;
use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::confine::{ConfineSpec, ENV};
use super::engine::{Exit, RawRun, Sandbox};
use super::js::{stopped_message, TEST_OUTPUT_CAP};
use super::text::{cap_chars, inert, inert_str};
use super::{Diagnostic, RunOptions, RunOutcome, RunStatus, SandboxError, Severity, SourceFile, TestResult, TestRun, TestStatus};
use crate::config::Limits;
use crate::toolchain::{self, RustToolchain};

/// A successful compile: the wasm and what the compiler said on the way.
struct Built {
    wasm: Vec<u8>,
    warnings: Vec<Diagnostic>,
    compile_ms: f64,
}

/// What a compile produced: a program, or a verdict for the learner.
enum Compiled {
    Built(Built),
    Failed(RunOutcome),
}

#[derive(Deserialize)]
struct RustcMessage {
    #[serde(rename = "$message_type", default)]
    message_type: String,
    message: String,
    level: String,
    #[serde(default)]
    spans: Vec<RustcSpan>,
    rendered: Option<String>,
}

#[derive(Deserialize)]
struct RustcSpan {
    file_name: String,
    line_start: u32,
    line_end: u32,
    column_start: u32,
    column_end: u32,
    is_primary: bool,
}

fn check_name(name: &str) -> Result<(), SandboxError> {
    let ok = name.ends_with(".rs")
        && name.len() <= 64
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        && !name.starts_with('.');
    if ok {
        Ok(())
    } else {
        Err(SandboxError::BadFileName(name.to_string()))
    }
}

/// A `#[should_panic]` test found in the source.
#[derive(Debug, Clone, PartialEq)]
pub struct ShouldPanic {
    pub function: String,
    pub expected: Option<String>,
}

/// Blanks out every `#[should_panic...]` attribute (with spaces, so every
/// line and column stays where it was) and returns the functions they were on.
pub fn strip_should_panic(src: &str) -> (String, Vec<ShouldPanic>) {
    let mut out = src.to_string();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(rel) = out[from..].find("#[should_panic") {
        let start = from + rel;
        // The attribute ends at the bracket that balances its opening one.
        let mut depth = 0usize;
        let mut end = None;
        let mut in_str = false;
        let bytes = out.as_bytes();
        let mut i = start + 1;
        while i < bytes.len() {
            let b = bytes[i];
            if in_str {
                if b == b'\\' {
                    i += 1;
                } else if b == b'"' {
                    in_str = false;
                }
            } else if b == b'"' {
                in_str = true;
            } else if b == b'[' {
                depth += 1;
            } else if b == b']' {
                depth -= 1;
                if depth == 0 {
                    end = Some(i + 1);
                    break;
                }
            }
            i += 1;
        }
        let Some(end) = end else { break };
        let attr = out[start..end].to_string();
        let expected = attr.find("expected").and_then(|k| {
            let rest = &attr[k..];
            let q1 = rest.find('"')?;
            let q2 = rest[q1 + 1..].find('"')?;
            Some(rest[q1 + 1..q1 + 1 + q2].to_string())
        });
        let blank: String = attr.chars().map(|c| if c == '\n' { '\n' } else { ' ' }).collect();
        out.replace_range(start..end, &blank);
        let after = &out[end..];
        if let Some(f) = after.find("fn ") {
            let name: String = after[f + 3..].trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            found.push(ShouldPanic { function: name, expected });
        }
        from = end;
    }
    (out, found)
}

impl Sandbox {
    fn compile_rust(&self, files: &[SourceFile], test: bool, limits: &Limits) -> Result<Compiled, SandboxError> {
        let tc = self.toolchain()?;
        let Some(main) = files.first() else {
            return Err(SandboxError::BadFileName(String::new()));
        };
        let work = tempfile::Builder::new()
            .prefix("stepstone-rustc-")
            .tempdir()
            .map_err(|e| SandboxError::io("create a temporary directory in", std::env::temp_dir(), e))?;
        for f in files {
            check_name(&f.name)?;
            let p = work.path().join(&f.name);
            std::fs::write(&p, &f.text).map_err(|e| SandboxError::io("write", p, e))?;
        }
        let out = work.path().join("main.wasm");
        let mut args: Vec<String> = vec![
            "--edition=2021".into(),
            "--crate-name=main".into(),
            format!("--target={}", toolchain::TARGET),
            format!("--sysroot={}", tc.sysroot.display()),
            format!("-Clinker={}", tc.linker.display()),
            format!("-Clink-arg={}", tc.pthread_stub.display()),
            "-Cdebuginfo=0".into(),
            "-Cstrip=debuginfo".into(),
            // Cranelift optimises the wasm anyway; LLVM's passes cost more
            // compile time than they save a learner's small program.
            "-Copt-level=0".into(),
            "--error-format=json".into(),
            "--json=diagnostic-short".into(),
            "-o".into(),
            out.display().to_string(),
        ];
        if test {
            args.push("--test".into());
        }
        args.push(main.name.clone());
        let started = Instant::now();
        let run = self.run_confined(&tc, work.path(), args, limits)?;
        let compile_ms = started.elapsed().as_secs_f64() * 1000.0;

        let (diagnostics, rendered) = parse_rustc(&run.stderr, files);
        if run.timed_out {
            return Ok(Compiled::Failed(compile_failure(
                RunStatus::Timeout,
                format!("Compiling took longer than {} seconds, so it was stopped.\n", limits.compile_ms as f64 / 1000.0),
                diagnostics,
                compile_ms,
            )));
        }
        if !run.success || !out.exists() {
            let mut text = rendered;
            if text.trim().is_empty() {
                text = if run.signalled {
                    "The compiler was stopped: it used more memory or time than allowed.\n".into()
                } else {
                    format!("The compiler failed:\n{}", inert(&run.stderr))
                };
            }
            return Ok(Compiled::Failed(compile_failure(RunStatus::CompileError, text, diagnostics, compile_ms)));
        }
        let wasm = std::fs::read(&out).map_err(|e| SandboxError::io("read", out.clone(), e))?;
        Ok(Compiled::Built(Built { wasm, warnings: diagnostics, compile_ms }))
    }

    fn run_confined(&self, tc: &RustToolchain, work: &Path, args: Vec<String>, limits: &Limits) -> Result<ConfinedRun, SandboxError> {
        let spec = ConfineSpec {
            read: vec![
                tc.rustc.clone(),
                tc.linker.clone(),
                "/usr/lib".into(),
                "/usr/lib64".into(),
                "/etc/ld.so.cache".into(),
                tc.sysroot.clone(),
                "/dev/null".into(),
                "/dev/urandom".into(),
                "/proc/self".into(),
                "/sys/devices/system/cpu".into(),
                "/sys/fs/cgroup".into(),
            ],
            write: vec![work.to_path_buf()],
            address_space_bytes: limits.compile_memory_bytes,
            cpu_seconds: limits.compile_ms.div_ceil(1000) + 5,
            file_size_bytes: 256 << 20,
            env: vec![
                ("PATH".into(), "/usr/bin".into()),
                ("TMPDIR".into(), work.display().to_string()),
                ("LANG".into(), "C.UTF-8".into()),
            ],
            program: tc.rustc.clone(),
            args,
        };
        let spec_json = serde_json::to_string(&spec).map_err(|e| SandboxError::Confine(e.to_string()))?;
        let mut child = Command::new(&self.confine_exe)
            .env_clear()
            .env(ENV, spec_json)
            .current_dir(work)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .process_group(0)
            .spawn()
            .map_err(|e| SandboxError::Confine(format!("{}: {e}", self.confine_exe.display())))?;
        let mut stderr_pipe = child.stderr.take().expect("piped");
        // Read stderr on a thread so a chatty compiler cannot fill the pipe
        // and stall; cap what we keep.
        let reader = std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = (&mut stderr_pipe).take(4 << 20).read_to_end(&mut buf);
            let _ = std::io::copy(&mut stderr_pipe, &mut std::io::sink());
            buf
        });
        let deadline = Instant::now() + Duration::from_millis(limits.compile_ms);
        let pid = child.id() as i32;
        let mut timed_out = false;
        let status = loop {
            match child.try_wait() {
                Ok(Some(st)) => break st,
                Ok(None) if Instant::now() >= deadline => {
                    timed_out = true;
                    // SAFETY: kill the process group we created (rustc and
                    // its linker); the pid is our own child's.
                    unsafe {
                        libc::killpg(pid, libc::SIGKILL);
                    }
                    break child.wait().map_err(|e| SandboxError::Confine(e.to_string()))?;
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(2)),
                Err(e) => return Err(SandboxError::Confine(e.to_string())),
            }
        };
        let stderr = reader.join().unwrap_or_default();
        use std::os::unix::process::ExitStatusExt;
        if status.code() == Some(125) && stderr.starts_with(b"stepstone-confine:") {
            return Err(SandboxError::Confine(String::from_utf8_lossy(&stderr).trim().to_string()));
        }
        Ok(ConfinedRun { success: status.success(), signalled: status.signal().is_some(), timed_out, stderr })
    }

    /// Compiles and runs a learner's program, like `cargo run`.
    pub fn run_rust(&self, files: &[SourceFile], opts: &RunOptions) -> Result<RunOutcome, SandboxError> {
        let built = match self.compile_rust(files, false, &opts.limits)? {
            Compiled::Built(b) => b,
            Compiled::Failed(outcome) => return Ok(outcome),
        };
        let module = self.compile(&built.wasm)?;
        let pre = self.instance_pre(&module)?;
        let raw = self.run_instance(&pre, &["main"], opts.stdin.clone(), &opts.limits)?;
        let mut outcome = outcome_of(&raw);
        outcome.compile_ms = Some(built.compile_ms);
        outcome.diagnostics = built.warnings;
        Ok(outcome)
    }

    /// Compiles the learner's crate with its `#[test]`s and runs each test
    /// in a fresh instance.
    pub fn test_rust(&self, files: &[SourceFile], opts: &RunOptions) -> Result<TestRun, SandboxError> {
        let mut should_panic = Vec::new();
        let files: Vec<SourceFile> = files
            .iter()
            .map(|f| {
                let (text, found) = strip_should_panic(&f.text);
                should_panic.extend(found);
                SourceFile { name: f.name.clone(), text }
            })
            .collect();
        let built = match self.compile_rust(&files, true, &opts.limits)? {
            Compiled::Built(b) => b,
            Compiled::Failed(outcome) => return Ok(TestRun { outcome, tests: Vec::new() }),
        };
        let module = self.compile(&built.wasm)?;
        let pre = self.instance_pre(&module)?;
        let list = self.run_instance(&pre, &["main", "--list", "--format=terse"], Vec::new(), &opts.limits)?;
        let names: Vec<String> = String::from_utf8_lossy(&list.stdout)
            .lines()
            .filter_map(|l| l.strip_suffix(": test").map(str::to_string))
            .collect();
        let mut tests = Vec::new();
        let mut worst = outcome_of(&list);
        worst.compile_ms = Some(built.compile_ms);
        worst.diagnostics = built.warnings.clone();
        let mut total_ms = list.run_ms;
        for name in &names {
            let raw = self.run_instance(&pre, &["main", "--exact", name, "--nocapture", "--test-threads=1"], Vec::new(), &opts.limits)?;
            total_ms += raw.run_ms;
            let last = name.rsplit("::").next().unwrap_or(name);
            let sp = should_panic.iter().find(|s| s.function == last);
            let result = judge_test(name, &raw, sp, opts);
            let o = outcome_of(&raw);
            if matches!(o.status, RunStatus::Timeout | RunStatus::MemoryLimit | RunStatus::OutputLimit) {
                worst.status = o.status;
            }
            tests.push(result);
        }
        worst.run_ms = Some(total_ms);
        Ok(TestRun { outcome: worst, tests })
    }
}

struct ConfinedRun {
    success: bool,
    signalled: bool,
    timed_out: bool,
    stderr: Vec<u8>,
}

fn compile_failure(status: RunStatus, stderr: String, diagnostics: Vec<Diagnostic>, compile_ms: f64) -> RunOutcome {
    RunOutcome {
        status,
        exit_code: None,
        stdout: String::new(),
        stderr,
        diagnostics,
        compile_ms: Some(compile_ms),
        run_ms: None,
    }
}

/// rustc's JSON messages: diagnostics pinned to the learner's files, and the
/// human-readable text to show in the console.
fn parse_rustc(stderr: &[u8], files: &[SourceFile]) -> (Vec<Diagnostic>, String) {
    let mut diags = Vec::new();
    let mut rendered = String::new();
    for line in String::from_utf8_lossy(stderr).lines() {
        let Ok(msg) = serde_json::from_str::<RustcMessage>(line) else {
            // Not JSON: the compiler crashed or was killed mid-message.
            if !line.trim().is_empty() && !line.starts_with('{') {
                rendered.push_str(&inert_str(line));
                rendered.push('\n');
            }
            continue;
        };
        if msg.message_type != "diagnostic" {
            continue;
        }
        if let Some(r) = &msg.rendered {
            rendered.push_str(&inert_str(r));
            if !r.ends_with('\n') {
                rendered.push('\n');
            }
        }
        let severity = match msg.level.as_str() {
            "error" | "error: internal compiler error" => Severity::Error,
            "warning" => Severity::Warning,
            _ => Severity::Note,
        };
        if let Some(span) = msg.spans.iter().find(|s| s.is_primary && files.iter().any(|f| f.name == s.file_name)) {
            diags.push(Diagnostic {
                line: span.line_start,
                column: span.column_start,
                end_line: span.line_end,
                end_column: span.column_end,
                severity,
                message: inert_str(&msg.message),
            });
        }
    }
    (diags, rendered)
}

fn outcome_of(raw: &RawRun) -> RunOutcome {
    let mut stderr = inert(&raw.stderr);
    let (status, exit_code) = match &raw.exit {
        Exit::Code(0) => (RunStatus::Ok, Some(0)),
        Exit::Code(c) => (RunStatus::RuntimeError, Some(*c)),
        Exit::Timeout => (RunStatus::Timeout, None),
        Exit::MemoryLimit => (RunStatus::MemoryLimit, None),
        Exit::OutputLimit => (RunStatus::OutputLimit, None),
        Exit::Trap(msg) => {
            // A panic already printed its message; the trap adds context.
            stderr.push_str(msg);
            stderr.push('\n');
            (RunStatus::RuntimeError, None)
        }
    };
    RunOutcome { status, exit_code, stdout: inert(&raw.stdout), stderr, diagnostics: Vec::new(), compile_ms: None, run_ms: Some(raw.run_ms) }
}

/// The panic message from libtest's `--nocapture` output, if any.
fn panic_message(stderr: &str) -> Option<String> {
    let start = stderr.find("panicked at ")?;
    let rest = &stderr[start..];
    // "panicked at main.rs:3:5:\nmessage...\nnote: run with RUST_BACKTRACE"
    let body = rest.split_once('\n').map(|(_, b)| b).unwrap_or("");
    let body = body.split("\nnote: ").next().unwrap_or(body);
    Some(body.trim_end().to_string())
}

/// `left`/`right` from an `assert_eq!` failure: by convention the first
/// argument is what the code produced and the second what was expected.
fn left_right(msg: &str) -> (Option<String>, Option<String>) {
    let grab = |key: &str| {
        msg.lines().find_map(|l| l.trim_start().strip_prefix(key).map(|v| v.trim().to_string()))
    };
    (grab("left:"), grab("right:"))
}

fn test_output(stdout: &str) -> String {
    stdout
        .lines()
        .filter(|l| {
            !(l.starts_with("running ") || l.starts_with("test ") || l.starts_with("test result:") || l.starts_with("successes:") || l.starts_with("failures:"))
        })
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

fn judge_test(name: &str, raw: &RawRun, should_panic: Option<&ShouldPanic>, opts: &RunOptions) -> TestResult {
    let stdout = inert(&raw.stdout);
    let stderr = inert(&raw.stderr);
    let output = cap_chars(&test_output(&stdout), TEST_OUTPUT_CAP);
    let panic = panic_message(&stderr);
    let mut r = TestResult { name: name.to_string(), status: TestStatus::Pass, message: None, expected: None, actual: None, output };
    let panicked = matches!(raw.exit, Exit::Trap(_) | Exit::Code(101)) || panic.is_some() && !matches!(raw.exit, Exit::Code(0));
    match (&raw.exit, should_panic) {
        (Exit::Timeout | Exit::MemoryLimit | Exit::OutputLimit, _) => {
            r.status = TestStatus::Error;
            r.message = Some(stopped_message(&outcome_of(raw), opts));
        }
        (_, Some(sp)) => {
            if !panicked {
                r.status = TestStatus::Fail;
                r.message = Some("This test expected the code to panic, but it did not.".into());
            } else if let Some(exp) = &sp.expected {
                if !panic.as_deref().unwrap_or("").contains(exp.as_str()) {
                    r.status = TestStatus::Fail;
                    r.message = Some(format!(
                        "The code panicked, but with a different message. Expected it to mention {exp:?}; the message was: {}",
                        panic.unwrap_or_default()
                    ));
                }
            }
        }
        (Exit::Code(0), None) => {}
        (_, None) => {
            r.status = TestStatus::Fail;
            let msg = panic.unwrap_or_else(|| match &raw.exit {
                Exit::Trap(m) => m.clone(),
                Exit::Code(c) => format!("the test exited with code {c}"),
                _ => "the test failed".into(),
            });
            let (left, right) = left_right(&msg);
            // Say it plainly; keep the assertion's own words (which may
            // carry the test author's message) as the test's output.
            r.message = Some(match (&left, &right) {
                (Some(l), Some(rt)) => format!("Expected {rt}, but got {l}."),
                _ => msg.clone(),
            });
            if left.is_some() {
                r.output = cap_chars(&format!("{}{}{msg}", r.output, if r.output.is_empty() { "" } else { "\n" }), TEST_OUTPUT_CAP);
            }
            r.actual = left;
            r.expected = right;
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_panic_is_blanked_in_place_and_recorded() {
        let src = "#[test]\n#[should_panic(expected = \"boom ]\")]\nfn explodes() { panic!(\"boom ]\") }\n";
        let (out, found) = strip_should_panic(src);
        assert_eq!(out.len(), src.len());
        assert_eq!(out.lines().count(), src.lines().count());
        assert!(!out.contains("should_panic"));
        assert_eq!(found, vec![ShouldPanic { function: "explodes".into(), expected: Some("boom ]".into()) }]);
    }

    #[test]
    fn left_and_right_come_from_assert_eq_messages() {
        let msg = "assertion `left == right` failed\n  left: 4\n right: 5";
        assert_eq!(left_right(msg), (Some("4".into()), Some("5".into())));
    }
}
