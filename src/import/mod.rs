//! Imports: notes from a spreadsheet (`csv`) or from plain text (`text`,
//! one note per line) into a session. All or nothing: every row is checked
//! first, and the notes go in only when every row can; otherwise the rows
//! that cannot are listed with their line numbers and the session is left
//! as it was.

mod codings;
mod csv;
mod text;

use std::collections::HashMap;

use crate::i18n::{Describe, Message, MessageArg};
use crate::model::{Framework, Group, Lang, Note, Session};
use crate::text::fold;

pub use self::codings::{Recoded, apply_codings};
pub use self::csv::read_csv;
pub use self::text::read_text;

/// How the file's bytes are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    #[default]
    Utf8,
    /// ISO-8859-1 (read as Windows-1252, its superset, as browsers do).
    Latin1,
}

/// One note as read from a file, not yet checked against the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The line of the file it starts on (1-based).
    pub line: u64,
    pub group: String,
    pub question: Option<String>,
    pub text: String,
    pub family: Option<String>,
    pub component: Option<String>,
    pub coder: Option<String>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ImportError {
    /// The file as a whole cannot be read.
    File(String),
    /// What was asked for cannot be done (a question the session lacks).
    Said(Message),
    /// The file as a whole cannot be read, at a place (`path:line:col`,
    /// or `path:1` for its header), and why.
    FileAt { place: String, why: Message },
    /// Some rows cannot be used; nothing was imported.
    Rows {
        /// How many rows cannot be used.
        count: usize,
        /// The first of them, each with its line (and how many more).
        shown: Vec<Message>,
    },
}

impl ImportError {
    /// The rows that cannot be used, the first 20 of them (and how many
    /// more).
    pub fn rows(mut errors: Vec<Message>) -> ImportError {
        const SHOWN: usize = 20;
        let count = errors.len();
        let more = count.saturating_sub(SHOWN);
        errors.truncate(SHOWN);
        if more > 0 {
            errors.push(crate::msg!(
                "import-more",
                n = more,
                more = more.to_string()
            ));
        }
        ImportError::Rows {
            count,
            shown: errors,
        }
    }

    /// The file cannot be read, at `place`, for `why`.
    fn at(place: String, why: Message) -> ImportError {
        ImportError::FileAt { place, why }
    }
}

impl Describe for ImportError {
    fn describe(&self, lang: Lang) -> String {
        match self {
            ImportError::File(why) => why.clone(),
            ImportError::Said(why) => why.say(lang),
            ImportError::FileAt { place, why } => format!("{place}: {}", why.say(lang)),
            // "3 row(s) cannot be imported, so nothing was:", then the rows.
            ImportError::Rows { count, shown } => format!(
                "{}\n{}",
                crate::tr!(lang, "import-rows", n = *count, count = count.to_string()),
                shown
                    .iter()
                    .map(|row| row.say(lang))
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
        }
    }
}

crate::display_by_describe!(ImportError);

/// A row's reason: a message, or words already said.
pub(crate) trait Reason {
    fn as_arg(&self) -> MessageArg;
}

impl Reason for Message {
    fn as_arg(&self) -> MessageArg {
        MessageArg::from(self)
    }
}

impl Reason for String {
    fn as_arg(&self) -> MessageArg {
        MessageArg::from(self)
    }
}

/// A row's reason, with its line: "line 12: the group is empty".
pub(crate) fn at_line<R: Reason + ?Sized>(line: impl std::fmt::Display, reason: &R) -> Message {
    crate::msg!(
        "import-at-line",
        line = line.to_string(),
        reason = reason.as_arg()
    )
}

/// Why a row names a family the framework does not have.
pub(crate) fn no_family(family: &str, framework: &Framework) -> Message {
    crate::msg!(
        "import-no-family",
        family = family,
        framework = framework.id.as_str(),
        keys = framework.families.len()
    )
}

/// Why a row names a component its family does not have.
fn no_component(component: &str, family: &str) -> Message {
    crate::msg!(
        "import-no-component",
        component = component,
        family = family
    )
}

/// What an import added.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Imported {
    pub notes: usize,
    pub coded: usize,
    /// Groups the session did not have, added in the order met.
    pub new_groups: Vec<String>,
}

/// Decodes a file's bytes: a byte-order mark is dropped; one of UTF-16
/// (little- or big-endian, as Excel's "Unicode text" writes) says how the
/// rest is read, whatever `encoding` says; text that is not UTF-8 (or not
/// the UTF-16 its mark says) is refused with its line and column, unless
/// Latin-1 is asked for.
pub fn decode(bytes: &[u8], encoding: Encoding, path: &str) -> Result<String, ImportError> {
    let text = match encoding_rs::Encoding::for_bom(bytes) {
        Some((utf16, mark)) if utf16 != encoding_rs::UTF_8 => {
            decode_utf16(utf16, &bytes[mark..], path)?
        }
        _ => {
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            decode_text(bytes, encoding, path)?
        }
    };
    // No text spreadsheet holds a NUL; UTF-16 without its byte-order mark
    // reads as UTF-8 with a NUL after every letter.
    if let Some(at) = text.find('\0') {
        let (line, col) = crate::source::line_col(&text, at);
        return Err(ImportError::at(
            format!("{path}:{line}:{col}"),
            crate::msg!("import-nul"),
        ));
    }
    Ok(text)
}

/// UTF-16 without its mark, refused where it stops being UTF-16 (a lone
/// surrogate, an odd last byte).
fn decode_utf16(
    utf16: &'static encoding_rs::Encoding,
    bytes: &[u8],
    path: &str,
) -> Result<String, ImportError> {
    let mut decoder = utf16.new_decoder_without_bom_handling();
    let room = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(usize::MAX / 4);
    let mut text = String::with_capacity(room);
    let (result, _) = decoder.decode_to_string_without_replacement(bytes, &mut text, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => Ok(text),
        _ => {
            let (line, col) = crate::source::line_col(&text, text.len());
            Err(ImportError::at(
                format!("{path}:{line}:{col}"),
                crate::msg!("import-not-utf16"),
            ))
        }
    }
}

fn decode_text(bytes: &[u8], encoding: Encoding, path: &str) -> Result<String, ImportError> {
    match encoding {
        Encoding::Latin1 => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Ok(text.into_owned())
        }
        Encoding::Utf8 => match std::str::from_utf8(bytes) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => {
                let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
                let (line, col) = crate::source::line_col(valid, valid.len());
                Err(ImportError::at(
                    format!("{path}:{line}:{col}"),
                    crate::msg!("import-not-utf8"),
                ))
            }
        },
    }
}

/// Checks every row against the session and the framework, then adds
/// them all, or none. `default_question` is for rows that name none.
pub fn apply(
    session: &mut Session,
    framework: &Framework,
    rows: Vec<Row>,
    default_question: Option<&str>,
) -> Result<Imported, ImportError> {
    let mut errors = Vec::new();
    let mut groups: HashMap<String, String> = session
        .groups
        .iter()
        .map(|g| (fold(&g.name), g.id.clone()))
        .collect();
    let mut new_groups: Vec<Group> = Vec::new();
    let mut families: HashMap<String, Option<String>> = HashMap::new();
    let mut notes = Vec::with_capacity(rows.len());
    let default_question = match default_question {
        Some(q) => match resolve_question(session, q) {
            Some(id) => Some(id),
            None => {
                return Err(ImportError::Said(crate::msg!(
                    "import-no-question",
                    question = q,
                    questions = question_list(session)
                )));
            }
        },
        None => None,
    };
    for row in rows {
        let at = |reason: Message| at_line(row.line, &reason);
        let text = crate::text::clean(&row.text);
        if text.is_empty() {
            errors.push(at(crate::msg!("import-text-empty")));
            continue;
        }
        let group_name = crate::text::clean(&row.group);
        if group_name.is_empty() {
            errors.push(at(crate::msg!("import-group-empty")));
            continue;
        }
        let group = match groups.get(&fold(&group_name)) {
            Some(id) => id.clone(),
            None => {
                let g = Group::new(&group_name);
                let id = g.id.clone();
                groups.insert(fold(&group_name), id.clone());
                new_groups.push(g);
                id
            }
        };
        let question = match row.question.as_deref().filter(|q| !q.trim().is_empty()) {
            Some(q) => match resolve_question(session, q) {
                Some(id) => id,
                None => {
                    errors.push(at(crate::msg!(
                        "import-no-question-row",
                        question = q,
                        questions = question_list(session)
                    )));
                    continue;
                }
            },
            None => match &default_question {
                Some(q) => q.clone(),
                None => {
                    errors.push(at(crate::msg!("import-no-question-column")));
                    continue;
                }
            },
        };
        let coder = crate::text::clean(row.coder.as_deref().unwrap_or(""));
        let mut note = Note::new(&group, &question, &text, &coder);
        if let Err(why) = code_row(&mut note, &row, framework, &mut families) {
            errors.push(at(why));
            continue;
        }
        notes.push(note);
    }
    if !errors.is_empty() {
        return Err(ImportError::rows(errors));
    }
    let imported = Imported {
        notes: notes.len(),
        coded: notes.iter().filter(|n| n.is_coded()).count(),
        new_groups: new_groups.iter().map(|g| g.name.clone()).collect(),
    };
    session.groups.extend(new_groups);
    session.notes.extend(notes);
    Ok(imported)
}

/// A row's family and component put on its note (the families resolved
/// so far kept in `families`), or why they cannot be.
fn code_row(
    note: &mut Note,
    row: &Row,
    framework: &Framework,
    families: &mut HashMap<String, Option<String>>,
) -> Result<(), Message> {
    if let Some(f) = row.family.as_deref().filter(|f| !f.trim().is_empty()) {
        let id = families
            .entry(f.to_string())
            .or_insert_with(|| framework.resolve_family(f).map(|fam| fam.id.clone()))
            .clone();
        let Some(id) = id else {
            return Err(no_family(f, framework));
        };
        if let Some(c) = row.component.as_deref().filter(|c| !c.trim().is_empty()) {
            let family = framework.family(&id).expect("resolved above");
            let folded = fold(c);
            match family
                .components
                .iter()
                .find(|x| x.id == c.trim() || x.labels.all().any(|l| fold(l) == folded))
            {
                Some(x) => note.component = Some(x.id.clone()),
                None => return Err(no_component(c, &id)),
            }
        }
        note.family = Some(id);
    } else if row
        .component
        .as_deref()
        .is_some_and(|c| !c.trim().is_empty())
    {
        return Err(crate::msg!("import-component-without-family"));
    }
    Ok(())
}

/// A question by id, or by its label in any language.
fn resolve_question(session: &Session, name: &str) -> Option<String> {
    let name = name.trim();
    if let Some(q) = session.question(name) {
        return Some(q.id.clone());
    }
    let folded = fold(name);
    session
        .questions
        .iter()
        .find(|q| fold(&q.id) == folded || q.labels.all().any(|l| fold(l) == folded))
        .map(|q| q.id.clone())
}

/// The session's question ids, for a refusal that names them.
pub fn question_list(session: &Session) -> String {
    session
        .questions
        .iter()
        .map(|q| q.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
