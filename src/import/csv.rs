//! Notes from a spreadsheet: columns found by their header, in any case
//! (`group` and `text` at least; `question`, `family`, `component`, `coder`
//! when present; others, such as those of `csv-notes`, are left aside).
//! Comma or semicolon, as the header line shows; quoted cells may hold line
//! breaks.

use super::{ImportError, Row};

/// The rows of a CSV text; `path` names the file in errors.
pub fn read_csv(text: &str, path: &str) -> Result<Vec<Row>, ImportError> {
    let header = text.lines().next().unwrap_or("");
    let delimiter = if header.matches(';').count() > header.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| ImportError::File(format!("{path}:1: {e}")))?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let (Some(group), Some(note_text)) = (column("group"), column("text")) else {
        return Err(ImportError::File(format!(
            "{path}:1: the header needs at least the columns `group` and `text` (it has: {})",
            headers.iter().collect::<Vec<_>>().join(", ")
        )));
    };
    let question = column("question");
    let family = column("family");
    let component = column("component");
    let coder = column("coder");
    let mut rows = Vec::new();
    let mut extra = Vec::new();
    let mut record = ::csv::StringRecord::new();
    loop {
        let line = reader.position().line() + 1;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                return Err(ImportError::File(format!("{path}:{line}: {e}")));
            }
        }
        let line = record.position().map_or(line, |p| p.line());
        // A row of empty cells (a spreadsheet's trailing lines) is skipped.
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        // More cells than the header names: most often a note with the
        // delimiter in it, unquoted. Refused rather than cut short.
        if record.len() > headers.len()
            && record
                .iter()
                .skip(headers.len())
                .any(|c| !c.trim().is_empty())
        {
            extra.push(format!(
                "line {line}: {} cells, but the header names {}; put a text holding `{}` in quotes",
                record.len(),
                headers.len(),
                char::from(delimiter)
            ));
            continue;
        }
        let get = |i: Option<usize>| i.and_then(|i| record.get(i)).map(unneutralize);
        rows.push(Row {
            line,
            group: get(Some(group)).unwrap_or_default(),
            question: get(question),
            text: get(Some(note_text)).unwrap_or_default(),
            family: get(family),
            component: get(component),
            coder: get(coder),
        });
    }
    if !extra.is_empty() {
        return Err(super::ImportError::Rows(extra));
    }
    Ok(rows)
}

/// Undoes the quote spiral's CSV export puts before a cell that would read
/// as a formula (`'=SUM(…)` comes back as `=SUM(…)`).
fn unneutralize(cell: &str) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if crate::export::csv::needs_quote(rest) => rest.to_string(),
        _ => cell.to_string(),
    }
}
