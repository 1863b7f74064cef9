//! Sessions on disk: the versioned RON format, atomic writes with a backup,
//! the lock that keeps a second window read-only, where sessions live, and
//! the one owner of an open session file (`SessionFile`).

mod atomic;
mod copies;
pub mod faults;
mod follow;
mod format;
mod lock;
mod names;
mod note_text;
mod place;
pub mod position;
mod saver;
mod session_file;
mod stignore;
mod write;

pub use atomic::{
    ChangedMeanwhile, backup_path, write_atomically, write_atomically_unless_changed, write_new,
    write_replacing,
};
pub use copies::{CopyError, CopyMerged, merge_copy_file, note_conflicts, put_away};
pub use follow::Follow;
pub use format::{LoadError, load_session, parse_session, peek_language, read_source};
pub use lock::{Lock, LockState, machine_of, this_machine};
pub use names::{Engine, Kind, kind, put_away_path, skipped_folder};
pub use place::{SessionEntry, Summary, data_dir, list_sessions, unused_path};
pub use saver::{Refusal, Stamp, Wake, stamp};
pub use session_file::{
    FileError, OutsideChange, ReadOnly, SaveAsError, SaveNews, SessionFile, TakeOverError, TakenIn,
    lock_to_write,
};
pub use stignore::{
    STIGNORE, read as read_stignore, share_command, stignore_lacks, unshared_syncthing_folder,
};
pub use write::{save_new_session, save_session, session_to_ron};
