//! Making program output safe to show.
//!
//! Output from student code may contain terminal escape sequences that would
//! recolour, move the cursor or retitle a terminal (or worse) when the CLI
//! prints them. [`inert`] replaces every control character except newline and
//! tab with a visible symbol, so the sequence is shown, not obeyed. The UI
//! shows output as text (never HTML), which is the other half of this.

/// Lossy UTF-8 decoding, then control characters made visible.
pub fn inert(bytes: &[u8]) -> String {
    inert_str(&String::from_utf8_lossy(bytes))
}

pub fn inert_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\t' => out.push(c),
            // Carriage return alone rewrites the line in a terminal.
            '\r' => out.push('\u{240D}'),
            // ESC gets its own picture, since it starts most sequences.
            '\u{1b}' => out.push('\u{241B}'),
            '\u{7f}' => out.push('\u{2421}'),
            c if (c as u32) < 0x20 => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}')),
            // C1 controls (CSI is U+009B) and the bidi overrides that can
            // make text read differently from what it is.
            c if ('\u{80}'..='\u{9f}').contains(&c) => out.push('\u{FFFD}'),
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// At most `max` characters, with a note when something was cut.
pub fn cap_chars(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        None => s.to_string(),
        Some((i, _)) => format!("{}\n[output cut at {max} characters]", &s[..i]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible_symbols() {
        let s = inert(b"\x1b[2J\x1b]0;title\x07ok\n\ttab\r");
        assert!(!s.contains('\u{1b}') && !s.contains('\u{7}') && !s.contains('\r'));
        assert!(s.starts_with("\u{241B}[2J"));
        assert!(s.contains("ok\n\ttab"));
    }

    #[test]
    fn c1_csi_and_bidi_overrides_are_replaced() {
        let s = inert_str("a\u{9b}31mb\u{202E}c");
        assert_eq!(s, "a\u{FFFD}31mb\u{FFFD}c");
    }

    #[test]
    fn cap_chars_counts_characters_not_bytes() {
        assert_eq!(cap_chars("héllo", 10), "héllo");
        assert!(cap_chars("ééééé", 2).starts_with("éé\n[output cut"));
    }
}
