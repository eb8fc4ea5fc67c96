//! Confining the Rust compiler, which reads source a learner controls.
//!
//! `include_str!`, `#[path]` and `env!` make rustc read host files and the
//! host environment at compile time, and source filters have been bypassed
//! elsewhere, so we confine the process at the OS level instead:
//!
//! * the environment is cleared (only `PATH` and `TMPDIR` are set);
//! * Landlock allows reading only the toolchain, and writing only the run's
//!   own temporary directory; TCP, abstract Unix sockets and signals to
//!   outside processes are denied;
//! * rlimits bound address space, CPU time, file size and core dumps;
//! * the caller kills the whole process group at the wall-clock deadline.
//!
//! The confinement is applied in a fresh process image: the parent re-runs
//! its own executable with `STEPSTONE_CONFINE` set, and that process (single
//! threaded, before anything else runs) applies the rules and `exec`s the
//! compiler. Every front end calls [`enter_if_requested`] first thing in
//! `main`. What it leaves out: cgroups (we are not always allowed them).

use serde::{Deserialize, Serialize};
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::Command;

pub const ENV: &str = "STEPSTONE_CONFINE";

/// What the confined process may do; serialised into [`ENV`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ConfineSpec {
    /// Readable (and executable) files or directory trees.
    pub read: Vec<PathBuf>,
    /// Readable and writable directory trees.
    pub write: Vec<PathBuf>,
    pub address_space_bytes: u64,
    pub cpu_seconds: u64,
    pub file_size_bytes: u64,
    pub env: Vec<(String, String)>,
    pub program: PathBuf,
    pub args: Vec<String>,
}

/// If this process was started to run a confined program, confine it and
/// `exec` the program; never returns in that case. Otherwise returns at once.
pub fn enter_if_requested() {
    let Some(raw) = std::env::var_os(ENV) else { return };
    let code = match run(&raw.to_string_lossy()) {
        Ok(never) => match never {},
        Err(msg) => {
            eprintln!("stepstone-confine: {msg}");
            125
        }
    };
    std::process::exit(code);
}

fn run(raw: &str) -> Result<std::convert::Infallible, String> {
    let spec: ConfineSpec = serde_json::from_str(raw).map_err(|e| format!("bad confinement spec: {e}"))?;
    set_limits(&spec)?;
    landlock(&spec)?;
    let err = Command::new(&spec.program)
        .args(&spec.args)
        .env_clear()
        .envs(spec.env.iter().map(|(k, v)| (k, v)))
        .exec();
    Err(format!("could not run {}: {err}", spec.program.display()))
}

fn set_limits(spec: &ConfineSpec) -> Result<(), String> {
    let set = |res: libc::__rlimit_resource_t, v: u64, what: &str| {
        let lim = libc::rlimit { rlim_cur: v, rlim_max: v };
        // SAFETY: setrlimit only reads the struct we pass.
        if unsafe { libc::setrlimit(res, &lim) } != 0 {
            return Err(format!("could not limit {what}: {}", std::io::Error::last_os_error()));
        }
        Ok(())
    };
    set(libc::RLIMIT_AS, spec.address_space_bytes, "memory")?;
    // The hard CPU limit is a backstop; the parent's wall clock fires first.
    set(libc::RLIMIT_CPU, spec.cpu_seconds, "CPU time")?;
    set(libc::RLIMIT_FSIZE, spec.file_size_bytes, "file size")?;
    set(libc::RLIMIT_CORE, 0, "core dumps")?;
    // SAFETY: plain prctl; the child dies with its parent (the app).
    unsafe {
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
    }
    Ok(())
}

/// A ruleset that handles every filesystem, network and scope right the
/// crate knows (ABI 6), before any rule allows anything back; the kernel
/// enforces what it supports of it.
fn deny_all() -> Result<landlock::RulesetCreated, String> {
    use landlock::{Access, AccessFs, AccessNet, Ruleset, RulesetAttr, Scope, ABI};
    let abi = ABI::V6;
    let err = |e: landlock::RulesetError| format!("Landlock: {e}");
    Ruleset::default()
        .handle_access(AccessFs::from_all(abi))
        .map_err(err)?
        .handle_access(AccessNet::from_all(abi))
        .map_err(err)?
        .scope(Scope::from_all(abi))
        .map_err(err)?
        .create()
        .map_err(err)
}

fn landlock(spec: &ConfineSpec) -> Result<(), String> {
    use landlock::{Access, AccessFs, PathBeneath, PathFd, RulesetCreatedAttr, RulesetStatus, ABI};
    let abi = ABI::V6;
    let err = |e: landlock::RulesetError| format!("Landlock: {e}");
    let mut ruleset = deny_all()?;
    for p in &spec.read {
        // A path that does not exist on this machine is simply not granted.
        if let Ok(fd) = PathFd::new(p) {
            ruleset = ruleset.add_rule(PathBeneath::new(fd, AccessFs::from_read(abi))).map_err(err)?;
        }
    }
    for p in &spec.write {
        let fd = PathFd::new(p).map_err(|e| format!("Landlock: {}: {e}", p.display()))?;
        ruleset = ruleset.add_rule(PathBeneath::new(fd, AccessFs::from_all(abi))).map_err(err)?;
    }
    let status = ruleset.restrict_self().map_err(err)?;
    if status.ruleset == RulesetStatus::NotEnforced {
        return Err("this kernel does not enforce Landlock, so the compiler cannot be confined".into());
    }
    Ok(())
}

/// What Landlock this kernel actually enforces, found by confining a
/// throw-away thread with the same ruleset the compiler gets (Landlock
/// applies per thread, so the rest of the process is untouched): the ABI
/// version and whether every rule held, or only some (kernel 6.1 has ABI 2:
/// filesystem rules, but no network or scope rules).
pub fn probe() -> Result<String, String> {
    let abi = landlock_abi().ok_or("this kernel does not offer Landlock")?;
    let status = std::thread::spawn(|| {
        let status = deny_all()?.restrict_self().map_err(|e| format!("Landlock: {e}"))?;
        Ok::<_, String>(status.ruleset == landlock::RulesetStatus::FullyEnforced)
    })
    .join()
    .map_err(|_| "the Landlock probe failed".to_string())??;
    Ok(if status {
        format!("ABI {abi} enforced in full (filesystem, network and scope rules)")
    } else if abi >= 1 {
        let missing = match abi {
            1 | 2 | 3 => "network and scope rules",
            4 | 5 => "scope rules",
            _ => "some rules",
        };
        format!("ABI {abi} enforced in part: filesystem rules hold; this kernel has no Landlock {missing} (student code gets no sockets anyway: it runs in wasm with no network)")
    } else {
        format!("ABI {abi}")
    })
}

/// Whether this kernel can confine the compiler (for `stepstone doctor`).
pub fn landlock_abi() -> Option<i32> {
    // SAFETY: LANDLOCK_CREATE_RULESET_VERSION with a null attr only queries.
    let v = unsafe { libc::syscall(libc::SYS_landlock_create_ruleset, std::ptr::null::<u8>(), 0usize, 1u32) };
    (v > 0).then_some(v as i32)
}
