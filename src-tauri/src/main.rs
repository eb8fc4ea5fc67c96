//! The Stepstone desktop shell: a Tauri window over the core library.
//!
//! Every command here is thin: take the state, call one core function (a
//! [`Workstation`] method for a learner's terminal, a [`Desk`] method for
//! the instructor's workstation), map the error to a [`CommandError`].
//! Nothing in this file decides anything a test would want to check; that
//! lives in `stepstone::workstation` and `stepstone::instructor`.
//!
//! The window is made here, not in tauri.conf.json: a terminal's window is
//! labelled `main` and an instructor machine's `desk`, and each label has
//! its own capability file, so a terminal's window is not even permitted
//! to call an instructor command (and the core refuses it besides).

use std::sync::Arc;

use stepstone::config::Paths;
use stepstone::grading::GradeReport;
use stepstone::instructor::Desk;
use stepstone::ipc::{AppInfo, CommandError, MachineRole, RunRequest, TaskProgress};
use stepstone::sandbox::{RunOutcome, Sandbox, SourceFile};
use stepstone::store::Student;
use stepstone::workstation::{CourseMap, ExerciseView, Workstation};

struct AppState {
    paths: Paths,
    /// The workstation, or why it could not start (shown in the window).
    ws: Result<Arc<Workstation>, String>,
    /// The instructor's desk, on an instructor machine only.
    desk: Result<Arc<Desk>, String>,
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
        let desk = tauri::Manager::state::<AppState>(&app).desk.clone().ok();
        let result = ws.watch_usb(stop, |line| {
            if matches!(line.status, UsbStatus::Loaded | UsbStatus::Refused) {
                // On the instructor's machine, what came is re-graded here.
                if let Some(desk) = &desk {
                    if let Err(e) = desk.audit_watch(&line) {
                        eprintln!("stepstone: the audit log could not be written: {e}");
                    }
                    if line.status == UsbStatus::Loaded {
                        regrade_in_background(app.clone(), desk.clone());
                    }
                }
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
    fn desk(&self) -> Result<Arc<Desk>, CommandError> {
        self.desk.clone().map_err(|message| CommandError { message })
    }
}

/// Re-grades what was imported, on a thread of its own, telling the window
/// (event `desk-progress`, task `regrade`) how far it has come.
fn regrade_in_background(app: tauri::AppHandle, desk: Arc<Desk>) {
    use tauri::Emitter;
    let _ = std::thread::Builder::new().name("stepstone-regrade".into()).spawn(move || {
        let report = |done: usize, total: usize| {
            let _ = app.emit("desk-progress", TaskProgress { task: "regrade".into(), done: done as u32, total: total as u32 });
        };
        let result = desk.regrade(report);
        desk.warm();
        match result {
            Ok(s) => {
                let _ = app.emit("desk-progress", TaskProgress { task: "regrade".into(), done: s.regraded as u32, total: s.regraded as u32 });
            }
            Err(e) => eprintln!("stepstone: re-grading stopped: {e}"),
        }
    });
}

/// `desk-progress` events for one task.
fn progress(app: &tauri::AppHandle, task: &'static str) -> impl FnMut(usize, usize) + use<> {
    use tauri::Emitter;
    let app = app.clone();
    move |done, total| {
        let _ = app.emit("desk-progress", TaskProgress { task: task.into(), done: done as u32, total: total as u32 });
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
    let role = MachineRole::of(&paths.data_dir);
    let first_start = state.ws.as_ref().ok().and_then(|ws| ws.first_start.clone());
    tauri::async_runtime::spawn_blocking(move || AppInfo {
        notice: first_start.or_else(|| stepstone::ipc::identity_notice(&paths.data_dir)),
        version: stepstone::VERSION.into(),
        doctor: stepstone::doctor::run(&paths),
        startup_error,
        // A broken policy.json is reported by the workstation itself.
        usb_folder: stepstone::workstation::Policy::load(&paths.data_dir).unwrap_or_default().usb_folder,
        role,
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
async fn preview_page(state: tauri::State<'_, AppState>, id: String, files: Vec<SourceFile>) -> Result<String, CommandError> {
    let ws = state.ws()?;
    blocking(move || ws.preview(&id, files)).await
}

#[tauri::command]
async fn preview_web(state: tauri::State<'_, AppState>, id: String, files: Vec<SourceFile>) -> Result<String, CommandError> {
    let ws = state.ws()?;
    blocking(move || ws.preview_web(&id, files)).await
}

/// One request of the preview frame (`stepstone-preview://<token>/<path>`).
fn preview_response(app: &tauri::AppHandle, request: tauri::http::Request<Vec<u8>>) -> tauri::http::Response<Vec<u8>> {
    use tauri::Manager;
    let uri = request.uri();
    let token = uri.host().unwrap_or("").to_string();
    let headers = request
        .headers()
        .iter()
        .filter_map(|(k, v)| v.to_str().ok().map(|v| (k.as_str().to_ascii_lowercase(), v.to_string())))
        .collect();
    let web = stepstone::sandbox::web::WebRequest {
        method: request.method().as_str().to_ascii_uppercase(),
        path: uri.path().to_string(),
        search: uri.query().map(|q| format!("?{q}")).unwrap_or_default(),
        headers,
        body: String::from_utf8_lossy(request.body()).into_owned(),
    };
    let answer = match app.state::<AppState>().ws.as_ref() {
        Ok(ws) => ws.preview_serve(&token, web),
        Err(e) => stepstone::sandbox::web::WebResponse { status: 503, headers: Default::default(), body: e.clone() },
    };
    let mut builder = tauri::http::Response::builder()
        .status(answer.status)
        .header("Content-Security-Policy", stepstone::workstation::PREVIEW_CSP)
        // The frame has an opaque origin; its requests come back here only.
        .header("Access-Control-Allow-Origin", "*");
    for (k, v) in &answer.headers {
        if !k.eq_ignore_ascii_case("content-security-policy") && !k.eq_ignore_ascii_case("access-control-allow-origin") {
            builder = builder.header(k.as_str(), v.as_str());
        }
    }
    builder.body(answer.body.into_bytes()).unwrap_or_else(|_| tauri::http::Response::new(b"bad response".to_vec()))
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

// ---------- the instructor's workstation (window `desk` only) ----------

use stepstone::instructor::grid::{ClassGrid, GridQuery, SupportSettings};
use stepstone::instructor::review::{ExerciseReport, LearnerView};
use stepstone::instructor::usb::{ImportSummary, PrepareReport};
use stepstone::instructor::{DeskStatus, RosterLearner};
use stepstone::store::{AuditEntry, AuditFilter, Feedback, Instructor};

#[tauri::command]
async fn desk_status(state: tauri::State<'_, AppState>) -> Result<DeskStatus, CommandError> {
    let desk = state.desk()?;
    blocking(move || desk.status()).await
}

#[tauri::command]
async fn desk_create_account(state: tauri::State<'_, AppState>, name: String, passphrase: String) -> Result<Instructor, CommandError> {
    let desk = state.desk()?;
    blocking(move || desk.create_account(&name, &passphrase)).await
}

#[tauri::command]
async fn desk_sign_in(state: tauri::State<'_, AppState>, id: String, passphrase: String) -> Result<Instructor, CommandError> {
    let desk = state.desk()?;
    let d = desk.clone();
    let who = blocking(move || d.sign_in(&id, &passphrase)).await?;
    // Read the class now, while the window draws: the grid opens next.
    tauri::async_runtime::spawn_blocking(move || desk.warm());
    Ok(who)
}

#[tauri::command]
fn desk_sign_out(state: tauri::State<'_, AppState>) -> Result<(), CommandError> {
    state.desk()?.sign_out();
    Ok(())
}

#[tauri::command]
async fn class_grid(state: tauri::State<'_, AppState>, query: GridQuery) -> Result<ClassGrid, CommandError> {
    let desk = state.desk()?;
    blocking(move || desk.grid(&query)).await
}

#[tauri::command]
async fn class_charts(state: tauri::State<'_, AppState>, query: GridQuery) -> Result<stepstone::instructor::charts::ClassCharts, CommandError> {
    let desk = state.desk()?;
    blocking(move || desk.charts(&query)).await
}

#[tauri::command]
async fn export_grid_csv(state: tauri::State<'_, AppState>, query: GridQuery) -> Result<stepstone::ipc::CsvExport, CommandError> {
    let desk = state.desk()?;
    blocking(move || desk.export_grid_csv(&query).map(|(path, text)| stepstone::ipc::CsvExport { path, text })).await
}

#[tauri::command]
async fn class_policy(state: tauri::State<'_, AppState>) -> Result<stepstone::store::ClassPolicy, CommandError> {
    let desk = state.desk()?;
    blocking(move || desk.class_policy()).await
}

#[tauri::command]
async fn set_class_policy(state: tauri::State<'_, AppState>, policy: stepstone::store::ClassPolicy) -> Result<(), CommandError> {
    let desk = state.desk()?;
    blocking(move || desk.set_class_policy(&policy)).await
}

#[tauri::command]
async fn set_support_settings(state: tauri::State<'_, AppState>, settings: SupportSettings) -> Result<(), CommandError> {
    let desk = state.desk()?;
    blocking(move || desk.set_support_settings(settings)).await
}

#[tauri::command]
async fn learner_view(state: tauri::State<'_, AppState>, id: String) -> Result<LearnerView, CommandError> {
    let desk = state.desk()?;
    blocking(move || desk.learner(&id)).await
}

#[tauri::command]
async fn exercise_report(state: tauri::State<'_, AppState>, id: String) -> Result<ExerciseReport, CommandError> {
    let desk = state.desk()?;
    blocking(move || desk.exercise(&id)).await
}

#[tauri::command]
async fn write_note(state: tauri::State<'_, AppState>, attempt_id: String, text: String, line: Option<u32>) -> Result<Feedback, CommandError> {
    let desk = state.desk()?;
    blocking(move || desk.note(&attempt_id, &text, line)).await
}

#[tauri::command]
async fn write_group_note(state: tauri::State<'_, AppState>, attempt_ids: Vec<String>, text: String) -> Result<Vec<Feedback>, CommandError> {
    let desk = state.desk()?;
    blocking(move || desk.note_group(&attempt_ids, &text)).await
}

#[tauri::command]
async fn roster(state: tauri::State<'_, AppState>) -> Result<Vec<RosterLearner>, CommandError> {
    let desk = state.desk()?;
    blocking(move || desk.roster()).await
}

#[tauri::command]
async fn add_learner(state: tauri::State<'_, AppState>, name: String, pin: String) -> Result<(), CommandError> {
    let desk = state.desk()?;
    blocking(move || desk.add_learner(&name, &pin).map(|_| ())).await
}

#[tauri::command]
async fn reset_pin(state: tauri::State<'_, AppState>, id: String, pin: String) -> Result<(), CommandError> {
    let desk = state.desk()?;
    blocking(move || desk.reset_pin(&id, &pin).map(|_| ())).await
}

#[tauri::command]
async fn set_learner_active(state: tauri::State<'_, AppState>, id: String, active: bool) -> Result<(), CommandError> {
    let desk = state.desk()?;
    blocking(move || desk.set_learner_active(&id, active).map(|_| ())).await
}

#[tauri::command]
async fn audit_log(state: tauri::State<'_, AppState>, filter: AuditFilter) -> Result<Vec<AuditEntry>, CommandError> {
    let desk = state.desk()?;
    blocking(move || desk.audit_log(&filter)).await
}

/// Load from USB on the instructor's machine: progress events as each file
/// is read, the summary, then a re-grade in the background.
#[tauri::command]
async fn desk_load_usb(app: tauri::AppHandle, state: tauri::State<'_, AppState>) -> Result<ImportSummary, CommandError> {
    let desk = state.desk()?;
    let report = progress(&app, "load");
    let d = desk.clone();
    let summary = blocking(move || d.load_usb(report)).await?;
    regrade_in_background(app, desk);
    Ok(summary)
}

#[tauri::command]
async fn lessons_on_stick(state: tauri::State<'_, AppState>) -> Result<Vec<stepstone::instructor::usb::OfferedPack>, CommandError> {
    let desk = state.desk()?;
    blocking(move || desk.lessons_on_stick()).await
}

#[tauri::command]
async fn release_pack(state: tauri::State<'_, AppState>, folder: String) -> Result<stepstone::instructor::usb::OfferedPack, CommandError> {
    let desk = state.desk()?;
    blocking(move || desk.release_pack(&folder)).await
}

#[tauri::command]
async fn prepare_usb(app: tauri::AppHandle, state: tauri::State<'_, AppState>) -> Result<PrepareReport, CommandError> {
    let desk = state.desk()?;
    let report = progress(&app, "prepare");
    blocking(move || desk.prepare_usb(report)).await
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
    let role = MachineRole::of(&paths.data_dir);
    let desk = match (&ws, role) {
        (Ok(ws), MachineRole::Instructor) => Desk::open(ws.clone()).map(Arc::new).map_err(|e| e.to_string()),
        (Err(e), MachineRole::Instructor) => Err(e.clone()),
        (_, MachineRole::Terminal) => Err(stepstone::instructor::DeskError::NotInstructorMachine.to_string()),
    };
    // Read the class while the instructor types their passphrase: a year
    // of a class takes a moment, and the grid is the first thing shown.
    if let Ok(desk) = &desk {
        let desk = desk.clone();
        let _ = std::thread::Builder::new().name("stepstone-warm".into()).spawn(move || desk.warm());
    }
    let kiosk = std::env::var_os("STEPSTONE_KIOSK").is_some_and(|v| v == "1");
    let (keep_watching, stop_watching) = std::sync::mpsc::channel();
    tauri::Builder::default()
        .manage(AppState { paths, ws, desk, _usb_watch: std::sync::Mutex::new(keep_watching), usb_stop: std::sync::Mutex::new(Some(stop_watching)) })
        // The web exercises' live preview: the frame's every request, page
        // or fetch, is answered by the core (files, or the sandbox), never
        // by a socket.
        .register_asynchronous_uri_scheme_protocol("stepstone-preview", |ctx, request, responder| {
            let app = ctx.app_handle().clone();
            let _ = std::thread::Builder::new().name("stepstone-preview".into()).spawn(move || {
                responder.respond(preview_response(&app, request));
            });
        })
        .setup(move |app| {
            // The label picks the capability file: `main` (a terminal) may
            // call only the learner's commands, `desk` the instructor's.
            let (label, title) = match role {
                MachineRole::Terminal => ("main", "Stepstone"),
                MachineRole::Instructor => ("desk", "Stepstone: instructor"),
            };
            tauri::WebviewWindowBuilder::new(app, label, tauri::WebviewUrl::App("index.html".into()))
                .title(title)
                .inner_size(1280.0, 820.0)
                .min_inner_size(640.0, 480.0)
                // The kiosk session (packaging/kiosk) runs the app alone on
                // the screen: the whole screen, no title bar to drag or close.
                .fullscreen(kiosk)
                .decorations(!kiosk)
                .build()?;
            if kiosk {
                // With no window manager (the kiosk's bare X server) nobody
                // honours a full-screen request: size the window to the
                // screen ourselves.
                let window = tauri::Manager::get_webview_window(app, label);
                if let Some((w, Some(m))) = window.as_ref().map(|w| (w, w.current_monitor().ok().flatten())) {
                    let _ = w.set_position(tauri::PhysicalPosition::new(0, 0));
                    let _ = w.set_size(*m.size());
                }
            }
            Ok(())
        })
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
            preview_page,
            preview_web,
            export_bundle,
            import_usb,
            start_usb_watch,
            offered_instructor_keys,
            trust_instructor,
            desk_status,
            desk_create_account,
            desk_sign_in,
            desk_sign_out,
            class_grid,
            class_charts,
            export_grid_csv,
            set_support_settings,
            class_policy,
            set_class_policy,
            learner_view,
            exercise_report,
            write_note,
            write_group_note,
            roster,
            add_learner,
            reset_pin,
            set_learner_active,
            audit_log,
            desk_load_usb,
            prepare_usb,
            lessons_on_stick,
            release_pack
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("stepstone: the window could not start: {e}");
            std::process::exit(1);
        });
}
