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
use super::js::{stopped_message, TEST_OUTPUT_CAP};
use super::text::{cap_chars, inert, inert_str};
use super::{reconcile, Diagnostic, RunOptions, RunOutcome, RunStatus, SandboxError, Severity, SourceFile, TestResult, TestRun, TestStatus, MAX_TESTS};
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

/// A function the tests call, pinned to its type (`exercise.toml`'s
/// `signatures`): `add: fn(i32, i32) -> i32`. The test build coerces the
/// learner's item to that function-pointer type in a module of ours that
/// sees none of the learner's names, so `i32` there is the primitive and
/// `Option` the prelude's. With the types pinned, every comparison a test
/// makes is std's own, never a learner's `PartialEq` that always says yes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// The item's path from the crate root: `add`, `Rectangle::area`.
    pub path: String,
    /// A function-pointer type; the learner's own types as `crate::Name`.
    pub ty: String,
}

impl Signature {
    /// Parses `path: fn(...) -> ...`. Only identifiers, `::`, and the
    /// punctuation of a type are allowed, so an author's (or a hostile
    /// pack's) text cannot add items to the test build.
    pub fn parse(text: &str) -> Result<Signature, String> {
        // `Rectangle::area: fn(..)`: the path ends at the first `: fn`.
        let at = text.find(": fn").ok_or("write it as `name: fn(arguments) -> result`")?;
        let (path, ty) = (text[..at].trim(), text[at + 1..].trim());
        let ident = |s: &str| {
            let mut c = s.chars();
            c.next().is_some_and(|f| f.is_ascii_alphabetic() || f == '_') && c.all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
        };
        if path.is_empty() || !path.split("::").all(ident) || path.split("::").any(|p| matches!(p, "crate" | "super" | "self" | "Self")) {
            return Err("the name before `:` must be a function (or `Type::method`) of the learner's file".into());
        }
        if !ty.starts_with("fn(") {
            return Err("the type must be a function type, starting `fn(`".into());
        }
        if ty.len() > 200 || !ty.chars().all(|c| c.is_ascii_alphanumeric() || "_:&<>()[],' -".contains(c)) {
            return Err("the type may use only names, `::`, `&`, `<>`, `()`, `[]`, `,`, `'` and `->`".into());
        }
        let mut depth = 0i32;
        for c in ty.chars() {
            depth += match c {
                '(' | '[' => 1,
                ')' | ']' => -1,
                _ => 0,
            };
            if depth < 0 {
                return Err("the type's brackets do not balance".into());
            }
        }
        if depth != 0 {
            return Err("the type's brackets do not balance".into());
        }
        Ok(Signature { path: path.to_string(), ty: ty.to_string() })
    }

    /// A free function (`add`), as opposed to a method (`Rectangle::area`).
    fn is_function(&self) -> bool {
        !self.path.contains("::")
    }

    /// The argument types and the result type of `fn(A, B) -> R`, split at
    /// the top level only (`fn(HashMap<String, u32>, (i32, i32))`).
    fn parts(&self) -> (Vec<String>, String) {
        let inner = &self.ty["fn(".len()..];
        let mut depth = 0i32;
        let mut args = Vec::new();
        let mut current = String::new();
        let mut rest = "";
        let mut prev = ' ';
        for (i, c) in inner.char_indices() {
            let arrow = c == '>' && prev == '-';
            prev = c;
            match c {
                '(' | '[' | '<' => depth += 1,
                '>' if arrow => {}
                ')' | ']' | '>' if depth > 0 => depth -= 1,
                ')' => {
                    rest = &inner[i + 1..];
                    break;
                }
                ',' if depth == 0 => {
                    args.push(std::mem::take(&mut current).trim().to_string());
                    continue;
                }
                _ => {}
            }
            current.push(c);
        }
        if !current.trim().is_empty() {
            args.push(current.trim().to_string());
        }
        let result = rest.trim().strip_prefix("->").map(|r| r.trim().to_string()).unwrap_or_else(|| "()".into());
        (args, result)
    }

    /// The wrapper a free function reaches the tests through: a function of
    /// exactly the pinned type that calls the learner's. The tests call
    /// it, so every argument is coerced as the signature says (`&Vec` to
    /// `&[T]`, a literal to `u32`) and the result has the pinned type,
    /// whatever generic parameters the learner's function has; and the
    /// name brings nothing else with it (a `use` of the learner's name
    /// would bring a learner trait of the same name into scope too).
    fn shim(&self) -> String {
        let (args, result) = self.parts();
        let params: Vec<String> = args.iter().enumerate().map(|(i, t)| format!("a{i}: {t}")).collect();
        let names: Vec<String> = (0..args.len()).map(|i| format!("a{i}")).collect();
        format!(
            "#[allow(dead_code)] pub(crate) fn {name}({params}) -> {result} {{ let f: {ty} = crate::{name}; f({names}) }}",
            name = self.path,
            params = params.join(", "),
            ty = self.ty,
            names = names.join(", "),
        )
    }

    /// What the learner reads when their item does not fit.
    fn learner_message(&self) -> String {
        format!(
            "The tests need `{}` to be a function of type `{}`: the same inputs and result, in the same order. Check its name, what it takes, and what it returns after `->`.",
            self.path,
            self.ty.replace("crate::", "")
        )
    }
}

/// One of the learner's enums the tests match on, with exactly its unit
/// variants (`exercise.toml`'s `enums`: `"Light: Red, Yellow, Green"`).
/// The test build matches a value of it against exactly those variants,
/// exhaustively, so it fails to compile unless the type is an enum with
/// those variants and no others: a struct with constants of those names
/// (whose patterns compare with `==`) is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumShape {
    pub name: String,
    pub variants: Vec<String>,
}

impl EnumShape {
    pub fn parse(text: &str) -> Result<EnumShape, String> {
        let (name, variants) = text.split_once(':').ok_or("write it as `Name: Variant, Variant`")?;
        let ident = |s: &str| {
            let mut c = s.chars();
            c.next().is_some_and(|f| f.is_ascii_alphabetic() || f == '_') && c.all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
        };
        let name = name.trim();
        let variants: Vec<String> = variants.split(',').map(|v| v.trim().to_string()).collect();
        if !ident(name) || matches!(name, "crate" | "super" | "self" | "Self") {
            return Err("the name before `:` must be one of the learner's enums".into());
        }
        if variants.iter().any(|v| !ident(v)) || variants.is_empty() {
            return Err("list the variants by name, separated by commas".into());
        }
        Ok(EnumShape { name: name.to_string(), variants })
    }

    fn learner_message(&self) -> String {
        format!("The tests need `{}` to be an enum with exactly these variants: {}.", self.name, self.variants.join(", "))
    }
}

/// What a test build pins of the learner's file (see [`Signature`] and
/// [`EnumShape`]), and so the only names the tests may use from it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pins {
    pub signatures: Vec<Signature>,
    pub enums: Vec<EnumShape>,
}

impl Pins {
    /// What the tests import, in place of `use super::*`: each pinned free
    /// function through its wrapper in `stepstone_signatures` (see
    /// [`Signature::shim`]), and each type the pins name (the first part of
    /// a method's path, each `crate::Name` in a pinned type, each pinned
    /// enum) from the crate. So no trait the learner defines is in scope
    /// in the tests to answer a method call.
    fn imports(&self) -> String {
        let mut functions: Vec<String> = Vec::new();
        let mut types: Vec<String> = Vec::new();
        let add = |list: &mut Vec<String>, n: &str| {
            if !n.is_empty() && !list.iter().any(|o| o == n) {
                list.push(n.to_string());
            }
        };
        for s in &self.signatures {
            if s.is_function() {
                add(&mut functions, &s.path);
            } else {
                add(&mut types, s.path.split("::").next().unwrap_or(""));
            }
            for part in s.ty.split("crate::").skip(1) {
                add(&mut types, &part.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect::<String>());
            }
        }
        for e in &self.enums {
            add(&mut types, &e.name);
        }
        let mut out = String::new();
        if !functions.is_empty() {
            out.push_str(&format!("#[allow(unused_imports)] use crate::stepstone_signatures::{{{}}}; ", functions.join(", ")));
        }
        if !types.is_empty() {
            out.push_str(&format!("#[allow(unused_imports)] use crate::{{{}}}; ", types.join(", ")));
        }
        out
    }
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
            let body = &rest[rest.find('"')? + 1..];
            // The literal ends at the first quote no backslash escapes.
            let mut escaped = false;
            let end = body.char_indices().find(|&(_, c)| {
                let closes = c == '"' && !escaped;
                escaped = c == '\\' && !escaped;
                closes
            })?;
            Some(body[..end.0].to_string())
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
        let run = self.run_confined(&tc, work.path(), args, limits)?;
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
        let raw = self.run_instance(&pre, &["main"], opts.stdin.clone(), &opts.limits)?;
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
        let (crate_files, should_panic, pins) = test_crate(files, tests, pins)?;
        let built = match self.compile_rust(&crate_files, files, true, &pins, &opts.limits)? {
            Compiled::Built(b) => b,
            Compiled::Failed(outcome) => return Ok(TestRun { outcome, tests: Vec::new() }),
        };
        let pre = match self.prepare(built.wasm, &opts.limits)? {
            Ok(pre) => pre,
            Err(outcome) => return Ok(TestRun { outcome: with_compile(outcome, built.compile_ms, built.warnings), tests: Vec::new() }),
        };
        let list = self.run_instance(&pre, &["main", "--list", "--format=terse"], Vec::new(), &opts.limits)?;
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
            let raw = self.run_instance(&pre, &["main", "--exact", &full, "--nocapture", "--test-threads=1"], format!("{nonce}\n").into_bytes(), &opts.limits)?;
            total_ms += raw.run_ms;
            let o = outcome_of(&raw);
            if matches!(o.status, RunStatus::Timeout | RunStatus::MemoryLimit | RunStatus::OutputLimit) {
                worst.status = o.status;
            }
            let sp = should_panic.iter().find(|s| &s.function == name);
            results.push(judge_test(name, &raw, sp, &nonce, opts));
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
const TEST_MODULE: &str = "stepstone_tests";
const TEST_FILE: &str = "stepstone_tests.rs";
const ROOT_FILE: &str = "stepstone_crate.rs";

/// The names of the `#[test]` functions in an exercise's tests file (text
/// the author wrote, never the learner), in file order.
pub fn test_names(tests: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = tests;
    while let Some(at) = rest.find("#[test]") {
        rest = &rest[at + "#[test]".len()..];
        let Some(f) = rest.find("fn ") else { break };
        let name: String = rest[f + 3..].trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        if !name.is_empty() {
            names.push(name);
        }
    }
    names
}

/// Names a test file may use from std that the learner's file must not be
/// able to replace: imported explicitly, an import beats the learner's
/// items that `use super::*` brings in.
///
/// That includes the primitive types: a learner's `struct u32` brought in
/// by `use super::*` would otherwise shadow the real `u32` in a test's
/// `let w: u32 = r.width;`, and its `PartialEq` could say yes to anything.
/// The common std types are named too, so a learner type called `String`
/// or `Option` never stands in for them.
const STD_IMPORTS: &str = "#[allow(unused_imports)] use ::std::{assert, assert_eq, assert_ne, debug_assert, debug_assert_eq, debug_assert_ne, panic, vec, format, print, println, eprint, eprintln, write, writeln, matches, unreachable, todo, unimplemented, dbg}; \
     #[allow(unused_imports)] use ::core::primitive::{bool, char, f32, f64, i8, i16, i32, i64, i128, isize, str, u8, u16, u32, u64, u128, usize}; \
     #[allow(unused_imports)] use ::std::{string::String, vec::Vec, boxed::Box, option::Option::{self, Some, None}, result::Result::{self, Ok, Err}}; \
     #[allow(unused_imports)] use ::std::prelude::rust_2021::*; ";

/// The files of a test build: our crate root, the tests (should_panic
/// stripped and guarded), then the learner's files unchanged.
fn test_crate(files: &[SourceFile], tests: &SourceFile, pinned: &Pins) -> Result<(Vec<SourceFile>, Vec<ShouldPanic>, Vec<Pin>), SandboxError> {
    let Some(main) = files.first() else { return Err(SandboxError::BadFileName(String::new())) };
    if files.iter().any(|f| f.name == TEST_FILE || f.name == ROOT_FILE) {
        return Err(SandboxError::BadFileName(main.name.clone()));
    }
    let (mut text, should_panic) = strip_should_panic(&tests.text);
    // The guard call goes first in each should_panic test's body, before
    // any learner code can run; the line keeps its number.
    for sp in &should_panic {
        if let Some(open) = body_start(&text, &sp.function) {
            text.insert_str(open + 1, " crate::stepstone_guard::expect_panic();");
        }
    }
    let mut root = format!(
        "#![forbid(unsafe_code)]\n\
         #[path = \"{TEST_FILE}\"]\nmod {TEST_MODULE};\n\
         mod stepstone_guard {{\n\
             pub(crate) fn expect_panic() {{\n\
                 let mut line = ::std::string::String::new();\n\
                 let _ = ::std::io::stdin().read_line(&mut line);\n\
                 let secret = ::std::string::String::from(line.trim());\n\
                 ::std::panic::set_hook(::std::boxed::Box::new(move |info| {{\n\
                     ::std::eprintln!(\"\\n{{}} panicked: {{}}\", secret, info.payload_as_str().unwrap_or(\"\").escape_debug());\n\
                     ::std::process::abort();\n\
                 }}));\n\
             }}\n\
         }}\n\
         mod stepstone_signatures {{\n"
    );
    // One pinned item a line, so a compile error's line says which. This
    // module imports nothing: the learner's names cannot reach its types.
    let mut pins = Vec::new();
    let bad = |message: String| SandboxError::Tests { file: tests.name.clone(), message };
    for sig in &pinned.signatures {
        let sig = Signature::parse(&format!("{}: {}", sig.path, sig.ty)).map_err(bad)?;
        pins.push(Pin { root_line: root.lines().count() as u32 + 1, learner_line: item_line(&main.text, &sig.path), message: sig.learner_message() });
        if sig.is_function() {
            root.push_str(&sig.shim());
            root.push('\n');
        } else {
            root.push_str(&format!("const _: {} = crate::{};\n", sig.ty, sig.path));
        }
    }
    for (i, e) in pinned.enums.iter().enumerate() {
        let e = EnumShape::parse(&format!("{}: {}", e.name, e.variants.join(", "))).map_err(bad)?;
        pins.push(Pin { root_line: root.lines().count() as u32 + 1, learner_line: item_line(&main.text, &e.name), message: e.learner_message() });
        let arms: String = e.variants.iter().map(|v| format!("crate::{}::{v} => {{}} ", e.name)).collect();
        root.push_str(&format!("#[allow(dead_code)] fn enum_{i}(x: &crate::{}) {{ match x {{ {arms}}} }}\n", e.name));
    }
    root.push_str(&format!("}}\ninclude!(\"{}\");\n", main.name));
    // The tests see the learner's pinned names only, imported one by one
    // in place of the author's `use super::*;` (kept on its line, so line
    // numbers in messages stay right).
    let imports = pinned.imports();
    let text: String = text
        .split_inclusive('\n')
        .map(|line| if matches!(line.trim(), "use super::*;" | "use crate::*;") { if line.ends_with('\n') { "\n" } else { "" } } else { line })
        .collect();
    let mut out = vec![SourceFile { name: ROOT_FILE.into(), text: root }, SourceFile { name: TEST_FILE.into(), text: format!("{STD_IMPORTS}{imports}{text}") }];
    out.extend(files.iter().cloned());
    Ok((out, should_panic, pins))
}

/// A pin as placed in a test build's root: the line it is on there, the
/// line of the learner's item it pins (1 when not found), and what the
/// learner reads when it does not hold.
#[derive(Debug, Clone)]
struct Pin {
    root_line: u32,
    learner_line: u32,
    message: String,
}

/// The line of `fn name`, `enum name` or `struct name` (`name` the last
/// part of `path`) in the learner's file; 1 when there is none.
fn item_line(text: &str, path: &str) -> u32 {
    let name = path.rsplit("::").next().unwrap_or(path);
    for keyword in ["fn ", "enum ", "struct "] {
        let mut from = 0;
        while let Some(rel) = text[from..].find(keyword) {
            let at = from + rel;
            let rest = text[at + keyword.len()..].trim_start();
            if rest.starts_with(name) && !rest[name.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_') {
                return text[..at].matches('\n').count() as u32 + 1;
            }
            from = at + keyword.len();
        }
    }
    1
}

/// The pins a failed test build's errors point at: (message, learner line).
fn pinned_errors(stderr: &[u8], pins: &[Pin]) -> Vec<(String, u32)> {
    let mut out: Vec<(String, u32)> = Vec::new();
    for line in String::from_utf8_lossy(stderr).lines() {
        let Ok(msg) = serde_json::from_str::<RustcMessage>(line) else { continue };
        if msg.level != "error" {
            continue;
        }
        for span in msg.spans.iter().filter(|s| s.is_primary && s.file_name == ROOT_FILE) {
            if let Some(pin) = pins.iter().find(|p| p.root_line == span.line_start) {
                if !out.iter().any(|(m, _)| m == &pin.message) {
                    out.push((pin.message.clone(), pin.learner_line));
                }
            }
        }
    }
    out
}

/// The byte offset of the `{` opening `fn name`'s body.
fn body_start(text: &str, name: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(rel) = text[from..].find("fn ") {
        let at = from + rel + 3;
        let rest = text[at..].trim_start();
        if rest.starts_with(name) && !rest[name.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_') {
            return text[at..].find('{').map(|b| at + b);
        }
        from = at;
    }
    None
}

/// 128 random bits as hex: the secret a should_panic test's hook prints.
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

/// libtest's first line when the name filter matched exactly one test.
fn ran_one_test(stdout: &str) -> bool {
    stdout.lines().find(|l| !l.trim().is_empty()) == Some("running 1 test")
}

/// The text of a Rust string literal's body as written in source
/// (`it's \"x\"`): what the program sees (`it's "x"`).
fn unescape_literal(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut chars = src.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// The message our guard's hook printed with this run's secret, if it is
/// the last thing the run printed (the hook aborts right after it).
fn guarded_panic(stderr: &str, nonce: &str) -> Option<String> {
    let tag = format!("{nonce} panicked: ");
    stderr.lines().rev().find(|l| !l.trim().is_empty())?.strip_prefix(tag.as_str()).map(str::to_string)
}

/// Whether the run ended in the guard's own hook, called by std's panic
/// machinery: on the trap's stack, which the host reads and the guest
/// cannot touch, the guard's closure sits directly inside std's
/// `panic_with_hook`. The secret alone is not enough: code that breaks
/// memory safety through a compiler bug (rust-lang/rust#25860) can read it
/// out of the hook and print the line without ever panicking.
///
/// Names are matched as mangled: the guard's closure is the crate root's
/// `stepstone_guard` (the learner cannot make another at the root), and
/// std's function is v0-mangled (`_R...`), which no learner item is.
fn panicked_through_the_guard(raw: &RawRun) -> bool {
    if !matches!(raw.exit, Exit::Trap(_)) {
        return false;
    }
    let frames = &raw.trap_frames;
    let guard = |f: &str| f.starts_with("_ZN4main15stepstone_guard12expect_panic28_$u7b$$u7b$closure$u7d$$u7d$") || f == "main::stepstone_guard::expect_panic::{{closure}}";
    let std_hook = |f: &str| {
        (f.starts_with("_R") && f.contains("3std9panicking") && f.ends_with("panic_with_hook")) || f == "std::panicking::panic_with_hook" || f == "std::panicking::rust_panic_with_hook"
    };
    frames.iter().position(|f| guard(f)).is_some_and(|i| frames.get(i + 1).is_some_and(|f| std_hook(f)))
}

fn judge_test(name: &str, raw: &RawRun, should_panic: Option<&ShouldPanic>, nonce: &str, opts: &RunOptions) -> TestResult {
    let stdout = inert(&raw.stdout);
    let stderr = inert(&raw.stderr);
    let output = cap_chars(&test_output(&stdout), TEST_OUTPUT_CAP);
    let panic = panic_message(&stderr);
    let mut r = TestResult { name: name.to_string(), status: TestStatus::Pass, message: None, expected: None, actual: None, output };
    let returned = raw.exit == Exit::Returned && ran_one_test(&stdout);
    match (&raw.exit, should_panic) {
        (Exit::Timeout | Exit::MemoryLimit | Exit::OutputLimit, _) => {
            r.status = TestStatus::Error;
            r.message = Some(stopped_message(&outcome_of(raw), opts));
        }
        (_, Some(sp)) => match guarded_panic(&String::from_utf8_lossy(&raw.stderr), nonce).filter(|_| panicked_through_the_guard(raw)) {
            None => {
                r.status = TestStatus::Fail;
                r.message = Some("This test expected the code to panic, but it did not.".into());
            }
            Some(message) => {
                // The hook printed the message escaped (to keep it on one
                // line), so the expected text is compared escaped too.
                if let Some(exp) = sp.expected.as_deref().filter(|e| !message.contains(&unescape_literal(e).escape_debug().to_string())) {
                    r.status = TestStatus::Fail;
                    r.message = Some(format!(
                        "The code panicked, but with a different message. Expected it to mention {exp:?}; the message was: {}",
                        inert_str(&message)
                    ));
                }
            }
        },
        (_, None) if returned => {}
        (_, None) => {
            r.status = TestStatus::Fail;
            let msg = panic.unwrap_or_else(|| match &raw.exit {
                Exit::Trap(m) => m.clone(),
                Exit::Code(c) => format!("The test did not finish: the program exited with code {c} while it ran (std::process::exit?)."),
                Exit::Returned => "The test did not run.".into(),
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
        let src = "#[test]\n#[should_panic(expected = \"boom ]\")]\nfn explodes() { panic!(\"boom ]\") }\n#[test]\n#[should_panic(expected = \"it's \\\"x\\\"\")]\nfn quotes() { panic!(\"it's \\\"x\\\"\") }\n";
        let (out, found) = strip_should_panic(src);
        assert_eq!(out.len(), src.len());
        assert_eq!(out.lines().count(), src.lines().count());
        assert!(!out.contains("should_panic"));
        assert_eq!(
            found,
            vec![
                ShouldPanic { function: "explodes".into(), expected: Some("boom ]".into()) },
                ShouldPanic { function: "quotes".into(), expected: Some(r#"it's \"x\""#.into()) },
            ]
        );
    }

    #[test]
    fn a_pinned_function_reaches_the_tests_through_a_wrapper_of_exactly_its_type() {
        let sig = Signature::parse("pick: fn(HashMap<fn(i32) -> i32, u8>, &[String]) -> Option<(u32, u32)>").unwrap();
        assert_eq!(sig.parts(), (vec!["HashMap<fn(i32) -> i32, u8>".to_string(), "&[String]".to_string()], "Option<(u32, u32)>".to_string()));
        assert_eq!(
            Signature::parse("add: fn(i32, i32) -> i32").unwrap().shim(),
            "#[allow(dead_code)] pub(crate) fn add(a0: i32, a1: i32) -> i32 { let f: fn(i32, i32) -> i32 = crate::add; f(a0, a1) }"
        );
        assert_eq!(Signature::parse("tick: fn()").unwrap().parts(), (vec![], "()".to_string()));
        assert!(!Signature::parse("Rectangle::area: fn(&crate::Rectangle) -> u32").unwrap().is_function());
    }

    #[test]
    fn expected_panic_text_is_compared_as_the_program_sees_it() {
        assert_eq!(unescape_literal(r#"it's \"x\" \\ done\n"#), "it's \"x\" \\ done\n");
        // What the hook prints for that message contains its escaped form.
        let printed = "it's \"x\"".escape_debug().to_string();
        assert!(printed.contains(&unescape_literal(r#"it's \"x\""#).escape_debug().to_string()));
    }

    #[test]
    fn left_and_right_come_from_assert_eq_messages() {
        let msg = "assertion `left == right` failed\n  left: 4\n right: 5";
        assert_eq!(left_right(msg), (Some("4".into()), Some("5".into())));
    }
}
