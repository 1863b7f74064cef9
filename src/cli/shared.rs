//! What several commands share: the language of a report read from
//! sessions, a question as a reader names it, and where a command says what it did when its output went to
//! standard output. (Each command's own arguments and formats are in its
//! file: `--lang` is in many, each with its own help.)

use std::io::Write;

use crate::model::{Lang, Questions, Session};
use crate::output::Target;

/// The language of a report: the one asked for, else the first session's.
pub(super) fn language(lang: Option<Lang>, sessions: &[(String, Session)]) -> Lang {
    lang.or_else(|| sessions.first().map(|(_, s)| s.language))
        .unwrap_or_default()
}

/// Says what a command did: on `out`, or on standard error when its
/// output went to standard output (where only the output belongs).
pub(super) fn aside(out: &mut dyn Write, target: &Target, said: &str) -> anyhow::Result<()> {
    if *target == Target::Stdout {
        eprintln!("{}", crate::text::printable(said));
    } else {
        writeln!(out, "{said}")?;
    }
    Ok(())
}

/// A question as a reader names it, in `lang`: "all questions", one of the
/// method's three by its label, another by its id (the counts read from
/// files keep no question's own words).
pub(super) fn question_words(question: &Questions, lang: Lang) -> String {
    match question.id() {
        None => crate::tr!(lang, "compare-all-questions"),
        Some(id) => question_name(id, lang),
    }
}

/// One question by its id, as a reader names it in `lang`: one of the
/// method's three by its label, another by its id.
pub(super) fn question_name(id: &str, lang: Lang) -> String {
    crate::model::Question::defaults()
        .into_iter()
        .find(|q| q.id == id)
        .map_or_else(|| id.to_string(), |q| q.labels.get(lang).to_string())
}
