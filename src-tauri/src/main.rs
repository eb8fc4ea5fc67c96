//! The Stepstone desktop shell: a Tauri window over the core library.
//!
//! Every command here is thin: take the state, call one core function
//! (almost always a [`Workstation`] method), map the error to a
//! [`CommandError`]. Nothing in this file decides anything a test would want
//! to check; that lives in `stepstone::workstation`.

use std::sync::Arc;

use stepstone::config::Paths;
use stepstone::grading::GradeReport;
use stepstone::ipc::{AppInfo, CommandError, RunRequest};
use stepstone::sandbox::{RunOutcome, Sandbox, SourceFile};
use stepstone::store::Student;
use stepstone::workstation::{CourseMap, ExerciseView, Workstation};

struct AppState {
    paths: Paths,
    /// The workstation, or why it could not start (shown in the window).
    ws: Result<Arc<Workstation>, String>,
    /// Dropping this ends the USB watch; it lives as long as the app.
    _usb_watch: std::sync::Mutex<std::sync::mpsc::Sender<()>>,
    /// Taken by the first `watch_usb` call, which starts the watch.
    usb_stop: std::sync::Mutex<Option<std::sync::mpsc::Receiver<()>>>,
}

/// Starts watching the facility's USB folder, once. The window calls this
/// when it is listening, so that a stick already in place at start-up is
/// reported too (Tauri does not keep events for a window not yet listening).
#[tauri::command]
fn start_usb_watch(app: tauri::AppHandle, state: tauri::State<'_, AppState>) -> Result<(), CommandError> {
    let ws = state.ws()?;
    if let Some(stop) = state.usb_stop.lock().unwrap_or_else(|p| p.into_inner()).take() {
        watch_usb(app, ws, stop);
    }
    Ok(())
}

/// Watches the facility's USB folder on a thread of its own and tells the
/// window (event `usb-import`) about each bundle loaded or refused; what is
/// not for this computer, or already loaded, is not worth a word.
fn watch_usb(app: tauri::AppHandle, ws: Arc<Workstation>, stop: std::sync::mpsc::Receiver<()>) {
    use stepstone::workstation::UsbStatus;
    use tauri::Emitter;
    let spawned = std::thread::Builder::new().name("stepstone-usb".into()).spawn(move || {
        let result = ws.watch_usb(stop, |line| {
            if matches!(line.status, UsbStatus::Loaded | UsbStatus::Refused) {
                let _ = app.emit("usb-import", line);
            }
        });
        if let Err(e) = result {
            eprintln!("stepstone: the USB folder is not watched: {e}");
        }
    });
    if let Err(e) = spawned {
        eprintln!("stepstone: the USB folder is not watched: {e}");
    }
}

impl AppState {
    fn ws(&self) -> Result<Arc<Workstation>, CommandError> {
        self.ws.clone().map_err(|message| CommandError { message })
    }
}

/// Runs a blocking core call off the UI thread and maps its error.
async fn blocking<T: Send + 'static, E: std::error::Error>(f: impl FnOnce() -> Result<T, E> + Send + 'static) -> Result<T, CommandError>
where
    E: Send + 'static,
{
    tauri::async_runtime::spawn_blocking(f).await?.map_err(CommandError::from)
}

#[tauri::command]
async fn app_info(state: tauri::State<'_, AppState>) -> Result<AppInfo, CommandError> {
    let paths = state.paths.clone();
    let startup_error = state.ws.as_ref().err().cloned();
    tauri::async_runtime::spawn_blocking(move || AppInfo {
        version: stepstone::VERSION.into(),
        doctor: stepstone::doctor::run(&paths),
        startup_error,
        // A broken policy.json is reported by the workstation itself.
        usb_folder: stepstone::workstation::Policy::load(&paths.data_dir).unwrap_or_default().usb_folder,
    })
        .await
        .map_err(CommandError::from)
}

#[tauri::command]
async fn run_code(state: tauri::State<'_, AppState>, request: RunRequest) -> Result<RunOutcome, CommandError> {
    let ws = state.ws()?;
    blocking(move || ws.run_scratch(request.language, &request.files)).await
}

#[tauri::command]
async fn list_students(state: tauri::State<'_, AppState>) -> Result<Vec<Student>, CommandError> {
    let ws = state.ws()?;
    blocking(move || ws.students()).await
}

#[tauri::command]
async fn create_student(state: tauri::State<'_, AppState>, name: String, pin: String) -> Result<Student, CommandError> {
    let ws = state.ws()?;
    blocking(move || ws.create_student(&name, &pin)).await
}

#[tauri::command]
async fn sign_in(state: tauri::State<'_, AppState>, student_id: String, pin: String) -> Result<Student, CommandError> {
    let ws = state.ws()?;
    blocking(move || ws.sign_in(&student_id, &pin)).await
}

#[tauri::command]
fn sign_out(state: tauri::State<'_, AppState>) -> Result<(), CommandError> {
    state.ws()?.sign_out();
    Ok(())
}

#[tauri::command]
async fn course(state: tauri::State<'_, AppState>) -> Result<CourseMap, CommandError> {
    let ws = state.ws()?;
    blocking(move || ws.course()).await
}

#[tauri::command]
async fn open_exercise(state: tauri::State<'_, AppState>, id: String) -> Result<ExerciseView, CommandError> {
    let ws = state.ws()?;
    blocking(move || ws.open_exercise(&id)).await
}

#[tauri::command]
async fn save_draft(state: tauri::State<'_, AppState>, id: String, file: SourceFile) -> Result<(), CommandError> {
    let ws = state.ws()?;
    blocking(move || ws.save_draft(&id, &file)).await
}

#[tauri::command]
async fn reset_exercise(state: tauri::State<'_, AppState>, id: String) -> Result<Vec<SourceFile>, CommandError> {
    let ws = state.ws()?;
    blocking(move || ws.reset(&id)).await
}

#[tauri::command]
async fn restore_previous(state: tauri::State<'_, AppState>, id: String) -> Result<Vec<SourceFile>, CommandError> {
    let ws = state.ws()?;
    blocking(move || ws.restore_previous(&id)).await
}

#[tauri::command]
async fn hint(state: tauri::State<'_, AppState>, id: String, level: usize) -> Result<String, CommandError> {
    let ws = state.ws()?;
    blocking(move || ws.hint(&id, level)).await
}

#[tauri::command]
async fn solution(state: tauri::State<'_, AppState>, id: String) -> Result<Vec<SourceFile>, CommandError> {
    let ws = state.ws()?;
    blocking(move || ws.solution(&id)).await
}

#[tauri::command]
async fn check_exercise(state: tauri::State<'_, AppState>, id: String, files: Vec<SourceFile>) -> Result<GradeReport, CommandError> {
    let ws = state.ws()?;
    blocking(move || ws.check(&id, files)).await
}

#[tauri::command]
async fn run_exercise(state: tauri::State<'_, AppState>, id: String, files: Vec<SourceFile>) -> Result<RunOutcome, CommandError> {
    let ws = state.ws()?;
    blocking(move || ws.run(&id, files)).await
}

#[tauri::command]
async fn export_bundle(state: tauri::State<'_, AppState>) -> Result<stepstone::bundle::ExportReport, CommandError> {
    let ws = state.ws()?;
    blocking(move || ws.save_to_usb()).await
}

#[tauri::command]
async fn import_usb(state: tauri::State<'_, AppState>) -> Result<Vec<stepstone::workstation::UsbImport>, CommandError> {
    let ws = state.ws()?;
    blocking(move || ws.load_from_usb()).await
}

#[tauri::command]
async fn offered_instructor_keys(state: tauri::State<'_, AppState>) -> Result<Vec<stepstone::workstation::OfferedKey>, CommandError> {
    let ws = state.ws()?;
    blocking(move || ws.offered_instructor_keys()).await
}

#[tauri::command]
async fn trust_instructor(state: tauri::State<'_, AppState>, file: String, fingerprint: String) -> Result<stepstone::workstation::OfferedKey, CommandError> {
    let ws = state.ws()?;
    blocking(move || ws.trust_instructor(&file, &fingerprint)).await
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
    stepstone::config::private_umask();
    let paths = Paths::new(arg("--data-dir", "STEPSTONE_DATA_DIR"), arg("--curriculum", "STEPSTONE_CURRICULUM"));
    let ws = Sandbox::new(Some(paths.cache_dir.clone()))
        .map_err(|e| e.to_string())
        .and_then(|sandbox| Workstation::open(paths.clone(), sandbox).map_err(|e| e.to_string()))
        .map(Arc::new);
    if let Err(e) = &ws {
        eprintln!("stepstone: {e}");
    }
    let (keep_watching, stop_watching) = std::sync::mpsc::channel();
    tauri::Builder::default()
        .manage(AppState { paths, ws, _usb_watch: std::sync::Mutex::new(keep_watching), usb_stop: std::sync::Mutex::new(Some(stop_watching)) })
        .invoke_handler(tauri::generate_handler![
            app_info,
            run_code,
            list_students,
            create_student,
            sign_in,
            sign_out,
            course,
            open_exercise,
            save_draft,
            reset_exercise,
            restore_previous,
            hint,
            solution,
            check_exercise,
            run_exercise,
            export_bundle,
            import_usb,
            start_usb_watch,
            offered_instructor_keys,
            trust_instructor
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("stepstone: the window could not start: {e}");
            std::process::exit(1);
        });
}
