//! Rust: compile the learner's crate to wasm32-wasip1 with the confined
//! compiler, then run it (or its `#[test]`s) in the sandbox.
//!
//! Tests go through libtest, which under wasm (panic=abort) has two quirks:
//! the first failing test aborts the whole run, and `#[should_panic]` tests
//! are reported as ignored. So we run each test in a fresh instance of the
//! one compiled module, and we strip `#[should_panic]` from the source
//! (keeping every line and column where it was) and judge those tests
//! ourselves.
//!
//! A verdict must not be forgeable from the learner's file, so a test build
//! is laid out as follows (see [`test_crate`]):
//! * the crate root is ours: `#![forbid(unsafe_code)]`, then the tests
//!   module, then a private guard module, and only then the learner's file
//!   through `include!`. A learner's `macro_rules! assert_eq` therefore is
//!   not in the tests' textual scope, crate-level attributes in the
//!   learner's file are an error, and the tests import std's macros and
//!   prelude explicitly, so nothing the learner exports can shadow them;
//! * every function the tests call is pinned to the type the exercise
//!   declares ([`Signature`]), in a module that sees none of the learner's
//!   names, and the tests call it through a wrapper of exactly that type,
//!   so arguments coerce as declared and the values a test compares are
//!   std types with std's `PartialEq`, never a learner type whose equality
//!   always says yes; the tests import only the pinned names, never
//!   `use super::*`, so no learner trait is in scope there;
//! * the host knows the tests from the tests file ([`test_names`]); each
//!   runs by exact name and passes only when `_start` *returned* (an
//!   `exit(0)` from learner code is not a return) after libtest said it
//!   was running exactly one test;
//! * a `#[should_panic]` test starts by reading a random secret from stdin
//!   and installing a panic hook that prints it; it passes only if that
//!   secret line comes back with the expected message. The learner's code
//!   runs after the secret was read, so it can neither read nor print it.

use serde::Deserialize;
use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::confine::{ConfineSpec, ENV};
use super::engine::{Exit, RawRun, Sandbox};

use super::text::{inert, inert_str};
use super::{reconcile, Diagnostic, RunOptions, RunOutcome, RunStatus, SandboxError, Severity, SourceFile, TestRun, MAX_TESTS};
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

mod build;
mod judge;

pub use build::{strip_should_panic, test_names, EnumShape, Pins, ShouldPanic, Signature};
use build::{pinned_errors, test_crate, Pin, TEST_MODULE};
use judge::judge_test;

impl Sandbox {
    /// Compiles `files` (crate root first; `learner` says how many of them,
    /// from the start or after the root, are the learner's, for pinning
    /// diagnostics) as a program, or with `--test`.
    fn compile_rust(&self, files: &[SourceFile], learner: &[SourceFile], test: bool, pins: &[Pin], limits: &Limits) -> Result<Compiled, SandboxError> {
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
            args.push("-Funsafe_code".into());
        }
        args.push(main.name.clone());
        let started = Instant::now();
        // rustc is deterministic for the same toolchain, arguments and
        // files: the same code checked again (a re-check, a re-grade, the
        // curriculum check's next run) reuses its output.
        let cached = self.cache_dir().filter(|d| super::cache::usable_dir(d)).map(|d| {
            let key = rustc_key(&tc, &args, &out, files);
            (d.to_path_buf(), d.join(format!("rustc-{}.out", &key[..32])))
        });
        let run = match cached.as_ref().and_then(|(_, path)| super::cache::read_entry(path)).and_then(|b| ConfinedRun::from_cache(&b, &out)) {
            Some(run) => run,
            None => {
                let run = self.run_confined(&tc, work.path(), args, limits)?;
                if let Some((dir, path)) = &cached {
                    if !run.timed_out && !run.signalled {
                        let _ = super::cache::write_entry(dir, path, &run.to_cache(&out));
                    }
                }
                run
            }
        };
        let compile_ms = started.elapsed().as_secs_f64() * 1000.0;

        let (diagnostics, rendered) = parse_rustc(&run.stderr, learner);
        if run.timed_out {
            return Ok(Compiled::Failed(compile_failure(
                RunStatus::Timeout,
                format!("Compiling took longer than {} seconds, so it was stopped.\n", limits.compile_ms as f64 / 1000.0),
                diagnostics,
                compile_ms,
            )));
        }
        if !run.success || !out.exists() {
            let (pinned, mut diagnostics) = (pinned_errors(&run.stderr, pins), diagnostics);
            let mut text = rendered;
            if !pinned.is_empty() {
                // Our crate root's line means nothing to a learner: say
                // which of their functions does not fit, and where it is.
                let mut lead = String::new();
                for (message, line) in &pinned {
                    lead.push_str(message);
                    lead.push_str("\n\n");
                    diagnostics.push(Diagnostic { line: *line, column: 1, end_line: *line, end_column: 1, severity: Severity::Error, message: message.clone() });
                }
                text = lead + &text;
            }
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
        let built = match self.compile_rust(files, files, false, &[], &opts.limits)? {
            Compiled::Built(b) => b,
            Compiled::Failed(outcome) => return Ok(outcome),
        };
        let pre = match self.prepare(built.wasm, &opts.limits)? {
            Ok(pre) => pre,
            Err(outcome) => return Ok(with_compile(outcome, built.compile_ms, built.warnings)),
        };
        let raw = self.run_instance(&pre, &["main"], opts.stdin.clone(), &opts.limits, opts.sealed, crate::sandbox::engine::Entry::Command)?;
        Ok(with_compile(outcome_of(&raw), built.compile_ms, built.warnings))
    }

    /// Cranelift, within the compile deadline, against WASI alone; what
    /// goes wrong here is the learner's verdict.
    fn prepare(&self, wasm: Vec<u8>, limits: &Limits) -> Result<Result<wasmtime::InstancePre<super::engine::Guest>, RunOutcome>, SandboxError> {
        let module = match self.compile_learner(wasm, Duration::from_millis(limits.compile_ms))? {
            Some(Ok(module)) => module,
            Some(Err(why)) => {
                return Ok(Err(compile_failure(
                    RunStatus::CompileError,
                    format!("The compiled program could not be prepared to run: {}\n", inert_str(&why)),
                    Vec::new(),
                    0.0,
                )))
            }
            None => {
                return Ok(Err(compile_failure(
                    RunStatus::Timeout,
                    "Preparing the compiled program took too long, so it was stopped. Is it very large?\n".into(),
                    Vec::new(),
                    0.0,
                )))
            }
        };
        Ok(self.learner_pre(&module).map_err(|msg| compile_failure(RunStatus::CompileError, format!("{msg}\n"), Vec::new(), 0.0)))
    }

    /// Compiles the learner's files with the exercise's `tests` (see the
    /// module notes for the layout) and runs each test the tests file
    /// declares in a fresh instance, within the check's total time.
    pub fn test_rust(&self, files: &[SourceFile], tests: &SourceFile, pins: &Pins, opts: &RunOptions) -> Result<TestRun, SandboxError> {
        let names = test_names(&tests.text);
        let bad = |message: String| SandboxError::Tests { file: tests.name.clone(), message };
        if names.is_empty() {
            return Err(bad("it has no #[test] functions".into()));
        }
        if names.len() > MAX_TESTS {
            return Err(bad(format!("it has {} tests; at most {MAX_TESTS} are allowed", names.len())));
        }
        if let Some((_, dup)) = names.iter().enumerate().find(|(i, n)| names[..*i].contains(n)) {
            return Err(bad(format!("two tests are named {dup}")));
        }
        let guard = guard_name(self.cache_dir(), files, tests, pins)?;
        let (crate_files, should_panic, pins) = test_crate(files, tests, pins, &guard)?;
        let built = match self.compile_rust(&crate_files, files, true, &pins, &opts.limits)? {
            Compiled::Built(b) => b,
            Compiled::Failed(outcome) => return Ok(TestRun { outcome, tests: Vec::new() }),
        };
        let pre = match self.prepare(built.wasm, &opts.limits)? {
            Ok(pre) => pre,
            Err(outcome) => return Ok(TestRun { outcome: with_compile(outcome, built.compile_ms, built.warnings), tests: Vec::new() }),
        };
        let list = self.run_instance(&pre, &["main", "--list", "--format=terse"], Vec::new(), &opts.limits, opts.sealed, crate::sandbox::engine::Entry::Command)?;
        let listed: Vec<String> = String::from_utf8_lossy(&list.stdout).lines().filter_map(|l| l.strip_suffix(": test").map(str::to_string)).collect();
        let mut worst = with_compile(outcome_of(&list), built.compile_ms, built.warnings.clone());
        let mut total_ms = list.run_ms;
        let started_at = Instant::now();
        let budget = Duration::from_millis(opts.limits.check_ms);
        let mut results = Vec::new();
        let mut started = Vec::new();
        for name in &names {
            let full = format!("{TEST_MODULE}::{name}");
            if !listed.contains(&full) {
                // Not in the compiled program: something in the learner's
                // file removed it. Missing, so never a pass.
                continue;
            }
            if started_at.elapsed() >= budget {
                started.push(name.clone());
                continue;
            }
            let nonce = nonce()?;
            let raw = self.run_instance(&pre, &["main", "--exact", &full, "--nocapture", "--test-threads=1"], format!("{nonce}\n").into_bytes(), &opts.limits, opts.sealed, crate::sandbox::engine::Entry::Command)?;
            total_ms += raw.run_ms;
            let o = outcome_of(&raw);
            if matches!(o.status, RunStatus::Timeout | RunStatus::MemoryLimit | RunStatus::OutputLimit) {
                worst.status = o.status;
            }
            let sp = should_panic.iter().find(|s| &s.function == name);
            results.push(judge_test(name, &raw, sp, &nonce, &guard, opts));
        }
        worst.run_ms = Some(total_ms);
        let stopped = format!(
            "This test did not run: the whole check took longer than {} seconds.",
            opts.limits.check_ms as f64 / 1000.0
        );
        Ok(TestRun { outcome: worst, tests: reconcile(&names, results, &started, &stopped) })
    }
}

/// The module the exercise's tests become in a test build.

/// The guard module's name: unguessable by the learner, and the same for
/// the same files and tests on this machine (so the build can be cached).
/// Without a usable cache folder, a fresh random name each time.
fn guard_name(cache_dir: Option<&Path>, files: &[SourceFile], tests: &SourceFile, pins: &Pins) -> Result<String, SandboxError> {
    let Some(secret) = cache_dir.and_then(super::cache::secret) else {
        return Ok(format!("stepstone_guard_{}", &nonce()?[..16]));
    };
    let pins = format!("{pins:?}");
    let mut parts: Vec<&[u8]> = vec![&secret, tests.name.as_bytes(), tests.text.as_bytes(), pins.as_bytes()];
    for f in files {
        parts.push(f.name.as_bytes());
        parts.push(f.text.as_bytes());
    }
    Ok(format!("stepstone_guard_{}", &super::cache::digest(&parts)[..16]))
}

fn nonce() -> Result<String, SandboxError> {
    let mut b = [0u8; 16];
    getrandom::fill(&mut b).map_err(|e| SandboxError::Engine(format!("no randomness: {e}")))?;
    Ok(b.iter().map(|x| format!("{x:02x}")).collect())
}

fn with_compile(mut o: RunOutcome, compile_ms: f64, warnings: Vec<Diagnostic>) -> RunOutcome {
    o.compile_ms = Some(compile_ms);
    if o.diagnostics.is_empty() {
        o.diagnostics = warnings;
    }
    o
}

struct ConfinedRun {
    success: bool,
    signalled: bool,
    timed_out: bool,
    stderr: Vec<u8>,
}

impl ConfinedRun {
    /// `[success][stderr length, u64 LE][stderr][the wasm, when it built]`.
    fn to_cache(&self, out: &Path) -> Vec<u8> {
        let wasm = if self.success { std::fs::read(out).unwrap_or_default() } else { Vec::new() };
        let mut b = vec![u8::from(self.success && !wasm.is_empty())];
        b.extend_from_slice(&(self.stderr.len() as u64).to_le_bytes());
        b.extend_from_slice(&self.stderr);
        b.extend_from_slice(&wasm);
        b
    }

    /// A run read back from the cache, its wasm written to `out`.
    fn from_cache(b: &[u8], out: &Path) -> Option<ConfinedRun> {
        let (&flag, rest) = b.split_first()?;
        let len = u64::from_le_bytes(rest.get(..8)?.try_into().ok()?) as usize;
        let stderr = rest.get(8..8usize.checked_add(len)?)?.to_vec();
        let wasm = &rest[8 + len..];
        let success = flag == 1;
        if success {
            std::fs::write(out, wasm).ok()?;
        }
        Some(ConfinedRun { success, signalled: false, timed_out: false, stderr })
    }
}

/// What rustc's output depends on: the toolchain (its files' sizes and
/// times, so an upgrade misses), the arguments (the output path aside, it
/// changes every time) and every file compiled.
fn rustc_key(tc: &RustToolchain, args: &[String], out: &Path, files: &[SourceFile]) -> String {
    let stamp = |p: &Path| {
        let m = std::fs::metadata(p).ok();
        format!("{}:{:?}:{:?}", p.display(), m.as_ref().map(|m| m.len()), m.and_then(|m| m.modified().ok()))
    };
    let out = out.display().to_string();
    let mut parts: Vec<Vec<u8>> = vec![b"rustc-v1".to_vec(), stamp(&tc.rustc).into_bytes(), stamp(&tc.sysroot).into_bytes(), stamp(&tc.linker).into_bytes()];
    parts.extend(args.iter().filter(|a| **a != out).map(|a| a.clone().into_bytes()));
    for f in files {
        parts.push(f.name.clone().into_bytes());
        parts.push(f.text.clone().into_bytes());
    }
    let refs: Vec<&[u8]> = parts.iter().map(|p| p.as_slice()).collect();
    super::cache::digest(&refs)
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
        tables: Vec::new(),
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
        Exit::Returned | Exit::Code(0) => (RunStatus::Ok, Some(0)),
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
    RunOutcome { status, exit_code, stdout: inert(&raw.stdout), stderr, diagnostics: Vec::new(), compile_ms: None, run_ms: Some(raw.run_ms), tables: Vec::new() }
}

