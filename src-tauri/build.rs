//! Declares the app's commands so that each needs an explicit permission in
//! `capabilities/main.json`; nothing is allowed by default.
fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(&[
                "app_info", "run_code", "list_students", "create_student", "sign_in", "sign_out", "course",
                "open_exercise", "save_draft", "reset_exercise", "restore_previous", "hint", "solution", "check_exercise", "run_exercise", "preview_page", "preview_web", "export_bundle",
                "import_usb", "start_usb_watch", "offered_instructor_keys", "trust_instructor",
                // The instructor's workstation (capabilities/desk.json only).
                "desk_status", "desk_create_account", "desk_sign_in", "desk_sign_out", "class_grid", "export_grid_csv",
                "set_support_settings", "learner_view", "exercise_report", "write_note", "write_group_note", "roster",
                "add_learner", "reset_pin", "set_learner_active", "audit_log", "desk_load_usb", "prepare_usb",
                "class_policy", "set_class_policy", "class_charts", "lessons_on_stick", "release_pack",
            ])),
    )
    .expect("tauri build script failed");
}
