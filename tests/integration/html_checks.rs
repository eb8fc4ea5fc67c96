//! The HTML grader's rules, one fixture each in `tests/fixtures/html-checks/`:
//! a page, its `style.css`, one check, the verdict it must get and a piece of
//! the message a learner reads. Also: the preview document is the one graded.

use serde::Deserialize;
use stepstone::grading::html::{preview_document, run_checks};
use stepstone::sandbox::{SourceFile, TestStatus};

use super::support::repo;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    about: String,
    html: String,
    #[serde(default)]
    css: String,
    check: String,
    status: String,
    message: Option<String>,
}

#[test]
fn every_html_check_rule_gives_its_verdict_and_plain_message() {
    let dir = repo().join("tests/fixtures/html-checks");
    let mut cases: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "toml")).collect();
    cases.sort();
    assert!(cases.len() >= 20, "only {} fixtures", cases.len());
    let mut failures = Vec::new();
    for path in cases {
        let case: Case = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let files = vec![SourceFile { name: "index.html".into(), text: case.html.clone() }, SourceFile { name: "style.css".into(), text: case.css.clone() }];
        let checks = format!("format_version = 1\n[[check]]\n{}", case.check);
        let r = match run_checks(&checks, &files) {
            Ok(r) => r,
            Err(e) => {
                failures.push(format!("{}: the check itself is refused: {e}", path.display()));
                continue;
            }
        };
        let got = if r[0].status == TestStatus::Pass { "pass" } else { "fail" };
        let msg = r[0].message.clone().unwrap_or_default();
        if got != case.status {
            failures.push(format!("{} ({}): expected {}, got {got}: {msg}", path.display(), case.about, case.status));
        } else if let Some(want) = &case.message {
            if !msg.contains(want.as_str()) {
                failures.push(format!("{} ({}): message {msg:?} does not contain {want:?}", path.display(), case.about));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_page_the_preview_shows_styled_is_styled_for_the_grader_and_the_reverse() {
    // The grader parses exactly the document the preview is given.
    let page = r#"<!doctype html><html><head><link rel="stylesheet" href="style.css"><link rel="stylesheet" href="missing.css"></head><body><p>x</p></body></html>"#;
    let files = vec![SourceFile { name: "index.html".into(), text: page.into() }, SourceFile { name: "style.css".into(), text: "p { color: navy }".into() }];
    let doc = preview_document(page, &files);
    assert!(doc.contains(r#"<style data-from="style.css">p { color: navy }</style>"#), "{doc}");
    assert_eq!(doc.matches("<style").count(), 1, "only the file of the exercise is inlined: {doc}");
    let checks = "format_version = 1\n[[check]]\nname = \"navy\"\nselector = \"p\"\nproperty = \"color\"\nproperty_value = \"navy\"\n";
    assert_eq!(run_checks(checks, &files).unwrap()[0].status, TestStatus::Pass);
    // A .css file the page never links styles neither the preview nor the grader.
    let unlinked = vec![SourceFile { name: "index.html".into(), text: "<p>x</p>".into() }, files[1].clone()];
    assert!(!preview_document(&unlinked[0].text, &unlinked).contains("navy"));
    assert_eq!(run_checks(checks, &unlinked).unwrap()[0].status, TestStatus::Fail);
}
