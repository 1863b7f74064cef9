//! How an open session is saved: by a command (at once), by the autosave
//! writer (off the input path), over an outside change when asked, to a
//! new file (save-as), or to a rescue copy when it can be saved nowhere
//! it belongs.

use super::*;

impl SessionFile {
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
    pub fn wake_with(&mut self, wake: crate::live::Wake) {
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

    pub(super) fn take_reports(&mut self, reports: Vec<Report>) -> (bool, Option<SaveNews>) {
        let any = !reports.is_empty();
        let mut news = None;
        for report in reports {
            news = self.take_report(report).or(news);
        }
        (any, news)
    }

    pub(super) fn take_report(&mut self, report: Report) -> Option<SaveNews> {
        // Reports come in order: the last one says whether the file holds
        // everything (a refusal after this one sets it back).
        let all = self.saver.as_ref().is_some_and(|s| s.sent() == report.upto);
        self.saved(report.path, report.outcome, all)
    }

    /// A save made on this thread: without a writer (in memory, or after
    /// the writer failed).
    pub(super) fn save_here(&mut self, path: &Path) -> Option<SaveNews> {
        let mut disk = self.disk;
        let outcome = save_checked(path, &self.session, &mut disk, self.overwrite);
        self.saved(path.to_path_buf(), outcome, true)
    }

    /// What a save did (`all`: it covered every change made): a refusal,
    /// or "saved" after one.
    pub(super) fn saved(
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
            Err(OutputError::Stdout(source)) => {
                return Err(SaveAsError::Write {
                    path: named,
                    source,
                });
            }
        };
        if target.exists() {
            return Err(SaveAsError::Exists(named));
        }
        let lock = match Lock::acquire(&target).map(LockState::held) {
            Ok(Ok(lock)) => lock,
            Ok(Err(who)) => {
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

/// What the status line says when a save did not write.
/// Why a save did not write, in `lang` (the status line).
pub(super) fn refusal_words(path: &Path, refusal: &Refusal, lang: crate::model::Lang) -> String {
    let file = path.display().to_string();
    match refusal {
        Refusal::Deleted => crate::tr!(lang, "save-deleted", file = file),
        Refusal::Changed => crate::tr!(lang, "save-changed", file = file),
        Refusal::Failed(e) => crate::tr!(
            lang,
            "save-failed",
            file = file,
            why = crate::i18n::describe_io(e, lang)
        ),
    }
}

/// Why a save did not write, kept with the file (`save_error`): in
/// English, as the core's other errors.
pub(super) fn refusal_reason(path: &Path, refusal: &Refusal) -> String {
    refusal_words(path, refusal, crate::model::Lang::En)
}
