//! The entry points the fuzz targets (`fuzz/`) and their regression test
//! (`tests/fuzz_regressions.rs`) share: each reads untrusted bytes the way
//! the app does, and must end in a value or an error, never a panic.

use std::path::Path;

use crate::model::{Framework, Lang, Session};

/// The session loader: UTF-8 check, parse, consistency checks; a session
/// that loads saves and loads back the same.
pub fn session(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(s) = crate::store::parse_session(text, Path::new("fuzz.ron")) {
        let saved = crate::store::session_to_ron(&s);
        let again = crate::store::parse_session(&saved, Path::new("fuzz.ron"))
            .expect("a session spiral saved loads again");
        assert_eq!(again, s, "save then load is the identity");
    }
}

/// The framework loader.
pub fn framework(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = Framework::parse(text, Path::new("fuzz.ron"));
    }
}

/// The shipped framework, parsed once.
fn default_framework() -> &'static Framework {
    static FRAMEWORK: std::sync::OnceLock<Framework> = std::sync::OnceLock::new();
    FRAMEWORK.get_or_init(Framework::default_framework)
}

/// The CSV import of notes, and of codings, into a new session.
pub fn csv_import(data: &[u8]) {
    let framework = default_framework();
    for encoding in [
        crate::import::Encoding::Utf8,
        crate::import::Encoding::Latin1,
    ] {
        let Ok(text) = crate::import::decode(data, encoding, "fuzz.csv") else {
            continue;
        };
        let mut session = Session::new("fuzz", framework, Lang::En);
        if let Ok(rows) = crate::import::read_csv(&text, "fuzz.csv") {
            let _ = crate::import::apply(&mut session, framework, rows, Some("wellbeing"));
            assert!(
                session.problems().is_empty(),
                "an import leaves a consistent session"
            );
        }
        let _ = crate::import::apply_codings(&mut session, framework, &text, "fuzz.csv");
        assert!(
            session.problems().is_empty(),
            "codings leave a consistent session"
        );
    }
}

/// The session an import goes into, and its bytes: one group, one note.
fn import_target() -> &'static (Session, String) {
    static TARGET: std::sync::OnceLock<(Session, String)> = std::sync::OnceLock::new();
    TARGET.get_or_init(|| {
        let mut s = Session::new("fuzz", default_framework(), Lang::En);
        let group = crate::model::Group::new("Unga");
        let note = crate::model::Note::new(&group.id, "wellbeing", "Fotboll", "Ana");
        s.groups.push(group);
        s.notes.push(note);
        let bytes = crate::store::session_to_ron(&s);
        (s, bytes)
    })
}

/// The import's promise, all or nothing, on any bytes, as `spiral import
/// FILE --from PATH --question wellbeing` runs it: a refused import leaves
/// the session byte-identical; an accepted one adds as many notes as the
/// text has data rows, counted by a strict reader of its own
/// (`strict_data_rows`), and leaves a consistent session.
pub fn csv_all_or_nothing(data: &[u8]) {
    let (before, bytes) = import_target();
    for encoding in [
        crate::import::Encoding::Utf8,
        crate::import::Encoding::Latin1,
    ] {
        let mut session = before.clone();
        let outcome = crate::import::decode(data, encoding, "fuzz.csv").and_then(|text| {
            let rows = crate::import::read_csv(&text, "fuzz.csv")?;
            if rows.is_empty() {
                return Err(crate::import::ImportError::File("no note".into()));
            }
            crate::import::apply(&mut session, default_framework(), rows, Some("wellbeing"))?;
            Ok(text)
        });
        match outcome {
            Err(_) => assert!(
                crate::store::session_to_ron(&session) == *bytes,
                "a refused import changed the session"
            ),
            Ok(text) => {
                let rows = strict_data_rows(&text)
                    .expect("an import accepted a text a strict CSV reader refuses");
                assert_eq!(
                    session.notes.len() - before.notes.len(),
                    rows,
                    "an accepted import adds a note per data row"
                );
                assert!(
                    session.problems().is_empty(),
                    "an import leaves a consistent session"
                );
            }
        }
    }
}

/// The data rows of a CSV text by RFC 4180, strictly, written apart from
/// the import's reader to check it: the delimiter is `;` when the first
/// line has more of them than commas, else `,`; a row ends at `\r\n`, `\n`
/// or `\r` outside quotes; a quoted cell starts with a quote and ends with
/// one followed by the delimiter, the end of the row or of the text, with
/// any quote inside written twice; an unquoted cell holds no quote. The
/// first row that is not empty is the header; rows whose cells are all
/// blank (a spreadsheet's trailing lines) are not data. `None`: not CSV.
pub fn strict_data_rows(text: &str) -> Option<usize> {
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        ';'
    } else {
        ','
    };
    let mut chars = text.chars().peekable();
    let mut rows = 0usize;
    let mut header_seen = false;
    let mut blank = true;
    let mut empty = true;
    let mut end_row = |blank: bool, empty: bool| {
        if !empty && !header_seen {
            header_seen = true;
        } else if !blank {
            rows += 1;
        }
    };
    loop {
        // At the start of a cell.
        match chars.peek() {
            None => {
                end_row(blank, empty);
                return Some(rows);
            }
            Some('"') => {
                chars.next();
                empty = false;
                loop {
                    match chars.next()? {
                        '"' if chars.peek() == Some(&'"') => {
                            chars.next();
                            blank = false;
                        }
                        '"' => break,
                        c => blank &= c.is_whitespace(),
                    }
                }
                match chars.peek() {
                    None | Some('\n' | '\r') => {}
                    Some(&c) if c == delimiter => {}
                    Some(_) => return None,
                }
            }
            Some(_) => {
                while let Some(&c) = chars.peek() {
                    if c == delimiter || c == '\n' || c == '\r' {
                        break;
                    }
                    if c == '"' {
                        return None;
                    }
                    blank &= c.is_whitespace();
                    empty = false;
                    chars.next();
                }
            }
        }
        match chars.next() {
            None => {
                end_row(blank, empty);
                return Some(rows);
            }
            Some(c) if c == delimiter => empty = false,
            Some(c) => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                end_row(blank, empty);
                blank = true;
                empty = true;
            }
        }
    }
}
