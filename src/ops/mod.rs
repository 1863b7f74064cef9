//! What a user does to session files, for both faces: the app's keys and
//! the command line's subcommands call the same operations here (add a
//! note, check a file, a blind copy for a second coder, the file to
//! reconcile two codings in, a merge into a new file, an export beside the
//! session: `export`), and the session's
//! rules both faces edit by: `notes` (a note made, edited, moved,
//! deleted), `actions` (co-responsibility actions: added, edited, linked,
//! reported on, removed), `coder` (who writes a note), `coding` (a note coded or uncoded), `suggested` (the family suggested for the note shown), `details` (the session's
//! details, its questions and groups). A rule takes the session and what
//! the user asked, and gives the `Change` to make or a refusal. Each reads and
//! writes through `store` (a `SessionFile` for a session it changes) and
//! says what it did in a value, not on a terminal.

pub mod actions;
mod add;
mod check;
pub mod coder;
mod coders;
pub mod coding;
pub mod details;
pub mod export;
mod merge;
pub mod notes;
pub mod suggested;

pub use add::{NewNote, add_note};
pub use check::check_file;
pub use coders::{Reconciling, blind_copy, make_reconcile_file};
pub use merge::{MergedFile, load_all, merge_files, merge_into_new};

use crate::i18n::{Describe, Message};
use crate::live::{FileError, ReadOnly};
use crate::model::Lang;
use crate::store::LoadError;

/// Why an operation did nothing: the file that did not read or write (with
/// its cause), or why the request itself was refused. Said in the face's
/// language with `describe`; a cause is its inner error's, as if that
/// error were given alone.
#[derive(Debug)]
pub enum Error {
    File(FileError),
    Load(LoadError),
    /// The session may not be changed here (another spiral holds it).
    ReadOnly(ReadOnly),
    Reconcile(crate::reconcile::ReconcileError),
    Merge(crate::merge::MergeError),
    /// An output that may not be written, or did not write.
    Output(crate::output::OutputError),
    /// The request cannot be done as asked; the message says why and what
    /// to do instead.
    Refused(Message),
}

macro_rules! from_inner {
    ($($variant:ident($t:ty)),+ $(,)?) => {$(
        impl From<$t> for Error {
            fn from(e: $t) -> Error {
                Error::$variant(e)
            }
        }
    )+};
}

from_inner!(
    File(FileError),
    Load(LoadError),
    ReadOnly(ReadOnly),
    Reconcile(crate::reconcile::ReconcileError),
    Merge(crate::merge::MergeError),
    Output(crate::output::OutputError),
);

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::File(e) => e.source(),
            Error::Load(e) => e.source(),
            Error::ReadOnly(e) => e.source(),
            Error::Reconcile(e) => e.source(),
            Error::Merge(e) => e.source(),
            Error::Output(e) => e.source(),
            Error::Refused(_) => None,
        }
    }
}

impl Describe for Error {
    fn describe(&self, lang: Lang) -> String {
        match self {
            Error::File(e) => e.describe(lang),
            Error::Load(e) => e.describe(lang),
            Error::ReadOnly(e) => e.describe(lang),
            Error::Reconcile(e) => e.describe(lang),
            Error::Merge(e) => e.describe(lang),
            Error::Output(e) => e.describe(lang),
            Error::Refused(why) => why.say(lang),
        }
    }
}

crate::display_by_describe!(Error);
