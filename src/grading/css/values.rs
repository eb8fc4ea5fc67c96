//! CSS values as the cascade compares them: a declaration expanded into its
//! longhands (logical ones named physically, for left-to-right pages), each
//! value printed in lightningcss's canonical minified form, lower-cased
//! outside quotes, `repeat(3, 1fr)` written out; the initial values
//! shorthands reset, and which properties inherit. It leaves out resolving
//! values (`1rem` stays `1rem`).

use lightningcss::properties::{Property, PropertyId};
use lightningcss::stylesheet::{ParserOptions, PrinterOptions};

/// Properties a child takes from its parent when no rule sets them.
pub(super) const INHERITED: &[&str] = &[
    "color", "font-family", "font-size", "font-style", "font-weight", "font-variant-caps", "font-stretch", "line-height",
    "letter-spacing", "word-spacing", "text-align", "text-indent", "text-transform", "white-space", "visibility", "cursor",
    "list-style-type", "list-style-position", "list-style-image", "direction", "quotes", "border-collapse", "border-spacing",
    "caption-side", "empty-cells", "text-shadow", "word-break", "overflow-wrap", "tab-size", "hyphens",
];

/// The initial values of longhands that shorthands reset, so that
/// `background-color: navy` and `background: navy` both pass a check for
/// `background: navy` (which also says "no image, no repeat change...").
pub(super) const INITIAL: &[(&str, &str)] = &[
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

pub(super) fn printer() -> PrinterOptions<'static> {
    PrinterOptions { minify: true, ..PrinterOptions::default() }
}

/// A property as (longhand, canonical value) pairs: shorthands expanded,
/// each value printed minified.
pub(super) fn expand(p: &Property, out: &mut Vec<(String, String)>) {
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
pub(super) fn physical(name: &str) -> String {
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

pub(super) fn longhand_names(id: &PropertyId, out: &mut Vec<String>, depth: usize) {
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
pub(super) fn canonical_keyword(v: &str) -> String {
    let v = v.trim();
    let v = if v.contains('"') || v.contains('\'') || v.contains("url(") { v.to_string() } else { v.to_ascii_lowercase() };
    // `0%` of a length is no length at all, like `0`.
    let v = v.split(' ').map(|t| if t == "0%" { "0" } else { t }).collect::<Vec<_>>().join(" ");
    expand_repeat(&v)
}

pub(super) fn expand_repeat(v: &str) -> String {
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
