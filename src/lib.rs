//! Stepstone's core: everything the desktop app and the CLI do, with no
//! dependency on Tauri or any UI.
//!
//! * [`curriculum`] reads and validates tracks, units and exercises;
//! * [`grading`] runs an exercise's tests (through the sandbox, or as
//!   HTML/CSS checks) and reports in Exercism's format;
//! * [`sandbox`] runs student JavaScript and Rust inside wasmtime;
//! * [`bundle`] signs, exports, verifies and imports USB bundles;
//! * [`regrade`] grades imported attempts again on the instructor's machine;
//! * [`store`] keeps profiles, drafts, attempts and the event log in SQLite;
//! * [`toolchain`] finds the compiler for student Rust;
//! * [`workstation`] is what the desktop app does, one call per command;
//! * [`instructor`] is what it does on the instructor's machine;
//! * [`doctor`] reports what this machine has and lacks;
//! * [`ipc`] holds the types both front ends hand to the UI;
//! * [`config`] holds limits and paths;
//! * [`bench`] measures the sandbox (a benchmark, never a test).
//!
//! The front ends (`src/main.rs`, `src-tauri/`) stay thin: parse input, call
//! one function here, map the error.

pub mod bench;
pub mod bundle;
pub mod config;
pub mod curriculum;
pub mod doctor;
pub mod facility;
pub mod grading;
pub mod instructor;
pub mod ipc;
pub mod regrade;
pub mod sandbox;
pub mod store;
pub mod toolchain;
pub mod workstation;

/// The version of this build, shown by `stepstone --version` and the app.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
