//! The types that cross the Tauri IPC boundary, and their TypeScript.
//!
//! The UI's `ui/src/bindings.ts` is generated from these Rust types by
//! [`typescript_bindings`]; the integration test `ipc_bindings` fails when
//! the committed file and the Rust types drift apart, and rewrites it when
//! run with `STEPSTONE_UPDATE_BINDINGS=1`. Nothing here depends on Tauri.

use serde::{Deserialize, Serialize};
use ts_rs::{Config, TS};

use crate::config::Limits;
use crate::doctor::{Check, DoctorReport};
use crate::grading::{GradeReport, GradeStatus};
use crate::sandbox::{Diagnostic, Language, RunOutcome, RunStatus, Severity, SourceFile, TestResult, TestRun, TestStatus};
use crate::store::{ProgressState, Student};
use crate::workstation::{CourseMap, ExerciseSummary, ExerciseView, Policy, TrackSummary, UnitSummary};

/// What the app shows about itself on start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AppInfo {
    pub version: String,
    pub doctor: DoctorReport,
    /// Why the workstation could not start (a damaged store, a broken
    /// curriculum), in words for the person at the keyboard.
    pub startup_error: Option<String>,
    /// Where this facility mounts USB sticks (policy.json), offered on the
    /// first screen before anyone signs in.
    pub usb_folder: String,
}

/// "Run this code": the UI's Run button.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RunRequest {
    pub language: Language,
    pub files: Vec<SourceFile>,
    pub stdin: String,
}

/// An error from a command, as the UI receives it: a short, plain message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CommandError {
    pub message: String,
}

impl<E: std::error::Error> From<E> for CommandError {
    fn from(e: E) -> Self {
        CommandError { message: e.to_string() }
    }
}

/// `ui/src/bindings.ts`, exactly.
pub fn typescript_bindings() -> String {
    let cfg = Config::new();
    let decls = [
        Language::decl(&cfg),
        RunStatus::decl(&cfg),
        Severity::decl(&cfg),
        Diagnostic::decl(&cfg),
        RunOutcome::decl(&cfg),
        TestStatus::decl(&cfg),
        TestResult::decl(&cfg),
        TestRun::decl(&cfg),
        SourceFile::decl(&cfg),
        Limits::decl(&cfg),
        Check::decl(&cfg),
        DoctorReport::decl(&cfg),
        AppInfo::decl(&cfg),
        RunRequest::decl(&cfg),
        CommandError::decl(&cfg),
        GradeStatus::decl(&cfg),
        GradeReport::decl(&cfg),
        Student::decl(&cfg),
        ProgressState::decl(&cfg),
        ExerciseSummary::decl(&cfg),
        UnitSummary::decl(&cfg),
        TrackSummary::decl(&cfg),
        CourseMap::decl(&cfg),
        crate::store::Feedback::decl(&cfg),
        ExerciseView::decl(&cfg),
        Policy::decl(&cfg),
        crate::bundle::ExportReport::decl(&cfg),
        crate::workstation::UsbStatus::decl(&cfg),
        crate::workstation::UsbImport::decl(&cfg),
        crate::workstation::OfferedKey::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust types in src/ (see src/ipc.rs). Do not edit:\n\
         // run `STEPSTONE_UPDATE_BINDINGS=1 cargo test --test integration ipc_bindings`.\n\n",
    );
    for d in decls {
        out.push_str("export ");
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
