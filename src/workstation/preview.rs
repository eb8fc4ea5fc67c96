//! The live preview of a web exercise. The window's preview frame loads
//! `stepstone-preview://<token>/index.html`; the desktop app hands each of
//! the frame's requests to [`Workstation::preview_serve`]. The learner's
//! files are served as they stand in the editor; any other path (the
//! page's `fetch("/api/jobs")`, a form's POST) is answered in the sandbox
//! by the exercise's mock API or the learner's own server, one bounded run
//! per request, with the session's earlier requests that changed something
//! replayed first. No request reaches a socket.
//!
//! What it leaves out: several previews at once (a new one ends the last),
//! and cookies.

use std::collections::BTreeMap;

use super::{Workstation, WorkstationError};
use crate::curriculum::ExerciseLanguage;
use crate::grading;
use crate::sandbox::web::{WebRequest, WebResponse, WebSetup};
use crate::sandbox::{RunOptions, SourceFile};

/// Requests kept for replay before the preview starts the server afresh.
const MAX_LOG: usize = 200;

pub(crate) struct PreviewSession {
    token: String,
    files: Vec<SourceFile>,
    setup: WebSetup,
    limits: crate::config::Limits,
    log: Vec<WebRequest>,
}

/// What the preview frame may load and where it may send requests: only
/// back to the preview's own scheme, never a network address.
pub const PREVIEW_CSP: &str = "default-src 'none'; script-src 'unsafe-inline' stepstone-preview:; style-src 'unsafe-inline' stepstone-preview:; img-src stepstone-preview: data:; font-src stepstone-preview: data:; connect-src stepstone-preview:; form-action stepstone-preview:; base-uri 'none'";

/// Put first in every page the preview serves. The frame has an opaque
/// origin (no `allow-same-origin`), where a browser refuses
/// `localStorage`: this gives the page one that lives as long as it does,
/// as the graded run's does.
const PAGE_SHIM: &str = "<script>(function(){try{window.localStorage.length;return;}catch(e){}var m=new Map();var s={getItem:function(k){k=String(k);return m.has(k)?m.get(k):null;},setItem:function(k,v){m.set(String(k),String(v));},removeItem:function(k){m.delete(String(k));},clear:function(){m.clear();},key:function(i){return Array.from(m.keys())[i]||null;},get length(){return m.size;}};Object.defineProperty(window,'localStorage',{value:s});Object.defineProperty(window,'sessionStorage',{value:s});})();</script>";

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        _ => "text/plain; charset=utf-8",
    }
}

impl Workstation {
    /// Starts (or restarts) the live preview of a web exercise on the
    /// learner's current files; returns the token the frame's URL names.
    pub fn preview_web(&self, exercise_id: &str, files: Vec<SourceFile>) -> Result<String, WorkstationError> {
        self.session()?;
        let ex = self.exercise(exercise_id)?;
        if ex.language != Some(ExerciseLanguage::Web) {
            return Err(WorkstationError::NotRunnable("a page preview".into()));
        }
        let files = grading::files_for(&ex, files)?;
        let setup = ex.web_setup()?;
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(|e| WorkstationError::NotRunnable(format!("a preview (no randomness: {e})")))?;
        let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        *self.preview.lock().unwrap_or_else(|p| p.into_inner()) = Some(PreviewSession { token: token.clone(), files, setup, limits: ex.limits, log: Vec::new() });
        Ok(token)
    }

    /// Answers one request of the preview frame (see the module docs).
    pub fn preview_serve(&self, token: &str, request: WebRequest) -> WebResponse {
        let plain = |status: u16, body: &str| WebResponse {
            status,
            headers: BTreeMap::from([("content-type".into(), "text/plain; charset=utf-8".into())]),
            body: body.into(),
        };
        let (files, setup, limits, log) = {
            let guard = self.preview.lock().unwrap_or_else(|p| p.into_inner());
            match guard.as_ref() {
                Some(s) if s.token == token => (s.files.clone(), s.setup.clone(), s.limits, s.log.clone()),
                _ => return plain(410, "This preview has ended: the page was changed or closed."),
            }
        };
        let name = request.path.trim_start_matches('/');
        if matches!(request.method.as_str(), "GET" | "HEAD") {
            let wanted = if name.is_empty() { setup.page.as_deref().unwrap_or("") } else { name };
            if let Some(f) = files.iter().find(|f| f.name == wanted && Some(f.name.as_str()) != setup.server.as_deref()) {
                let mut body = f.text.clone();
                if f.name.ends_with(".html") {
                    body = inject(&body);
                }
                return WebResponse { status: 200, headers: BTreeMap::from([("content-type".into(), content_type(&f.name).into())]), body };
            }
        }
        let opts = RunOptions { limits, ..Default::default() };
        let answered = self.sandbox.web_request(&files, &setup, &log, &request, &opts);
        if !matches!(request.method.as_str(), "GET" | "HEAD") {
            let mut guard = self.preview.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(s) = guard.as_mut().filter(|s| s.token == token) {
                if s.log.len() >= MAX_LOG {
                    s.log.clear();
                }
                s.log.push(request);
            }
        }
        match answered {
            Ok((mut response, _)) => {
                if response.headers.get("content-type").is_some_and(|t| t.starts_with("text/html")) {
                    response.body = inject(&response.body);
                }
                response
            }
            Err(e) => plain(500, &format!("The sandbox could not answer: {e}")),
        }
    }
}

/// The page with the shim first (after the doctype, so no quirks mode).
fn inject(page: &str) -> String {
    let trimmed = page.trim_start();
    if trimmed.get(..9).is_some_and(|h| h.eq_ignore_ascii_case("<!doctype")) {
        if let Some(end) = trimmed.find('>') {
            return format!("{}{PAGE_SHIM}{}", &trimmed[..=end], &trimmed[end + 1..]);
        }
    }
    format!("{PAGE_SHIM}{page}")
}
