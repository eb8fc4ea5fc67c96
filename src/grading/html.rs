//! HTML/CSS grading: declarative checks (`checks.toml`) against the page as
//! a browser would parse it (html5ever, through `scraper`) and its
//! stylesheets (parsed by `simplecss`, whose selectors are matched against
//! the real parsed elements). Nothing runs: no script, no webview.
//!
//! Failure messages are written for a beginner: they say what is missing in
//! plain words ("Your page has no `<h1>` element yet.").
//! What it leaves out: the cascade (which of two rules wins) and computed
//! layout; a check asks whether a rule that applies declares a property.

use scraper::{ElementRef, Html, Selector};
use simplecss::{AttributeOperator, PseudoClass, StyleSheet};

use crate::curriculum::manifest::{line_of, CheckManifest, ChecksManifest, FORMAT_VERSION};
use crate::sandbox::{SourceFile, TestResult, TestStatus};

/// `simplecss` matches its selectors through this view of a parsed element.
/// Its matcher backtracks: a learner's `.a * * * ... .b` on a deeply nested
/// page could take longer than the universe has left. So every step up or
/// across the tree spends one unit of a budget shared by the whole check;
/// once it is spent, nothing more matches and the check says why.
#[derive(Clone, Copy)]
struct El<'a>(ElementRef<'a>, &'a std::cell::Cell<u64>);

/// Steps through the tree one check may take while matching stylesheets:
/// far more than any page a learner writes by hand needs.
const MATCH_BUDGET: u64 = 5_000_000;

impl El<'_> {
    fn spend(&self) -> bool {
        let left = self.1.get();
        self.1.set(left.saturating_sub(1));
        left > 0
    }
}

impl simplecss::Element for El<'_> {
    fn parent_element(&self) -> Option<Self> {
        if !self.spend() {
            return None;
        }
        self.0.parent().and_then(ElementRef::wrap).map(|e| El(e, self.1))
    }
    fn prev_sibling_element(&self) -> Option<Self> {
        if !self.spend() {
            return None;
        }
        self.0.prev_siblings().find_map(ElementRef::wrap).map(|e| El(e, self.1))
    }
    fn has_local_name(&self, name: &str) -> bool {
        self.0.value().name().eq_ignore_ascii_case(name)
    }
    fn attribute_matches(&self, local_name: &str, operator: AttributeOperator<'_>) -> bool {
        match self.0.value().attr(local_name) {
            Some(v) => operator.matches(v),
            None => false,
        }
    }
    fn pseudo_class_matches(&self, class: PseudoClass<'_>) -> bool {
        match class {
            PseudoClass::FirstChild => self.prev_sibling_element().is_none(),
            // A rule for a:hover or :focus still "applies" to the element
            // for a learner's purposes: it styles it in that state.
            PseudoClass::Link | PseudoClass::Hover | PseudoClass::Active | PseudoClass::Focus | PseudoClass::Visited => true,
            PseudoClass::Lang(_) => false,
        }
    }
}

/// Runs every check in `checks_toml` against `files`. `Err` means the
/// checks file itself is broken (an author's mistake, not a learner's).
pub fn run_checks(checks_toml: &str, files: &[SourceFile]) -> Result<Vec<TestResult>, String> {
    let manifest: ChecksManifest = toml::from_str(checks_toml).map_err(|e| {
        let line = e.span().map(|s| line_of(checks_toml, s.start)).unwrap_or(0);
        format!("line {line}: {}", e.message())
    })?;
    if manifest.format_version > FORMAT_VERSION {
        return Err(format!("format_version {} is newer than this Stepstone understands", manifest.format_version));
    }
    manifest.checks.iter().map(|c| run_check(c, files)).collect()
}

fn page_of<'a>(check: &CheckManifest, files: &'a [SourceFile]) -> Result<&'a SourceFile, String> {
    match &check.file {
        Some(name) => files.iter().find(|f| &f.name == name).ok_or_else(|| format!("check {:?} names file {name:?}, which is not in the exercise", check.name)),
        None => files.iter().find(|f| f.name.ends_with(".html")).ok_or_else(|| "the exercise has no .html file to check".to_string()),
    }
}

/// Every stylesheet the page uses: its `<style>` elements, and its
/// `<link rel="stylesheet">`s that name a file of the exercise.
fn stylesheets(doc: &Html, files: &[SourceFile]) -> Vec<String> {
    let mut sheets = Vec::new();
    let style = Selector::parse("style").expect("static selector");
    for s in doc.select(&style) {
        sheets.push(s.text().collect::<String>());
    }
    let link = Selector::parse("link[href]").expect("static selector");
    for l in doc.select(&link) {
        let rel = l.value().attr("rel").unwrap_or("");
        if !rel.split_ascii_whitespace().any(|r| r.eq_ignore_ascii_case("stylesheet")) {
            continue;
        }
        let href = l.value().attr("href").unwrap_or("").trim();
        let href = href.strip_prefix("./").unwrap_or(href);
        if let Some(f) = files.iter().find(|f| f.name == href) {
            sheets.push(f.text.clone());
        }
    }
    sheets
}

fn describe(selector: &str) -> String {
    let s = selector.trim();
    if s.chars().all(|c| c.is_ascii_alphanumeric()) {
        format!("`<{s}>` element")
    } else {
        format!("element matching `{s}`")
    }
}

fn run_check(check: &CheckManifest, files: &[SourceFile]) -> Result<TestResult, String> {
    let page = page_of(check, files)?;
    let doc = Html::parse_document(&page.text);
    let mut result = TestResult {
        name: check.name.clone(),
        status: TestStatus::Pass,
        message: None,
        expected: None,
        actual: None,
        output: String::new(),
    };
    let Some(sel_text) = &check.selector else {
        return Err(format!("check {:?} needs a `selector`", check.name));
    };
    let selector = Selector::parse(sel_text).map_err(|e| format!("check {:?}: bad selector {sel_text:?}: {e}", check.name))?;
    let found: Vec<ElementRef> = doc.select(&selector).collect();
    let what = describe(sel_text);
    let mut fail = |generated: String, expected: Option<String>, actual: Option<String>| {
        if result.status == TestStatus::Pass {
            result.status = TestStatus::Fail;
            result.message = Some(check.message.clone().unwrap_or(generated));
            result.expected = expected;
            result.actual = actual;
        }
    };

    // How many.
    if let Some(n) = check.count {
        if found.len() != n {
            let generated = match (n, found.len()) {
                (_, 0) => format!("Your page has no {what} yet."),
                (1, k) => format!("Your page should have exactly one {what}, but it has {k}."),
                (n, k) => format!("Your page should have {n} of the {what}, but it has {k}."),
            };
            fail(generated, Some(n.to_string()), Some(found.len().to_string()));
        }
    } else {
        let min = check.min.unwrap_or(1);
        if found.len() < min {
            let generated = if found.is_empty() {
                format!("Your page has no {what} yet.")
            } else {
                format!("Your page should have at least {min} of the {what}, but it has {}.", found.len())
            };
            fail(generated, Some(format!("at least {min}")), Some(found.len().to_string()));
        }
    }

    // Text.
    if let Some(want) = &check.text {
        let want_l = want.to_lowercase();
        let texts: Vec<String> = found.iter().map(|e| e.text().collect::<Vec<_>>().join(" ").split_whitespace().collect::<Vec<_>>().join(" ")).collect();
        if !found.is_empty() && !texts.iter().any(|t| t.to_lowercase().contains(&want_l)) {
            let shown = texts.first().cloned().unwrap_or_default();
            fail(format!("The {what} should say \"{want}\". Right now it says \"{shown}\"."), Some(want.clone()), Some(shown));
        }
    }

    // Attributes: every match must have it (an image without alt text is a
    // problem even if another image has some).
    if let Some(attr) = &check.attribute {
        for e in &found {
            let v = e.value().attr(attr);
            match (&check.value, v) {
                (_, None) => {
                    fail(format!("Each {what} needs the `{attr}` attribute."), check.value.clone(), None);
                }
                (None, Some(v)) if v.trim().is_empty() => {
                    fail(format!("The `{attr}` attribute of each {what} should not be empty."), None, Some(String::new()));
                }
                (Some(want), Some(v)) if v.trim() != want => {
                    fail(format!("The `{attr}` attribute of the {what} should be \"{want}\", but it is \"{v}\"."), Some(want.clone()), Some(v.to_string()));
                }
                _ => {}
            }
        }
    }

    // CSS: some rule that applies to a matched element declares it.
    if let Some(prop) = &check.property {
        let sheets = stylesheets(&doc, files);
        let parsed: Vec<StyleSheet> = sheets.iter().map(|s| StyleSheet::parse(s)).collect();
        let mut values = Vec::new();
        let budget = std::cell::Cell::new(MATCH_BUDGET);
        for sheet in &parsed {
            for rule in &sheet.rules {
                if found.iter().any(|e| rule.selector.matches(&El(*e, &budget))) {
                    for d in &rule.declarations {
                        if d.name.eq_ignore_ascii_case(prop) {
                            values.push(d.value.trim().to_string());
                        }
                    }
                }
            }
        }
        match &check.property_value {
            _ if budget.get() == 0 => {
                fail(
                    "Your CSS is too complicated to check: a selector with very many parts on a very deeply nested page. Use shorter selectors (one or two parts, like `.card p`).".into(),
                    check.property_value.clone(),
                    None,
                );
            }
            _ if found.is_empty() => {}
            _ if values.is_empty() => {
                fail(format!("Add a CSS rule for the {what} that sets `{prop}`."), check.property_value.clone(), None);
            }
            Some(want) if !values.iter().any(|v| v.to_lowercase().contains(&want.to_lowercase())) => {
                fail(
                    format!("The `{prop}` of the {what} should be `{want}`, but your CSS sets it to `{}`.", values.join("`, `")),
                    Some(want.clone()),
                    Some(values.join(", ")),
                );
            }
            _ => {}
        }
    }
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str, css: &str) -> Vec<SourceFile> {
        vec![
            SourceFile { name: "index.html".into(), text: html.into() },
            SourceFile { name: "style.css".into(), text: css.into() },
        ]
    }

    #[test]
    fn css_rule_through_a_class_applies_to_the_element() {
        let files = page(
            r#"<link rel="stylesheet" href="style.css"><h1 class="title">Hi</h1>"#,
            ".title { color: navy; }",
        );
        let checks = "format_version = 1\n[[check]]\nname = \"blue\"\nselector = \"h1\"\nproperty = \"color\"\nproperty_value = \"navy\"\n";
        let r = run_checks(checks, &files).unwrap();
        assert_eq!(r[0].status, TestStatus::Pass, "{r:?}");
    }

    #[test]
    fn unlinked_stylesheet_does_not_count() {
        let files = page("<h1>Hi</h1>", "h1 { color: navy; }");
        let checks = "format_version = 1\n[[check]]\nname = \"blue\"\nselector = \"h1\"\nproperty = \"color\"\n";
        let r = run_checks(checks, &files).unwrap();
        assert_eq!(r[0].status, TestStatus::Fail);
        assert!(r[0].message.as_deref().unwrap().contains("Add a CSS rule"));
    }

    #[test]
    fn a_selector_that_would_backtrack_for_ever_is_stopped_with_a_plain_message() {
        // 80 nested divs and a selector with 30 descendant steps: naive
        // matching would take some 10^22 steps.
        let html = format!("<link rel=\"stylesheet\" href=\"style.css\">{}<p class=\"row\">x</p>{}", "<div class=\"row\">".repeat(80), "</div>".repeat(80));
        let css = format!(".zz {}.row {{ color: red; }}", "* ".repeat(30));
        let files = page(&html, &css);
        let checks = "format_version = 1\n[[check]]\nname = \"red\"\nselector = \"p\"\nproperty = \"color\"\n";
        let r = run_checks(checks, &files).unwrap();
        assert_eq!(r[0].status, TestStatus::Fail);
        assert!(r[0].message.as_deref().unwrap().contains("too complicated to check"), "{r:?}");
    }

    #[test]
    fn missing_element_message_is_plain() {
        let files = page("<p>no heading</p>", "");
        let checks = "format_version = 1\n[[check]]\nname = \"heading\"\nselector = \"h1\"\ncount = 1\n";
        let r = run_checks(checks, &files).unwrap();
        assert_eq!(r[0].message.as_deref(), Some("Your page has no `<h1>` element yet."));
    }
}
