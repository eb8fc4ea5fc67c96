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
    /// What this machine was provisioned as: the window opens the learner's
    /// screens or the instructor's workstation.
    pub role: MachineRole,
    /// Something IT or the person at the keyboard should know: a terminal
    /// set up from a facility kit just now, or one whose key was copied
    /// from another machine and signs nothing until it is provisioned again.
    pub notice: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MachineRole {
    Terminal,
    Instructor,
}

/// What the window should say about this machine's identity, if anything.
pub fn identity_notice(data_dir: &std::path::Path) -> Option<String> {
    match crate::bundle::DeviceIdentity::load(data_dir) {
        Err(e @ crate::bundle::keys::KeyError::Copied { .. }) => Some(e.to_string()),
        _ => None,
    }
}

impl MachineRole {
    /// An instructor machine is one provisioned `--role instructor`;
    /// anything else (a terminal, or not provisioned yet) is a terminal.
    pub fn of(data_dir: &std::path::Path) -> MachineRole {
        match crate::bundle::DeviceIdentity::load(data_dir) {
            Ok(id) if id.role == crate::bundle::Role::Instructor => MachineRole::Instructor,
            _ => MachineRole::Terminal,
        }
    }
}

/// A long task's progress, sent to the window as an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TaskProgress {
    /// `load`, `prepare` or `regrade`.
    pub task: String,
    pub done: u32,
    pub total: u32,
}

/// The class grid as CSV: the file written to the stick, and its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CsvExport {
    pub path: String,
    pub text: String,
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
        crate::sandbox::sql::SqlType::decl(&cfg),
        crate::sandbox::sql::SqlCell::decl(&cfg),
        crate::sandbox::sql::SqlResult::decl(&cfg),
        crate::sandbox::sql::SqlColumnInfo::decl(&cfg),
        crate::sandbox::sql::SqlTableInfo::decl(&cfg),
        crate::sandbox::sql::SqlSchema::decl(&cfg),
        RunOutcome::decl(&cfg),
        TestStatus::decl(&cfg),
        TestResult::decl(&cfg),
        TestRun::decl(&cfg),
        SourceFile::decl(&cfg),
        Limits::decl(&cfg),
        Check::decl(&cfg),
        DoctorReport::decl(&cfg),
        MachineRole::decl(&cfg),
        AppInfo::decl(&cfg),
        TaskProgress::decl(&cfg),
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
        crate::store::Instructor::decl(&cfg),
        crate::store::AuditEntry::decl(&cfg),
        crate::store::AuditFilter::decl(&cfg),
        crate::store::RegradeVerdict::decl(&cfg),
        crate::store::ClassPolicy::decl(&cfg),
        crate::instructor::DeskStatus::decl(&cfg),
        crate::instructor::RosterLearner::decl(&cfg),
        crate::instructor::grid::SupportSettings::decl(&cfg),
        crate::instructor::grid::GridQuery::decl(&cfg),
        crate::instructor::grid::CellState::decl(&cfg),
        crate::instructor::grid::FlagKind::decl(&cfg),
        crate::instructor::grid::SupportFlag::decl(&cfg),
        crate::instructor::grid::GridExercise::decl(&cfg),
        crate::instructor::grid::GridUnit::decl(&cfg),
        crate::instructor::grid::GridRow::decl(&cfg),
        crate::instructor::grid::ClassGrid::decl(&cfg),
        crate::instructor::review::DiffTag::decl(&cfg),
        crate::instructor::review::DiffLine::decl(&cfg),
        crate::instructor::review::FileDiff::decl(&cfg),
        crate::instructor::review::AttemptDetail::decl(&cfg),
        crate::instructor::review::TimelineItem::decl(&cfg),
        crate::instructor::review::LearnerView::decl(&cfg),
        crate::instructor::review::TestFailures::decl(&cfg),
        crate::instructor::review::SubmissionGroup::decl(&cfg),
        crate::instructor::review::ExerciseReport::decl(&cfg),
        crate::instructor::charts::LearnerPace::decl(&cfg),
        crate::instructor::charts::ExerciseStat::decl(&cfg),
        crate::instructor::charts::ClassCharts::decl(&cfg),
        crate::instructor::usb::Count::decl(&cfg),
        crate::instructor::usb::TerminalStatus::decl(&cfg),
        crate::instructor::usb::ImportSummary::decl(&cfg),
        crate::instructor::usb::PrepareReport::decl(&cfg),
        crate::instructor::usb::OfferedPack::decl(&cfg),
        CsvExport::decl(&cfg),
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
