//! Build script for the core crate.
//!
//! It compiles QuickJS-ng, from the C sources vendored in the `rquickjs-sys`
//! registry crate, together with our runner (`src/sandbox/js/runner.c`) into
//! a WASI command module that the binary embeds. Only Debian's clang-19,
//! lld-19, wasi-libc and libclang-rt-19-dev-wasm32 are used; nothing is
//! downloaded. A missing tool stops the build with the package to install.
//!
//! It compiles SQLite's amalgamation, from the copy vendored in the
//! `libsqlite3-sys` registry crate (the one rusqlite already builds), with
//! our runner (`src/sandbox/sql/runner.c`) into `stepstone-sql.wasm` the
//! same way: learner SQL runs there, never in the progress store's SQLite.
//!
//! It also runs the cheap checks on the bundled curriculum's manifests
//! (TOML shape, format version, unique ids, folders present) and embeds an
//! index of its tracks, units and exercises, so the app starts without
//! scanning folders. Grading every solution is `stepstone curriculum check`.
//!
//! It does not build the Rust wasm32-wasip1 standard library: that is a
//! one-off, machine-wide step done by `scripts/build-wasm-std.sh`.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

#[allow(dead_code)]
#[path = "src/curriculum/manifest.rs"]
mod manifest;

const QUICKJS_CRATE: &str = "rquickjs-sys-0.14.0";
const SQLITE_CRATE: &str = "libsqlite3-sys-0.35.0";
/// QuickJS's own limit on native stack use, checked before each call. The
/// linear-memory stack below is larger so the check always fires first.
const JS_STACK: usize = 1024 * 1024;
const WASM_STACK: usize = 4 * 1024 * 1024;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/sandbox/js/runner.c");
    println!("cargo:rerun-if-changed=src/sandbox/sql/runner.c");
    println!("cargo:rerun-if-changed=src/sandbox/sql/guard.c");
    println!("cargo:rerun-if-changed=src/sandbox/sql/guard.h");
    println!("cargo:rerun-if-changed=src/sandbox/js/web_sql.c");
    println!("cargo:rerun-if-env-changed=STEPSTONE_WASI_CC");
    println!("cargo:rerun-if-changed=curriculum");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    index_curriculum(Path::new("curriculum"), &out);
    let cc = wasi_cc();
    // The two modules depend only on our C sources, this script, the
    // vendored crates' versions (named above) and the compiler. A fresh
    // clone, or a change elsewhere that reruns this script (a curriculum
    // edit, say), reuses them from the target directory's cache instead of
    // spending most of a minute in clang.
    let cache = wasm_cache_dir(&out, &cc);
    let outputs = ["stepstone-js.wasm", "stepstone-sql.wasm"];
    if let Some(dir) = &cache {
        if outputs.iter().all(|f| dir.join(f).is_file()) && outputs.iter().all(|f| std::fs::copy(dir.join(f), out.join(f)).is_ok()) {
            return;
        }
    }
    // SQLite's one big file and QuickJS's compile at the same time.
    let sqlite = start_sqlite(&cc, &out);
    let js = build_quickjs(&cc, &out);
    let sql = finish_sqlite(&cc, &out, sqlite);
    // The JavaScript runner links SQLite too: learners' servers use it.
    let mut objs = js;
    objs.extend(sql.into_iter().filter(|o| !o.ends_with("sql-runner.o")));
    // A reactor: the host calls stepstone_prepare and stepstone_run, and
    // copies memory between them (see src/sandbox/js.rs).
    link_as(&cc, &objs, &out.join("stepstone-js.wasm"), "the QuickJS-ng WASI module", true);
    if let Some(dir) = cache {
        // Written whole, then renamed: a build cut short leaves no half file.
        let tmp = dir.with_extension(format!("tmp{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&tmp);
        if std::fs::create_dir_all(&tmp).is_ok() && outputs.iter().all(|f| std::fs::copy(out.join(f), tmp.join(f)).is_ok()) {
            let _ = std::fs::rename(&tmp, &dir);
        }
        let _ = std::fs::remove_dir_all(&tmp);
    }
}

/// `<target>/stepstone-wasm-cache/<key>`, the key hashing everything the
/// modules are built from; None when the target directory is not where
/// cargo usually puts it (then every build compiles).
fn wasm_cache_dir(out: &Path, cc: &str) -> Option<PathBuf> {
    use sha2::{Digest, Sha256};
    // OUT_DIR is <target>/<profile>/build/<pkg>-<hash>/out.
    let target = out.ancestors().nth(4)?;
    let mut h = Sha256::new();
    let version = Command::new(cc).arg("--version").output().ok()?;
    h.update(&version.stdout);
    for f in ["build.rs", "src/sandbox/js/runner.c", "src/sandbox/js/web_sql.c", "src/sandbox/sql/runner.c", "src/sandbox/sql/guard.c", "src/sandbox/sql/guard.h"] {
        let bytes = std::fs::read(f).ok()?;
        h.update((bytes.len() as u64).to_le_bytes());
        h.update(&bytes);
    }
    let key: String = h.finalize().iter().take(16).map(|b| format!("{b:02x}")).collect();
    Some(target.join("stepstone-wasm-cache").join(key))
}

/// Cheap manifest checks and the embedded index (`curriculum-index.json`).
fn index_curriculum(root: &Path, out: &Path) {
    use manifest::{line_of, ExerciseManifest, TrackManifest, FORMAT_VERSION};
    let mut problems = Vec::new();
    let mut ids = HashSet::new();
    let mut tracks = Vec::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.join("track.toml").is_file()).collect())
        .unwrap_or_default();
    dirs.sort();
    for dir in dirs {
        let path = dir.join("track.toml");
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let t: TrackManifest = match toml::from_str(&text) {
            Ok(t) => t,
            Err(e) => {
                let line = e.span().map(|s| line_of(&text, s.start)).unwrap_or(0);
                problems.push(format!("{}:{line}: {}", path.display(), e.message()));
                continue;
            }
        };
        if t.format_version > FORMAT_VERSION || !ids.insert(t.id.clone()) {
            problems.push(format!("{}: newer format_version or duplicate id {:?}", path.display(), t.id));
        }
        let mut units = Vec::new();
        for u in &t.units {
            let mut exercises = Vec::new();
            for folder in &u.exercises {
                let epath = dir.join(folder.get_ref()).join("exercise.toml");
                let etext = match std::fs::read_to_string(&epath) {
                    Ok(s) => s,
                    Err(_) => {
                        problems.push(format!("{}:{}: no {}", path.display(), line_of(&text, folder.span().start), epath.display()));
                        continue;
                    }
                };
                match toml::from_str::<ExerciseManifest>(&etext) {
                    Ok(m) => {
                        if m.format_version > FORMAT_VERSION || !ids.insert(m.id.clone()) {
                            problems.push(format!("{}: newer format_version or duplicate id {:?}", epath.display(), m.id));
                        }
                        exercises.push(serde_json::json!({
                            "id": m.id, "title": m.title, "kind": m.kind, "language": m.language,
                            "folder": format!("{}/{}", dir.file_name().unwrap().to_string_lossy(), folder.get_ref()),
                            "minutes": m.minutes,
                        }));
                    }
                    Err(e) => {
                        let line = e.span().map(|s| line_of(&etext, s.start)).unwrap_or(0);
                        problems.push(format!("{}:{line}: {}", epath.display(), e.message()));
                    }
                }
            }
            units.push(serde_json::json!({ "id": u.id, "title": u.title, "summary": u.summary, "exercises": exercises }));
        }
        tracks.push(serde_json::json!({ "id": t.id, "title": t.title, "summary": t.summary, "units": units }));
    }
    if !problems.is_empty() {
        fail(&format!("the bundled curriculum has problems:\n  {}", problems.join("\n  ")));
    }
    std::fs::write(out.join("curriculum-index.json"), serde_json::to_string(&tracks).unwrap()).unwrap();
}

fn fail(msg: &str) -> ! {
    eprintln!("\nstepstone build: {msg}\n");
    println!("cargo:warning={msg}");
    std::process::exit(1);
}

fn require(path: &str, package: &str) {
    if !Path::new(path).exists() {
        fail(&format!("{path} is missing: install the Debian package `{package}` (or run `./x.sh setup`)"));
    }
}

/// `<crate>/<sub>` in the cargo registry, where `cargo fetch` unpacked it.
fn find_registry_sources(krate: &str, sub: &str, marker: &str) -> PathBuf {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| fail("neither CARGO_HOME nor HOME is set"));
    let src = cargo_home.join("registry").join("src");
    if let Ok(entries) = std::fs::read_dir(&src) {
        for index in entries.flatten() {
            let candidate = index.path().join(krate).join(sub);
            if candidate.join(marker).exists() {
                return candidate;
            }
        }
    }
    fail(&format!("the sources of {krate} are not in {}: run `cargo fetch` first", src.display()))
}

fn wasi_cc() -> String {
    let cc = std::env::var("STEPSTONE_WASI_CC").unwrap_or_else(|_| "clang-19".into());
    if Command::new(&cc).arg("--version").output().is_err() {
        fail(&format!("`{cc}` was not found: install the Debian packages `clang-19` and `lld-19`"));
    }
    require("/usr/bin/wasm-ld-19", "lld-19");
    require("/usr/include/wasm32-wasi/stdio.h", "wasi-libc");
    require("/usr/lib/wasm32-wasi/libc.a", "wasi-libc");
    require(
        "/usr/lib/llvm-19/lib/clang/19/lib/wasi/libclang_rt.builtins-wasm32.a",
        "libclang-rt-19-dev-wasm32",
    );
    cc
}

/// SQLite as learners meet it: no OS layer but our runner's VFS, which
/// opens no file (`SQLITE_OS_OTHER`), temp storage in memory, no
/// extensions, no threads, and standard quoting (`SQLITE_DQS=0`).
const SQLITE_FLAGS: &[&str] = &[
    "-DSQLITE_OS_OTHER=1",
    "-DSQLITE_THREADSAFE=0",
    "-DSQLITE_TEMP_STORE=3",
    "-DSQLITE_OMIT_LOAD_EXTENSION",
    "-DSQLITE_OMIT_SHARED_CACHE",
    "-DSQLITE_OMIT_DEPRECATED",
    "-DSQLITE_OMIT_WAL",
    "-DSQLITE_DQS=0",
    "-DSQLITE_ENABLE_MATH_FUNCTIONS",
    "-DSQLITE_MAX_ATTACHED=0",
    "-DLONGDOUBLE_TYPE=double",
];

fn start_sqlite(cc: &str, out: &Path) -> Vec<(&'static str, PathBuf, std::process::Child)> {
    let src = find_registry_sources(SQLITE_CRATE, "sqlite3", "sqlite3.c");
    let work = out.join("sqlite");
    std::fs::create_dir_all(&work).unwrap();
    let base = ["--target=wasm32-wasi", "-O2", "-w"];
    let spawn = |name: &'static str, file: PathBuf, extra: &[&str]| {
        let obj = work.join(format!("{name}.o"));
        let child = Command::new(cc)
            .args(base)
            .args(extra)
            .arg(format!("-I{}", src.display()))
            .arg("-c")
            .arg(&file)
            .arg("-o")
            .arg(&obj)
            .spawn()
            .unwrap_or_else(|e| fail(&format!("could not start {cc}: {e}")));
        (name, obj, child)
    };
    vec![
        spawn("sqlite3", src.join("sqlite3.c"), SQLITE_FLAGS),
        spawn("sql-runner", PathBuf::from("src/sandbox/sql/runner.c"), SQLITE_FLAGS),
        spawn("sql-guard", PathBuf::from("src/sandbox/sql/guard.c"), SQLITE_FLAGS),
    ]
}

fn finish_sqlite(cc: &str, out: &Path, children: Vec<(&'static str, PathBuf, std::process::Child)>) -> Vec<PathBuf> {
    let mut objs = Vec::new();
    for (name, obj, mut child) in children {
        if !child.wait().unwrap().success() {
            fail(&format!("compiling {name}.c for wasm32-wasi failed"));
        }
        objs.push(obj);
    }
    link(cc, &objs, &out.join("stepstone-sql.wasm"), "the SQLite WASI module");
    objs
}

fn link(cc: &str, objs: &[PathBuf], wasm: &Path, what: &str) {
    link_as(cc, objs, wasm, what, false)
}

fn link_as(cc: &str, objs: &[PathBuf], wasm: &Path, what: &str, reactor: bool) {
    let status = Command::new(cc)
        .args(["--target=wasm32-wasi", "-O2", "-fuse-ld=lld", "-Wl,--stack-first", "-Wl,--strip-debug"])
        .args(if reactor { &["-mexec-model=reactor"][..] } else { &[] })
        .arg(format!("-Wl,-z,stack-size={WASM_STACK}"))
        .args(objs)
        .arg("-lm")
        .arg("-o")
        .arg(wasm)
        .status()
        .unwrap();
    if !status.success() {
        fail(&format!("linking {what} failed"));
    }
}

fn build_quickjs(cc: &str, out: &Path) -> Vec<PathBuf> {
    let qjs = find_registry_sources(QUICKJS_CRATE, "quickjs", "quickjs.c");
    let work = out.join("quickjs");
    std::fs::create_dir_all(&work).unwrap();
    for entry in std::fs::read_dir(&qjs).unwrap().flatten() {
        let p = entry.path();
        if matches!(p.extension().and_then(|e| e.to_str()), Some("c" | "h")) {
            std::fs::copy(&p, work.join(p.file_name().unwrap())).unwrap();
        }
    }
    // QuickJS-ng disables its stack check on WASI; without it deep recursion
    // would overflow the wasm stack instead of throwing a RangeError.
    let qc = work.join("quickjs.c");
    let text = std::fs::read_to_string(&qc).unwrap();
    let needle = "static void update_stack_limit(JSRuntime *rt)\n{\n#if defined(__wasi__)";
    if text.matches(needle).count() != 1 {
        fail("QuickJS-ng's update_stack_limit changed shape; update the stack-check patch in build.rs");
    }
    let text = text.replace(
        needle,
        "static void update_stack_limit(JSRuntime *rt)\n{\n#if defined(__wasi__) && !defined(STEPSTONE_STACK_CHECK)",
    );
    std::fs::write(&qc, text).unwrap();
    std::fs::copy("src/sandbox/js/runner.c", work.join("runner.c")).unwrap();
    std::fs::copy("src/sandbox/js/web_sql.c", work.join("web_sql.c")).unwrap();
    let sqlite_src = find_registry_sources(SQLITE_CRATE, "sqlite3", "sqlite3.c");

    let common = [
        "--target=wasm32-wasi".to_string(),
        "-O2".into(),
        "-DSTEPSTONE_STACK_CHECK".into(),
        format!("-DSTEPSTONE_JS_STACK={JS_STACK}"),
        "-D_GNU_SOURCE".into(),
        "-w".into(),
        format!("-I{}", work.display()),
        format!("-I{}", sqlite_src.display()),
        "-Isrc/sandbox/sql".into(),
    ];
    // Compile the units in parallel: quickjs.c alone dominates.
    let units = ["quickjs", "libregexp", "libunicode", "dtoa", "runner", "web_sql"];
    let children: Vec<_> = units
        .iter()
        .map(|u| {
            let obj = work.join(format!("{u}.o"));
            let child = Command::new(cc)
                .args(&common)
                .arg("-c")
                .arg(work.join(format!("{u}.c")))
                .arg("-o")
                .arg(&obj)
                .spawn()
                .unwrap_or_else(|e| fail(&format!("could not start {cc}: {e}")));
            (u, obj, child)
        })
        .collect();
    let mut objs = Vec::new();
    for (u, obj, mut child) in children {
        let status = child.wait().unwrap();
        if !status.success() {
            fail(&format!("compiling {u}.c for wasm32-wasi failed"));
        }
        objs.push(obj);
    }
    objs
}
