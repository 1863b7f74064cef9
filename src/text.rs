//! Text as users type it: cleaned on entry, folded for matching, measured in
//! terminal columns.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use unicode_width::UnicodeWidthStr;

/// Whether a character would act on a terminal (or reorder what a reader
/// sees) rather than show: the control characters (but line breaks and
/// tabs), DEL, the C1 controls (U+0080–U+009F, `CSI` among them) and the
/// bidirectional embeddings, overrides and isolates.
pub fn acts_on_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Text from a file, as it may be shown or printed: what would act on a
/// terminal is left out (a CR stays only before a LF, as a line end).
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let lone_cr = |i: usize| text.as_bytes().get(i + 1) != Some(&b'\n');
    if !text
        .char_indices()
        .any(|(i, c)| acts_on_terminal(c) && (c != '\r' || lone_cr(i)))
    {
        return std::borrow::Cow::Borrowed(text);
    }
    text.char_indices()
        .filter(|&(i, c)| !acts_on_terminal(c) || (c == '\r' && !lone_cr(i)))
        .map(|(_, c)| c)
        .collect::<String>()
        .into()
}

/// RON text with what would act on a terminal written as `\u{X}` escapes
/// (what RON's strings read back as the same character).
pub fn ron_escaped(ron: &str) -> std::borrow::Cow<'_, str> {
    escaped(ron, |c| format!("\\u{{{:x}}}", c as u32))
}

/// JSON text with what would act on a terminal written as `\uXXXX`
/// escapes (serde_json escapes only the characters below U+0020): such a
/// character can only stand inside a JSON string, where the escape means
/// the same.
pub fn json_escaped(json: &str) -> std::borrow::Cow<'_, str> {
    escaped(json, |c| format!("\\u{:04x}", c as u32))
}

/// `text` with each character that would act on a terminal written as
/// `escape` makes it (a CR, which a writer's line ends hold, stays).
fn escaped(text: &str, escape: impl Fn(char) -> String) -> std::borrow::Cow<'_, str> {
    let acts = |c: char| acts_on_terminal(c) && c != '\r';
    if !text.chars().any(acts) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if acts(c) {
            out.push_str(&escape(c));
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// Cleans a note (or any name) as it enters the session: control characters
/// are stripped (a tab or a line break becomes a space), runs of white space
/// collapse to one, the ends are trimmed, and the text is NFC-normalized so
/// that "å" typed as `a` + combining ring is stored as one character.
///
/// ```
/// assert_eq!(spiral::text::clean(" Ha\u{308}lsa\tär\u{7} allt\n"), "Hälsa är allt");
/// ```
pub fn clean(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut pending_space = false;
    for c in raw.nfc() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if c.is_control() || is_bidi_override(c) {
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

/// Explicit bidirectional overrides and isolates can make a note display as
/// something it does not say; they are stripped like control characters.
/// (Arabic and Hebrew text needs none of them to display.)
fn is_bidi_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Folds text for matching: lower case by Unicode rules, and accents removed,
/// so "Å", "å" and "a" match, as do "É", "é" and "e", and "Ø"/"ø".
///
/// ```
/// assert_eq!(spiral::text::fold("Østerbro Café Älvsjö"), "osterbro cafe alvsjo");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            'ø' | 'Ø' => out.push('o'),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ß' => out.push_str("ss"),
            'đ' | 'Đ' => out.push('d'),
            'ł' | 'Ł' => out.push('l'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Words of a folded text, for keyword matching and suggestions.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Width of a text in terminal columns.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Cuts a text to at most `max` columns, ending in "…" when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// Pads a text with spaces to exactly `cols` columns (cutting it if longer).
pub fn pad(s: &str, cols: usize) -> String {
    let t = truncate(s, cols);
    let w = width(&t);
    let mut out = t;
    out.extend(std::iter::repeat_n(' ', cols.saturating_sub(w)));
    out
}

/// A value the command line looks for among a session's names (a group,
/// a question, a family): cleaned as stored names are (`clean`: no
/// control characters, one space between words), so a CR from a script's
/// line end still finds the name, and what is echoed is what was compared.
/// (A clap value parser: it never fails.)
pub fn query(raw: &str) -> Result<String, std::convert::Infallible> {
    Ok(clean(raw))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_strips_controls_and_normalizes() {
        assert_eq!(clean("  a\u{7}b\tc\r\nd  "), "ab c d");
        assert_eq!(clean("\u{1b}[31mred"), "[31mred");
        // a + combining ring above becomes one å
        assert_eq!(clean("a\u{30a}"), "å");
        assert_eq!(clean("a\u{30a}").chars().count(), 1);
        assert_eq!(clean("\u{202E}evil"), "evil");
        assert_eq!(clean("   "), "");
    }

    #[test]
    fn clean_keeps_scripts_and_emoji() {
        let s = "Hälsa är allt 😊 الصحة";
        assert_eq!(clean(s), s);
    }

    #[test]
    fn fold_matches_nordic_and_french() {
        assert_eq!(fold("Å"), "a");
        assert_eq!(fold("Øresund"), "oresund");
        assert_eq!(fold("ÉCOLE"), "ecole");
        assert_eq!(fold("Hälsa"), "halsa");
    }

    #[test]
    fn truncate_and_pad_count_columns() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(width(&truncate("日本語テキスト", 5)), 5);
        assert_eq!(width(&pad("日本", 7)), 7);
        assert_eq!(pad("abc", 2), "a…");
    }
}
