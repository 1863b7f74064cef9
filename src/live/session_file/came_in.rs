//! What an open session took in from outside at one look, as data: the
//! file another program changed and the conflict copies a sync engine
//! left, merged by id (`SessionFile::take_in`); said by the face in its
//! language (`CameIn::describe`). A save refused because another program
//! changed the file takes that version in, and saves the merge
//! (`save_taking_in`, `saves_and_outside`).

use super::*;

/// What one look outside brought in.
#[derive(Debug)]
pub enum CameIn {
    /// The file's new version was taken in, nothing new in it to show (the
    /// merge is being saved).
    Nothing,
    /// What came in: from the file's new version (when it held anything
    /// new), and from each conflict copy merged.
    News {
        file: Option<crate::intake::Intake>,
        copies: Vec<TakenIn>,
    },
    /// Nothing came in, and this is why (the last that failed).
    Failed(OutsideError),
}

impl CameIn {
    /// In words, for the status line (nothing for `Nothing`).
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            CameIn::Nothing => String::new(),
            CameIn::Failed(why) => why.describe(lang),
            CameIn::News { file, copies } => {
                let file = file
                    .iter()
                    .map(|intake| tr!(lang, "workshop-came-in", what = intake.describe(lang)));
                let copies = copies.iter().map(|t| {
                    let name = t.from.file_name().map(|n| n.to_string_lossy());
                    tr!(
                        lang,
                        "workshop-merged-copy",
                        file = name.unwrap_or_default().into_owned(),
                        what = t.intake.describe(lang)
                    )
                });
                file.chain(copies).collect::<Vec<_>>().join(" ")
            }
        }
    }
}

impl SessionFile {
    /// What came from outside, merged in by id: the file another program
    /// changed (looked at when the watch saw it change, always with
    /// `force`) and the conflict copies a sync engine left of it. A merge
    /// taken in is autosaved. `None`: nothing came, nothing failed.
    pub fn take_in(&mut self, force: bool, lang: Lang) -> Option<CameIn> {
        let (mut took, mut file, mut failed) = (false, None, None);
        match self.take_in_outside(force, lang) {
            Ok(Some(t)) => {
                took = true;
                file = Some(t.intake).filter(|i| !i.is_empty());
            }
            Ok(None) => {}
            Err(why) => failed = Some(why),
        }
        let mut copies = Vec::new();
        for r in self.take_in_copies(lang) {
            match r {
                Ok(t) => copies.push(t),
                Err(why) => failed = Some(why),
            }
        }
        if file.is_none() && copies.is_empty() {
            if !took || failed.is_some() {
                return failed.map(CameIn::Failed);
            }
            self.autosave();
            return Some(CameIn::Nothing);
        }
        self.autosave();
        Some(CameIn::News { file, copies })
    }

    /// Saves when something changed since the last save, and waits for it.
    /// Refused because another program changed the file: that version is
    /// taken in and the merge saved (waited for too). The save's news (a
    /// refusal only, after a take-in), and what came in.
    pub fn save_taking_in(&mut self, lang: Lang) -> (Option<SaveNews>, Option<CameIn>) {
        let news = self.save_if_dirty();
        if !refused_as_changed(&news) {
            return (news, None);
        }
        match self.take_in(true, lang) {
            None => (news, None),
            Some(came @ CameIn::Failed(_)) => (None, Some(came)),
            Some(came) => (
                self.save_if_dirty().filter(SaveNews::is_refusal),
                Some(came),
            ),
        }
    }

    /// Takes the reports of finished saves (whether any came, the last's
    /// news) and then looks outside, so a change that is this window's
    /// own save is known as such: a save refused because another program
    /// changed the file takes that version in (and says nothing more);
    /// else the file changed on disk is taken in (the news kept only when
    /// it is a refusal).
    pub fn saves_and_outside(&mut self, lang: Lang) -> (bool, Option<SaveNews>, Option<CameIn>) {
        let (any, news) = self.saves_finished();
        if refused_as_changed(&news)
            && let Some(came) = self.take_in(true, lang)
        {
            return (true, None, Some(came));
        }
        match self.take_in(false, lang) {
            Some(came) => (true, news.filter(SaveNews::is_refusal), Some(came)),
            None => (any, news, None),
        }
    }

    /// Ctrl-s: saves now, once the autosave under way (if any) is done. A
    /// file another program deleted is written there again; one it changed
    /// has its version merged in first.
    pub fn save_asked(&mut self, lang: Lang) -> SavedNow {
        if self.path.is_none() {
            return SavedNow::NotAFile;
        }
        self.settle_saves();
        match self.outside_change() {
            Some(OutsideChange::Deleted) => self.mark_deleted_as_unsaved(),
            Some(OutsideChange::Changed) => {
                if let Some(came) = self.take_in(true, lang) {
                    self.settle_saves();
                    return SavedNow::TookIn(came);
                }
                if self.outside_change() == Some(OutsideChange::Changed) {
                    return SavedNow::ChangedUnreadable;
                }
            }
            None => {}
        }
        if !self.is_dirty() {
            return SavedNow::AlreadySaved;
        }
        SavedNow::Saved(self.save_now())
    }
}

/// What a save the user asked for (Ctrl-s) did.
#[derive(Debug)]
pub enum SavedNow {
    /// The session has no file (it is in memory).
    NotAFile,
    /// Another program changed the file: its version was merged in first,
    /// never written over.
    TookIn(CameIn),
    /// Another program changed the file, and that version does not read:
    /// nothing was written.
    ChangedUnreadable,
    /// Nothing changed since the last save (writing the same bytes again
    /// would only push the previous version out of FILE.bak).
    AlreadySaved,
    /// Written (`None`), or the save's refusal.
    Saved(Option<SaveNews>),
}

/// A save refused because another program changed the file.
fn refused_as_changed(news: &Option<SaveNews>) -> bool {
    matches!(
        news,
        Some(SaveNews::Refused {
            refusal: Refusal::Changed,
            ..
        })
    )
}
