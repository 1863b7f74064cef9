//! What several commands share: the language of a report read from
//! sessions, and where a command says what it did when its output went to
//! standard output. (Each command's own arguments and formats are in its
//! file: `--lang` is in many, each with its own help.)

use std::io::Write;

use crate::model::{Lang, Session};
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
