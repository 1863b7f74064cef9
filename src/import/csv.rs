//! Notes from a spreadsheet: columns found by their header, in any case
//! (`group` and `text` at least; `question`, `family`, `component`, `coder`
//! when present; others, such as those of `csv-notes`, are left aside).
//! Comma or semicolon, as the header line shows; quoted cells may hold line
//! breaks.

use super::{ImportError, Row, at_line};

/// A CSV text being read: comma or semicolon (whichever its header line
/// has more of), quoted line breaks, rows of any length; a quoting mistake
/// anywhere refuses the whole text, each mistake with its line; errors name
/// `path` and the line.
pub(super) struct Sheet<'a> {
    reader: ::csv::Reader<&'a [u8]>,
    pub headers: ::csv::StringRecord,
    pub delimiter: u8,
    path: &'a str,
}

impl<'a> Sheet<'a> {
    pub fn open(text: &'a str, path: &'a str) -> Result<Sheet<'a>, ImportError> {
        let header = text.lines().next().unwrap_or("");
        let delimiter = if header.matches(';').count() > header.matches(',').count() {
            b';'
        } else {
            b','
        };
        let mistakes = quoting_mistakes(text, delimiter);
        if !mistakes.is_empty() {
            return Err(ImportError::rows(mistakes));
        }
        let mut reader = ::csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .from_reader(text.as_bytes());
        let headers = reader
            .headers()
            .map_err(|e| ImportError::File(format!("{path}:1: {e}")))?
            .clone();
        Ok(Sheet {
            reader,
            headers,
            delimiter,
            path,
        })
    }

    /// A column by its header, in any case.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    }

    /// The next row that is not all empty (a spreadsheet's trailing lines),
    /// and the line it starts on; `None` at the end.
    pub fn next(&mut self, record: &mut ::csv::StringRecord) -> Result<Option<u64>, ImportError> {
        loop {
            let line = self.reader.position().line() + 1;
            match self.reader.read_record(record) {
                Ok(false) => return Ok(None),
                Ok(true) => {}
                Err(e) => return Err(ImportError::File(format!("{}:{line}: {e}", self.path))),
            }
            if !record.iter().all(|c| c.trim().is_empty()) {
                return Ok(Some(record.position().map_or(line, |p| p.line())));
            }
        }
    }
}

/// The quoting mistakes of a CSV text, each with the line of the row it is
/// on, in the rules every spreadsheet writes (RFC 4180): a quoted cell
/// starts with a quote and ends with one followed by the delimiter or the
/// end of the line, a quote inside it is written twice, and a cell that
/// does not start with a quote holds none. The CSV reader accepts the
/// mistakes silently (an unterminated quote makes every later row part of
/// one cell), so they are found here first.
fn quoting_mistakes(text: &str, delimiter: u8) -> Vec<crate::i18n::Message> {
    let bytes = text.as_bytes();
    let mut mistakes = Vec::new();
    let (mut line, mut row_line) = (1usize, 1usize);
    let mut at = 0;
    let mut cell_start = true;
    while at < bytes.len() {
        let b = bytes[at];
        if cell_start && b == b'"' {
            // A quoted cell: up to the quote that closes it.
            let opened = row_line;
            at += 1;
            loop {
                match bytes.get(at) {
                    None => {
                        mistakes.push(at_line(opened, &crate::msg!("import-quote-open")));
                        return mistakes;
                    }
                    Some(b'"') if bytes.get(at + 1) == Some(&b'"') => at += 2,
                    Some(b'"') => {
                        at += 1;
                        break;
                    }
                    Some(b'\n') => {
                        line += 1;
                        at += 1;
                    }
                    Some(_) => at += 1,
                }
            }
            match bytes.get(at) {
                None | Some(b'\n' | b'\r') => {}
                Some(&d) if d == delimiter => {}
                Some(_) => {
                    mistakes.push(at_line(row_line, &crate::msg!("import-quote-then-text")));
                    // The rest of the row is not looked at again.
                    while at < bytes.len() && bytes[at] != b'\n' {
                        at += 1;
                    }
                }
            }
            cell_start = false;
            continue;
        }
        match b {
            b'\n' => {
                line += 1;
                row_line = line;
                cell_start = true;
            }
            b'"' => {
                mistakes.push(at_line(row_line, &crate::msg!("import-quote-inside")));
                while at < bytes.len() && bytes[at] != b'\n' {
                    at += 1;
                }
                continue;
            }
            d if d == delimiter => cell_start = true,
            _ => cell_start = false,
        }
        at += 1;
    }
    mistakes
}

/// The rows of a CSV text; `path` names the file in errors.
pub fn read_csv(text: &str, path: &str) -> Result<Vec<Row>, ImportError> {
    let mut sheet = Sheet::open(text, path)?;
    let headers = sheet.headers.clone();
    let delimiter = sheet.delimiter;
    let column = |name: &str| sheet.column(name);
    let (Some(group), Some(note_text)) = (column("group"), column("text")) else {
        return Err(ImportError::FileAt {
            place: format!("{path}:1"),
            why: crate::msg!(
                "import-header-columns",
                columns = headers.iter().collect::<Vec<_>>().join(", ")
            ),
        });
    };
    let question = column("question");
    let family = column("family");
    let component = column("component");
    let coder = column("coder");
    let mut rows = Vec::new();
    let mut extra = Vec::new();
    let mut record = ::csv::StringRecord::new();
    while let Some(line) = sheet.next(&mut record)? {
        // More cells than the header names: most often a note with the
        // delimiter in it, unquoted. Refused rather than cut short.
        if record.len() > headers.len()
            && record
                .iter()
                .skip(headers.len())
                .any(|c| !c.trim().is_empty())
        {
            extra.push(at_line(
                line,
                &crate::msg!(
                    "import-extra-cells",
                    cells = record.len(),
                    named = headers.len(),
                    delimiter = char::from(delimiter).to_string()
                ),
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
        return Err(ImportError::rows(extra));
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
