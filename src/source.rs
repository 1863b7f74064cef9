//! Positions in a source text, to name the line and column of a problem
//! found after parsing (a duplicate id, a version too new).

/// Line and column (1-based) of the `nth` (0-based) place where `field: value`
/// stands in a RON text; (1, 1) when not found.
pub fn locate_field(src: &str, field: &str, value: &str, nth: usize) -> (usize, usize) {
    locate_after(src, (1, 1), field, value, nth)
}

/// As `locate_field`, counting only places at or after `from`.
pub fn locate_after(
    src: &str,
    from: (usize, usize),
    field: &str,
    value: &str,
    nth: usize,
) -> (usize, usize) {
    let start = offset_of(src, from);
    let mut found = 0;
    let mut search = start;
    while let Some(rel) = src[search..].find(value) {
        let at = search + rel;
        let before = src[..at].trim_end();
        if let Some(before) = before.strip_suffix(':')
            && before.trim_end().ends_with(field)
        {
            if found == nth {
                let field_at = before.trim_end().len() - field.len();
                return line_col(src, field_at);
            }
            found += 1;
        }
        search = at + value.len().max(1);
    }
    (1, 1)
}

pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let before = &src[..offset.min(src.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn offset_of(src: &str, (line, col): (usize, usize)) -> usize {
    let mut offset = 0;
    for (i, l) in src.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return offset + l.char_indices().nth(col - 1).map_or(0, |(b, _)| b);
        }
        offset += l.len();
    }
    0
}
