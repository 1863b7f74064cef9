//! Text broken into rows for the screen: between words, never at a
//! word's hyphen, at most so many rows (the last one cut when the text
//! needs more). A leaf the views and the screens both use.

/// Wrapping at `cols` that breaks lines between words only, never at a
/// word's hyphen (`Well-being` stays whole).
pub(crate) fn unhyphenated(cols: usize) -> textwrap::Options<'static> {
    textwrap::Options::new(cols).word_splitter(textwrap::WordSplitter::NoHyphenation)
}

/// `text` in lines of at most `cols` columns, broken between words (a
/// word longer than a line is broken inside), at most `rows` of them: the
/// last one cut (…) when the text needs more.
pub(crate) fn wrapped(text: &str, cols: usize, rows: usize) -> Vec<String> {
    let cols = cols.max(1);
    let mut lines: Vec<String> = textwrap::wrap(text, unhyphenated(cols))
        .into_iter()
        .map(|l| l.into_owned())
        .collect();
    if lines.len() > rows {
        let rest = lines.split_off(rows - 1).join(" ");
        lines.push(crate::text::truncate(&rest, cols));
    }
    lines
}
