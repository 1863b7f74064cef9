//! An open session: the one owner of its file (`SessionFile`: its history,
//! its lock or why it is read-only, what is saved), the autosave writer on
//! its own thread (`saver`), the watch of its file and its lock (`follow`),
//! and what it takes in from outside: the file changed on disk, a sync
//! engine's conflict copy (`copies`, also used by the territory view), told
//! as data (`CameIn`); and, for the projector view, where the facilitator
//! is in it (`whereabouts`). Above `store` (the plain files), `intake` and
//! `merge` (how versions are merged), and `output` (where a save-as may
//! go).

mod copies;
mod follow;
mod saver;
mod session_file;
mod whereabouts;

pub use copies::{CopyError, CopyMerged, merge_copy_file, note_conflicts, put_away, spiral_folder};
pub use follow::{Follow, conflict_copies};
pub use saver::{Refusal, Wake};
pub use session_file::{
    CameIn, FileError, NoStep, OutsideChange, OutsideError, ReadOnly, SaveAsError, SaveNews,
    SavedNow, SessionFile, TakeOverError, TakenIn, lock_to_write,
};
pub use whereabouts::Whereabouts;
