//! Reading a session file: the versioned RON format, checked, with the
//! place (path:line:col) of whatever is wrong. Writing is in `write.rs`.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::i18n::{Describe, Message, describe_io};
use crate::model::{Lang, Session};
use crate::source::{line_col, locate_field};

pub use crate::model::FORMAT_VERSION;

/// Why a session file could not be opened: always the path, and the line
/// and column where there is one. The file is left as it was.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read (the system's reason is the source, and
    /// is said after the path).
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    Invalid {
        path: PathBuf,
        line: usize,
        col: usize,
        reason: Message,
    },
}

impl Describe for LoadError {
    fn describe(&self, lang: Lang) -> String {
        match self {
            LoadError::Io { path, source } => {
                format!("{}: {}", path.display(), describe_io(source, lang))
            }
            LoadError::Invalid {
                path,
                line,
                col,
                reason,
            } => format!("{}:{line}:{col}: {}", path.display(), reason.say(lang)),
        }
    }
}

crate::display_by_describe!(LoadError);

/// Two errors are alike when they say the same, in English (an I/O error
/// by its kind and words).
impl PartialEq for LoadError {
    fn eq(&self, other: &LoadError) -> bool {
        match (self, other) {
            (LoadError::Io { path: a, source: x }, LoadError::Io { path: b, source: y }) => {
                a == b && x.kind() == y.kind() && x.to_string() == y.to_string()
            }
            (
                LoadError::Invalid {
                    path: a,
                    line: l1,
                    col: c1,
                    reason: r1,
                },
                LoadError::Invalid {
                    path: b,
                    line: l2,
                    col: c2,
                    reason: r2,
                },
            ) => (a, l1, c1, r1.say(Lang::En)) == (b, l2, c2, r2.say(Lang::En)),
            _ => false,
        }
    }
}

impl Eq for LoadError {}

impl LoadError {
    /// The file that did not open.
    pub fn path(&self) -> &Path {
        match self {
            LoadError::Io { path, .. } | LoadError::Invalid { path, .. } => path,
        }
    }
}

use crate::model::ron_options;

#[derive(Deserialize)]
struct VersionProbe {
    version: u32,
}

/// Reads a session's fields up to its `language` and stops there: the
/// language is put in `found`, and the parse ends with an error, so the
/// notes after it are never read.
struct LanguageProbe<'a> {
    found: &'a std::cell::Cell<Option<crate::model::Lang>>,
}

impl<'de> serde::de::DeserializeSeed<'de> for LanguageProbe<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_struct("Session", &["language"], self)
    }
}

impl<'de> serde::de::Visitor<'de> for LanguageProbe<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a session")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key == "language" {
                self.found.set(Some(map.next_value()?));
                return Err(serde::de::Error::custom("found"));
            }
            map.next_value::<serde::de::IgnoredAny>()?;
        }
        // No language: the default one.
        self.found.set(Some(crate::model::Lang::default()));
        Ok(())
    }
}

/// The language a session file is kept in, read without the rest (none
/// when the file does not read as far): the command line speaks it before
/// it has the session itself, so even the file's own errors are in its
/// language. The parse stops at the field (`LanguageProbe`), which comes
/// before the notes in every file spiral writes.
///
/// Its first 64 KiB are read first (the header is there in every file
/// spiral writes); the whole file only when the field is not among them.
pub fn peek_language(path: &Path) -> Option<crate::model::Lang> {
    let probe = |src: &str| {
        let found = std::cell::Cell::new(None);
        let _ = ron_options().from_str_seed(src, LanguageProbe { found: &found });
        found.get()
    };
    let head = crate::input::read_head(path, &crate::input::SESSION, 64 << 10).ok()?;
    let text = match std::str::from_utf8(&head) {
        Ok(text) => text,
        // Cut at the last whole character.
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).ok()?,
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    probe(text).or_else(|| probe(&read_source(path).ok()?))
}

/// Parses a session file's text; `path` is named in errors.
pub fn parse_session(src: &str, path: &Path) -> Result<Session, LoadError> {
    let invalid = |(line, col): (usize, usize), reason: Message| LoadError::Invalid {
        path: path.to_path_buf(),
        line,
        col,
        reason,
    };
    let from_ron = |e: ron::error::SpannedError| {
        invalid(
            (e.span.start.line, e.span.start.col),
            Message::verbatim(e.code.to_string()),
        )
    };
    // One parse in the common case; the version is looked at alone only
    // when the file does not parse, so a newer file is refused by its
    // version rather than by whatever field it added.
    let newer = |version: u32| {
        invalid(
            locate_field(src, "version", &version.to_string(), 0),
            crate::msg!(
                "store-version-newer",
                version = version.to_string(),
                newest = FORMAT_VERSION.to_string()
            ),
        )
    };
    let session: Session = match ron_options().from_str(src) {
        Ok(session) => session,
        Err(e) => {
            return Err(match ron_options().from_str::<VersionProbe>(src) {
                Ok(probe) if probe.version > FORMAT_VERSION => newer(probe.version),
                _ => from_ron(e),
            });
        }
    };
    if session.version > FORMAT_VERSION {
        return Err(newer(session.version));
    }
    if session.version == 0 {
        return Err(invalid(
            locate_field(src, "version", "0", 0),
            crate::msg!("store-version-zero"),
        ));
    }
    if let Some(p) = session.problems().into_iter().next() {
        let at = locate_field(src, p.field, &p.value, p.nth);
        return Err(invalid(at, p.reason));
    }
    // Migration: each version is the next without what that one added
    // (criteria, reconciliations, tombstones, actions: each read as none),
    // so nothing but the number changes; the file is written in the
    // current version at its next save, which comes only with a change.
    let mut session = session;
    session.version = FORMAT_VERSION;
    Ok(session)
}

/// Reads and parses a session file.
pub fn load_session(path: &Path) -> Result<Session, LoadError> {
    parse_session(&read_source(path)?, path)
}

/// The text of a file, refused with its line and column when it is not
/// UTF-8.
pub fn read_source(path: &Path) -> Result<String, LoadError> {
    let bytes =
        crate::input::read_file(path, &crate::input::SESSION).map_err(|source| LoadError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    let mut text = String::from_utf8(bytes).map_err(|e| {
        let (line, col) = line_col_bytes(e.as_bytes(), e.utf8_error().valid_up_to());
        LoadError::Invalid {
            path: path.to_path_buf(),
            line,
            col,
            reason: crate::msg!("store-not-utf8"),
        }
    })?;
    // A byte-order mark (some editors on Windows write one) is no part of
    // the session: it is read past, and the next save leaves it out.
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

fn line_col_bytes(bytes: &[u8], offset: usize) -> (usize, usize) {
    let valid = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
    line_col(valid, valid.len())
}

#[cfg(test)]
mod peek {
    use super::peek_language;
    use crate::model::Lang;

    fn peek(text: &str) -> Option<Lang> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        std::fs::write(&path, text).unwrap();
        peek_language(&path)
    }

    #[test]
    fn the_language_is_read_without_the_rest() {
        // The notes after it are not read: broken ones do not matter.
        let head = "(\n    version: 3,\n    title: \"Fittja\",\n    facilitators: [\"Ana\"],\n";
        assert_eq!(
            peek(&format!("{head}    language: da,\n    notes: [ broken")),
            Some(Lang::Da)
        );
        assert_eq!(
            peek(&format!("{head}    questions: [],\n)")),
            Some(Lang::En)
        );
        // A file broken before its language tells none.
        assert_eq!(
            peek("(\n    version: 3,\n    title: ],\n    language: fr,\n)"),
            None
        );
        assert_eq!(
            peek(&std::fs::read_to_string("sessions/alby-2011.ron").unwrap()),
            Some(Lang::Sv)
        );
    }

    /// A FIFO is not opened (that could block until a writer comes).
    #[cfg(unix)]
    #[test]
    fn a_fifo_tells_no_language_and_does_not_block() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("s.ron");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        assert_eq!(peek_language(&fifo), None);
    }
}
