//! What a user does to session files, for both faces: the app's keys and
//! the command line's subcommands call the same operations here (add a
//! note, check a file, a blind copy for a second coder, the file to
//! reconcile two codings in, a merge into a new file), and the session's
//! rules both faces edit by: `notes` (a note made, edited, moved,
//! deleted), `coding` (a note coded or uncoded), `details` (the session's
//! details, its questions and groups). A rule takes the session and what
//! the user asked, and gives the `Change` to make or a refusal. Each reads and
//! writes through `store` (a `SessionFile` for a session it changes) and
//! says what it did in a value, not on a terminal.

mod add;
mod check;
mod coders;
pub mod coding;
pub mod details;
mod merge;
pub mod notes;

pub use add::{NewNote, add_note};
pub use check::check_file;
pub use coders::{Reconciling, blind_copy, make_reconcile_file};
pub use merge::{MergedFile, load_all, merge_files, merge_into_new};

use crate::live::FileError;
use crate::store::LoadError;

/// Why an operation did nothing: the file that did not read or write (with
/// its cause), or why the request itself was refused.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    File(#[from] FileError),
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Reconcile(#[from] crate::reconcile::ReconcileError),
    #[error(transparent)]
    Merge(#[from] crate::merge::MergeError),
    /// An output that may not be written, or did not write.
    #[error(transparent)]
    Output(#[from] crate::output::OutputError),
    /// The request cannot be done as asked; the words say why and what to
    /// do instead.
    #[error("{0}")]
    Refused(String),
}
