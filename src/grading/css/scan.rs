//! A pass over a stylesheet's text before lightningcss reads it, for what a
//! browser drops that lightningcss would keep (or drop too much of): a bare
//! number where a length belongs (`padding: 16`), a declaration with no
//! colon (`color red`), and old property names a browser still reads
//! (`grid-gap`). Every change keeps byte offsets where they were. It leaves
//! out full tokenising: comments and strings are skipped, nothing more.

/// Properties that take a length and never a bare number: a browser drops
/// `font-size: 20` (no unit), but lightningcss reads it as `20px`.
pub(super) const LENGTH_ONLY: &[&str] = &[
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
pub(super) const ALIASES: &[(&str, &str)] = &[("grid-gap", "gap"), ("grid-row-gap", "row-gap"), ("grid-column-gap", "column-gap"), ("word-wrap", "overflow-wrap")];

/// The range of an alias's name in a declaration, and the name it stands for.
pub(super) fn alias_in(css: &str, from: usize, to: usize) -> Option<(std::ops::Range<usize>, &'static str)> {
    let decl = css.get(from..to)?;
    let (name, _) = decl.split_once(':')?;
    let trimmed = name.trim();
    let (_, today) = ALIASES.iter().find(|(old, _)| old.eq_ignore_ascii_case(trimmed))?;
    let start = from + name.find(trimmed)?;
    Some((start..start + trimmed.len(), today))
}

pub(super) fn bad_declaration(css: &str, from: usize, to: usize) -> Option<std::ops::Range<usize>> {
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
