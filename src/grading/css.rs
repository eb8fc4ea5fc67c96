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
//! What it leaves out: values are compared as written after normalising, not
//! resolved to pixels (`1rem` is not `16px`); no user-agent stylesheet (a
//! property no rule sets has no value, not the browser's default); rules
//! nested inside other rules, `@layer` ordering and `@import` are not
//! counted; `@media` applies only when it names no feature (`screen`, `all`,
//! `not print`). A rule for `:hover` or `:focus` applies only when a check
//! asks about that state.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use lightningcss::properties::{Property, PropertyId};
use lightningcss::rules::CssRule;
use lightningcss::stylesheet::{ParserOptions, PrinterOptions, StyleAttribute, StyleSheet};
use lightningcss::traits::ToCss;
use scraper::{ElementRef, Selector};

/// Selector matches one page may cost (rules × elements looked at): far
/// more than any page written by hand needs, and a bound on a hostile one.
pub const MATCH_BUDGET: u64 = 2_000_000;

/// Properties a child takes from its parent when no rule sets them.
const INHERITED: &[&str] = &[
    "color", "font-family", "font-size", "font-style", "font-weight", "font-variant-caps", "font-stretch", "line-height",
    "letter-spacing", "word-spacing", "text-align", "text-indent", "text-transform", "white-space", "visibility", "cursor",
    "list-style-type", "list-style-position", "list-style-image", "direction", "quotes", "border-collapse", "border-spacing",
    "caption-side", "empty-cells", "text-shadow", "word-break", "overflow-wrap", "tab-size", "hyphens",
];

/// What [`Applied::from`] says for the element's own `style` attribute.
pub const INLINE: &str = "style=\"\"";

/// Pseudo-classes of a state the page is not in until someone acts.
pub const STATES: &[&str] = &["hover", "focus", "focus-visible", "focus-within", "active"];

/// Where a compound selector stands to the element a rule styles.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    /// The element itself (the last compound).
    Subject,
    /// One of its ancestors (only ` ` and `>` lie between).
    Ancestor,
    /// A sibling, or a sibling's relative.
    Elsewhere,
}

/// Whether a state pseudo-class holds, where it stands, while the checked
/// element is in `state`: pointing at an element points at its ancestors
/// too; only the element itself has the focus (its ancestors have
/// `:focus-within`).
fn holds(pseudo: &str, state: &str, place: Place) -> bool {
    let near = place != Place::Elsewhere;
    match (state, pseudo) {
        ("hover", "hover") => near,
        ("active", "active" | "hover") => near,
        ("focus", "focus" | "focus-visible") => place == Place::Subject,
        ("focus", "focus-within") => near,
        _ => false,
    }
}

/// For each byte of `text`, the place of the top-level compound it is in.
fn places(text: &str) -> Vec<Place> {
    let bytes = text.as_bytes();
    let is_comb = |b: u8| matches!(b, b' ' | b'>' | b'+' | b'~' | b'\t' | b'\n');
    // Compound ranges and the combinator after each.
    let mut compounds: Vec<(usize, usize, u8)> = Vec::new();
    let (mut depth, mut start, mut i) = (0i32, 0usize, 0usize);
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'(' || b == b'[' {
            depth += 1;
        } else if b == b')' || b == b']' {
            depth -= 1;
        } else if depth == 0 && is_comb(b) {
            let end = i;
            let mut comb = b' ';
            while i < bytes.len() && is_comb(bytes[i]) {
                if !bytes[i].is_ascii_whitespace() {
                    comb = bytes[i];
                }
                i += 1;
            }
            if end > start {
                compounds.push((start, end, comb));
            }
            start = i;
            continue;
        }
        i += 1;
    }
    compounds.push((start, bytes.len(), 0));
    let last = compounds.len() - 1;
    let mut out = vec![Place::Elsewhere; bytes.len() + 1];
    for (k, &(from, to, _)) in compounds.iter().enumerate() {
        let place = if k == last {
            Place::Subject
        } else if compounds[k..last].iter().all(|c| c.2 == b' ' || c.2 == b'>') {
            Place::Ancestor
        } else {
            Place::Elsewhere
        };
        for slot in out.iter_mut().take(to).skip(from) {
            *slot = place;
        }
    }
    out
}

/// Pseudo-classes the matcher is given as plain selectors instead.
fn plain_pseudo(name: &str) -> Option<&'static str> {
    Some(match name {
        "link" | "any-link" => ":is(a[href], area[href])",
        "visited" => ":not(*)",
        "checked" => ":is([checked])",
        "disabled" => ":is([disabled])",
        "enabled" => ":not([disabled])",
        "required" => ":is([required])",
        "optional" => ":not([required])",
        "placeholder-shown" => ":is([placeholder])",
        _ => return None,
    })
}

/// `text` with each state pseudo-class made always or never true for
/// `state`, and the others the matcher lacks spelled as attributes.
fn rewrite(text: &str, state: &str) -> String {
    let place = places(text);
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(at) = rest.find(':') {
        let here = place.get(text.len() - rest.len() + at).copied().unwrap_or(Place::Elsewhere);
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        if after.starts_with(':') {
            out.push_str("::");
            rest = &after[1..];
            continue;
        }
        let name: String = after.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
        let lower = name.to_ascii_lowercase();
        if STATES.contains(&lower.as_str()) {
            out.push_str(if holds(&lower, state, here) { ":is(*)" } else { ":not(*)" });
        } else if let Some(plain) = plain_pseudo(&lower) {
            out.push_str(plain);
        } else {
            out.push(':');
            out.push_str(&name);
        }
        rest = &after[name.len()..];
    }
    out.push_str(rest);
    out
}

/// The initial values of longhands that shorthands reset, so that
/// `background-color: navy` and `background: navy` both pass a check for
/// `background: navy` (which also says "no image, no repeat change...").
const INITIAL: &[(&str, &str)] = &[
    ("background-color", "transparent"), ("background-image", "none"), ("background-position-x", "0%"), ("background-position-y", "0%"),
    ("background-size", "auto"), ("background-repeat", "repeat"), ("background-attachment", "scroll"), ("background-clip", "border-box"),
    ("background-origin", "padding-box"),
    ("border-top-style", "none"), ("border-right-style", "none"), ("border-bottom-style", "none"), ("border-left-style", "none"),
    ("border-top-width", "medium"), ("border-right-width", "medium"), ("border-bottom-width", "medium"), ("border-left-width", "medium"),
    ("border-top-color", "currentcolor"), ("border-right-color", "currentcolor"), ("border-bottom-color", "currentcolor"), ("border-left-color", "currentcolor"),
    ("border-image-source", "none"), ("border-image-slice", "100%"), ("border-image-width", "1"), ("border-image-outset", "0"), ("border-image-repeat", "stretch"),
    ("outline-style", "none"), ("outline-width", "medium"), ("outline-color", "currentcolor"),
    ("font-style", "normal"), ("font-weight", "normal"), ("font-stretch", "normal"), ("font-variant-caps", "normal"), ("line-height", "normal"), ("font-size", "medium"),
    ("flex-grow", "0"), ("flex-shrink", "1"), ("flex-basis", "auto"),
    ("list-style-type", "disc"), ("list-style-position", "outside"), ("list-style-image", "none"),
    ("row-gap", "normal"), ("column-gap", "normal"),
    ("text-decoration-line", "none"), ("text-decoration-style", "solid"), ("text-decoration-color", "currentcolor"), ("text-decoration-thickness", "auto"),
    ("margin-top", "0"), ("margin-right", "0"), ("margin-bottom", "0"), ("margin-left", "0"),
    ("padding-top", "0"), ("padding-right", "0"), ("padding-bottom", "0"), ("padding-left", "0"),
    ("border-top-left-radius", "0"), ("border-top-right-radius", "0"), ("border-bottom-right-radius", "0"), ("border-bottom-left-radius", "0"),
];

/// A longhand's initial value in canonical form, when it is one a
/// shorthand resets (see [`INITIAL`]).
pub fn initial(longhand: &str) -> Option<String> {
    let (_, text) = INITIAL.iter().find(|(n, _)| *n == longhand)?;
    normalise(longhand, text).into_iter().find(|(n, _)| n == longhand).map(|(_, v)| v)
}

pub fn inherited(name: &str) -> bool {
    INHERITED.contains(&name)
}

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

/// The states a check may ask about (`state = "hover"`...).
pub const CHECK_STATES: &[&str] = &["hover", "focus", "active"];

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

fn printer() -> PrinterOptions<'static> {
    PrinterOptions { minify: true, ..PrinterOptions::default() }
}

fn parser<'i>() -> ParserOptions<'i> {
    ParserOptions { error_recovery: true, ..ParserOptions::default() }
}

/// A property as (longhand, canonical value) pairs: shorthands expanded,
/// each value printed minified.
fn expand(p: &Property, out: &mut Vec<(String, String)>) {
    let id = p.property_id();
    if let Property::Unparsed(u) = p {
        // lightningcss keeps a value it cannot read as tokens; a browser
        // drops the declaration (`color: navy font-size: 2rem`), unless
        // the value is a variable or a keyword every property takes.
        let text = p.value_to_css_string(printer()).unwrap_or_default().to_ascii_lowercase();
        let wide = ["inherit", "initial", "unset", "revert", "revert-layer"].contains(&text.trim());
        if !(wide || text.contains("var(") || text.contains("env(")) {
            let _ = u;
            return;
        }
    }
    if let Some(longs) = id.longhands() {
        let parts: Vec<Property> = longs.iter().filter_map(|l| p.longhand(l)).collect();
        if !parts.is_empty() {
            for part in &parts {
                expand(part, out);
            }
            return;
        }
        // A shorthand lightningcss could not split (`margin: inherit`,
        // `padding: var(--gap)`): every longhand gets the value.
        if let Ok(v) = p.value_to_css_string(printer()) {
            let mut names = Vec::new();
            longhand_names(&id, &mut names, 0);
            for n in names {
                out.push((n, v.trim().to_ascii_lowercase()));
            }
        }
        return;
    }
    if let Ok(v) = p.value_to_css_string(printer()) {
        out.push((physical(&id.name().to_ascii_lowercase()), canonical_keyword(&v)));
    }
}

/// A logical property's physical name, for left-to-right, top-to-bottom
/// text (what every lesson's page is): `margin-inline-start` is
/// `margin-left`.
fn physical(name: &str) -> String {
    let swaps = [
        ("inline-start", "left"), ("inline-end", "right"), ("block-start", "top"), ("block-end", "bottom"),
    ];
    for (logical, side) in swaps {
        if name.contains(logical) {
            return name.replace(logical, side);
        }
    }
    match name {
        "inline-size" => "width".into(),
        "block-size" => "height".into(),
        "min-inline-size" => "min-width".into(),
        "max-inline-size" => "max-width".into(),
        "min-block-size" => "min-height".into(),
        "max-block-size" => "max-height".into(),
        other => other.to_string(),
    }
}

fn longhand_names(id: &PropertyId, out: &mut Vec<String>, depth: usize) {
    match id.longhands() {
        Some(longs) if depth < 4 => {
            for l in longs {
                longhand_names(&l, out, depth + 1);
            }
        }
        _ => out.push(physical(&id.name().to_ascii_lowercase())),
    }
}

/// Values compare without case (keywords, font names) except inside
/// quotes and `url()`, and `repeat(3, 1fr)` is written out as `1fr 1fr 1fr`.
fn canonical_keyword(v: &str) -> String {
    let v = v.trim();
    let v = if v.contains('"') || v.contains('\'') || v.contains("url(") { v.to_string() } else { v.to_ascii_lowercase() };
    // `0%` of a length is no length at all, like `0`.
    let v = v.split(' ').map(|t| if t == "0%" { "0" } else { t }).collect::<Vec<_>>().join(" ");
    expand_repeat(&v)
}

fn expand_repeat(v: &str) -> String {
    let mut out = String::new();
    let mut rest = v;
    while let Some(at) = rest.find("repeat(") {
        let inner = &rest[at + 7..];
        let Some(close) = inner.find(')') else { break };
        let body = &inner[..close];
        let parsed = body.split_once(',').and_then(|(n, track)| Some((n.trim().parse::<usize>().ok()?, track.trim())));
        match parsed {
            Some((n, track)) if n <= 100 && !track.contains('(') && out.len() + n * (track.len() + 1) <= 4096 => {
                out.push_str(&rest[..at]);
                out.push_str(&vec![track; n].join(" "));
            }
            _ => out.push_str(&rest[..at + 7 + close + 1]),
        }
        rest = &inner[close + 1..];
    }
    out.push_str(rest);
    out
}

/// Properties that take a length and never a bare number: a browser drops
/// `font-size: 20` (no unit), but lightningcss reads it as `20px`.
const LENGTH_ONLY: &[&str] = &[
    "width", "height", "min-width", "min-height", "max-width", "max-height", "margin", "margin-top", "margin-right", "margin-bottom",
    "margin-left", "padding", "padding-top", "padding-right", "padding-bottom", "padding-left", "font-size", "border", "border-top",
    "border-right", "border-bottom", "border-left", "border-width", "border-top-width", "border-right-width", "border-bottom-width",
    "border-left-width", "border-radius", "border-top-left-radius", "border-top-right-radius", "border-bottom-left-radius",
    "border-bottom-right-radius", "gap", "row-gap", "column-gap", "grid-gap", "top", "right", "bottom", "left", "inset", "letter-spacing",
    "word-spacing", "text-indent", "outline", "outline-width", "outline-offset", "flex-basis", "border-spacing", "background-size",
    "background-position",
];

/// `css` with old property names written as today's (`grid-gap` as `gap`),
/// and every declaration a browser would drop for a bare number
/// where a length belongs (`padding: 16`) blanked out, lengths kept (so
/// lines and columns stay where they were). `0` needs no unit and stays.
pub fn drop_unitless_lengths(css: &str) -> String {
    let bytes = css.as_bytes();
    let mut out = css.to_string();
    let mut start = 0;
    let mut i = 0;
    let mut quote: Option<u8> = None;
    let mut depth_paren = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        if let Some(q) = quote {
            if b == b'\\' {
                i += 1;
            } else if b == q {
                quote = None;
            }
        } else if b == b'/' && bytes.get(i + 1) == Some(&b'*') {
            i = css[i + 2..].find("*/").map(|k| i + 2 + k + 1).unwrap_or(bytes.len());
        } else if b == b'"' || b == b'\'' {
            quote = Some(b);
        } else if b == b'(' {
            depth_paren += 1;
        } else if b == b')' {
            depth_paren = depth_paren.saturating_sub(1);
        } else if depth_paren == 0 && (b == b'{' || b == b';' || b == b'}') {
            if b != b'{' {
                if let Some(range) = bad_declaration(css, start, i) {
                    out.replace_range(range.clone(), &" ".repeat(range.len()));
                } else if let Some((range, today)) = alias_in(css, start, i) {
                    // Same length, so later offsets stay put.
                    out.replace_range(range.clone(), &format!("{today:<width$}", width = range.len()));
                }
            }
            start = i + 1;
        }
        i += 1;
    }
    if let Some(range) = bad_declaration(css, start, bytes.len()) {
        out.replace_range(range.clone(), &" ".repeat(range.len()));
    } else if let Some((range, today)) = alias_in(css, start, bytes.len()) {
        out.replace_range(range.clone(), &format!("{today:<width$}", width = range.len()));
    }
    out
}

/// Old names browsers still read as today's.
const ALIASES: &[(&str, &str)] = &[("grid-gap", "gap"), ("grid-row-gap", "row-gap"), ("grid-column-gap", "column-gap"), ("word-wrap", "overflow-wrap")];

/// The range of an alias's name in a declaration, and the name it stands for.
fn alias_in(css: &str, from: usize, to: usize) -> Option<(std::ops::Range<usize>, &'static str)> {
    let decl = css.get(from..to)?;
    let (name, _) = decl.split_once(':')?;
    let trimmed = name.trim();
    let (_, today) = ALIASES.iter().find(|(old, _)| old.eq_ignore_ascii_case(trimmed))?;
    let start = from + name.find(trimmed)?;
    Some((start..start + trimmed.len(), today))
}

fn bad_declaration(css: &str, from: usize, to: usize) -> Option<std::ops::Range<usize>> {
    let decl = css.get(from..to)?;
    let trimmed = decl.trim();
    // A declaration with no colon (`color red`, a stray word) is dropped by
    // a browser alone; lightningcss would drop the rest of the rule with it.
    if !trimmed.is_empty() && !trimmed.contains(':') && !trimmed.starts_with('@') && !trimmed.contains("/*") && !trimmed.contains('{') {
        return Some(from..to);
    }
    let (name, value) = decl.split_once(':')?;
    let name = name.trim().to_ascii_lowercase();
    if !LENGTH_ONLY.contains(&name.as_str()) || value.contains('(') {
        return None;
    }
    let value = value.split('!').next().unwrap_or(value);
    let bare = value.split(|c: char| c.is_whitespace() || c == ',' || c == '/').filter(|t| !t.is_empty()).any(|t| {
        let t = t.strip_prefix(['+', '-']).unwrap_or(t);
        !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.') && t.chars().any(|c| c.is_ascii_digit() && c != '0')
    });
    bare.then_some(from..to)
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

/// A property written by an author, as the longhands it sets (a name
/// lightningcss does not know, or a value it cannot parse, is compared as
/// written, lower-cased).
pub fn normalise(name: &str, value: &str) -> Vec<(String, String)> {
    let name = name.trim().to_ascii_lowercase();
    let id = PropertyId::from(name.as_str());
    let mut out = Vec::new();
    if let Ok(p) = Property::parse_string(id, value, ParserOptions::default()) {
        if !matches!(p, Property::Custom(_)) {
            expand(&p, &mut out);
        }
    }
    if out.is_empty() {
        let mut names = Vec::new();
        longhand_names(&PropertyId::from(name.as_str()), &mut names, 0);
        out = names.into_iter().map(|n| (n, value.trim().to_ascii_lowercase())).collect();
    }
    out
}

/// The longhands a property name stands for (itself, when it is one).
pub fn longhands_of(name: &str) -> Vec<String> {
    let name = name.trim().to_ascii_lowercase();
    let mut names = Vec::new();
    longhand_names(&PropertyId::from(name.as_str()), &mut names, 0);
    names
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
