//! HTML/CSS grading: declarative checks (`checks.toml`) against the page as
//! a browser would parse it (html5ever, through `scraper`) and style it
//! (the cascade in [`super::css`]). Nothing runs: no script, no webview.
//!
//! The grader and the live preview judge one and the same document,
//! [`preview_document`]: the learner's page with every stylesheet link that
//! names a file of the exercise replaced, where it stands, by that file's
//! text. So a page that looks styled in the preview is styled for the
//! grader, and a link to a misspelt file name styles neither.
//!
//! Failure messages are written for a beginner: they say what is missing in
//! plain words ("Your page has no main heading yet."), using the check's
//! `what` for the elements when the author gave one.

use scraper::{ElementRef, Html, Selector};

use super::css::{self, Cascade};
use crate::curriculum::manifest::{line_of, CheckManifest, ChecksManifest, FORMAT_VERSION};
use crate::sandbox::{SourceFile, TestResult, TestStatus};

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
    let mut pages: Vec<(String, Page)> = Vec::new();
    let mut out = Vec::new();
    for c in &manifest.checks {
        let file = page_of(c, files)?;
        if file.text.len() > MAX_PAGE_BYTES {
            out.push(TestResult {
                name: c.name.clone(),
                status: TestStatus::Fail,
                message: Some(format!("Your page is {} KB: too big to check (at most {} KB). A page written by hand is a few KB; remove what you do not need.", file.text.len() / 1024, MAX_PAGE_BYTES / 1024)),
                expected: None,
                actual: None,
                output: String::new(),
            });
            continue;
        }
        if !pages.iter().any(|(n, _)| n == &file.name) {
            pages.push((file.name.clone(), Page::new(&file.text, files)));
        }
        let page = &pages.iter().find(|(n, _)| n == &file.name).expect("just added").1;
        if page.depth > MAX_DEPTH {
            out.push(TestResult {
                name: c.name.clone(),
                status: TestStatus::Fail,
                message: Some(format!("Your page puts elements inside each other more than {MAX_DEPTH} deep, too deep to check. Close each tag when its part ends (a missing `</div>` is the usual cause).")),
                expected: None,
                actual: None,
                output: String::new(),
            });
            continue;
        }
        out.push(run_check(c, page)?);
    }
    Ok(out)
}

/// A page as the grader and the preview both see it.
struct Page {
    doc: Html,
    cascade: Cascade,
    /// How deeply its elements nest.
    depth: usize,
}

/// Deeper than this, a page is not checked: matching a selector walks up
/// an element's ancestors, and a hand-written page nests a dozen deep.
pub const MAX_DEPTH: usize = 256;

fn depth_of(doc: &Html) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(doc.tree.root(), 0usize)];
    while let Some((node, d)) = stack.pop() {
        deepest = deepest.max(d);
        stack.extend(node.children().map(|c| (c, d + 1)));
    }
    deepest
}

impl Page {
    fn new(text: &str, files: &[SourceFile]) -> Page {
        let doc = Html::parse_document(&preview_document(text, files));
        let depth = depth_of(&doc);
        if depth > MAX_DEPTH {
            return Page { cascade: Cascade::new(&[]), doc, depth };
        }
        let style = Selector::parse("style").expect("static selector");
        // The first titled sheet names the preferred set; sheets titled
        // otherwise are alternates a browser does not apply.
        let preferred = doc.select(&style).filter(|s| !in_template(s)).find_map(|s| s.value().attr("title").filter(|t| !t.trim().is_empty()).map(str::to_string));
        let sheets: Vec<String> = doc
            .select(&style)
            .filter(|s| !in_template(s))
            .filter(|s| s.value().attr("title").is_none_or(|t| t.trim().is_empty() || Some(t) == preferred.as_deref()))
            .filter(|s| css::media_attr_applies(s.value().attr("media")))
            // `<style type="text/plain">` is not CSS to a browser.
            .filter(|s| s.value().attr("type").is_none_or(|t| t.trim().is_empty() || t.trim().eq_ignore_ascii_case("text/css")))
            .map(|s| s.text().collect::<String>())
            .collect();
        Page { cascade: Cascade::new(&sheets), doc, depth }
    }
}

fn page_of<'a>(check: &CheckManifest, files: &'a [SourceFile]) -> Result<&'a SourceFile, String> {
    match &check.file {
        Some(name) => files.iter().find(|f| &f.name == name).ok_or_else(|| format!("check {:?} names file {name:?}, which is not in the exercise", check.name)),
        None => files.iter().find(|f| f.name.ends_with(".html")).ok_or_else(|| "the exercise has no .html file to check".to_string()),
    }
}

/// Pages bigger than this are not checked (nor shown): a hand-written page
/// is a few KB, and the HTML parser slows down sharply on very deep ones.
pub const MAX_PAGE_BYTES: usize = 100 * 1024;
/// Stylesheet links inlined into one page, and their bytes in all.
const MAX_INLINED_LINKS: usize = 16;
const MAX_INLINED_BYTES: usize = 512 * 1024;

fn in_template(e: &ElementRef) -> bool {
    e.ancestors().filter_map(ElementRef::wrap).any(|a| a.value().name() == "template")
}

fn is_stylesheet_link(e: &ElementRef) -> bool {
    e.value().attr("rel").unwrap_or("").split_ascii_whitespace().any(|r| r.eq_ignore_ascii_case("stylesheet"))
}

/// The document the preview shows and the grader judges: `page` parsed and
/// written out again, each `<link rel="stylesheet" href="F">` where F is a
/// file of the exercise followed by `<style data-from="F">` holding F (in
/// place, so the cascade order is the page's). Links to anything else,
/// alternate or disabled ones, stay as they are and load nothing.
pub fn preview_document(page: &str, files: &[SourceFile]) -> String {
    if page.len() > MAX_PAGE_BYTES {
        return format!("<!DOCTYPE html><html lang=\"en\"><body><p>This page is {} KB, too big to show: pages here may be at most {} KB.</p></body></html>", page.len() / 1024, MAX_PAGE_BYTES / 1024);
    }
    let doc = Html::parse_document(page);
    let mut out = doc.html();
    // A `<noscript>` is raw text to a parser with scripts on and markup to
    // the preview (scripts off): neither sees it, so both agree.
    let noscript = Selector::parse("noscript").expect("static selector");
    for n in doc.select(&noscript) {
        let piece = n.html();
        if let Some(at) = out.find(&piece) {
            out.replace_range(at..at + piece.len(), "");
        }
    }
    let link = Selector::parse("link").expect("static selector");
    let mut cursor = 0;
    let mut inlined = 0usize;
    let mut inlined_bytes = 0usize;
    for l in doc.select(&link) {
        // A template's contents are inert in a browser.
        if !is_stylesheet_link(&l) || in_template(&l) {
            continue;
        }
        // html5ever writes an element the same way alone as inside the
        // page, and text never holds a raw `<`, so the next occurrence
        // after the previous link is this one.
        let piece = l.html();
        let Some(rel) = out[cursor..].find(&piece) else { continue };
        let at = cursor + rel;
        let href = l.value().attr("href").unwrap_or("").trim();
        let href = href.strip_prefix("./").unwrap_or(href);
        // Kept, so checks can ask whether the page links its stylesheet
        // (the preview's policy stops it loading); the file's text follows
        // it, marked as inlined.
        let off = l.value().attr("disabled").is_some() || l.value().attr("rel").unwrap_or("").to_ascii_lowercase().contains("alternate");
        // Capped, so a page of thousands of links to one big file costs no
        // more than a page could: links past the cap load nothing.
        let fits = |f: &&SourceFile| inlined < MAX_INLINED_LINKS && inlined_bytes + f.text.len() <= MAX_INLINED_BYTES;
        let replacement = match files.iter().find(|f| f.name == href && f.name.ends_with(".css")).filter(|_| !off).filter(fits) {
            Some(f) => {
                inlined += 1;
                inlined_bytes += f.text.len();
                let attr = |name: &str| l.value().attr(name).map(|m| format!(" {name}=\"{}\"", m.replace('&', "&amp;").replace('"', "&quot;"))).unwrap_or_default();
                format!("{piece}<style data-from=\"{}\"{}{}>{}</style>", f.name, attr("media"), attr("title"), escape_style(&f.text))
            }
            None => piece.clone(),
        };
        out.replace_range(at..at + piece.len(), &replacement);
        cursor = at + replacement.len();
    }
    out
}

/// CSS text made safe inside `<style>`: only `</style` could end it early.
fn escape_style(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let lower = css.to_ascii_lowercase();
    let mut last = 0;
    for (i, _) in lower.match_indices("</style") {
        out.push_str(&css[last..i]);
        out.push_str("<\\/");
        last = i + 2;
    }
    out.push_str(&css[last..]);
    out
}

fn describe(check: &CheckManifest, selector: &str) -> String {
    if let Some(w) = &check.what {
        return w.clone();
    }
    let s = selector.trim();
    if s.chars().all(|c| c.is_ascii_alphanumeric()) {
        format!("`<{s}>` element")
    } else {
        format!("element matching `{s}`")
    }
}

fn squash(e: &ElementRef) -> String {
    e.text().collect::<Vec<_>>().join(" ").split_whitespace().collect::<Vec<_>>().join(" ")
}

struct Outcome {
    result: TestResult,
    custom: Option<String>,
}

impl Outcome {
    fn fail(&mut self, generated: String, expected: Option<String>, actual: Option<String>) {
        if self.result.status == TestStatus::Pass {
            self.result.status = TestStatus::Fail;
            self.result.message = Some(self.custom.clone().unwrap_or(generated));
            self.result.expected = expected;
            self.result.actual = actual;
        }
    }
}

fn run_check(check: &CheckManifest, page: &Page) -> Result<TestResult, String> {
    let mut o = Outcome {
        result: TestResult { name: check.name.clone(), status: TestStatus::Pass, message: None, expected: None, actual: None, output: String::new() },
        custom: check.message.clone(),
    };
    if let Some(rule) = &check.a11y {
        a11y(rule, check, &page.doc, &mut o)?;
        if check.selector.is_none() {
            return Ok(o.result);
        }
    }
    let Some(sel_text) = &check.selector else {
        return Err(format!("check {:?} needs a `selector` (or an `a11y` rule)", check.name));
    };
    let selector = Selector::parse(sel_text).map_err(|e| format!("check {:?}: bad selector {sel_text:?}: {e}", check.name))?;
    let found: Vec<ElementRef> = page.doc.select(&selector).collect();
    let what = describe(check, sel_text);

    // How many.
    if let Some(n) = check.count {
        if found.len() != n {
            let generated = match (n, found.len()) {
                (_, 0) => format!("Your page has no {what} yet."),
                (1, k) => format!("Your page should have exactly one {what}, but it has {k}."),
                (n, k) => format!("Your page should have {n} of the {what}, but it has {k}."),
            };
            o.fail(generated, Some(n.to_string()), Some(found.len().to_string()));
        }
    } else {
        let min = check.min.unwrap_or(1);
        if found.len() < min {
            let generated = if found.is_empty() {
                format!("Your page has no {what} yet.")
            } else {
                format!("Your page should have at least {min} of the {what}, but it has {}.", found.len())
            };
            o.fail(generated, Some(format!("at least {min}")), Some(found.len().to_string()));
        }
    }

    // Text.
    let texts: Vec<String> = found.iter().map(squash).collect();
    if let Some(want) = &check.text {
        let want_l = want.to_lowercase();
        if !found.is_empty() && !texts.iter().any(|t| t.to_lowercase().contains(&want_l)) {
            let shown = texts.first().cloned().unwrap_or_default();
            o.fail(format!("The {what} should say \"{want}\". Right now it says \"{shown}\"."), Some(want.clone()), Some(shown));
        }
    }
    if let Some(want) = &check.text_is {
        let want_s = want.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        if !found.is_empty() && !texts.iter().any(|t| t.to_lowercase() == want_s) {
            let shown = texts.first().cloned().unwrap_or_default();
            o.fail(format!("The {what} should say exactly \"{want}\". Right now it says \"{shown}\"."), Some(want.clone()), Some(shown));
        }
    }
    if check.nonempty {
        if let Some(i) = texts.iter().position(|t| t.is_empty()) {
            let which = if found.len() > 1 { format!("Your page has a {what} with no words in it (number {} of {}).", i + 1, found.len()) } else { format!("The {what} has no words in it yet.") };
            o.fail(format!("{which} Write some text inside it."), None, Some(String::new()));
        }
    }

    // Attributes: every match must have it (an image without alt text is a
    // problem even if another image has some).
    if let Some(attr) = &check.attribute {
        for e in &found {
            match (&check.value, e.value().attr(attr)) {
                (_, None) => o.fail(format!("Each {what} needs the `{attr}` attribute."), check.value.clone(), None),
                (None, Some(v)) if v.trim().is_empty() => o.fail(format!("The `{attr}` attribute of each {what} should not be empty."), None, Some(String::new())),
                (Some(want), Some(v)) if v.trim() != want => {
                    o.fail(format!("The `{attr}` attribute of the {what} should be \"{want}\", but it is \"{v}\"."), Some(want.clone()), Some(v.to_string()))
                }
                _ => {}
            }
        }
    }

    if let Some(prop) = &check.property {
        property(check, prop, &what, &found, page, &mut o)?;
    }
    Ok(o.result)
}

/// The CSS part of a check: the computed value of `prop` for every match.
fn property(check: &CheckManifest, prop: &str, what: &str, found: &[ElementRef], page: &Page, o: &mut Outcome) -> Result<(), String> {
    let state: Vec<&str> = match check.state.as_deref().map(|s| s.trim().to_ascii_lowercase()) {
        None => Vec::new(),
        Some(s) if s.starts_with("focus") => vec!["focus"],
        Some(s) => match css::CHECK_STATES.iter().find(|k| **k == s) {
            Some(k) => vec![*k],
            None => return Err(format!("check {:?}: state {s:?} is not one of {}", check.name, css::CHECK_STATES.join(", "))),
        },
    };
    let in_state = match state.first() {
        Some(s) if s.starts_with("focus") => " when it has the keyboard focus",
        Some(_) => " when the pointer is on it",
        None => "",
    };
    let longhands = css::longhands_of(prop);
    let want = check.property_value.as_ref().map(|v| (v.clone(), css::normalise(prop, v)));
    let not = check.property_value_not.as_ref().map(|v| (v.clone(), css::normalise(prop, v)));
    for e in found {
        if page.cascade.exhausted() {
            break;
        }
        let full: Vec<(String, Option<(String, bool)>)> = longhands.iter().map(|l| (l.clone(), page.cascade.computed_from(*e, l, &state))).collect();
        let values: Vec<(String, Option<String>)> = full.iter().map(|(l, v)| (l.clone(), v.as_ref().map(|(v, _)| v.clone()))).collect();
        // "Sets the property" means the learner's CSS does, not the browser's defaults.
        let set_by_learner = full.iter().any(|(_, v)| v.as_ref().is_some_and(|(_, ua)| !ua));
        if check.no_important {
            for l in &longhands {
                if let Some(w) = page.cascade.applied(*e, l, &state).pop().filter(|w| w.important) {
                    o.fail(
                        format!("The rule for `{}` wins only because of `!important`. Take `!important` out and make the rule win fairly: a more specific selector, or a later rule.", w.from),
                        None,
                        Some(w.value),
                    );
                }
            }
        }
        let shown = |values: &[(String, Option<String>)]| values.iter().filter_map(|(_, v)| v.clone()).collect::<Vec<_>>().join(" ");
        match &want {
            None if not.is_none() && !set_by_learner => {
                o.fail(format!("Add a CSS rule for the {what} that sets `{prop}`{in_state}."), None, None);
            }
            None => {}
            Some((raw, expected)) => {
                let wrong = expected.iter().find(|(l, v)| {
                    let got = values.iter().find(|(n, _)| n == l).and_then(|(_, g)| g.clone()).or_else(|| css::initial(l));
                    got.as_deref() != Some(v.as_str())
                });
                if let Some((l, v)) = wrong {
                    let got = values.iter().find(|(n, _)| n == l).and_then(|(_, g)| g.clone());
                    let losing = page.cascade.applied(*e, l, &state).into_iter().rev().skip(1).find(|a| &a.value == v);
                    let message = match (&got, losing) {
                        (None, _) => format!("Add a CSS rule for the {what} that sets `{prop}` to `{raw}`{in_state}."),
                        (Some(g), _) if page.cascade.applied(*e, l, &state).pop().is_some_and(|w| w.from == css::INLINE) => format!(
                            "The `style=\"...\"` written on the {what} itself makes its `{prop}` `{g}`, and that beats every rule in your stylesheet. Take it out of the `style` attribute, or change it there to `{raw}`."
                        ),
                        (Some(g), Some(lost)) => {
                            let winner = page.cascade.applied(*e, l, &state).pop().expect("a winner when a value is computed");
                            let why = if winner.important && !lost.important {
                                format!("the rule for `{}` marks its value `!important`, so it wins", winner.from)
                            } else if winner.specificity == lost.specificity {
                                format!("a later rule for `{}` sets it to `{g}`: when two rules are equally specific, the later one wins", winner.from)
                            } else {
                                format!("the rule for `{}` is more specific, so it wins", winner.from)
                            };
                            format!("Your rule for `{}` sets `{prop}` to `{raw}`, but {why} and the {what} gets `{g}`.", lost.from)
                        }
                        (Some(_), None) => format!("The `{prop}` of the {what}{in_state} should be `{raw}`, but it is `{}`.", shown(&values)),
                    };
                    o.fail(message, Some(raw.clone()), got);
                }
            }
        }
        if let Some((raw, forbidden)) = &not {
            let same = forbidden.iter().all(|(l, v)| values.iter().find(|(n, _)| n == l).and_then(|(_, g)| g.clone()).or_else(|| css::initial(l)).as_deref() == Some(v.as_str()));
            if same {
                o.fail(format!("The `{prop}` of the {what}{in_state} is still `{raw}`: change it."), None, Some(raw.clone()));
            }
        }
    }
    if page.cascade.exhausted() {
        o.fail(
            "Your CSS is too big to check: very many rules on a very big page. Remove rules you do not need.".into(),
            check.property_value.clone(),
            None,
        );
    }
    Ok(())
}

/// The page-wide accessibility rules (`a11y`).
fn a11y(rule: &str, check: &CheckManifest, doc: &Html, o: &mut Outcome) -> Result<(), String> {
    let sel = |s: &str| Selector::parse(s).expect("static selector");
    match rule {
        "alt" => {
            for (i, img) in doc.select(&sel("img")).enumerate() {
                let src = img.value().attr("src").unwrap_or("");
                match img.value().attr("alt") {
                    None => o.fail(format!("Image number {} ({src}) has no `alt` text. Add `alt=\"...\"` saying what the picture shows, for people who cannot see it.", i + 1), None, None),
                    Some(a) if a.trim().is_empty() && !check.allow_empty => {
                        o.fail(format!("Image number {} ({src}) has an empty `alt`. Write what the picture shows inside the quotes.", i + 1), None, Some(String::new()))
                    }
                    _ => {}
                }
            }
        }
        "labels" => {
            let labelled_by_for: Vec<String> = doc.select(&sel("label[for]")).filter_map(|l| l.value().attr("for").map(|f| f.trim().to_string())).collect();
            for field in doc.select(&sel("input, select, textarea")) {
                let kind = field.value().attr("type").unwrap_or("text").to_ascii_lowercase();
                if matches!(kind.as_str(), "hidden" | "submit" | "button" | "reset" | "image") {
                    continue;
                }
                let id_ok = field.value().attr("id").is_some_and(|id| labelled_by_for.iter().any(|f| f == id.trim()));
                let wrapped = field.ancestors().filter_map(ElementRef::wrap).any(|a| a.value().name() == "label" && !squash(&a).is_empty());
                let aria = field.value().attr("aria-label").is_some_and(|a| !a.trim().is_empty());
                if !(id_ok || wrapped || aria) {
                    let name = field.value().attr("name").or(field.value().attr("id")).map(|n| format!(" ({n})")).unwrap_or_default();
                    o.fail(format!("A form field{name} has no label. Add a `<label>` whose `for` matches the field's `id`, so everyone knows what to type there."), None, None);
                }
            }
            for l in doc.select(&sel("label")) {
                if squash(&l).is_empty() {
                    o.fail("A `<label>` has no words in it. Write what the field is for inside the label.".into(), None, None);
                }
            }
        }
        "link-text" => {
            for a in doc.select(&sel("a[href]")) {
                let words = !squash(&a).is_empty()
                    || a.value().attr("aria-label").is_some_and(|x| !x.trim().is_empty())
                    || a.select(&sel("img[alt]")).any(|i| !i.value().attr("alt").unwrap_or("").trim().is_empty());
                if !words {
                    let href = a.value().attr("href").unwrap_or("");
                    o.fail(format!("The link to {href} has no words a screen reader could say. Put text between `<a>` and `</a>`."), None, None);
                }
            }
        }
        "lang" => {
            let lang = doc.select(&sel("html")).next().and_then(|h| h.value().attr("lang").map(str::trim).map(str::to_string));
            if lang.as_deref().is_none_or(str::is_empty) {
                o.fail("Say which language the page is in: write `<html lang=\"en\">` (or your language's code) at the top.".into(), None, None);
            }
        }
        "headings" => {
            let mut last = 0u8;
            for h in doc.select(&sel("h1, h2, h3, h4, h5, h6")) {
                let level = h.value().name().as_bytes()[1] - b'0';
                if last == 0 && level != 1 {
                    o.fail(format!("The first heading on the page should be `<h1>`, the most important one; yours is `<h{level}>`."), None, None);
                } else if level > last + 1 && last > 0 {
                    o.fail(format!("After `<h{last}>` the next level down is `<h{}>`, but the page jumps to `<h{level}>` (\"{}\"). Headings are levels of importance: do not skip one.", last + 1, squash(&h)), None, None);
                }
                last = level;
            }
            if last == 0 {
                o.fail("The page has no headings yet. Start with one `<h1>`.".into(), None, None);
            }
        }
        other => return Err(format!("check {:?}: a11y {other:?} is not one of alt, labels, link-text, lang, headings", check.name)),
    }
    Ok(())
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
    fn a_selector_that_would_backtrack_is_matched_without_blowing_up() {
        // 80 nested divs and a selector with 30 descendant steps: naive
        // backtracking would take some 10^22 steps; Servo's matcher does not.
        let html = format!("<link rel=\"stylesheet\" href=\"style.css\">{}<p class=\"row\">x</p>{}", "<div class=\"row\">".repeat(80), "</div>".repeat(80));
        let css = format!(".zz {}.row {{ color: red; }}", "* ".repeat(30));
        let files = page(&html, &css);
        let checks = "format_version = 1\n[[check]]\nname = \"red\"\nselector = \"p\"\nproperty = \"color\"\n";
        let r = run_checks(checks, &files).unwrap();
        assert_eq!(r[0].status, TestStatus::Fail);
        assert!(r[0].message.as_deref().unwrap().contains("Add a CSS rule"), "{r:?}");
    }

    #[test]
    fn the_preview_inlines_linked_files_in_place_and_nothing_else() {
        let files = page(r#"<style>p{color:red}</style><link rel="stylesheet" href="style.css"><link rel="stylesheet" href="styles.css"><p>x</p>"#, "p{color:blue}</style>");
        let doc = preview_document(&files[0].text, &files);
        let red = doc.find("color:red").unwrap();
        let blue = doc.find("color:blue").unwrap();
        assert!(red < blue, "{doc}");
        // The link stays (checks may ask for it); only a file of the exercise is inlined after it.
        assert!(doc.contains(r#"<link href="style.css" rel="stylesheet"><style data-from="style.css">"#), "{doc}");
        assert_eq!(doc.matches("<style").count(), 2, "{doc}");
        assert!(doc.contains("<\\/style>"), "{doc}");
    }

    #[test]
    fn a_page_nested_too_deep_is_a_plain_failure_not_minutes_of_matching() {
        let html = format!("<link rel=\"stylesheet\" href=\"style.css\">{}<p>x</p>", "<div class=\"row\">".repeat(3000));
        let css = (0..100).map(|i| format!(".zz{i} .row {{ color: red; }}")).collect::<String>();
        let files = page(&html, &css);
        let checks = "format_version = 1\n[[check]]\nname = \"red\"\nselector = \"p\"\nproperty = \"color\"\n";
        let r = run_checks(checks, &files).unwrap();
        assert_eq!(r[0].status, TestStatus::Fail);
        assert!(r[0].message.as_deref().unwrap().contains("too deep to check"), "{r:?}");
    }

    #[test]
    fn missing_element_message_is_plain() {
        let files = page("<p>no heading</p>", "");
        let checks = "format_version = 1\n[[check]]\nname = \"heading\"\nselector = \"h1\"\ncount = 1\n";
        let r = run_checks(checks, &files).unwrap();
        assert_eq!(r[0].message.as_deref(), Some("Your page has no `<h1>` element yet."));
    }
}
