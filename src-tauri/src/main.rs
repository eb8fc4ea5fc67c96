//! The Stepstone desktop shell: a Tauri window over the core library.
//!
//! Every command here is thin: take the state, call one core function, map
//! the error to a [`CommandError`]. The logic lives in the `stepstone` crate;
//! nothing in this file may decide anything a test would want to check.

use std::sync::Arc;

use stepstone::config::{Limits, Paths};
use stepstone::ipc::{AppInfo, CommandError, RunRequest};
use stepstone::sandbox::{RunOptions, RunOutcome, Sandbox};

struct AppState {
    paths: Paths,
    sandbox: Arc<Sandbox>,
}

#[tauri::command]
async fn app_info(state: tauri::State<'_, AppState>) -> Result<AppInfo, CommandError> {
    let paths = state.paths.clone();
    tauri::async_runtime::spawn_blocking(move || AppInfo { version: stepstone::VERSION.into(), doctor: stepstone::doctor::run(&paths) })
        .await
        .map_err(CommandError::from)
}

#[tauri::command]
async fn run_code(state: tauri::State<'_, AppState>, request: RunRequest) -> Result<RunOutcome, CommandError> {
    let sandbox = state.sandbox.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let opts = RunOptions { limits: Limits::default(), stdin: request.stdin.into_bytes() };
        sandbox.run(request.language, &request.files, &opts)
    })
    .await?
    .map_err(CommandError::from)
}

/// `--data-dir DIR` (or `STEPSTONE_DATA_DIR`) and `--curriculum DIR`.
fn arg(name: &str, env: &str) -> Option<std::path::PathBuf> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).map(Into::into))
        .or_else(|| std::env::var_os(env).map(Into::into))
}

fn main() {
    // Must come first: this process may only be here to confine rustc.
    stepstone::sandbox::confine::enter_if_requested();
    let paths = Paths::new(arg("--data-dir", "STEPSTONE_DATA_DIR"), arg("--curriculum", "STEPSTONE_CURRICULUM"));
    let sandbox = match Sandbox::new(Some(paths.cache_dir.clone())) {
        Ok(s) => Arc::new(s),
        Err(e) => {
            eprintln!("stepstone: {e}");
            std::process::exit(1);
        }
    };
    tauri::Builder::default()
        .manage(AppState { paths, sandbox })
        .invoke_handler(tauri::generate_handler![app_info, run_code])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("stepstone: the window could not start: {e}");
            std::process::exit(1);
        });
}
