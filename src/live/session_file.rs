//! A session on disk, and its one owner: the app and the command line both
//! read, lock, change and save sessions through a `SessionFile`. It holds
//! the session and its history (every change goes through it, so undo, the
//! autosave writer's copy and "what is saved" cannot drift apart), the lock
//! (or why it is read-only), the autosave writer thread, the outside-change
//! checks, save-as, and the rescue when work cannot be saved where it
//! belongs. Nothing here knows a terminal.
//!
//! One owner, three files: here what it holds and how it changes;
//! `saving.rs`, how it is saved (by a command, by the autosave writer,
//! save-as, the rescue); `outside.rs`, what it takes in from outside (the
//! file changed on disk, conflict copies, a read-only window following,
//! a session taken over). Its tests are in `session_file/tests.rs`.

use std::path::{Path, PathBuf};

use super::Follow;
use super::saver::{Refusal, Report, Saver, Stamp, save_checked, stamp};
use crate::i18n::{Describe, Message, describe_io};
use crate::model::{Change, History, Lang, Session, now};
use crate::store::{Holder, LoadError, Lock, LockState};
use crate::tr;

/// Why a session is read-only here, and so a change was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadOnly {
    /// Another spiral holds it (who, where known).
    Held(Holder),
    /// No lock can be made beside it (why, said in the face's language):
    /// nothing is written rather than risk two writers.
    NoLock(Message),
    /// The projector view: it shows the session, live, and never writes.
    View,
}

impl ReadOnly {
    /// Why, as the end of a sentence: "this session is open in another
    /// spiral (…)", "spiral cannot make its lock file beside this session
    /// (…)" (a folder it may not write in says "Permission denied").
    pub fn why(&self, lang: Lang) -> String {
        match self {
            ReadOnly::Held(who) => tr!(lang, "read-only-held", who = who.describe(lang)),
            ReadOnly::NoLock(why) => tr!(lang, "read-only-no-lock", why = why.say(lang)),
            ReadOnly::View => tr!(lang, "read-only-view"),
        }
    }

    /// Whether another spiral holds it (which may end).
    pub fn is_held(&self) -> bool {
        matches!(self, ReadOnly::Held(_))
    }
}

/// Why an undo or a redo made no step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoStep {
    /// The session is read-only here.
    ReadOnly(ReadOnly),
    /// Nothing is left to undo, or to redo.
    Nothing,
    /// The step no longer fits what came in from outside: the history
    /// started again.
    Cut,
}

/// "Read-only: this session is open in another spiral (…)."
impl Describe for ReadOnly {
    fn describe(&self, lang: Lang) -> String {
        match self {
            ReadOnly::View => tr!(lang, "read-only-projector"),
            _ => tr!(lang, "read-only", why = self.why(lang)),
        }
    }
}

/// Why a session file could not be opened to write, made or saved.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    Load(#[from] LoadError),
    /// Another spiral holds it, and did not let go within `LOCK_WAIT`;
    /// `then` says what to do.
    Busy {
        path: PathBuf,
        who: Holder,
        then: String,
    },
    Lock {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    Exists {
        path: PathBuf,
    },
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl Describe for FileError {
    fn describe(&self, lang: Lang) -> String {
        match self {
            FileError::Load(e) => e.describe(lang),
            FileError::Busy { path, who, then } => tr!(
                lang,
                "store-busy-waited",
                path = path.display().to_string(),
                who = who.describe(lang),
                secs = LOCK_WAIT.as_secs(),
                then = then.as_str()
            ),
            FileError::Lock { path, .. } => {
                format!("{}: {}", path.display(), tr!(lang, "store-cannot-lock"))
            }
            FileError::Exists { path } => {
                tr!(lang, "store-exists", path = path.display().to_string())
            }
            FileError::Write { path, .. } => {
                format!("{}: {}", path.display(), tr!(lang, "store-cannot-write"))
            }
        }
    }
}

/// What a save that the app did not wait for has to tell the user.
#[derive(Debug)]
pub enum SaveNews {
    /// It wrote, after saves had failed.
    Saved(PathBuf),
    /// It did not write, and why.
    Refused { path: PathBuf, refusal: Refusal },
}

impl SaveNews {
    /// In words, for the status line.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            SaveNews::Saved(path) => {
                tr!(lang, "save-saved", file = path.display().to_string())
            }
            SaveNews::Refused { path, refusal } => refusal_words(path, refusal, lang),
        }
    }

    pub fn is_refusal(&self) -> bool {
        matches!(self, SaveNews::Refused { .. })
    }
}

/// Why a read-only window could not take the session over.
#[derive(Debug, thiserror::Error)]
pub enum TakeOverError {
    /// Held again (or still).
    Held(ReadOnly),
    /// No lock can be made (why, said in the face's language).
    Lock(Message),
    Load(LoadError),
}

impl Describe for TakeOverError {
    fn describe(&self, lang: Lang) -> String {
        match self {
            TakeOverError::Held(why) => why.describe(lang),
            TakeOverError::Lock(why) => {
                tr!(lang, "store-take-over-no-lock", why = why.say(lang))
            }
            TakeOverError::Load(e) => {
                tr!(lang, "store-take-over-unreadable", why = e.describe(lang))
            }
        }
    }
}

/// Why `W` (save to another file) did not save.
#[derive(Debug, thiserror::Error)]
pub enum SaveAsError {
    NoName,
    /// What is there cannot hold a session (a folder, a FIFO…).
    Refused(Message),
    Exists(PathBuf),
    Busy {
        path: PathBuf,
        who: Holder,
    },
    Lock {
        path: PathBuf,
        source: std::io::Error,
    },
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl Describe for SaveAsError {
    fn describe(&self, lang: Lang) -> String {
        let at = |path: &Path| path.display().to_string();
        match self {
            SaveAsError::NoName => tr!(lang, "store-save-as-no-name"),
            SaveAsError::Refused(why) => why.say(lang),
            SaveAsError::Exists(path) => tr!(lang, "store-save-as-exists", path = at(path)),
            SaveAsError::Busy { path, who } => tr!(
                lang,
                "store-save-as-busy",
                path = at(path),
                who = who.describe(lang)
            ),
            SaveAsError::Lock { path, source } => tr!(
                lang,
                "store-save-as-no-lock",
                path = at(path),
                why = describe_io(source, lang)
            ),
            SaveAsError::Write { path, source } => tr!(
                lang,
                "store-save-as-failed",
                path = at(path),
                why = describe_io(source, lang)
            ),
        }
    }
}

crate::display_by_describe!(ReadOnly, FileError, TakeOverError, SaveAsError);

/// What an open session took in from another version of its file.
#[derive(Debug, Clone)]
pub struct TakenIn {
    /// The file, or the conflict copy, taken in.
    pub from: PathBuf,
    pub intake: crate::intake::Intake,
}

/// Whether another program changed the file since spiral last read or
/// wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutsideChange {
    Deleted,
    Changed,
}

pub struct SessionFile {
    /// The autosave writer (a thread with its own copy of the session),
    /// for a writable session with a file; `None` in memory, read-only, for
    /// the command line, or when the writer is gone, and then saves are
    /// made on the caller's thread. Declared first, so it is dropped
    /// first: its last save ends before the lock is let go.
    saver: Option<Saver>,
    session: Session,
    history: History,
    /// Where saves go; `None` for a session only in memory (tests).
    path: Option<PathBuf>,
    lock: Option<Lock>,
    /// Why the session is read-only (another spiral holds it), if it is.
    read_only: Option<ReadOnly>,
    /// While read-only: the file (what the writing window saves) and the
    /// lock (whether it is let go).
    watch: Option<Follow>,
    /// Changes were made that no save has reported written.
    dirty: bool,
    /// Why the last save did not write, while it has not.
    save_error: Option<String>,
    /// What a save made on the caller's thread by `autosave` said.
    news: Option<SaveNews>,
    /// The file as spiral last read or wrote it (size, time): a file that
    /// differs was changed by another program.
    disk: Option<Stamp>,
    /// The user said (Ctrl-s) to write over a change spiral did not make.
    overwrite: bool,
    /// Whom the writer wakes when a save is reported.
    wake: Option<super::Wake>,
    /// Another version was taken in since the history began (changes kept
    /// out of it): each undo and redo is checked to fit first.
    absorbed: bool,
    /// Why the conflict copies could not be put away, as last said (said
    /// once, not at every look).
    copies_refused: Option<String>,
}

impl SessionFile {
    /// A session saved nowhere (tests and benchmarks).
    pub fn in_memory(session: Session) -> SessionFile {
        SessionFile::with((session, None), None, None, None, false)
    }

    /// `disk`: the file's stamp taken before it was read (a version put in
    /// place meanwhile is then seen as a change, and taken in).
    fn with(
        (session, disk): (Session, Option<Stamp>),
        path: Option<PathBuf>,
        lock: Option<Lock>,
        read_only: Option<ReadOnly>,
        autosave: bool,
    ) -> SessionFile {
        // A read-only window follows the file; a writable one watches it
        // too, to take in what another program (a sync engine) writes.
        let watch = match (&path, &read_only) {
            (Some(path), Some(why)) if autosave => Some(Follow::start(path, why.is_held())),
            (Some(path), None) if autosave => Some(Follow::start(path, false)),
            _ => None,
        };
        let saver = match (&path, &read_only, autosave) {
            (Some(path), None, true) => Saver::start(session.clone(), path.clone(), disk).ok(),
            _ => None,
        };
        SessionFile {
            saver,
            session,
            history: History::default(),
            path,
            lock,
            read_only,
            watch,
            dirty: false,
            save_error: None,
            news: None,
            disk,
            overwrite: false,
            wake: None,
            absorbed: false,
            copies_refused: None,
        }
    }

    /// Opens a session for the app: locked (or read-only when another
    /// spiral holds it, or when no lock can be made), loaded, autosaved by
    /// a writer thread. Through a symbolic link the session is the file it
    /// points to: its lock, and its saves (a rename would replace the link).
    pub fn open(path: &Path) -> Result<SessionFile, LoadError> {
        let path = resolve(path);
        let (lock, read_only) = match Lock::acquire(&path) {
            Ok(LockState::Held(lock)) => (Some(lock), None),
            Ok(LockState::Busy(who)) => (None, Some(ReadOnly::Held(who))),
            // Held on another machine: not this one's business; written
            // here too, what the other saves taken in (merged).
            Ok(LockState::Elsewhere(_)) => (None, None),
            // No lock can be made (a read-only folder): read-only rather
            // than risk two writers.
            Err(e) => (None, Some(ReadOnly::NoLock(Message::from_io(&e)))),
        };
        let session = load_stamped(&path)?;
        Ok(SessionFile::with(
            session,
            Some(path),
            lock,
            read_only,
            true,
        ))
    }

    /// Opens a session for the projector view: never locked (the writing
    /// window keeps it), never written, following the file.
    pub fn open_view(path: &Path) -> Result<SessionFile, LoadError> {
        let path = resolve(path);
        let session = load_stamped(&path)?;
        Ok(SessionFile::with(
            session,
            Some(path),
            None,
            Some(ReadOnly::View),
            true,
        ))
    }

    /// Opens a session for a command that changes it and saves: locked, or
    /// refused (saying what to do, `then`) while another spiral holds it.
    pub fn open_to_write(path: &Path, then: &str) -> Result<SessionFile, FileError> {
        let lock = lock_to_write(path, then)?;
        let session = load_stamped(path)?;
        Ok(SessionFile::with(
            session,
            Some(path.to_path_buf()),
            Some(lock),
            None,
            false,
        ))
    }

    /// Writes a new session file, never over one that is there (made, not
    /// held: open it to work in it).
    pub fn create(path: &Path, session: &Session) -> Result<(), FileError> {
        match crate::store::save_new_session(path, session) {
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(FileError::Exists {
                path: path.to_path_buf(),
            }),
            Err(source) => Err(FileError::Write {
                path: path.to_path_buf(),
                source,
            }),
            Ok(()) => Ok(()),
        }
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Why the session is read-only here, when it is.
    pub fn read_only(&self) -> Option<&ReadOnly> {
        self.read_only.as_ref()
    }

    /// Refused with why, when read-only.
    pub fn writable(&self) -> Result<(), ReadOnly> {
        match &self.read_only {
            Some(why) => Err(why.clone()),
            None => Ok(()),
        }
    }

    /// Changes were made that no save has written yet.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Why the last save did not write, while it has not.
    pub fn save_error(&self) -> Option<&str> {
        self.save_error.as_deref()
    }

    /// Makes a change: refused when read-only; else applied, recorded for
    /// undo, sent to the writer's copy and marked unsaved.
    pub fn change(&mut self, change: Change) -> Result<(), ReadOnly> {
        self.writable()?;
        let copy = self.saver.is_some().then(|| change.clone());
        self.history.apply(&mut self.session, change);
        self.dirty = true;
        if let Some(copy) = copy {
            self.mirror(copy);
        }
        Ok(())
    }

    /// Undoes the last change; returns it, or why there was none to undo
    /// (read-only, nothing left, or it no longer fits what came in from
    /// outside).
    pub fn undo(&mut self) -> Result<Change, NoStep> {
        self.writable().map_err(NoStep::ReadOnly)?;
        if self.absorbed
            && let Some(next) = self.history.next_undo()
            && !next.inverse().fits(&self.session)
        {
            self.cut_history();
            return Err(NoStep::Cut);
        }
        let Some(change) = self.history.undo(&mut self.session).cloned() else {
            return Err(NoStep::Nothing);
        };
        self.dirty = true;
        self.mirror(change.inverse());
        Ok(change)
    }

    /// Redoes the last change undone; returns it, or why there was none to
    /// redo (nothing left, or it no longer fits what came in).
    pub fn redo(&mut self) -> Result<Change, NoStep> {
        if self.absorbed
            && let Some(next) = self.history.next_redo()
            && !next.fits(&self.session)
        {
            self.cut_history();
            return Err(NoStep::Cut);
        }
        let change = (self.history.redo(&mut self.session).cloned()).ok_or(NoStep::Nothing)?;
        self.dirty = true;
        self.mirror(change.clone());
        Ok(change)
    }

    /// Changes the session directly, outside the history (a command's
    /// import): nothing to undo afterwards, and the writer, if any, starts
    /// again from the result.
    pub fn edit<R>(&mut self, edit: impl FnOnce(&mut Session) -> R) -> Result<R, ReadOnly> {
        self.writable()?;
        let out = edit(&mut self.session);
        self.history = History::default();
        self.dirty = true;
        if let Some(mut saver) = self.saver.take() {
            let reports = saver.wait();
            self.take_reports(reports);
            let path = self.path.clone().expect("a writer has a file");
            self.saver = Saver::start(self.session.clone(), path, self.disk).ok();
            if let (Some(saver), Some(wake)) = (&mut self.saver, &self.wake) {
                saver.wake_with(wake.clone());
            }
        }
        Ok(out)
    }

    /// Keeps the autosave writer's copy in step with a change just applied.
    fn mirror(&mut self, change: Change) {
        if let Some(saver) = &mut self.saver
            && !saver.apply(change)
        {
            // The writer is gone (a bug): saves are made here from now on,
            // from the open session, which is whole.
            self.saver = None;
        }
    }
}

/// The session's lock, for a command that writes it: waited for while
/// another command holds it (up to `LOCK_WAIT`), then refused, saying what
/// to do (`then`), as while the session is open in the app.
pub fn lock_to_write(file: &Path, then: &str) -> Result<Lock, FileError> {
    let start = std::time::Instant::now();
    loop {
        match Lock::acquire(file).map(LockState::held) {
            Ok(Ok(lock)) => return Ok(lock),
            // Another command's save holds it for an instant; a window,
            // for as long as it is open: wait a little, then say so.
            Ok(Err(_)) if start.elapsed() < LOCK_WAIT => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Ok(Err(who)) => {
                return Err(FileError::Busy {
                    path: file.to_path_buf(),
                    who,
                    then: then.to_string(),
                });
            }
            Err(source) => {
                return Err(FileError::Lock {
                    path: file.to_path_buf(),
                    source,
                });
            }
        }
    }
}

/// How long a command that writes a session waits for the spiral that
/// holds it to let go.
pub const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// Through a symbolic link, the file it points to.
/// The session in a file, and the file's stamp taken before it was read:
/// never the stamp of a version that came after the one read.
fn load_stamped(path: &Path) -> Result<(Session, Option<Stamp>), LoadError> {
    let disk = stamp(path);
    Ok((crate::store::load_session(path)?, disk))
}

pub(super) fn resolve(path: &Path) -> PathBuf {
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        crate::store::canonical(path).unwrap_or_else(|_| path.to_path_buf())
    } else {
        path.to_path_buf()
    }
}

mod came_in;
pub use came_in::{CameIn, SavedNow};
mod outside;
pub use outside::OutsideError;
mod saving;

use saving::refusal_words;

#[cfg(test)]
mod tests;
