//! A session on disk, and its one owner: the app and the command line both
//! read, lock, change and save sessions through a `SessionFile`. It holds
//! the session and its history (every change goes through it, so undo, the
//! autosave writer's copy and "what is saved" cannot drift apart), the lock
//! (or why it is read-only), the autosave writer thread, the outside-change
//! checks, save-as, and the rescue when work cannot be saved where it
//! belongs. Nothing here knows a terminal.
//!
//! Longer than most files: it is the one owner, and splitting what is
//! changed from what is saved would make two owners again (its tests are
//! in `session_file/tests.rs`).

use std::path::{Path, PathBuf};

use super::Follow;
use super::saver::{Refusal, Report, Saver, Stamp, save_checked, stamp};
use crate::model::{Change, History, Session, now};
use crate::store::{LoadError, Lock, LockState};

/// Why a session is read-only here, and so a change was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadOnly {
    /// Another spiral holds it (who, where known).
    #[error("{}", held(.0))]
    Held(String),
    /// No lock can be made beside it (why): nothing is written rather
    /// than risk two writers.
    #[error("{}", no_lock(.0))]
    NoLock(String),
    /// The projector view: it shows the session, live, and never writes.
    #[error("{}", crate::tr!(@ "read-only-projector"))]
    View,
}

impl ReadOnly {
    /// Why, as the end of a sentence: "this session is open in another
    /// spiral (…)", "spiral cannot make its lock file beside this session
    /// (…)" (a folder it may not write in says "Permission denied").
    pub fn why(&self, lang: crate::model::Lang) -> String {
        use crate::tr;
        match self {
            ReadOnly::Held(who) => tr!(lang, "read-only-held", who = who.as_str()),
            ReadOnly::NoLock(why) => tr!(lang, "read-only-no-lock", why = why.as_str()),
            ReadOnly::View => tr!(lang, "read-only-view"),
        }
    }

    /// Whether another spiral holds it (which may end).
    pub fn is_held(&self) -> bool {
        matches!(self, ReadOnly::Held(_))
    }
}

/// "Read-only: this session is open in another spiral (…)."
fn held(who: &str) -> String {
    let lang = crate::i18n::speaking();
    let why = crate::tr!(lang, "read-only-held", who = who);
    crate::tr!(lang, "read-only", why = why)
}

/// "Read-only: spiral cannot make its lock file beside this session, …".
fn no_lock(why: &str) -> String {
    let lang = crate::i18n::speaking();
    let why = crate::tr!(lang, "read-only-no-lock", why = why);
    crate::tr!(lang, "read-only", why = why)
}

/// Why a session file could not be opened to write, made or saved.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error(transparent)]
    Load(#[from] LoadError),
    /// Another spiral holds it, and did not let go within `LOCK_WAIT`;
    /// `then` says what to do.
    #[error("{}", crate::tr!(
        @ "store-busy-waited",
        path = path.display().to_string(),
        who = who.as_str(),
        secs = LOCK_WAIT.as_secs(),
        then = then.as_str()
    ))]
    Busy {
        path: PathBuf,
        who: String,
        then: String,
    },
    #[error("{}: {}", path.display(), crate::tr!(@ "store-cannot-lock"))]
    Lock {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}", crate::tr!(@ "store-exists", path = path.display().to_string()))]
    Exists { path: PathBuf },
    #[error("{}: {}", path.display(), crate::tr!(@ "store-cannot-write"))]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
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
    pub fn describe(&self, lang: crate::model::Lang) -> String {
        match self {
            SaveNews::Saved(path) => {
                crate::tr!(lang, "save-saved", file = path.display().to_string())
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
    #[error("{0}")]
    Held(ReadOnly),
    #[error("{}", still_no_lock(.0))]
    Lock(String),
    #[error("{}", still_unreadable(.0))]
    Load(LoadError),
}

fn still_no_lock(why: &str) -> String {
    crate::tr!(@ "store-take-over-no-lock", why = why)
}

fn still_unreadable(e: &LoadError) -> String {
    crate::tr!(@ "store-take-over-unreadable", why = crate::text::with_causes(e))
}

/// Why `W` (save to another file) did not save.
#[derive(Debug, thiserror::Error)]
pub enum SaveAsError {
    #[error("{}", crate::tr!(@ "store-save-as-no-name"))]
    NoName,
    /// What is there cannot hold a session (a folder, a FIFO…).
    #[error("{0}")]
    Refused(String),
    #[error("{}", save_as_exists(.0))]
    Exists(PathBuf),
    #[error("{}", crate::tr!(
        @ "store-save-as-busy",
        path = path.display().to_string(),
        who = who.as_str()
    ))]
    Busy { path: PathBuf, who: String },
    #[error("{}", crate::tr!(
        @ "store-save-as-no-lock",
        path = path.display().to_string(),
        why = source.to_string()
    ))]
    Lock {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", crate::tr!(
        @ "store-save-as-failed",
        path = path.display().to_string(),
        why = source.to_string()
    ))]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

fn save_as_exists(path: &Path) -> String {
    crate::tr!(@ "store-save-as-exists", path = path.display().to_string())
}

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
    /// An undo or redo did not fit what came in: the history was started
    /// again (said once).
    history_cut: bool,
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
            history_cut: false,
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
            Err(e) => (None, Some(ReadOnly::NoLock(e.to_string()))),
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

    /// Whether the spiral that held this read-only session let it go since
    /// last asked (the window offers to write it: `take_over`). Said once.
    pub fn take_lock_freed(&mut self) -> bool {
        self.watch.as_ref().is_some_and(Follow::take_freed)
    }

    /// A writable session whose file another program changed (a sync
    /// engine bringing a laptop's or the coordinator's changes): that
    /// version is merged by id into what is open, unsaved changes
    /// included, and the merge is saved when it holds anything the file
    /// does not. Looked at when the watch saw the file change, or always
    /// with `force` (Ctrl-s, a save refused). `Err` when the file's new
    /// version does not read (still arriving, or broken): nothing is
    /// taken in, nothing written over.
    pub fn take_in_outside(&mut self, force: bool) -> Result<Option<TakenIn>, String> {
        let seen = self.watch.as_ref().is_some_and(Follow::take_changed);
        if self.read_only.is_some() || !(seen || force) {
            return Ok(None);
        }
        let Some(path) = self.path.clone() else {
            return Ok(None);
        };
        // While this window's own save is under way, the file's stamp says
        // nothing yet: looked at again once it is reported (never waited
        // for on the input path). Asked for (Ctrl-s, a refused save), the
        // save is waited for.
        if !force && self.saving() {
            if let Some(watch) = &self.watch {
                watch.again();
            }
            return Ok(None);
        }
        self.settle_saves();
        let now = stamp(&path);
        if now.is_none() || now == self.disk {
            return Ok(None);
        }
        let theirs = crate::store::load_session(&path).map_err(
            |e| crate::tr!(@ "store-changed-unreadable", why = crate::text::with_causes(&e)),
        )?;
        // A conflict copy of the file beside it: the sync engine put the
        // other version in place of one made apart from it, no base then.
        let apart = !super::follow::conflict_copies(&path).is_empty();
        let base = self.saver.as_ref().filter(|_| !apart).map(Saver::base);
        let base = base.as_ref().and_then(|b| b.lock().ok());
        let (merged, intake) = crate::intake::take_in(&self.session, &theirs, base.as_deref())
            .map_err(|e| e.to_string())?;
        drop(base);
        let written = crate::intake::adds_to(&merged.session, &theirs);
        self.absorb(&merged.session);
        self.disk = now;
        // A save refused for this change is answered by the merge.
        if self
            .save_error
            .as_deref()
            .is_some_and(|e| e.contains("changed by another program"))
        {
            self.save_error = None;
        }
        if matches!(
            self.news,
            Some(SaveNews::Refused {
                refusal: Refusal::Changed,
                ..
            })
        ) {
            self.news = None;
        }
        if let Some(saver) = &mut self.saver
            && !saver.adopt(now)
        {
            self.saver = None;
        }
        if written {
            self.dirty = true;
        }
        // The file holds their version: the base until the next save.
        if let Some(saver) = &self.saver
            && let Ok(mut b) = saver.base().lock()
        {
            *b = crate::intake::Base::of(&theirs);
        }
        super::note_conflicts(&path, &path, &intake);
        Ok(Some(TakenIn { from: path, intake }))
    }

    /// The conflict copies a sync engine left of this session's file (two
    /// laptops changed it at once), merged by id into what is open; the
    /// merge is saved, and only then is the copy put away in
    /// `.spiral/merged/`. Killed in between, the copy is still beside the
    /// session and taken in at the next start. A merge that cannot be
    /// saved (the file changed meanwhile, the disk full) leaves the copy
    /// where it is, looked at again. Looked at when the watch saw one.
    pub fn take_in_copies(&mut self) -> Vec<Result<TakenIn, String>> {
        let seen = self.watch.as_ref().is_some_and(Follow::take_copies);
        let Some(path) = self.path.clone() else {
            return Vec::new();
        };
        if self.read_only.is_some() || !seen {
            return Vec::new();
        }
        let mut out = Vec::new();
        for copy in super::follow::conflict_copies(&path) {
            let theirs = match crate::store::load_session(&copy) {
                Ok(s) => s,
                Err(e) => {
                    out.push(Err(crate::tr!(
                        @ "store-copy-unreadable",
                        why = crate::text::with_causes(&e)
                    )));
                    continue;
                }
            };
            let (merged, intake) = match crate::intake::take_in(&self.session, &theirs, None) {
                Ok(m) => m,
                Err(e) => {
                    out.push(Err(format!("{}: {e}", copy.display())));
                    continue;
                }
            };
            if self.absorb(&merged.session) {
                self.dirty = true;
            }
            crate::store::faults::at(&copy, crate::store::faults::Point::CopyTakenIn);
            if self.dirty {
                let news = self.save_if_dirty();
                if self.dirty {
                    // Not on disk: the copy stays, the save's news is said.
                    if let Some(news) = news {
                        self.news = Some(news);
                    }
                    continue;
                }
            }
            crate::store::faults::at(&copy, crate::store::faults::Point::CopySaved);
            let put = match super::put_away(&copy) {
                Ok(p) => {
                    self.copies_refused = None;
                    p
                }
                Err(e) => {
                    // Merged and saved all the same; why it stays is said
                    // once.
                    let why = e.to_string();
                    if self.copies_refused.as_deref() != Some(why.as_str()) {
                        self.copies_refused = Some(why.clone());
                        out.push(Err(why));
                    }
                    continue;
                }
            };
            crate::store::faults::at(&copy, crate::store::faults::Point::CopyPutAway);
            super::note_conflicts(&path, &put, &intake);
            out.push(Ok(TakenIn { from: copy, intake }));
        }
        out
    }

    /// The history starts again: a step no longer fits what came in.
    fn cut_history(&mut self) {
        self.history = History::default();
        self.history_cut = true;
    }

    /// Whether an undo or redo was refused because what came in from
    /// outside changed what it touched (the history then started again).
    pub fn take_history_cut(&mut self) -> bool {
        std::mem::take(&mut self.history_cut)
    }

    /// Makes the open session hold what `merged` holds (by changes kept
    /// out of the undo history, sent to the writer's copy too). Whether
    /// anything changed.
    fn absorb(&mut self, merged: &Session) -> bool {
        let changes = crate::intake::changes_to(&self.session, merged);
        if changes.is_empty() {
            return false;
        }
        let batch = Change::Batch(changes);
        batch.apply(&mut self.session);
        self.mirror(batch);
        self.absorbed = true;
        true
    }

    /// A read-only window: takes in what the writing window saved since
    /// (read again when the file changed; what was shown stays when it
    /// does not read). Whether the session changed.
    pub fn follow_file(&mut self) -> bool {
        if self.read_only.is_none() || !self.watch.as_ref().is_some_and(Follow::take_changed) {
            return false;
        }
        let Some(path) = self.path.clone() else {
            return false;
        };
        let now = stamp(&path);
        if now.is_none() || now == self.disk {
            return false;
        }
        match crate::store::load_session(&path) {
            Ok(session) if session != self.session => {
                self.session = session;
                self.history = History::default();
                self.disk = now;
                true
            }
            Ok(_) => {
                self.disk = now;
                false
            }
            Err(_) => false,
        }
    }

    /// Makes a read-only session writable here once the spiral that held
    /// it let go: locked, read again from its file (what the other window
    /// saved), autosaved from now on. `Err` with why when it is still (or
    /// again) held.
    pub fn take_over(&mut self) -> Result<(), TakeOverError> {
        let Some(path) = self.path.clone() else {
            return Ok(());
        };
        if self.read_only.is_none() {
            return Ok(());
        }
        let lock = match Lock::acquire(&path) {
            Ok(LockState::Held(lock)) => lock,
            Ok(LockState::Busy(who) | LockState::Elsewhere(who)) => {
                self.read_only = Some(ReadOnly::Held(who));
                let watch = Follow::start(&path, true);
                if let Some(wake) = &self.wake {
                    watch.wake_with(wake.clone());
                }
                self.watch = Some(watch);
                return Err(TakeOverError::Held(self.read_only.clone().unwrap()));
            }
            Err(e) => return Err(TakeOverError::Lock(e.to_string())),
        };
        let session = load_stamped(&path).map_err(TakeOverError::Load)?;
        let wake = self.wake.take();
        *self = SessionFile::with(session, Some(path), Some(lock), None, true);
        if let Some(wake) = wake {
            self.wake_with(wake);
        }
        Ok(())
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

    /// Undoes the last change; returns it (`None`: nothing to undo, or it
    /// no longer fits what came in from outside: `take_history_cut`).
    pub fn undo(&mut self) -> Result<Option<Change>, ReadOnly> {
        self.writable()?;
        if self.absorbed
            && let Some(next) = self.history.next_undo()
            && !next.inverse().fits(&self.session)
        {
            self.cut_history();
            return Ok(None);
        }
        let Some(change) = self.history.undo(&mut self.session).cloned() else {
            return Ok(None);
        };
        self.dirty = true;
        self.mirror(change.inverse());
        Ok(Some(change))
    }

    /// Redoes the last change undone; returns it (`None`: nothing to redo).
    pub fn redo(&mut self) -> Option<Change> {
        if self.absorbed
            && let Some(next) = self.history.next_redo()
            && !next.fits(&self.session)
        {
            self.cut_history();
            return None;
        }
        let change = self.history.redo(&mut self.session).cloned()?;
        self.dirty = true;
        self.mirror(change.clone());
        Some(change)
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

    /// Saves now, waiting for it (a command's save): the write's error
    /// names the file.
    pub fn save(&mut self) -> Result<(), FileError> {
        let path = self.path.clone().expect("a session file has a path");
        let written =
            crate::store::save_session_stamped(&path, &self.session).map_err(|source| {
                FileError::Write {
                    path: path.clone(),
                    source,
                }
            })?;
        self.disk = Some(written);
        self.dirty = false;
        if let Some(lock) = &mut self.lock {
            lock.follow(&path);
        }
        Ok(())
    }

    /// Saves when something changed since the last save, and waits for
    /// it. A failed save keeps everything in memory, says why, and is tried
    /// again at the next change. A file another program changed or deleted
    /// is not written over until the user says so (`save_now`) or saves
    /// elsewhere (`save_as`).
    pub fn save_if_dirty(&mut self) -> Option<SaveNews> {
        if !self.dirty || self.read_only.is_some() {
            return None;
        }
        let path = self.path.clone()?;
        let overwrite = self.overwrite;
        if let Some(saver) = &mut self.saver {
            if saver.request(overwrite) {
                let reports = saver.wait();
                let alive = saver.alive();
                let news = self.take_reports(reports).1;
                if alive || !self.dirty {
                    return news;
                }
                // The writer died during the save (a bug): saved here.
            }
            self.saver = None;
        }
        self.save_here(&path)
    }

    /// Autosave, off the caller's thread: asks the writer to save the
    /// changes made since the last request, and returns at once. Without a
    /// writer the save is made here.
    pub fn autosave(&mut self) {
        if !self.dirty || self.read_only.is_some() || self.path.is_none() {
            return;
        }
        match &mut self.saver {
            Some(saver) if saver.unrequested() => {
                if !saver.request(false) {
                    self.saver = None;
                }
            }
            Some(_) => {}
            None => {
                if let Some(news) = self.save_if_dirty() {
                    self.news = Some(news);
                }
            }
        }
    }

    /// Waits for the autosave under way, if any, and takes its report (its
    /// news is kept for `saves_finished`).
    pub fn settle_saves(&mut self) {
        if let Some(saver) = &mut self.saver {
            let reports = saver.wait();
            if let Some(news) = self.take_reports(reports).1 {
                self.news = Some(news);
            }
        }
    }

    /// Whether an autosave is under way.
    pub fn saving(&self) -> bool {
        self.saver.as_ref().is_some_and(Saver::busy)
    }

    /// Tells the writer whom to wake when a save is reported (the app's
    /// event loop).
    pub fn wake_with(&mut self, wake: super::Wake) {
        if let Some(saver) = &mut self.saver {
            saver.wake_with(wake.clone());
        }
        if let Some(watch) = &self.watch {
            watch.wake_with(wake.clone());
        }
        self.wake = Some(wake);
    }

    /// Takes the reports of finished saves: whether any came, and what to
    /// say about them (a refusal, or "saved" after one).
    pub fn saves_finished(&mut self) -> (bool, Option<SaveNews>) {
        let Some(saver) = &mut self.saver else {
            return (false, self.news.take());
        };
        let reports = saver.finished();
        if !saver.alive() {
            self.saver = None;
        }
        let (any, news) = self.take_reports(reports);
        (any, news.or_else(|| self.news.take()))
    }

    fn take_reports(&mut self, reports: Vec<Report>) -> (bool, Option<SaveNews>) {
        let any = !reports.is_empty();
        let mut news = None;
        for report in reports {
            news = self.take_report(report).or(news);
        }
        (any, news)
    }

    fn take_report(&mut self, report: Report) -> Option<SaveNews> {
        // Reports come in order: the last one says whether the file holds
        // everything (a refusal after this one sets it back).
        let all = self.saver.as_ref().is_some_and(|s| s.sent() == report.upto);
        self.saved(report.path, report.outcome, all)
    }

    /// A save made on this thread: without a writer (in memory, or after
    /// the writer failed).
    fn save_here(&mut self, path: &Path) -> Option<SaveNews> {
        let mut disk = self.disk;
        let outcome = save_checked(path, &self.session, &mut disk, self.overwrite);
        self.saved(path.to_path_buf(), outcome, true)
    }

    /// What a save did (`all`: it covered every change made): a refusal,
    /// or "saved" after one.
    fn saved(
        &mut self,
        path: PathBuf,
        outcome: Result<Option<Stamp>, Refusal>,
        all: bool,
    ) -> Option<SaveNews> {
        match outcome {
            Ok(disk) => {
                if self.path.as_deref() == Some(path.as_path()) {
                    self.disk = disk;
                    if let Some(lock) = &mut self.lock {
                        lock.follow(&path);
                    }
                }
                self.dirty = !all;
                self.overwrite = false;
                let was_failing = self.save_error.take().is_some();
                was_failing.then_some(SaveNews::Saved(path))
            }
            Err(refusal) => {
                self.dirty = true;
                self.save_error = Some(refusal_reason(&path, &refusal));
                Some(SaveNews::Refused { path, refusal })
            }
        }
    }

    /// Whether another program deleted or changed the session file since
    /// spiral last read or wrote it.
    pub fn outside_change(&self) -> Option<OutsideChange> {
        let path = self.path.as_ref()?;
        let was = self.disk.as_ref()?;
        match stamp(path) {
            None => Some(OutsideChange::Deleted),
            Some(is) if is != *was => Some(OutsideChange::Changed),
            Some(_) => None,
        }
    }

    /// A session whose file another program deleted holds work found
    /// nowhere else: it counts as unsaved (so quitting rescues it).
    pub fn mark_deleted_as_unsaved(&mut self) {
        if self.read_only.is_none() && self.outside_change() == Some(OutsideChange::Deleted) {
            self.dirty = true;
        }
    }

    /// Saves now, writing over a change another program made (the user
    /// asked for it).
    pub fn save_now(&mut self) -> Option<SaveNews> {
        self.overwrite = true;
        let news = self.save_if_dirty();
        self.overwrite = false;
        news
    }

    /// The session written to a new file, which it then lives in (locked,
    /// autosaved). Never over a file that is there.
    pub fn save_as(&mut self, target: &str) -> Result<PathBuf, SaveAsError> {
        let named = PathBuf::from(target.trim());
        if named.as_os_str().is_empty() {
            return Err(SaveAsError::NoName);
        }
        // The rule of every output: a link is followed (the session lives
        // where it leads), what cannot hold a session is refused.
        use crate::output::{OutputError, Target, Writing};
        let target = match crate::output::target(&named, &[], Writing::Home) {
            Ok(Target::File { path, .. }) => path,
            Ok(_) => return Err(SaveAsError::Exists(named)),
            Err(OutputError::Refused(why)) => return Err(SaveAsError::Refused(why)),
            Err(OutputError::Write { path, source }) => {
                return Err(SaveAsError::Write { path, source });
            }
        };
        if target.exists() {
            return Err(SaveAsError::Exists(named));
        }
        let lock = match Lock::acquire(&target) {
            Ok(LockState::Held(lock)) => lock,
            Ok(LockState::Busy(who) | LockState::Elsewhere(who)) => {
                return Err(SaveAsError::Busy { path: target, who });
            }
            Err(source) => {
                return Err(SaveAsError::Lock {
                    path: target,
                    source,
                });
            }
        };
        // The writer finishes what it was doing before the session moves.
        if let Some(saver) = &mut self.saver {
            let reports = saver.wait();
            self.take_reports(reports);
        }
        if let Err(source) = crate::store::save_new_session(&target, &self.session) {
            return Err(SaveAsError::Write {
                path: target,
                source,
            });
        }
        self.lock = Some(lock);
        if let Some(lock) = &mut self.lock {
            lock.follow(&target);
        }
        self.disk = stamp(&target);
        if let Some(saver) = &mut self.saver
            && !saver.moved(target.clone(), self.disk)
        {
            self.saver = None;
        }
        self.path = Some(target.clone());
        self.dirty = false;
        self.overwrite = false;
        self.save_error = None;
        // The new file is the one watched from now on.
        let watch = Follow::start(&target, false);
        if let Some(wake) = &self.wake {
            watch.wake_with(wake.clone());
        }
        self.watch = Some(watch);
        Ok(target)
    }

    /// Where save-as proposes to save: beside the session, `-copy` added
    /// (in the data folder when the session's folder is gone).
    pub fn save_as_default(&self) -> String {
        let Some(path) = &self.path else {
            return "session-copy.ron".into();
        };
        let beside = path
            .parent()
            .is_some_and(|d| d.as_os_str().is_empty() || d.is_dir());
        let path = if beside {
            path.clone()
        } else {
            crate::store::data_dir().join(path.file_name().unwrap_or_default())
        };
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "session".into());
        let mut n = 1;
        loop {
            let name = if n == 1 {
                format!("{stem}-copy.ron")
            } else {
                format!("{stem}-copy-{n}.ron")
            };
            let candidate = path.with_file_name(name);
            if !candidate.exists() {
                return candidate.display().to_string();
            }
            n += 1;
        }
    }

    /// When the app ends with work it could not save where it belongs: a
    /// copy beside it (or in the data folder, or the temporary folder), so
    /// nothing is lost.
    pub fn rescue(&self) -> Option<PathBuf> {
        if !self.dirty || self.read_only.is_some() {
            return None;
        }
        let stem = self
            .path
            .as_ref()
            .and_then(|p| p.file_stem())
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "session".into());
        let time = now().strftime("%Y%m%d-%H%M%S").to_string();
        let name = format!("{stem}.rescued-{time}.ron");
        let beside = self
            .path
            .as_ref()
            .map(|p| p.with_file_name(&name))
            .into_iter();
        let folder = std::iter::once(crate::store::data_dir().join(&name));
        let temp = std::iter::once(std::env::temp_dir().join(&name));
        beside.chain(folder).chain(temp).find(|candidate| {
            candidate
                .parent()
                .is_none_or(|d| std::fs::create_dir_all(d).is_ok())
                && crate::store::save_new_session(candidate, &self.session).is_ok()
        })
    }

    /// Debug builds (so every test that quits the app): the file the
    /// writer's copy produced is the open session, byte for byte. The copy
    /// follows the session by replaying its changes; this catches a change
    /// that bypassed them.
    #[cfg(debug_assertions)]
    pub fn check_writer_copy(&self) {
        if let (false, Some(_), Some(path)) = (self.dirty, &self.saver, &self.path)
            && self.disk.is_some()
            && stamp(path) == self.disk
            && let Ok(on_disk) = std::fs::read_to_string(path)
        {
            assert!(
                on_disk == crate::store::session_to_ron(&self.session),
                "the autosave writer's copy of {} differs from the open session",
                path.display()
            );
        }
    }
}

/// The session's lock, for a command that writes it: waited for while
/// another command holds it (up to `LOCK_WAIT`), then refused, saying what
/// to do (`then`), as while the session is open in the app.
pub fn lock_to_write(file: &Path, then: &str) -> Result<Lock, FileError> {
    let start = std::time::Instant::now();
    loop {
        match Lock::acquire(file) {
            Ok(LockState::Held(lock)) => return Ok(lock),
            // Another command's save holds it for an instant; a window,
            // for as long as it is open: wait a little, then say so.
            Ok(LockState::Busy(_) | LockState::Elsewhere(_)) if start.elapsed() < LOCK_WAIT => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Ok(LockState::Busy(who) | LockState::Elsewhere(who)) => {
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
        path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
    } else {
        path.to_path_buf()
    }
}

/// What the status line says when a save did not write.
/// Why a save did not write, in `lang` (the status line).
fn refusal_words(path: &Path, refusal: &Refusal, lang: crate::model::Lang) -> String {
    let file = path.display().to_string();
    match refusal {
        Refusal::Deleted => crate::tr!(lang, "save-deleted", file = file),
        Refusal::Changed => crate::tr!(lang, "save-changed", file = file),
        Refusal::Failed(e) => crate::tr!(lang, "save-failed", file = file, why = e.to_string()),
    }
}

/// Why a save did not write, kept with the file (`save_error`): in
/// English, as the core's other errors.
fn refusal_reason(path: &Path, refusal: &Refusal) -> String {
    refusal_words(path, refusal, crate::model::Lang::En)
}

#[cfg(test)]
mod tests;
