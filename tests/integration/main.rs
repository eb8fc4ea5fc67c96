//! Stepstone's integration tests: one binary, one module per area.
//!
//! Tests are data-driven where they can be: the sandbox cases are the files
//! in `tests/fixtures/sandbox/`, each carrying its expected verdict.

mod bundle;
mod cli;
mod facility;
mod forgery;
mod curriculum;
mod html_checks;
mod instructor;
mod ipc_bindings;
mod sandbox_cache;
mod sandbox_fixtures;
mod sql;
mod web;
mod store;
mod support;
