//! Sessions on disk, whatever holds them open: the versioned RON format,
//! atomic writes with a backup, a file's stamp, the lock that keeps a
//! second window read-only, where sessions live, what a file in a synced
//! folder is, where one was in a session. Below `live`, which owns an
//! open session (its autosave, its watch, what it takes in from outside).

mod atomic;
pub mod faults;
mod format;
mod lock;
mod names;
mod note_text;
mod place;
pub mod position;
mod stamp;
mod stignore;
mod write;

pub use atomic::{
    ChangedMeanwhile, backup_path, remove_stale_temps, write_atomically,
    write_atomically_unless_changed, write_new, write_replacing,
};
pub use format::{LoadError, load_session, parse_session, peek_language, read_source};
pub use lock::{Holder, Lock, LockState, machine_of, this_machine};
pub use names::{Engine, Kind, kind, put_away_path, skipped_folder};
pub use place::{SessionEntry, Summary, canonical, data_dir, list_sessions, unused_path};
pub use stamp::{Stamp, stamp};
pub use stignore::{
    STIGNORE, read as read_stignore, share_command, stignore_lacks, unshared_syncthing_folder,
};
pub use write::{
    save_new_session, save_session, save_session_stamped, save_session_unless_changed,
    session_to_ron, session_to_ron_whole,
};
