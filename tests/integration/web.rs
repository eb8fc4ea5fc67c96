//! Web exercises: the fixture track in `tests/fixtures/web/curriculum/`
//! (a page with clicks, a page that fetches from a mock API, a server with
//! a database) passes `curriculum check`, wrong answers included; and every
//! hostile page or server in `tests/fixtures/web/hostile/` ends in a
//! verdict that is not a pass. Each hostile file's first line says which
//! exercise and file it replaces, and optionally words its report must hold:
//! `// expect: exercise=wx.counter file=app.js words=cannot read your page`.

use stepstone::curriculum::{self, check};
use stepstone::grading::{self, GradeStatus};
use stepstone::sandbox::web::{WebRequest, WebSetup};
use stepstone::sandbox::{RunOptions, SourceFile};

use super::support::{repo, sandbox};

fn fixtures() -> std::path::PathBuf {
    repo().join("tests/fixtures/web/curriculum")
}

#[test]
fn the_web_fixture_track_passes_curriculum_check() {
    let report = check::check(sandbox(), &fixtures(), 2, "").unwrap();
    assert!(report.ok(), "{report:#?}");
    assert_eq!(report.passed, 3, "every fixture exercise checks clean: {report:#?}");
}

#[test]
fn every_hostile_page_or_server_ends_in_a_verdict_that_is_not_a_pass() {
    let c = curriculum::load(&fixtures()).unwrap();
    let dir = repo().join("tests/fixtures/web/hostile");
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    paths.sort();
    assert!(paths.len() >= 20, "expected at least 20 hostile fixtures");
    // Two at a time: most of them run into a wall-clock limit.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let problems = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some(path) = paths.get(i) else { break };
                if let Some(p) = judge(&c, path) {
                    problems.lock().unwrap().push(p);
                }
            });
        }
    });
    let problems = problems.into_inner().unwrap();
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// None when the hostile file came out as its first line expects.
fn judge(c: &curriculum::Curriculum, path: &std::path::Path) -> Option<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let head = text.lines().next().unwrap().trim_start_matches("//").trim().strip_prefix("expect:").expect("first line: // expect: ...").trim().to_string();
    let field = |k: &str| head.split_whitespace().find_map(|w| w.strip_prefix(&format!("{k}="))).map(str::to_string);
    let words = head.split_once("words=").map(|(_, w)| w.to_string());
    let ex = c.find(&field("exercise").unwrap()).unwrap();
    let files = grading::files_for(ex, vec![SourceFile { name: field("file").unwrap(), text }]).unwrap();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    match grading::grade(sandbox(), ex, &files) {
        Err(e) => Some(format!("{name}: the grader failed instead of giving a verdict: {e}")),
        Ok(report) => {
            let json = serde_json::to_string(&report).unwrap();
            println!("{name:<36} {:?}", report.status);
            if report.status == GradeStatus::Pass {
                return Some(format!("{name}: PASSED\n{report:#?}"));
            }
            match &words {
                Some(w) if !json.contains(w.as_str()) => Some(format!("{name}: the report does not say {w:?}:\n{report:#?}")),
                _ => None,
            }
        }
    }
}

/// The preview's path: one request answered by the learner's server, with
/// earlier requests that changed something replayed first.
#[test]
fn a_preview_request_is_answered_by_the_learners_server_with_earlier_posts_replayed() {
    let c = curriculum::load(&fixtures()).unwrap();
    let ex = c.find("wx.api-server").unwrap();
    let files = ex.solution().unwrap();
    let setup: WebSetup = ex.web_setup().unwrap();
    let post = WebRequest {
        method: "POST".into(),
        path: "/api/jobs".into(),
        headers: [("content-type".to_string(), "application/json".to_string())].into(),
        body: r#"{"title":"Baker"}"#.into(),
        ..Default::default()
    };
    let get = WebRequest { method: "GET".into(), path: "/api/jobs".into(), ..Default::default() };
    let opts = RunOptions { limits: ex.limits, ..Default::default() };
    let (first, _) = sandbox().web_request(&files, &setup, &[], &post, &opts).unwrap();
    assert_eq!(first.status, 201, "{first:?}");
    let (list, _) = sandbox().web_request(&files, &setup, &[post.clone(), get.clone()], &get, &opts).unwrap();
    assert_eq!(list.status, 200);
    assert_eq!(list.body, r#"[{"id":1,"title":"Cook"},{"id":2,"title":"Welder"},{"id":3,"title":"Baker"}]"#);
    assert!(list.headers["content-type"].starts_with("application/json"), "{list:?}");
    let (missing, _) = sandbox().web_request(&files, &setup, &[], &WebRequest { method: "GET".into(), path: "/nope".into(), ..Default::default() }, &opts).unwrap();
    assert_eq!((missing.status, missing.body.as_str()), (404, "Cannot GET /nope"));
}

/// The runner starts from a copy of its memory made after loading the
/// prelude, the web harness and the DOM (see `Snapshot` in the sandbox's
/// engine). Every grade of every fixture exercise, and what a plain
/// program prints, come out the same from that copy as from a runner that
/// loads everything itself; and the copy really is in use.
#[test]
fn a_prepared_runner_gives_the_same_verdicts_and_output_as_a_fresh_one() {
    let c = curriculum::load(&fixtures()).unwrap();
    let mut fresh = stepstone::sandbox::Sandbox::new(None).unwrap();
    fresh.set_snapshots(false);
    let prepared = sandbox();
    let random = [SourceFile { name: "main.js".into(), text: "console.log(typeof Math.random(), [1, 2].map((x) => x * 2).join());".into() }];
    let opts = RunOptions::default();
    let a = prepared.run_js(&random, &opts).unwrap();
    let b = fresh.run_js(&random, &opts).unwrap();
    assert_eq!((a.status, &a.stdout), (b.status, &b.stdout));
    assert_eq!(a.stdout, "number 2,4\n");
    let mut graded = 0;
    for ex in c.exercises() {
        let mut answers = vec![ex.solution().unwrap(), ex.starter().unwrap()];
        answers.extend(ex.variants("wrong").into_iter().map(|v| v.files.unwrap()));
        for files in answers {
            let x = grading::grade(prepared, ex, &files).unwrap();
            let y = grading::grade(&fresh, ex, &files).unwrap();
            let names = |r: &grading::GradeReport| r.tests.iter().map(|t| (t.name.clone(), t.status, t.message.clone())).collect::<Vec<_>>();
            assert_eq!((x.status, names(&x)), (y.status, names(&y)), "{}: a prepared runner judged differently", ex.id);
            graded += 1;
        }
    }
    assert!(graded >= 9, "graded {graded} answers");
    assert!(prepared.runner_prepared(false) && prepared.runner_prepared(true), "the prepared copies were made and used");
    assert!(!fresh.runner_prepared(true));
}
