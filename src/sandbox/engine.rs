//! The wasmtime side of the sandbox: one shared `Engine`, an epoch ticker,
//! and [`Sandbox::run_instance`], which runs one WASI command (or the JS
//! runner, a reactor, from its [`Snapshot`]) in a fresh `Store` under the
//! run limits and says how it ended.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use wasmtime::{Config, Engine, InstancePre, Linker, Module, ResourceLimiter, Store, Trap, UpdateDeadline};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::p2::pipe::{MemoryInputPipe, MemoryOutputPipe};
use wasmtime_wasi::{I32Exit, WasiCtxBuilder};

use super::{cache, SandboxError};
use crate::config::Limits;

/// How often the engine's epoch advances, i.e. the timeout granularity.
const EPOCH_TICK: Duration = Duration::from_millis(5);
/// QuickJS's own stack limit is 1 MiB of linear memory; compiled wasm frames
/// take about four times that on the native stack.
const MAX_WASM_STACK: usize = 5 << 20;
const ASYNC_STACK: usize = 8 << 20;
/// Caps on what a guest may send through `stepstone.report`, checked on the
/// lengths the guest claims before a byte is copied or converted. Past any
/// of them the run's records are untrustworthy, and the run says so.
const MAX_REPORTS: usize = 2_000;
const MAX_REPORT_BYTES: usize = 64 << 10;
const MAX_REPORT_TOTAL: usize = 4 << 20;
/// A learner's compiled program larger than this is not handed to Cranelift.
pub(crate) const MAX_LEARNER_WASM: usize = 32 << 20;

/// Per-run state inside a `Store`.
pub(crate) struct Guest {
    wasi: WasiP1Ctx,
    limiter: MemoryLimiter,
    reports: Vec<String>,
    report_bytes: usize,
    reports_overflowed: bool,
    deadline: Instant,
    timed_out: bool,
}

struct MemoryLimiter {
    max: usize,
    hit: bool,
}

impl ResourceLimiter for MemoryLimiter {
    fn memory_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> wasmtime::Result<bool> {
        if desired > self.max {
            // Refuse the growth (malloc returns NULL in the guest) and
            // remember it, so a crash that follows is reported as a memory
            // limit rather than a mysterious runtime error.
            self.hit = true;
            return Ok(false);
        }
        Ok(true)
    }

    fn table_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> wasmtime::Result<bool> {
        Ok(desired <= 100_000)
    }
}

/// The error the epoch callback raises when the wall clock runs out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TimedOut;

impl std::fmt::Display for TimedOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the run took longer than its time limit")
    }
}
impl std::error::Error for TimedOut {}

/// How a guest ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Exit {
    /// `_start` returned: the program ran to its end. Only this, never an
    /// `exit(0)` from anywhere inside, can mean a test ran to completion.
    Returned,
    /// The program called `exit` (`proc_exit`) with this code.
    Code(i32),
    Timeout,
    MemoryLimit,
    OutputLimit,
    /// A wasm trap: the message is for the learner.
    Trap(String),
}

/// A fixed-seed generator (SplitMix64) for sealed runs: every run gets the
/// same "random" numbers, so a test cannot pass against the correct code
/// and fail against a bug by chance.
struct SplitMix(u64);

impl rand_core::TryRng for SplitMix {
    type Error = std::convert::Infallible;
    fn try_next_u32(&mut self) -> Result<u32, Self::Error> {
        Ok((self.try_next_u64()? >> 32) as u32)
    }
    fn try_next_u64(&mut self) -> Result<u64, Self::Error> {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Ok(z ^ (z >> 31))
    }
    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Self::Error> {
        for chunk in dst.chunks_mut(8) {
            let v = self.try_next_u64()?.to_le_bytes();
            chunk.copy_from_slice(&v[..chunk.len()]);
        }
        Ok(())
    }
}

/// A clock for sealed runs that starts at the same instant every run and
/// moves a microsecond each time it is read: the same in every run, yet a
/// loop that waits for time to pass still ends.
#[derive(Default)]
struct SteadyClock(std::sync::atomic::AtomicU64);

impl SteadyClock {
    fn tick(&self) -> u64 {
        self.0.fetch_add(1_000, Ordering::Relaxed)
    }
}

impl wasmtime_wasi::HostWallClock for SteadyClock {
    fn resolution(&self) -> Duration {
        Duration::from_micros(1)
    }
    fn now(&self) -> Duration {
        // 2026-01-01 plus the ticks.
        Duration::from_secs(1_767_225_600) + Duration::from_nanos(self.tick())
    }
}

impl wasmtime_wasi::HostMonotonicClock for SteadyClock {
    fn resolution(&self) -> u64 {
        1_000
    }
    fn now(&self) -> u64 {
        self.tick()
    }
}

pub(crate) struct RawRun {
    pub exit: Exit,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub reports: Vec<String>,
    /// The guest sent more through `stepstone.report` than allowed.
    pub reports_overflowed: bool,
    pub run_ms: f64,
    /// For a trap: the wasm functions on the stack when it happened,
    /// innermost first, by name (from the module's name section). Seen by
    /// the host, never by the guest: the should_panic judge reads it.
    pub trap_frames: Vec<String>,
}

/// The sandbox: one engine shared by every run. Cheap to share behind `Arc`.
pub struct Sandbox {
    engine: Engine,
    /// WASI only: what a learner's own compiled program may import.
    linker: Linker<Guest>,
    /// WASI plus `stepstone.report`: only for Stepstone's own JS runner.
    js_linker: Linker<Guest>,
    cache_dir: Option<std::path::PathBuf>,
    js: OnceLock<InstancePre<Guest>>,
    sql: OnceLock<InstancePre<Guest>>,
    /// Test names per tests file (see `list_js_tests`).
    pub(crate) listed: std::sync::Mutex<std::collections::HashMap<String, Vec<String>>>,
    /// The DOM library compiled to QuickJS bytecode once per process by
    /// the runner itself (see `web.rs`); None: load it from source.
    pub(crate) dom_bytecode: OnceLock<Option<Vec<u8>>>,
    /// The JS runner prepared for plain runs ([0]) and web runs ([1]); see
    /// [`Snapshot`]. None: preparing failed, and every run loads it all.
    pub(crate) js_snapshots: [OnceLock<Option<Snapshot>>; 2],
    pub(crate) use_snapshots: bool,
    /// Found once per process: checking costs a `rustc --version`.
    toolchain: OnceLock<crate::toolchain::RustToolchain>,
    stop_ticker: Arc<AtomicBool>,
    /// The program the Rust compiler is confined through (see `confine`).
    pub(crate) confine_exe: std::path::PathBuf,
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        self.stop_ticker.store(true, Ordering::Relaxed);
    }
}

impl Sandbox {
    /// A sandbox whose compiled-module cache lives in `cache_dir` (none:
    /// compile in memory every time).
    pub fn new(cache_dir: Option<std::path::PathBuf>) -> Result<Sandbox, SandboxError> {
        let mut config = Config::new();
        config
            .epoch_interruption(true)
            .max_wasm_stack(MAX_WASM_STACK)
            .async_stack_size(ASYNC_STACK)
            .parallel_compilation(true)
            .cranelift_opt_level(wasmtime::OptLevel::Speed);
        let engine = Engine::new(&config).map_err(|e| SandboxError::Engine(e.to_string()))?;
        let mut linker: Linker<Guest> = Linker::new(&engine);
        wasmtime_wasi::p1::add_to_linker_async(&mut linker, |g: &mut Guest| &mut g.wasi)
            .map_err(|e| SandboxError::Engine(e.to_string()))?;
        let mut js_linker = linker.clone();
        js_linker
            .func_wrap("stepstone", "report", |mut caller: wasmtime::Caller<'_, Guest>, ptr: i32, len: i32| {
                let (ptr, len) = (ptr as u32 as usize, len as u32 as usize);
                {
                    let g = caller.data_mut();
                    if g.reports_overflowed || len > MAX_REPORT_BYTES || g.reports.len() >= MAX_REPORTS || g.report_bytes + len > MAX_REPORT_TOTAL {
                        g.reports_overflowed = true;
                        return Ok(());
                    }
                    g.report_bytes += len;
                }
                let Some(mem) = caller.get_export("memory").and_then(|e| e.into_memory()) else { return Ok(()) };
                let Some(bytes) = mem.data(&caller).get(ptr..ptr.saturating_add(len)) else { return Ok(()) };
                let text = String::from_utf8_lossy(bytes).into_owned();
                caller.data_mut().reports.push(text);
                Ok(())
            })
            .map_err(|e| SandboxError::Engine(e.to_string()))?;

        let stop = Arc::new(AtomicBool::new(false));
        let weak = engine.weak();
        let stop2 = stop.clone();
        std::thread::Builder::new()
            .name("stepstone-epoch".into())
            .spawn(move || {
                while !stop2.load(Ordering::Relaxed) {
                    std::thread::sleep(EPOCH_TICK);
                    match weak.upgrade() {
                        Some(e) => e.increment_epoch(),
                        None => break,
                    }
                }
            })
            .map_err(|e| SandboxError::Engine(e.to_string()))?;

        Ok(Sandbox {
            engine,
            linker,
            js_linker,
            cache_dir,
            js: OnceLock::new(),
            sql: OnceLock::new(),
            listed: Default::default(),
            dom_bytecode: OnceLock::new(),
            js_snapshots: [OnceLock::new(), OnceLock::new()],
            use_snapshots: true,
            toolchain: OnceLock::new(),
            stop_ticker: stop,
            confine_exe: std::env::current_exe().unwrap_or_else(|_| "stepstone".into()),
        })
    }

    /// Use `exe` (which must call [`super::confine::enter_if_requested`] at
    /// start-up) to confine the compiler. Tests point this at the CLI.
    pub fn set_confine_exe(&mut self, exe: std::path::PathBuf) {
        self.confine_exe = exe;
    }

    /// Start every JS run from scratch instead of from a prepared copy of
    /// the runner (tests compare the two).
    pub fn set_snapshots(&mut self, on: bool) {
        self.use_snapshots = on;
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The student-Rust toolchain, located on first use and remembered; a
    /// failed lookup is retried next time (the learner may install it).
    pub(crate) fn toolchain(&self) -> Result<crate::toolchain::RustToolchain, SandboxError> {
        if let Some(t) = self.toolchain.get() {
            return Ok(t.clone());
        }
        let t = crate::toolchain::locate()?;
        Ok(self.toolchain.get_or_init(|| t).clone())
    }

    /// The QuickJS module, compiled once per process and cached on disk.
    pub(crate) fn js_pre(&self) -> Result<&InstancePre<Guest>, SandboxError> {
        if let Some(pre) = self.js.get() {
            return Ok(pre);
        }
        let module = cache::load_or_compile(&self.engine, self.cache_dir.as_deref(), "quickjs", super::js::QUICKJS_WASM)?;
        let pre = self.js_linker.instantiate_pre(&module).map_err(|e| SandboxError::Engine(format!("{e:#}")))?;
        Ok(self.js.get_or_init(|| pre))
    }

    /// The SQLite module, like [`Self::js_pre`]; it imports WASI alone.
    pub(crate) fn sql_pre(&self) -> Result<&InstancePre<Guest>, SandboxError> {
        if let Some(pre) = self.sql.get() {
            return Ok(pre);
        }
        let module = cache::load_or_compile(&self.engine, self.cache_dir.as_deref(), "sqlite", super::sql::SQLITE_WASM)?;
        let pre = self.linker.instantiate_pre(&module).map_err(|e| SandboxError::Engine(format!("{e:#}")))?;
        Ok(self.sql.get_or_init(|| pre))
    }

    /// Prepares a learner's own module against WASI alone. An import the
    /// sandbox does not offer (`stepstone.report`, say) is the learner's
    /// problem, so it comes back as the message to show them.
    pub(crate) fn learner_pre(&self, module: &Module) -> Result<InstancePre<Guest>, String> {
        self.linker.instantiate_pre(module).map_err(|e| format!("The program asks for something the sandbox does not offer: {e}"))
    }

    /// Compiles a learner's program (from rustc) with Cranelift, within
    /// `deadline`. Compiling cannot be interrupted, so a module that takes
    /// longer is left to finish on its own thread and the learner is told;
    /// `None` means the deadline passed; `Some(Err(..))` that Cranelift
    /// refused the module (say, a function with more parameters than
    /// wasmtime allows), which is the learner's verdict, not our failure.
    /// The cache folder, when there is one (rustc's output is kept there too).
    pub(crate) fn cache_dir(&self) -> Option<&std::path::Path> {
        self.cache_dir.as_deref()
    }

    pub(crate) fn compile_learner(&self, wasm: Vec<u8>, deadline: Duration) -> Result<Option<Result<Module, String>>, SandboxError> {
        if wasm.len() > MAX_LEARNER_WASM {
            return Ok(None);
        }
        // The same program compiles to the same native code: a re-check of
        // unchanged code (or a re-grade of it) skips Cranelift.
        if let Some(m) = self.cache_dir.as_deref().and_then(|d| cache::cached_module(&self.engine, d, "learner", &wasm)) {
            return Ok(Some(Ok(m)));
        }
        let keep = self.cache_dir.clone().map(|d| (d, wasm.clone()));
        let engine = self.engine.clone();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("stepstone-cranelift".into())
            .spawn(move || {
                let _ = tx.send(Module::new(&engine, &wasm));
            })
            .map_err(|e| SandboxError::Engine(e.to_string()))?;
        match rx.recv_timeout(deadline) {
            Ok(m) => {
                if let (Ok(module), Some((dir, wasm))) = (&m, keep) {
                    cache::keep_module(&self.engine, &dir, "learner", &wasm, module);
                }
                Ok(Some(m.map_err(|e| format!("{e:#}"))))
            }
            Err(_) => Ok(None),
        }
    }

    /// Runs a fresh instance, entered as `entry` says, with `args` (argv[0]
    /// included) and `stdin`, under `limits`.
    pub(crate) fn run_instance(
        &self,
        pre: &InstancePre<Guest>,
        args: &[&str],
        stdin: Vec<u8>,
        limits: &Limits,
        sealed: bool,
        mut entry: Entry<'_>,
    ) -> Result<RawRun, SandboxError> {
        let cap = usize::try_from(limits.output_bytes).unwrap_or(usize::MAX);
        // Each pipe may hold one byte more than the shared cap, so that
        // "exactly at the limit" and "over it" can be told apart.
        let stdout = MemoryOutputPipe::new(cap.saturating_add(1));
        let stderr = MemoryOutputPipe::new(cap.saturating_add(1));
        let mut builder = WasiCtxBuilder::new();
        builder
            .args(args)
            .stdin(MemoryInputPipe::new(stdin))
            .stdout(stdout.clone())
            .stderr(stderr.clone())
            .allow_tcp(false)
            .allow_udp(false)
            .allow_ip_name_lookup(false);
        if sealed {
            builder
                .secure_random(SplitMix(0x5eed_0f7e_5700))
                .insecure_random(SplitMix(0x15ec_05e1))
                .insecure_random_seed(0x5eed)
                .wall_clock(SteadyClock::default())
                .monotonic_clock(SteadyClock::default());
        }
        let wasi = builder.build_p1();
        let started = Instant::now();
        let run_limit = Duration::from_millis(limits.run_ms);
        let guest = Guest {
            wasi,
            limiter: MemoryLimiter { max: usize::try_from(limits.memory_bytes).unwrap_or(usize::MAX), hit: false },
            reports: Vec::new(),
            report_bytes: 0,
            reports_overflowed: false,
            deadline: started + run_limit,
            timed_out: false,
        };
        let mut store = Store::new(&self.engine, guest);
        store.limiter(|g| &mut g.limiter);
        store.set_epoch_deadline(1);
        store.epoch_deadline_callback(|mut ctx| {
            // Output needs no check here: each pipe traps the guest as soon
            // as a write would overflow it, and the total is checked below.
            let g = ctx.data_mut();
            if Instant::now() >= g.deadline {
                g.timed_out = true;
                return Err(wasmtime::Error::new(TimedOut));
            }
            Ok(UpdateDeadline::Continue(1))
        });

        let result = with_runtime(|rt| rt.block_on(async {
            // Epoch interruption cannot reach a guest parked in a host call
            // (a WASI sleep, say); the async timeout can. A little slack lets
            // the epoch path, which keeps the store usable, win when it can.
            let fut = async {
                let instance = pre.instantiate_async(&mut store).await?;
                let call = |name: &str, store: &mut Store<Guest>| instance.get_typed_func::<(), ()>(store, name);
                match &mut entry {
                    Entry::Command => call("_start", &mut store)?.call_async(&mut store, ()).await,
                    Entry::Js(snapshot) => {
                        match snapshot {
                            Some(s) => s.restore(&instance, &mut store)?,
                            None => call("_initialize", &mut store)?.call_async(&mut store, ()).await?,
                        }
                        call("stepstone_run", &mut store)?.call_async(&mut store, ()).await
                    }
                    Entry::Prepare(out) => {
                        let memory = instance.get_memory(&mut store, "memory").ok_or_else(|| wasmtime::Error::msg("no memory export"))?;
                        let before = memory.data(&store).to_vec();
                        call("_initialize", &mut store)?.call_async(&mut store, ()).await?;
                        let prepare = instance.get_typed_func::<(), i32>(&mut store, "stepstone_prepare")?;
                        let code = prepare.call_async(&mut store, ()).await?;
                        if code != 0 {
                            return Err(wasmtime::Error::new(I32Exit(code)));
                        }
                        **out = Some(Snapshot::diff(&before, memory.data(&store)));
                        Ok(())
                    }
                }
            };
            match tokio::time::timeout(run_limit + EPOCH_TICK * 4, fut).await {
                Ok(r) => Some(r),
                Err(_) => None,
            }
        }))?;
        let run_ms = started.elapsed().as_secs_f64() * 1000.0;
        let g = store.data();
        let out_len = stdout.contents().len() + stderr.contents().len();
        let exit = match &result {
            None => Exit::Timeout,
            // A refused memory growth decides the verdict even when the
            // program then exits cleanly: QuickJS, for one, drops a promise
            // job it cannot allocate and carries on with a wrong result.
            Some(Ok(())) if g.limiter.hit => Exit::MemoryLimit,
            Some(Ok(())) => Exit::Returned,
            Some(Err(e)) => classify(e, g),
        };
        let trap_frames: Vec<String> = match &result {
            Some(Err(e)) => e
                .downcast_ref::<wasmtime::WasmBacktrace>()
                .map(|bt| bt.frames().iter().take(64).map(|f| f.func_name().unwrap_or("").to_string()).collect())
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        // Output over the cap wins over whatever it caused (a pipe trap, or a
        // loop that kept printing into a full pipe until the clock ran out).
        let exit = if out_len > cap { Exit::OutputLimit } else { exit };
        let reports = std::mem::take(&mut store.data_mut().reports);
        let reports_overflowed = store.data().reports_overflowed;
        drop(store);
        Ok(RawRun {
            exit,
            stdout: truncate(stdout.contents().to_vec(), cap),
            stderr: truncate(stderr.contents().to_vec(), cap),
            reports,
            reports_overflowed,
            run_ms,
            trap_frames,
        })
    }
}

/// How [`Sandbox::run_instance`] enters a fresh instance.
pub(crate) enum Entry<'a> {
    /// A WASI command (a learner's program, the SQL runner): `_start`.
    Command,
    /// Stepstone's JS runner, a WASI reactor: from the snapshot if there is
    /// one (else `_initialize`), then `stepstone_run`.
    Js(Option<&'a Snapshot>),
    /// `_initialize`, then `stepstone_prepare`; what that changed in memory
    /// goes to the `Option`, which stays None if preparing failed.
    Prepare(&'a mut Option<Snapshot>),
}

/// The JS runner's linear memory right after `stepstone_prepare`, as the
/// pages that differ from a freshly instantiated module's. Only
/// Stepstone's own scripts ran before it was taken; every run that starts
/// from it gets its own copy, so nothing flows from one run to the next.
pub(crate) struct Snapshot {
    size: usize,
    chunks: Vec<(usize, Vec<u8>)>,
}

impl Snapshot {
    const PAGE: usize = 4096;

    fn diff(before: &[u8], after: &[u8]) -> Snapshot {
        let mut chunks: Vec<(usize, Vec<u8>)> = Vec::new();
        let zero = [0u8; Self::PAGE];
        for start in (0..after.len()).step_by(Self::PAGE) {
            let end = (start + Self::PAGE).min(after.len());
            let now = &after[start..end];
            let was = before.get(start..end.min(before.len())).unwrap_or(&[]);
            let same = if was.len() == now.len() { was == now } else { now == &zero[..now.len()] };
            if same {
                continue;
            }
            match chunks.last_mut() {
                Some((at, bytes)) if *at + bytes.len() == start => bytes.extend_from_slice(now),
                _ => chunks.push((start, now.to_vec())),
            }
        }
        Snapshot { size: after.len(), chunks }
    }

    /// Grows the instance's memory to the snapshot's size (through the
    /// run's memory limit) and writes the changed pages.
    fn restore(&self, instance: &wasmtime::Instance, store: &mut Store<Guest>) -> wasmtime::Result<()> {
        let memory = instance.get_memory(&mut *store, "memory").ok_or_else(|| wasmtime::Error::msg("no memory export"))?;
        let have = memory.data_size(&*store);
        if self.size > have {
            let pages = ((self.size - have) as u64).div_ceil(memory.page_size(&*store));
            memory.grow(&mut *store, pages)?;
        }
        let data = memory.data_mut(&mut *store);
        for (at, bytes) in &self.chunks {
            data[*at..*at + bytes.len()].copy_from_slice(bytes);
        }
        Ok(())
    }
}

/// Runs `f` on this thread's own single-threaded runtime. One per thread,
/// so that runs on different threads (the validator grades in parallel)
/// never wait for each other's runtime.
fn with_runtime<R>(f: impl FnOnce(&tokio::runtime::Runtime) -> R) -> Result<R, SandboxError> {
    thread_local! {
        static RUNTIME: Result<tokio::runtime::Runtime, String> =
            tokio::runtime::Builder::new_current_thread().enable_time().build().map_err(|e| e.to_string());
    }
    RUNTIME.with(|rt| match rt {
        Ok(rt) => Ok(f(rt)),
        Err(e) => Err(SandboxError::Engine(e.clone())),
    })
}

fn truncate(mut v: Vec<u8>, cap: usize) -> Vec<u8> {
    v.truncate(cap);
    v
}

fn classify(e: &wasmtime::Error, g: &Guest) -> Exit {
    if let Some(exit) = e.downcast_ref::<I32Exit>() {
        if g.limiter.hit {
            return Exit::MemoryLimit;
        }
        return Exit::Code(exit.0);
    }
    if e.downcast_ref::<TimedOut>().is_some() || g.timed_out {
        return Exit::Timeout;
    }
    if g.limiter.hit {
        return Exit::MemoryLimit;
    }
    match e.downcast_ref::<Trap>() {
        Some(Trap::StackOverflow) => Exit::Trap("stack overflow: a function called itself too many times".into()),
        Some(Trap::UnreachableCodeReached) => Exit::Trap("the program stopped (panic or abort)".into()),
        Some(Trap::Interrupt) => Exit::Timeout,
        Some(t) => Exit::Trap(format!("the program crashed: {t}")),
        None => Exit::Trap(format!("the program crashed: {e:#}")),
    }
}
