//! Build script for the core crate.
//!
//! It compiles QuickJS-ng, from the C sources vendored in the `rquickjs-sys`
//! registry crate, together with our runner (`src/sandbox/js/runner.c`) into
//! a WASI command module that the binary embeds. Only Debian's clang-19,
//! lld-19, wasi-libc and libclang-rt-19-dev-wasm32 are used; nothing is
//! downloaded. A missing tool stops the build with the package to install.
//!
//! It does not build the Rust wasm32-wasip1 standard library: that is a
//! one-off, machine-wide step done by `scripts/build-wasm-std.sh`.

use std::path::{Path, PathBuf};
use std::process::Command;

const QUICKJS_CRATE: &str = "rquickjs-sys-0.14.0";
/// QuickJS's own limit on native stack use, checked before each call. The
/// linear-memory stack below is larger so the check always fires first.
const JS_STACK: usize = 1024 * 1024;
const WASM_STACK: usize = 4 * 1024 * 1024;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/sandbox/js/runner.c");
    println!("cargo:rerun-if-env-changed=STEPSTONE_WASI_CC");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    build_quickjs(&out);
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

fn find_quickjs_sources() -> PathBuf {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| fail("neither CARGO_HOME nor HOME is set"));
    let src = cargo_home.join("registry").join("src");
    if let Ok(entries) = std::fs::read_dir(&src) {
        for index in entries.flatten() {
            let candidate = index.path().join(QUICKJS_CRATE).join("quickjs");
            if candidate.join("quickjs.c").exists() {
                return candidate;
            }
        }
    }
    fail(&format!(
        "the QuickJS-ng sources ({QUICKJS_CRATE}) are not in {}: run `cargo fetch` first",
        src.display()
    ))
}

fn build_quickjs(out: &Path) {
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

    let qjs = find_quickjs_sources();
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

    let common = [
        "--target=wasm32-wasi".to_string(),
        "-O2".into(),
        "-DSTEPSTONE_STACK_CHECK".into(),
        format!("-DSTEPSTONE_JS_STACK={JS_STACK}"),
        "-D_GNU_SOURCE".into(),
        "-w".into(),
        format!("-I{}", work.display()),
    ];
    // Compile the units in parallel: quickjs.c alone dominates.
    let units = ["quickjs", "libregexp", "libunicode", "dtoa", "runner"];
    let children: Vec<_> = units
        .iter()
        .map(|u| {
            let obj = work.join(format!("{u}.o"));
            let child = Command::new(&cc)
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
    let wasm = out.join("stepstone-js.wasm");
    let status = Command::new(&cc)
        .args(["--target=wasm32-wasi", "-O2", "-fuse-ld=lld", "-Wl,--stack-first", "-Wl,--strip-debug"])
        .arg(format!("-Wl,-z,stack-size={WASM_STACK}"))
        .args(&objs)
        .arg("-lm")
        .arg("-o")
        .arg(&wasm)
        .status()
        .unwrap();
    if !status.success() {
        fail("linking the QuickJS-ng WASI module failed");
    }
}
