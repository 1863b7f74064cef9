//! What an open session takes in from outside: the file another program
//! changed (merged by id), a sync engine's conflict copies (merged, saved,
//! then put away), what a read-only window follows, and a session taken
//! over once the spiral that held it let go.

use super::*;
use crate::live::CopyError;
use crate::merge::MergeError;

/// Why another version of the file was not taken in.
#[derive(Debug, thiserror::Error)]
pub enum OutsideError {
    /// The file's new version does not read (still arriving, or broken).
    Changed(#[source] LoadError),
    /// A conflict copy does not read.
    Copy(#[source] LoadError),
    /// It did not merge with what is open (a conflict copy, named).
    Merge {
        copy: Option<PathBuf>,
        #[source]
        source: MergeError,
    },
    /// Merged and saved, the copy could not be put away.
    PutAway(#[source] CopyError),
}

impl Describe for OutsideError {
    fn describe(&self, lang: Lang) -> String {
        match self {
            OutsideError::Changed(e) => {
                tr!(lang, "store-changed-unreadable", why = e.describe(lang))
            }
            OutsideError::Copy(e) => tr!(lang, "store-copy-unreadable", why = e.describe(lang)),
            OutsideError::Merge { copy: None, source } => source.describe(lang),
            OutsideError::Merge {
                copy: Some(copy),
                source,
            } => format!("{}: {}", copy.display(), source.describe(lang)),
            OutsideError::PutAway(e) => e.describe(lang),
        }
    }
}

crate::display_by_describe!(OutsideError);

impl SessionFile {
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
    /// taken in, nothing written over. What came in is said in `lang`.
    pub fn take_in_outside(
        &mut self,
        force: bool,
        lang: Lang,
    ) -> Result<Option<TakenIn>, OutsideError> {
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
        let theirs = crate::store::load_session(&path).map_err(OutsideError::Changed)?;
        // A conflict copy of the file beside it: the sync engine put the
        // other version in place of one made apart from it, no base then.
        let apart = !crate::live::follow::conflict_copies(&path).is_empty();
        let base = self.saver.as_ref().filter(|_| !apart).map(Saver::base);
        let base = base.as_ref().and_then(|b| b.lock().ok());
        let (merged, intake) =
            crate::intake::take_in(&self.session, &theirs, base.as_deref(), lang)
                .map_err(|source| OutsideError::Merge { copy: None, source })?;
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
        crate::live::note_conflicts(&path, &path, &intake);
        Ok(Some(TakenIn { from: path, intake }))
    }

    /// The conflict copies a sync engine left of this session's file (two
    /// laptops changed it at once), merged by id into what is open; the
    /// merge is saved, and only then is the copy put away in
    /// `.spiral/merged/`. Killed in between, the copy is still beside the
    /// session and taken in at the next start. A merge that cannot be
    /// saved (the file changed meanwhile, the disk full) leaves the copy
    /// where it is, looked at again. Looked at when the watch saw one.
    /// What came in is said in `lang`.
    pub fn take_in_copies(&mut self, lang: Lang) -> Vec<Result<TakenIn, OutsideError>> {
        let seen = self.watch.as_ref().is_some_and(Follow::take_copies);
        let Some(path) = self.path.clone() else {
            return Vec::new();
        };
        if self.read_only.is_some() || !seen {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut taken = Vec::new();
        for copy in crate::live::follow::conflict_copies(&path) {
            let theirs = match crate::store::load_session(&copy) {
                Ok(s) => s,
                Err(e) => {
                    out.push(Err(OutsideError::Copy(e)));
                    continue;
                }
            };
            let (merged, intake) = match crate::intake::take_in(&self.session, &theirs, None, lang)
            {
                Ok(m) => m,
                Err(e) => {
                    out.push(Err(OutsideError::Merge {
                        copy: Some(copy),
                        source: e,
                    }));
                    continue;
                }
            };
            if self.absorb(&merged.session) {
                self.dirty = true;
            }
            crate::store::faults::at(&copy, crate::store::faults::Point::CopyTakenIn);
            taken.push((copy, intake));
        }
        // Every copy taken in is saved at once; none is put away before.
        if !taken.is_empty() && self.dirty {
            let news = self.save_if_dirty();
            if self.dirty {
                // Not on disk: the copies stay, the save's news is said.
                if let Some(news) = news {
                    self.news = Some(news);
                }
                return out;
            }
        }
        for (copy, intake) in taken {
            crate::store::faults::at(&copy, crate::store::faults::Point::CopySaved);
            let put = match crate::live::put_away(&copy) {
                Ok(p) => {
                    self.copies_refused = None;
                    p
                }
                Err(e) => {
                    // Merged and saved all the same; why it stays is said
                    // once.
                    let why = e.describe(Lang::En);
                    if self.copies_refused.as_deref() != Some(why.as_str()) {
                        self.copies_refused = Some(why);
                        out.push(Err(OutsideError::PutAway(e)));
                    }
                    continue;
                }
            };
            crate::store::faults::at(&copy, crate::store::faults::Point::CopyPutAway);
            crate::live::note_conflicts(&path, &put, &intake);
            out.push(Ok(TakenIn { from: copy, intake }));
        }
        out
    }

    /// The history starts again: a step no longer fits what came in.
    pub(super) fn cut_history(&mut self) {
        self.history = History::default();
    }

    /// Makes the open session hold what `merged` holds (by changes kept
    /// out of the undo history, sent to the writer's copy too). Whether
    /// anything changed.
    pub(super) fn absorb(&mut self, merged: &Session) -> bool {
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
        let lock = match Lock::acquire(&path).map(LockState::held) {
            Ok(Ok(lock)) => lock,
            Ok(Err(who)) => {
                self.read_only = Some(ReadOnly::Held(who));
                let watch = Follow::start(&path, true);
                if let Some(wake) = &self.wake {
                    watch.wake_with(wake.clone());
                }
                self.watch = Some(watch);
                return Err(TakeOverError::Held(self.read_only.clone().unwrap()));
            }
            Err(e) => return Err(TakeOverError::Lock(Message::from_io(&e))),
        };
        let session = load_stamped(&path).map_err(TakeOverError::Load)?;
        let wake = self.wake.take();
        *self = SessionFile::with(session, Some(path), Some(lock), None, true);
        if let Some(wake) = wake {
            self.wake_with(wake);
        }
        Ok(())
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
}
