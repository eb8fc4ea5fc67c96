//! The UI's TypeScript types must match the Rust types they mirror.

use super::support::repo;

#[test]
fn ipc_bindings_match_the_rust_types() {
    let path = repo().join("ui/src/bindings.ts");
    let generated = stepstone::ipc::typescript_bindings();
    if std::env::var_os("STEPSTONE_UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "ui/src/bindings.ts is out of date with the Rust types; regenerate it with \
         STEPSTONE_UPDATE_BINDINGS=1 cargo test --test integration ipc_bindings"
    );
}

#[test]
fn bindings_name_every_run_status() {
    let ts = stepstone::ipc::typescript_bindings();
    for status in ["ok", "compile_error", "runtime_error", "timeout", "memory_limit", "output_limit"] {
        assert!(ts.contains(&format!("\"{status}\"")), "RunStatus {status} missing from bindings");
    }
}

#[test]
fn the_exercise_kind_binding_names_every_kind_the_core_has() {
    let bindings = std::fs::read_to_string(super::support::repo().join("ui/src/bindings.ts")).unwrap();
    let union = stepstone::curriculum::Kind::ALL.iter().map(|(k, name)| {
        assert_eq!(serde_json::to_value(k).unwrap(), serde_json::json!(name));
        format!("\"{name}\"")
    }).collect::<Vec<_>>().join(" | ");
    assert!(bindings.contains(&format!("kind: {union}")), "bindings.ts should say kind: {union}");
}

#[test]
fn the_exercise_language_binding_names_every_language_the_core_has() {
    let bindings = std::fs::read_to_string(super::support::repo().join("ui/src/bindings.ts")).unwrap();
    let union = stepstone::curriculum::ExerciseLanguage::ALL.iter().map(|(l, name)| {
        assert_eq!(serde_json::to_value(l).unwrap(), serde_json::json!(name));
        format!("\"{name}\"")
    }).collect::<Vec<_>>().join(" | ");
    assert!(bindings.contains(&format!("language: {union} | null")), "bindings.ts should say language: {union} | null");
}
