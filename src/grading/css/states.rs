//! Selectors rewritten for the state a check asks about: `:hover`, `:focus`
//! and the like made always or never true, by where they stand (the
//! element itself, an ancestor, a sibling), and the pseudo-classes the
//! matcher lacks (`:link`, `:checked`...) spelled as attribute selectors.
//! It leaves out any real notion of pointer position: hovering an element
//! hovers it and its ancestors, nothing else.

/// Pseudo-classes of a state the page is not in until someone acts.
pub const STATES: &[&str] = &["hover", "focus", "focus-visible", "focus-within", "active"];

/// Where a compound selector stands to the element a rule styles.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Place {
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
pub(super) fn holds(pseudo: &str, state: &str, place: Place) -> bool {
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
pub(super) fn places(text: &str) -> Vec<Place> {
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
pub(super) fn plain_pseudo(name: &str) -> Option<&'static str> {
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
pub(super) fn rewrite(text: &str, state: &str) -> String {
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

/// The states a check may ask about (`state = "hover"`...).
pub const CHECK_STATES: &[&str] = &["hover", "focus", "active"];
