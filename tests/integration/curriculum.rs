//! The curriculum format, the validator and grading, over the fixture
//! curricula in `tests/fixtures/curriculum/`: `good/` has one exercise of
//! every kind; each folder in `bad/` breaks one rule and its `expect.txt`
//! holds the text the validator must report.

use stepstone::curriculum::{self, check::check};
use stepstone::grading::{self, GradeStatus};
use stepstone::sandbox::{SourceFile, TestStatus};

use super::support::{repo, sandbox};

fn fixtures() -> std::path::PathBuf {
    repo().join("tests/fixtures/curriculum")
}

#[test]
fn good_fixture_curriculum_validates() {
    let report = check(sandbox(), &fixtures().join("good"), 2, "").unwrap();
    assert!(report.ok(), "{report:#?}");
    assert_eq!(report.exercises.len(), 7);
    let page = report.exercises.iter().find(|e| e.id == "fx.page").unwrap();
    assert_eq!(page.starter, Some(GradeStatus::Fail));
    assert_eq!(page.solution, Some(GradeStatus::Pass));
}

#[test]
fn every_broken_curriculum_reports_its_own_problem() {
    let bad = fixtures().join("bad");
    let mut cases: Vec<_> = std::fs::read_dir(&bad).unwrap().flatten().map(|e| e.path()).collect();
    cases.sort();
    assert!(cases.len() >= 10);
    let mut failures = Vec::new();
    for case in cases {
        let want = std::fs::read_to_string(case.join("expect.txt")).unwrap();
        let report = check(sandbox(), &case, 2, "").unwrap();
        let said: Vec<String> = report
            .manifest_problems
            .iter()
            .map(|p| p.to_string())
            .chain(report.exercises.iter().flat_map(|e| e.problems.clone()))
            .collect();
        if report.ok() || !said.iter().any(|s| s.contains(want.trim())) {
            failures.push(format!("{}: expected {want:?}, got {said:#?}", case.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn good() -> curriculum::Curriculum {
    curriculum::load(&fixtures().join("good")).unwrap()
}

#[test]
fn js_grade_reports_expected_and_actual_in_file_order() {
    let c = good();
    let ex = c.find("fx.js-add").unwrap();
    let files = grading::files_for(ex, vec![SourceFile { name: "main.js".into(), text: "function add(a, b) { return a < 0 ? a + b : a - b; }".into() }]).unwrap();
    let r = grading::grade(sandbox(), ex, &files).unwrap();
    assert_eq!(r.status, GradeStatus::Fail);
    let names: Vec<_> = r.tests.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["add(2, 3) gives 5", "add works with negative numbers", "add can be awaited in an async test"]);
    assert_eq!(r.tests[0].expected.as_deref(), Some("5"));
    assert_eq!(r.tests[0].actual.as_deref(), Some("-1"));
    assert_eq!(r.tests[1].status, TestStatus::Pass);
}

#[test]
fn js_syntax_error_grades_as_error_with_message() {
    let c = good();
    let ex = c.find("fx.js-add").unwrap();
    let files = grading::files_for(ex, vec![SourceFile { name: "main.js".into(), text: "function add(a, b) { return a + ; }".into() }]).unwrap();
    let r = grading::grade(sandbox(), ex, &files).unwrap();
    assert_eq!(r.status, GradeStatus::Error);
    assert!(r.message.as_deref().unwrap().contains("SyntaxError"), "{r:#?}");
}

#[test]
fn js_infinite_loop_in_a_test_is_reported_as_timeout() {
    let c = good();
    let ex = c.find("fx.js-add").unwrap();
    let files = grading::files_for(ex, vec![SourceFile { name: "main.js".into(), text: "function add(a, b) { if (a < 0) { while (true) {} } return a + b; }".into() }]).unwrap();
    let r = grading::grade(sandbox(), ex, &files).unwrap();
    assert_eq!(r.tests[0].status, TestStatus::Pass);
    assert_eq!(r.tests[1].status, TestStatus::Error);
    assert!(r.tests[1].message.as_deref().unwrap().contains("did not finish"), "{r:#?}");
}

#[test]
fn test_output_is_capped_at_500_characters() {
    let c = good();
    let ex = c.find("fx.js-add").unwrap();
    let files = grading::files_for(ex, vec![SourceFile { name: "main.js".into(), text: "function add(a, b) { console.log('x'.repeat(2000)); return a + b; }".into() }]).unwrap();
    let r = grading::grade(sandbox(), ex, &files).unwrap();
    assert!(r.tests[0].output.chars().count() < 600);
    assert!(r.tests[0].output.contains("output cut at 500"));
}

#[test]
fn rust_grade_orders_tests_as_written_and_judges_should_panic() {
    let c = good();
    let ex = c.find("fx.rust-add").unwrap();
    let starter = ex.starter().unwrap();
    let r = grading::grade(sandbox(), ex, &starter).unwrap();
    let names: Vec<_> = r.tests.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["add of 2 and 3 is 5", "add handles negatives", "dividing by zero panics with a message"]);
    assert_eq!(r.tests[0].status, TestStatus::Fail);
    assert_eq!(r.tests[0].expected.as_deref(), Some("5"));
    assert_eq!(r.tests[0].actual.as_deref(), Some("0"));
    // The starter's division by zero panics too, so should_panic passes.
    assert_eq!(r.tests[2].status, TestStatus::Pass);

    let no_panic = "fn add(a: i32, b: i32) -> i32 { a + b }\nfn checked_div(a: i32, b: i32) -> i32 { if b == 0 { 0 } else { a / b } }\nfn main() {}\n";
    let files = grading::files_for(ex, vec![SourceFile { name: "main.rs".into(), text: no_panic.into() }]).unwrap();
    let r = grading::grade(sandbox(), ex, &files).unwrap();
    assert_eq!(r.tests[0].status, TestStatus::Pass);
    assert_eq!(r.tests[2].status, TestStatus::Fail);
    assert!(r.tests[2].message.as_deref().unwrap().contains("expected the code to panic"));
}

#[test]
fn rust_compile_error_grades_as_error_with_compiler_message() {
    let c = good();
    let ex = c.find("fx.rust-add").unwrap();
    let files = grading::files_for(ex, vec![SourceFile { name: "main.rs".into(), text: "fn main() { let x: i32 = \"no\"; }".into() }]).unwrap();
    let r = grading::grade(sandbox(), ex, &files).unwrap();
    assert_eq!(r.status, GradeStatus::Error);
    let msg = r.message.unwrap();
    assert!(msg.contains("could not be compiled") && msg.contains("mismatched types"), "{msg}");
}

#[test]
fn rust_function_of_the_wrong_type_is_named_in_plain_words_at_its_line() {
    let c = good();
    let ex = c.find("fx.rust-add").unwrap();
    let text = "fn checked_div(a: i32, b: i32) -> i32 {\n    a / b\n}\n\nfn add(a: i64, b: i64) -> i64 {\n    a + b\n}\n\nfn main() {}\n";
    let files = grading::files_for(ex, vec![SourceFile { name: "main.rs".into(), text: text.into() }]).unwrap();
    let r = grading::grade(sandbox(), ex, &files).unwrap();
    assert_eq!(r.status, GradeStatus::Error);
    let message = r.message.clone().unwrap_or_default();
    assert!(message.contains("The tests need `add` to be a function of type `fn(i32, i32) -> i32`"), "{message}");
    assert!(!message.contains("The tests need `checked_div`"), "checked_div fits: {message}");
    let diags = &r.outcome.as_ref().unwrap().diagnostics;
    assert!(diags.iter().any(|d| d.line == 5 && d.message.contains("`add`")), "{diags:#?}");
}

#[test]
fn grading_an_unknown_file_name_is_an_error() {
    let c = good();
    let ex = c.find("fx.js-add").unwrap();
    let err = grading::files_for(ex, vec![SourceFile { name: "other.js".into(), text: String::new() }]).unwrap_err();
    assert!(err.to_string().contains("no starter file named \"other.js\""));
}

#[test]
fn bundled_curriculum_has_40_html_60_js_and_40_rust_exercises_with_test_first_ones() {
    let c = curriculum::load(&repo().join("curriculum")).unwrap();
    for (id, want) in [("html-css", 40), ("js", 60), ("rust", 40)] {
        let t = c.tracks.iter().find(|t| t.id == id).unwrap_or_else(|| panic!("track {id} missing"));
        let all = t.units.iter().flat_map(|u| &u.exercises).count();
        assert!(all >= want, "track {id} has only {all} exercises, wants {want}");
    }
    let test_first = |track: &str| c.tracks.iter().find(|t| t.id == track).unwrap().units.iter().flat_map(|u| &u.exercises).filter(|e| e.kind == curriculum::Kind::Tests).count();
    assert!(test_first("js") >= 6, "the JS track needs a unit of at least 6 test-first exercises");
    assert_eq!(c.by_id("rust.testing.write-a-test").unwrap().kind, curriculum::Kind::Tests);
}

#[test]
fn embedded_index_matches_the_bundled_curriculum() {
    let index: serde_json::Value = serde_json::from_str(curriculum::BUNDLED_INDEX_JSON).unwrap();
    let c = curriculum::load(&repo().join("curriculum")).unwrap();
    let from_index: Vec<String> = index
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|t| t["units"].as_array().unwrap().iter())
        .flat_map(|u| u["exercises"].as_array().unwrap().iter())
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect();
    let loaded: Vec<String> = c.exercises().map(|e| e.id.clone()).collect();
    assert_eq!(from_index, loaded);
}

#[test]
fn solution_policy_comes_from_policy_json_and_bad_keys_are_refused() {
    use stepstone::workstation::{Policy, Workstation, WorkstationError};
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(Policy::load(dir.path()).unwrap(), Policy::default());
    std::fs::write(dir.path().join("policy.json"), r#"{"solution_after_pass": false, "usb_folder": "/mnt/stick"}"#).unwrap();
    let policy = Policy::load(dir.path()).unwrap();
    assert_eq!((policy.solution_after_pass, policy.usb_folder.as_str(), policy.idle_sign_out_minutes), (false, "/mnt/stick", 15));
    let paths = stepstone::config::Paths::new(Some(dir.path().to_path_buf()), Some(fixtures().join("good")));
    let mut sandbox = stepstone::sandbox::Sandbox::new(None).unwrap();
    sandbox.set_confine_exe(super::support::cli());
    let ws = Workstation::open(paths, sandbox).unwrap();
    let s = ws.create_student("Ana", "123456").unwrap();
    assert!(matches!(ws.solution("fx.js-add"), Err(WorkstationError::NotSignedIn)));
    ws.sign_in(&s.id, "123456").unwrap();
    assert!(ws.solution("fx.js-add").is_ok(), "the instructor opened solutions before passing");
    std::fs::write(dir.path().join("policy.json"), r#"{"solution_after_pas": false}"#).unwrap();
    assert!(matches!(Policy::load(dir.path()), Err(WorkstationError::BadPolicy(..))));
}

#[test]
fn reset_then_restore_brings_the_learners_code_back() {
    use stepstone::workstation::Workstation;
    let dir = tempfile::tempdir().unwrap();
    let paths = stepstone::config::Paths::new(Some(dir.path().to_path_buf()), Some(fixtures().join("good")));
    let mut sandbox = stepstone::sandbox::Sandbox::new(None).unwrap();
    sandbox.set_confine_exe(super::support::cli());
    let ws = Workstation::open(paths, sandbox).unwrap();
    let s = ws.create_student("Ana", "123456").unwrap();
    ws.sign_in(&s.id, "123456").unwrap();
    let mine = SourceFile { name: "main.js".into(), text: "function add(a, b) { return a + b; } // mine".into() };
    ws.save_draft("fx.js-add", &mine).unwrap();
    let starter = ws.reset("fx.js-add").unwrap();
    assert!(starter[0].text.contains("Your code here"));
    assert_eq!(ws.open_exercise("fx.js-add").unwrap().files[0].text, starter[0].text);
    let back = ws.restore_previous("fx.js-add").unwrap();
    assert_eq!(back[0].text, mine.text);
    assert_eq!(ws.open_exercise("fx.js-add").unwrap().files[0].text, mine.text);
}

#[test]
fn to_equal_compares_what_sets_and_maps_hold() {
    let code = SourceFile { name: "main.js".into(), text: "function s() { return new Set([1, 2]); }\nfunction m() { return new Map([['a', [1]], ['b', [2]]]); }\nSet.prototype.has = () => true;\n".into() };
    let tests = SourceFile {
        name: "tests.js".into(),
        text: [
            "test('same set', () => { expect(s()).toEqual(new Set([2, 1])); });",
            "test('other set', () => { expect(s()).toEqual(new Set([1, 3])); });",
            "test('bigger set', () => { expect(s()).toEqual(new Set([1, 2, 3])); });",
            "test('same map', () => { expect(m()).toEqual(new Map([['b', [2]], ['a', [1]]])); });",
            "test('other map', () => { expect(m()).toEqual(new Map([['a', [1]], ['b', [3]]])); });",
            "test('set is not a map', () => { expect(s()).toEqual(new Map()); });",
        ]
        .join("\n"),
    };
    let run = sandbox().test_js(&[code], &tests, &Default::default()).unwrap();
    let verdicts: Vec<(String, TestStatus)> = run.tests.iter().map(|t| (t.name.clone(), t.status)).collect();
    let want = [("same set", TestStatus::Pass), ("other set", TestStatus::Fail), ("bigger set", TestStatus::Fail), ("same map", TestStatus::Pass), ("other map", TestStatus::Fail), ("set is not a map", TestStatus::Fail)];
    assert_eq!(verdicts, want.iter().map(|(n, s)| (n.to_string(), *s)).collect::<Vec<_>>());
}

/// The fixture test-first exercise graded with these learner tests.
fn grade_tests_file(id: &str, name: &str, text: &str) -> grading::GradeReport {
    let c = good();
    grading::grade(sandbox(), c.find(id).unwrap(), &[SourceFile { name: name.into(), text: text.into() }]).unwrap()
}

#[test]
fn learner_tests_cannot_read_the_code_they_test() {
    // JS: a function's source is hidden in a test-first run, so a test
    // cannot tell the correct code from a bug by its text.
    let peek = "test('the code is right', () => { expect(absolute.toString().includes('n < 0 ? -n : n')).toBe(true); });\n\
                test('other realm', () => { expect(console.log.constructor.prototype.toString.call(absolute).includes('-n')).toBe(true); });";
    let r = grade_tests_file("fx.js-tests", "tests.js", peek);
    assert!(!r.passed(), "{r:#?}");
    // Rust: the tests may not include the files they are built beside.
    let r = grade_tests_file("fx.rust-tests", "tests.rs", "use super::*;\n#[test]\nfn reads() { assert!(include_str!(\"main.rs\").contains(\"if n < 0\")); }\n");
    assert_eq!(r.status, GradeStatus::Error);
    assert!(r.message.as_deref().unwrap().contains("may not read files"), "{r:#?}");
    let r = grade_tests_file("fx.rust-tests", "tests.rs", "use super::*;\n#[test]\nfn reads() { assert!(std::include_bytes !(\"main.rs\").len() > 0); }\n");
    assert!(r.message.as_deref().unwrap_or("").contains("may not read files"), "{r:#?}");
    let r = grade_tests_file("fx.rust-tests", "tests.rs", "use super::*;\nuse std::include_str as grab;\n#[test]\nfn reads() { assert!(grab!(\"main.rs\").contains(\"if n < 0\")); }\n");
    assert!(r.message.as_deref().unwrap_or("").contains("may not read files"), "{r:#?}");
    // A test merely named `includes_...` is a test like any other.
    let fair = "use super::*;\n#[test]\nfn includes_zero() { assert_eq!(absolute(0), 0); }\n#[test]\nfn includes_minus_3() { assert_eq!(absolute(-3), 3); }\n#[test]\nfn five() { assert_eq!(absolute(5), 5); }\n";
    assert!(grade_tests_file("fx.rust-tests", "tests.rs", fair).passed());
}

#[test]
fn learner_tests_cannot_pass_by_chance() {
    // The same "random" numbers in every run, so a coin-flip test gives the
    // same answer against the correct code and every bug.
    let coin = "test('a coin', () => { expect(Math.random() < 0.5).toBe(true); });";
    let verdicts: Vec<GradeStatus> = (0..6).map(|_| grade_tests_file("fx.js-tests", "tests.js", coin).status).collect();
    assert!(verdicts.iter().all(|v| *v != GradeStatus::Pass), "{verdicts:?}");
}

#[test]
fn a_should_panic_attribute_with_wide_characters_is_a_verdict_not_a_crash() {
    let tests = "use super::*;\n#[test]\nfn five() { assert_eq!(absolute(-5), 5); }\n#[should_panic(expected = \"éééééééééééééééééééé\")]\n";
    let r = grade_tests_file("fx.rust-tests", "tests.rs", tests);
    assert!(!r.passed(), "{r:#?}");
}

#[test]
fn learner_tests_cannot_tell_the_code_apart_by_its_stack_trace() {
    // The reference has no first-line comment and the bugs do, so their
    // line numbers differ; a sealed run gives errors no stack to read.
    let peek = "test('line', () => { let s = ''; try { absolute({ valueOf() { throw new Error('x'); } }); } catch (e) { s = String(e.stack); } expect(s.includes('absolute.js:2')).toBe(true); });";
    let r = grade_tests_file("fx.js-tests", "tests.js", peek);
    assert!(!r.passed(), "{r:#?}");
    // Nor through the harness realm's Error, which learner code can reach.
    let host = "test('line', () => { const HE = console.log.constructor('return Error')(); let s = ''; try { absolute({ valueOf() { s = String(new HE('x').stack); return 1; } }); } catch (e) {} expect(s.includes('absolute.js:2')).toBe(true); });";
    assert!(!grade_tests_file("fx.js-tests", "tests.js", host).passed());
}
