//! Web exercises: a page (HTML, CSS, JS), a server, or both, run inside the
//! JavaScript runner with the DOM, events, virtual timers, `fetch`, a mock
//! API, an Express-like framework and SQLite (`js/web/harness.js`,
//! `js/web/dom.bundle.js`, `js/web_sql.c`).
//!
//! The host's part is small: it frames the web harness, the DOM library,
//! a JSON config and the learner's files as data (never run as scripts by
//! the runner itself), then the exercise's mock API and tests, which run
//! in a realm no learner code reaches. Tests run one per instance, exactly
//! as for JavaScript ([`Sandbox::test_js`]), so a page, its storage and
//! its clock start fresh for every test.
//! What it leaves out: the live preview's requests (the desktop app
//! answers those with [`Sandbox::web_request`]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::engine::Sandbox;
use super::{RunOptions, RunOutcome, RunStatus, SandboxError, SourceFile, TestRun};

pub const HARNESS: &str = include_str!("js/web/harness.js");
pub const DOM: &str = include_str!("js/web/dom.bundle.js");

/// What a web exercise sets up around the learner's files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WebSetup {
    /// The learner's page the tests open (and the preview shows).
    pub page: Option<String>,
    /// The learner's server entry point (CommonJS; `require("./model")`).
    pub server: Option<String>,
    /// The exercise's mock API, run with the tests (`api.get(...)`).
    pub api: Option<SourceFile>,
    /// SQL run into the server's `db` before the server starts.
    pub database: Option<String>,
    /// The live preview: answer `request` (after replaying `replay`).
    pub serve: Option<ServePlan>,
}

/// One request from the live preview's frame, answered in the sandbox.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebRequest {
    pub method: String,
    /// `/api/jobs`: the path alone, no query.
    pub path: String,
    /// `?q=cook`, or empty.
    pub search: String,
    pub headers: BTreeMap<String, String>,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebResponse {
    pub status: u16,
    pub headers: BTreeMap<String, String>,
    pub body: String,
}

/// What one preview request runs: the session's earlier requests that
/// change things (replayed, answers ignored), then this one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ServePlan {
    pub replay: Vec<WebRequest>,
    pub request: WebRequest,
}

#[derive(Serialize)]
struct Config<'a> {
    page: Option<&'a str>,
    server: Option<&'a str>,
    database: Option<&'a str>,
    files: Vec<&'a str>,
    serve: Option<&'a ServePlan>,
}

impl WebSetup {
    /// The data frames for the runner: the config, the learner's files
    /// (each named `@name`), then the mock API as a script.
    pub(crate) fn frames<'a>(&'a self, files: &'a [SourceFile], config: &'a mut String) -> Vec<(String, &'a [u8])> {
        *config = serde_json::to_string(&Config {
            page: self.page.as_deref(),
            server: self.server.as_deref(),
            database: self.database.as_deref(),
            files: files.iter().map(|f| f.name.as_str()).collect(),
            serve: self.serve.as_ref(),
        })
        .expect("the web config serialises");
        let mut out: Vec<(String, &[u8])> = vec![("@<config>".into(), config.as_bytes())];
        for f in files {
            out.push((format!("@{}", f.name), f.text.as_bytes()));
        }
        if let Some(api) = &self.api {
            out.push((api.name.clone(), api.text.as_bytes()));
        }
        out
    }
}

impl Sandbox {
    /// The DOM library as QuickJS bytecode, compiled once per process by
    /// the runner (`SSJS1 compile`): loading it is several times faster
    /// than parsing its source in every instance. It comes only from our
    /// own source, compiled by our own runner; if compiling fails, every
    /// run loads the source instead.
    /// The DOM library's frame for the web harness: bytecode if it
    /// compiled, else the source.
    pub(crate) fn dom_frame(&self) -> (String, &[u8]) {
        match self.dom_bytecode() {
            Some(b) => ("@<dom-bytecode>".to_string(), b),
            None => ("@<dom>".to_string(), DOM.as_bytes()),
        }
    }

    pub(crate) fn dom_bytecode(&self) -> Option<&[u8]> {
        self.dom_bytecode
            .get_or_init(|| {
                let pre = self.js_pre().ok()?;
                let mut stdin = b"SSJS1 compile\n".to_vec();
                stdin.extend_from_slice(format!("5 {}\n<dom>", DOM.len()).as_bytes());
                stdin.extend_from_slice(DOM.as_bytes());
                stdin.extend_from_slice(b"END\n");
                let limits = crate::config::Limits { output_bytes: 32 << 20, run_ms: 60_000, ..Default::default() };
                let raw = self.run_instance(pre, &["main.js"], stdin, &limits, false, super::engine::Entry::Js(None)).ok()?;
                let ok = matches!(raw.exit, super::engine::Exit::Returned | super::engine::Exit::Code(0)) && raw.stdout.len() > 1024 && raw.stdout.len() < limits.output_bytes as usize;
                ok.then_some(raw.stdout)
            })
            .as_deref()
    }

    /// Runs a web exercise's files with no tests: the server starts, the
    /// page loads, and ten seconds of page time pass. Console output and
    /// errors are the outcome.
    pub fn run_web(&self, files: &[SourceFile], setup: &WebSetup, opts: &RunOptions) -> Result<RunOutcome, SandboxError> {
        let opts = RunOptions { web: Some(setup.clone()), ..opts.clone() };
        self.run_js(files, &opts)
    }

    /// Answers one request from the live preview: the mock API's answer,
    /// or the learner's server's, in a bounded run of its own. Earlier
    /// requests of the session that change things (not GET or HEAD) are
    /// replayed first, so a server keeps what the learner posted to it.
    pub fn web_request(&self, files: &[SourceFile], setup: &WebSetup, replay: &[WebRequest], request: &WebRequest, opts: &RunOptions) -> Result<(WebResponse, RunOutcome), SandboxError> {
        let plan = ServePlan { replay: replay.iter().filter(|r| !matches!(r.method.as_str(), "GET" | "HEAD")).cloned().collect(), request: request.clone() };
        let opts = RunOptions { web: Some(WebSetup { serve: Some(plan), ..setup.clone() }), ..opts.clone() };
        let raw = self.run_scripts(super::js::Mode::Run, files, None, &opts)?;
        let outcome = super::js::outcome_of(&raw);
        #[derive(Deserialize)]
        struct Head {
            kind: String,
            status: Option<u16>,
            headers: Option<BTreeMap<String, String>>,
            data: Option<String>,
        }
        let mut response: Option<WebResponse> = None;
        for line in &raw.reports {
            let Ok(h) = serde_json::from_str::<Head>(line) else { continue };
            match (h.kind.as_str(), response.as_mut()) {
                ("response", None) => {
                    response = Some(WebResponse { status: h.status.unwrap_or(500), headers: h.headers.unwrap_or_default(), body: String::new() })
                }
                ("response_part", Some(r)) => r.body.push_str(&h.data.unwrap_or_default()),
                _ => {}
            }
        }
        let response = response.unwrap_or_else(|| {
            let why = match outcome.status {
                RunStatus::Timeout => format!("The server took longer than {} seconds to answer: is there a loop that never ends?", opts.limits.run_ms as f64 / 1000.0),
                RunStatus::MemoryLimit => "The server used more memory than allowed.".into(),
                RunStatus::CompileError => "The server's code has a mistake that stops it from running (see the errors).".into(),
                _ => "The server stopped before it answered.".into(),
            };
            WebResponse { status: 500, headers: BTreeMap::from([("content-type".into(), "text/plain; charset=utf-8".into())]), body: why }
        });
        Ok((response, outcome))
    }

    /// Grades a web exercise's files against `tests`, one fresh instance per test.
    pub fn test_web(&self, files: &[SourceFile], tests: &SourceFile, setup: &WebSetup, opts: &RunOptions) -> Result<TestRun, SandboxError> {
        let opts = RunOptions { web: Some(setup.clone()), ..opts.clone() };
        self.test_js(files, tests, &opts)
    }
}
