//! Judging one test run of a test build: pass only when `_start` returned
//! after libtest ran exactly the one test, or, for `#[should_panic]`, when
//! the guard's hook ended the run inside std's panic machinery; and saying
//! what failed in a beginner's words. What it leaves out: building and
//! running (`super`, `super::build`).

use super::build::ShouldPanic;
use super::outcome_of;
use crate::sandbox::engine::{Exit, RawRun};
use crate::sandbox::js::stopped_message;
use crate::sandbox::text::{cap_chars, inert, inert_str};
use crate::sandbox::{RunOptions, TestResult, TestStatus};
use crate::sandbox::js::TEST_OUTPUT_CAP;

/// The panic message from libtest's `--nocapture` output, if any.
fn panic_message(stderr: &str) -> Option<String> {
    let start = stderr.find("panicked at ")?;
    let rest = &stderr[start..];
    // "panicked at main.rs:3:5:\nmessage...\nnote: run with RUST_BACKTRACE"
    let body = rest.split_once('\n').map(|(_, b)| b).unwrap_or("");
    let body = body.split("\nnote: ").next().unwrap_or(body);
    Some(body.trim_end().to_string())
}

/// `left`/`right` from an `assert_eq!` failure: by convention the first
/// argument is what the code produced and the second what was expected.
fn left_right(msg: &str) -> (Option<String>, Option<String>) {
    let grab = |key: &str| {
        msg.lines().find_map(|l| l.trim_start().strip_prefix(key).map(|v| v.trim().to_string()))
    };
    (grab("left:"), grab("right:"))
}

fn test_output(stdout: &str) -> String {
    stdout
        .lines()
        .filter(|l| {
            !(l.starts_with("running ") || l.starts_with("test ") || l.starts_with("test result:") || l.starts_with("successes:") || l.starts_with("failures:"))
        })
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

/// libtest's first line when the name filter matched exactly one test.
fn ran_one_test(stdout: &str) -> bool {
    stdout.lines().find(|l| !l.trim().is_empty()) == Some("running 1 test")
}

/// The text of a Rust string literal's body as written in source
/// (`it's \"x\"`): what the program sees (`it's "x"`).
fn unescape_literal(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut chars = src.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// The message our guard's hook printed with this run's secret, if it is
/// the last thing the run printed (the hook aborts right after it).
fn guarded_panic(stderr: &str, nonce: &str) -> Option<String> {
    let tag = format!("{nonce} panicked: ");
    stderr.lines().rev().find(|l| !l.trim().is_empty())?.strip_prefix(tag.as_str()).map(str::to_string)
}

/// Whether the run ended in the guard's own hook, called by std's panic
/// machinery: on the trap's stack, which the host reads and the guest
/// cannot touch, the guard's closure sits directly inside std's
/// `panic_with_hook`. The secret alone is not enough: code that breaks
/// memory safety through a compiler bug (rust-lang/rust#25860) can read it
/// out of the hook and print the line without ever panicking.
///
/// Names are matched as mangled: the guard's module has a name made for
/// this build alone (see `build::test_crate`), so no learner item, in any
/// namespace, can carry its closure's name; std's function is v0-mangled
/// (`_R...`), which no learner item is.
fn panicked_through_the_guard(raw: &RawRun, guard_module: &str) -> bool {
    if !matches!(raw.exit, Exit::Trap(_)) {
        return false;
    }
    let frames = &raw.trap_frames;
    let closure = format!("_ZN4main{}{guard_module}12expect_panic28_$u7b$$u7b$closure$u7d$$u7d$", guard_module.len());
    let std_hook = |f: &str| f.starts_with("_R") && f.contains("3std9panicking") && f.ends_with("panic_with_hook");
    frames.iter().position(|f| f.starts_with(&closure)).is_some_and(|i| frames.get(i + 1).is_some_and(|f| std_hook(f)))
}

pub(super) fn judge_test(name: &str, raw: &RawRun, should_panic: Option<&ShouldPanic>, nonce: &str, guard_module: &str, opts: &RunOptions) -> TestResult {
    let stdout = inert(&raw.stdout);
    let stderr = inert(&raw.stderr);
    let output = cap_chars(&test_output(&stdout), TEST_OUTPUT_CAP);
    let panic = panic_message(&stderr);
    let mut r = TestResult { name: name.to_string(), status: TestStatus::Pass, message: None, expected: None, actual: None, output };
    let returned = raw.exit == Exit::Returned && ran_one_test(&stdout);
    match (&raw.exit, should_panic) {
        (Exit::Timeout | Exit::MemoryLimit | Exit::OutputLimit, _) => {
            r.status = TestStatus::Error;
            r.message = Some(stopped_message(&outcome_of(raw), opts));
        }
        (_, Some(sp)) => match guarded_panic(&String::from_utf8_lossy(&raw.stderr), nonce).filter(|_| panicked_through_the_guard(raw, guard_module)) {
            None => {
                r.status = TestStatus::Fail;
                r.message = Some("This test expected the code to panic, but it did not.".into());
            }
            Some(message) => {
                // The hook printed the message escaped (to keep it on one
                // line), so the expected text is compared escaped too.
                if let Some(exp) = sp.expected.as_deref().filter(|e| !message.contains(&unescape_literal(e).escape_debug().to_string())) {
                    r.status = TestStatus::Fail;
                    r.message = Some(format!(
                        "The code panicked, but with a different message. Expected it to mention {exp:?}; the message was: {}",
                        inert_str(&message)
                    ));
                }
            }
        },
        (_, None) if returned => {}
        (_, None) => {
            r.status = TestStatus::Fail;
            let msg = panic.unwrap_or_else(|| match &raw.exit {
                Exit::Trap(m) => m.clone(),
                Exit::Code(c) => format!("The test did not finish: the program exited with code {c} while it ran (std::process::exit?)."),
                Exit::Returned => "The test did not run.".into(),
                _ => "the test failed".into(),
            });
            let (left, right) = left_right(&msg);
            // Say it plainly; keep the assertion's own words (which may
            // carry the test author's message) as the test's output.
            r.message = Some(match (&left, &right) {
                (Some(l), Some(rt)) => format!("Expected {rt}, but got {l}."),
                _ => msg.clone(),
            });
            if left.is_some() {
                r.output = cap_chars(&format!("{}{}{msg}", r.output, if r.output.is_empty() { "" } else { "\n" }), TEST_OUTPUT_CAP);
            }
            r.actual = left;
            r.expected = right;
        }
    }
    r
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expected_panic_text_is_compared_as_the_program_sees_it() {
        assert_eq!(unescape_literal(r#"it's \"x\" \\ done\n"#), "it's \"x\" \\ done\n");
        // What the hook prints for that message contains its escaped form.
        let printed = "it's \"x\"".escape_debug().to_string();
        assert!(printed.contains(&unescape_literal(r#"it's \"x\""#).escape_debug().to_string()));
    }

    #[test]
    fn left_and_right_come_from_assert_eq_messages() {
        let msg = "assertion `left == right` failed\n  left: 4\n right: 5";
        assert_eq!(left_right(msg), (Some("4".into()), Some("5".into())));
    }
}
