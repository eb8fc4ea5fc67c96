//! The CSS cascade the HTML grader judges with: for an element of the
//! learner's page, the value a browser would give a property.
//!
//! Stylesheets are parsed by lightningcss, as a browser would: an invalid
//! declaration is dropped and the rest of the rule kept (error recovery),
//! shorthands are expanded into their longhands (`background` into
//! `background-color` and the rest, `padding` into four sides), and values
//! are printed in one canonical, minified form, so `#fff`, `white` and
//! `rgb(255,255,255)` compare equal. Selectors are matched on the parsed
//! page by Servo's `selectors` (through `scraper`), with the specificity
//! lightningcss computes. The winner for a property is the highest of
//! (`!important`, inline style, specificity, source order), and inherited
//! properties come from the parent when nothing sets them.
//!
//! The browser's own defaults come first, as the lowest origin ([`UA_CSS`]),
//! and `@layer` rules rank below unlayered ones. The parts: [`values`]
//! (longhands, canonical values, initial and inherited properties),
//! [`scan`] (what a browser drops before lightningcss sees it: a bare number
//! where a length belongs, a declaration with no colon, old property names)
//! and [`states`] (selectors rewritten for hover and focus).
//!
//! What it leaves out: values are compared as written after normalising, not
//! resolved to pixels (`1rem` is not `16px`); the user-agent sheet holds only
//! what checks ask about; rules nested inside other rules, the order among
//! `@layer`s and `@import` are not counted; `@media` applies only when it
//! names no feature (`screen`, `all`, `not print`). A rule for `:hover` or
//! `:focus` applies only when a check asks about that state.

mod scan;
mod states;
mod values;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use lightningcss::rules::CssRule;
use lightningcss::stylesheet::{ParserOptions, PrinterOptions, StyleAttribute, StyleSheet};
use lightningcss::traits::ToCss;
use scraper::{ElementRef, Selector};

pub use scan::drop_unitless_lengths;
pub use states::{CHECK_STATES, STATES};
pub use values::{inherited, initial, longhands_of, normalise};
use states::rewrite;
use values::expand;

/// Selector matches one page may cost (rules × elements looked at): far
/// more than any page written by hand needs, and a bound on a hostile one.
pub const MATCH_BUDGET: u64 = 2_000_000;

/// What [`Applied::from`] says for the element's own `style` attribute.
pub const INLINE: &str = "style=\"\"";

#[derive(Debug, Clone)]
struct Decl {
    name: String,
    value: String,
    important: bool,
}

struct Rule {
    /// The selector as the learner wrote it (for messages).
    text: String,
    /// The selector to match in each state a check may ask about ("" for
    /// none); one entry for all of them when it names no state.
    by_state: Vec<(&'static str, Selector)>,
    specificity: u32,
    /// 0: the browser's own defaults ([`UA_CSS`]); 1: an author's rule in
    /// an `@layer`; 2: an author's rule outside any layer.
    origin: u8,
    /// Shared by every selector of the rule.
    decls: std::rc::Rc<[Decl]>,
}

/// Selectors one page's CSS may bring (each is matched against elements):
/// a bound on memory and time for a hostile sheet.
const MAX_RULES: usize = 20_000;

impl Rule {
    fn selector(&self, state: &str) -> Option<&Selector> {
        self.by_state.iter().find(|(s, _)| *s == state || *s == "*").map(|(_, sel)| sel)
    }
}

/// What the browser itself gives elements before any author's CSS: only
/// what checks are likely to ask about (links, headings, emphasis, the
/// boxes elements make, lists).
const UA_CSS: &str = "
html, body, div, p, h1, h2, h3, h4, h5, h6, ul, ol, dl, dt, dd, header, footer, nav, main, section, article, aside, form,
figure, figcaption, blockquote, pre, address, fieldset, legend, hr, details, summary { display: block }
li { display: list-item }
table { display: table } tr { display: table-row } td, th { display: table-cell } thead { display: table-header-group }
tbody { display: table-row-group } caption { display: table-caption }
head, script, style, title, meta, link, template { display: none }
a:link { color: #0000ee; text-decoration-line: underline }
h1, h2, h3, h4, h5, h6, th, strong, b { font-weight: bold }
h1 { font-size: 2em } h2 { font-size: 1.5em } h3 { font-size: 1.17em } h4 { font-size: 1em } h5 { font-size: 0.83em } h6 { font-size: 0.67em }
em, i, cite { font-style: italic }
ul { list-style-type: disc } ol { list-style-type: decimal }
body { margin: 8px }
";

/// A declaration that applies to an element, and why it ranks where it does.
#[derive(Debug, Clone)]
pub struct Applied {
    pub value: String,
    /// `h1`, `.title`, or `style=""` for the element's own attribute.
    pub from: String,
    pub important: bool,
    pub inline: bool,
    pub specificity: u32,
    /// See `Rule::origin`.
    pub origin: u8,
    order: usize,
}

impl Applied {
    fn rank(&self) -> (bool, bool, u8, u32, usize) {
        // Layers rank below unlayered rules, and above them for `!important`.
        let layer = match (self.important, self.origin) {
            (true, 1) => 2,
            (true, 2) => 1,
            (_, o) => o,
        };
        (self.important, self.inline, layer, self.specificity, self.order)
    }

    /// From the browser's own defaults, not from anything the learner wrote.
    pub fn from_browser(&self) -> bool {
        self.origin == 0
    }
}

/// Every rule of a page's stylesheets, in cascade order, ready to match.
pub struct Cascade {
    rules: Vec<Rule>,
    budget: Cell<u64>,
    matched: RefCell<HashMap<(ego_tree::NodeId, String), Vec<usize>>>,
}

fn parser<'i>() -> ParserOptions<'i> {
    ParserOptions { error_recovery: true, ..ParserOptions::default() }
}

fn block_decls(block: &lightningcss::declaration::DeclarationBlock) -> Vec<Decl> {
    let mut out = Vec::new();
    for (list, important) in [(&block.declarations, false), (&block.important_declarations, true)] {
        for p in list {
            let mut pairs = Vec::new();
            expand(p, &mut pairs);
            out.extend(pairs.into_iter().map(|(name, value)| Decl { name, value, important }));
        }
    }
    out
}

fn media_applies(q: &lightningcss::media_query::MediaList) -> bool {
    use lightningcss::media_query::{MediaType, Qualifier};
    if q.media_queries.is_empty() {
        return true;
    }
    q.media_queries.iter().any(|m| {
        let screen = matches!(m.media_type, MediaType::All | MediaType::Screen);
        match m.qualifier {
            Some(Qualifier::Not) => m.condition.is_none() && !screen,
            _ => m.condition.is_none() && screen,
        }
    })
}

/// Whether a `media` attribute on `<style>` or `<link>` lets it apply.
pub fn media_attr_applies(media: Option<&str>) -> bool {
    let Some(m) = media.map(str::trim).filter(|m| !m.is_empty()) else { return true };
    // A media query has no braces or semicolons: such an attribute is no
    // query at all (and would break out of the probe below).
    if m.contains(['{', '}', ';']) {
        return false;
    }
    // Read the same way a `@media` rule is, so both agree.
    let probe = format!("@media {m} {{ x {{ color: red }} }}");
    let applies = match StyleSheet::parse(&probe, ParserOptions::default()) {
        Ok(sheet) => matches!(sheet.rules.0.first(), Some(CssRule::Media(rule)) if media_applies(&rule.query)),
        Err(_) => false,
    };
    applies
}

impl Cascade {
    /// The rules of `sheets`, in the order the page uses them.
    pub fn new(sheets: &[String]) -> Cascade {
        let mut rules = Vec::new();
        if let Ok(ua) = StyleSheet::parse(UA_CSS, ParserOptions::default()) {
            collect(&ua.rules.0, &mut rules, 0, 0);
        }
        for text in sheets {
            // With error recovery lightningcss keeps what a browser keeps;
            // a sheet it still cannot read contributes nothing, as in the
            // preview (which drops what it cannot parse).
            let text = drop_unitless_lengths(text);
            let parsed = StyleSheet::parse(&text, parser());
            if let Ok(sheet) = &parsed {
                collect(&sheet.rules.0, &mut rules, 0, 2);
            }
        }
        Cascade { rules, budget: Cell::new(MATCH_BUDGET), matched: RefCell::new(HashMap::new()) }
    }

    /// True once the page's CSS has cost more than [`MATCH_BUDGET`].
    pub fn exhausted(&self) -> bool {
        self.budget.get() == 0
    }

    fn rules_for(&self, e: ElementRef, state: &[&str]) -> Vec<usize> {
        let key = (e.id(), state.join(","));
        if let Some(v) = self.matched.borrow().get(&key) {
            return v.clone();
        }
        let mut out = Vec::new();
        let state = state.first().copied().unwrap_or("");
        for (i, r) in self.rules.iter().enumerate() {
            let Some(sel) = r.selector(state) else { continue };
            let left = self.budget.get();
            if left == 0 {
                break;
            }
            self.budget.set(left - 1);
            if sel.matches(&e) {
                out.push(i);
            }
        }
        self.matched.borrow_mut().insert(key, out.clone());
        out
    }

    /// Every declaration of `prop` (a longhand) that applies to `e`, the
    /// winner last.
    pub fn applied(&self, e: ElementRef, prop: &str, state: &[&str]) -> Vec<Applied> {
        let mut found = Vec::new();
        for i in self.rules_for(e, state) {
            let r = &self.rules[i];
            for (k, d) in r.decls.iter().enumerate() {
                if d.name == prop {
                    found.push(Applied { value: d.value.clone(), from: r.text.clone(), important: d.important, inline: false, specificity: r.specificity, origin: r.origin, order: i * 10_000 + k });
                }
            }
        }
        if let Some(style) = e.value().attr("style") {
            let style = drop_unitless_lengths(style);
            let parsed = StyleAttribute::parse(&style, parser());
            if let Ok(attr) = &parsed {
                for (k, d) in block_decls(&attr.declarations).into_iter().enumerate() {
                    if d.name == prop {
                        found.push(Applied { value: d.value, from: INLINE.into(), important: d.important, inline: true, specificity: u32::MAX, origin: 2, order: usize::MAX - 10_000 + k });
                    }
                }
            }
        }
        found.sort_by_key(|a| a.rank());
        found
    }

    /// The value of `prop` (a longhand) for `e`: the winning declaration,
    /// or the parent's for an inherited property (and for `inherit`).
    pub fn computed(&self, e: ElementRef, prop: &str, state: &[&str]) -> Option<String> {
        self.computed_from(e, prop, state).map(|(v, _)| v)
    }

    /// [`Cascade::computed`], and whether the value is the browser's own
    /// default rather than anything the learner's CSS says.
    pub fn computed_from(&self, e: ElementRef, prop: &str, state: &[&str]) -> Option<(String, bool)> {
        let mut at = Some(e);
        // Up the tree for as long as the answer is "whatever the parent has".
        while let Some(el) = at {
            let winner = self.applied(el, prop, state).pop();
            let parent = el.parent().and_then(ElementRef::wrap);
            match winner.as_ref().map(|w| w.value.as_str()) {
                Some("inherit") => at = parent,
                Some("unset") if inherited(prop) => at = parent,
                Some("initial" | "unset" | "revert" | "revert-layer") => return None,
                Some(v) => return Some((v.to_string(), winner.as_ref().is_some_and(Applied::from_browser))),
                None if inherited(prop) => at = parent,
                None => return None,
            }
        }
        None
    }
}

fn collect(list: &[CssRule], out: &mut Vec<Rule>, depth: usize, origin: u8) {
    if depth > 8 {
        return;
    }
    for rule in list {
        match rule {
            CssRule::Style(s) => {
                let decls: std::rc::Rc<[Decl]> = block_decls(&s.declarations).into();
                if decls.is_empty() {
                    continue;
                }
                for sel in s.selectors.0.iter() {
                    if out.len() >= MAX_RULES {
                        return;
                    }
                    let Ok(text) = sel.to_css_string(PrinterOptions::default()) else { continue };
                    if let Some(r) = rule_for(&text, sel.specificity(), &decls, origin) {
                        out.push(r);
                    }
                }
            }
            CssRule::Media(m) if media_applies(&m.query) => collect(&m.rules.0, out, depth + 1, origin),
            // Every feature a beginner's `@supports` asks about is supported
            // by the preview; `not (...)` asks the opposite.
            CssRule::Supports(s) if !matches!(s.condition, lightningcss::rules::supports::SupportsCondition::Not(_)) => {
                collect(&s.rules.0, out, depth + 1, origin)
            }
            CssRule::LayerBlock(l) => collect(&l.rules.0, out, depth + 1, origin.min(1)),
            _ => {}
        }
    }
}

/// One selector of a rule, ready to match; `None` for a selector that
/// never matches an element itself (`p::first-line`, `a:visited`).
fn rule_for(text: &str, specificity: u32, decls: &std::rc::Rc<[Decl]>, origin: u8) -> Option<Rule> {
    let lower = text.to_ascii_lowercase();
    if lower.contains("::") || [":before", ":after", ":first-line", ":first-letter"].iter().any(|p| lower.contains(p)) {
        return None;
    }
    let stateful = STATES.iter().any(|s| lower.contains(&format!(":{s}")));
    let by_state: Vec<(&'static str, Selector)> = if stateful {
        [""].iter().chain(CHECK_STATES).filter_map(|st| Selector::parse(&rewrite(text, st)).ok().map(|sel| (*st, sel))).collect()
    } else {
        vec![("*", Selector::parse(&rewrite(text, "")).ok()?)]
    };
    if by_state.is_empty() {
        return None;
    }
    Some(Rule { text: text.to_string(), by_state, specificity, origin, decls: decls.clone() })
}



#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn value(html: &str, css: &str, sel: &str, prop: &str) -> Option<String> {
        let doc = Html::parse_document(html);
        let c = Cascade::new(&[css.to_string()]);
        let e = doc.select(&Selector::parse(sel).unwrap()).next().unwrap();
        c.computed(e, prop, &[])
    }

    fn norm(prop: &str, v: &str) -> String {
        normalise(prop, v).into_iter().find(|(n, _)| n == prop).unwrap().1
    }

    #[test]
    fn colours_written_three_ways_are_one_value() {
        assert_eq!(norm("color", "#fff"), norm("color", "white"));
        assert_eq!(norm("color", "rgb(255, 255, 255)"), norm("color", "#FFFFFF"));
    }

    #[test]
    fn the_more_specific_rule_wins_whatever_the_order() {
        let v = value("<p id=x class=y>t</p>", "#x { color: red } .y { color: blue } p { color: green }", "p", "color");
        assert_eq!(v, Some(norm("color", "red")));
    }

    #[test]
    fn important_beats_specificity_and_inline_beats_rules() {
        assert_eq!(value("<p id=x>t</p>", "#x { color: red } p { color: blue !important }", "p", "color"), Some(norm("color", "blue")));
        assert_eq!(value("<p id=x style='color: green'>t</p>", "#x { color: red }", "p", "color"), Some(norm("color", "green")));
    }

    #[test]
    fn shorthands_set_longhands_and_inherited_properties_flow_down() {
        assert_eq!(value("<div>t</div>", "div { background: navy }", "div", "background-color"), Some(norm("color", "navy")));
        assert_eq!(value("<div>t</div>", "div { padding: 4px 8px }", "div", "padding-left"), Some("8px".into()));
        assert_eq!(value("<body><p>t</p></body>", "body { color: navy }", "p", "color"), Some(norm("color", "navy")));
        assert_eq!(value("<body><p>t</p></body>", "body { padding: 3px }", "p", "padding-top"), None);
    }

    #[test]
    fn a_shorthand_check_passes_the_longhand_alone() {
        let html = "<div>t</div>";
        let c = Cascade::new(&["div { background-color: navy }".to_string()]);
        let doc = Html::parse_document(html);
        let e = doc.select(&Selector::parse("div").unwrap()).next().unwrap();
        for (l, v) in normalise("background", "navy") {
            let got = c.computed(e, &l, &[]).or_else(|| initial(&l));
            assert_eq!(got.as_deref(), Some(v.as_str()), "{l}");
        }
        let c = Cascade::new(&["div { border-width: 2px; border-style: solid; border-color: black }".to_string()]);
        for (l, v) in normalise("border", "2px solid black") {
            let got = c.computed(e, &l, &[]).or_else(|| initial(&l));
            assert_eq!(got.as_deref(), Some(v.as_str()), "{l}");
        }
    }

    #[test]
    fn a_broken_declaration_is_dropped_and_the_rest_kept() {
        // The missing semicolon swallows `color` into `width`'s value, as in a browser.
        let css = "p { width: 10px color: red; font-weight: bold }";
        assert_eq!(value("<p>t</p>", css, "p", "color"), None);
        assert_eq!(value("<p>t</p>", css, "p", "font-weight"), Some(norm("font-weight", "bold")));
    }

    #[test]
    fn hover_rules_apply_only_in_that_state() {
        let doc = Html::parse_document("<a href=x>t</a>");
        let c = Cascade::new(&["a:hover { color: red } a { color: blue }".to_string()]);
        let e = doc.select(&Selector::parse("a").unwrap()).next().unwrap();
        assert_eq!(c.computed(e, "color", &[]), Some(norm("color", "blue")));
        assert_eq!(c.computed(e, "color", &["hover"]), Some(norm("color", "red")));
    }
}
