//! The open session's file, as the workshop uses it: saving, and what
//! another program or a sync engine wrote taken in (the session file does
//! both: `SaveNews`, `CameIn`, `SavedNow`; these return them as data, said
//! by the app (`tui::done`), and keep the screen on its note), a
//! read-only window following the writing one, taking over, save-as. (Exports beside the file are the export menu's:
//! `overlay::export`.)

use super::Workshop;
use crate::live::{CameIn, SavedNow};
use crate::model::Place;
use crate::tui::done::Done;
use crate::tui::outcome::{Problem, Refused, Said, done, nothing};
use crate::tui::outcome::{said_of, said_of_both};

impl Workshop {
    /// Saves, and waits for it: the app is ending (the screen has
    /// committed what its capture line held).
    pub fn flush(&mut self) -> Option<Said> {
        let said = self.save_if_dirty();
        #[cfg(debug_assertions)]
        self.file.check_writer_copy();
        said
    }

    /// Saves when something changed since the last save, and waits for it
    /// (a version another program wrote is merged in first).
    pub fn save_if_dirty(&mut self) -> Option<Said> {
        let note = self.selected_id();
        let (news, came) = self.file.save_taking_in(self.ui());
        let came = came.map(|c| self.came_in(c, note));
        said_of_both(news, came)
    }

    /// Takes the reports of finished saves and what came in from outside:
    /// whether any came, and what to say about them (an error, "saved"
    /// after one, what came in).
    pub fn saves_finished(&mut self) -> (bool, Option<Said>) {
        if self.follow_file() {
            return (true, None);
        }
        if self.file.take_lock_freed() {
            return (true, Some(done(Done::LockFreed)));
        }
        let note = self.selected_id();
        let (any, news, came) = self.file.saves_and_outside(self.ui());
        let came = came.map(|c| self.came_in(c, note));
        (any, said_of_both(news, came))
    }

    /// What came in, said; the screen follows it, showing `note` again.
    fn came_in(&mut self, came: CameIn, note: Option<uuid::Uuid>) -> Said {
        match came {
            CameIn::Nothing => nothing(),
            CameIn::Failed(_) => Err(Problem::CameIn(Box::new(came))),
            CameIn::News { .. } => {
                self.session_anew(note);
                done(Done::CameIn(came))
            }
        }
    }

    /// After the session was read anew (taken in, followed, taken over):
    /// the suggester learns it again, the lists are made anew, the note
    /// that was shown (its id) is shown again.
    fn session_anew(&mut self, note: Option<uuid::Uuid>) {
        (self.suggested).learn_anew(&self.framework, &self.file.session().notes);
        self.refresh();
        if let Some(id) = note {
            self.select_note(id);
        }
        self.generation += 1;
    }

    /// Ctrl-s: saves now (`SessionFile::save_asked`: a version another
    /// program wrote is merged in first, never written over); a read-only
    /// window takes over.
    pub fn save_now(&mut self) -> Said {
        if self.file.read_only().is_some() {
            return self.take_over();
        }
        let note = self.selected_id();
        match self.file.save_asked(self.ui()) {
            SavedNow::NotAFile => Err(Refused::NotAFile.into()),
            SavedNow::TookIn(came) => self.came_in(came, note),
            SavedNow::ChangedUnreadable => Err(Refused::ChangedUnreadable.into()),
            SavedNow::AlreadySaved => done(Done::AlreadySaved),
            SavedNow::Saved(Some(news)) => said_of(news),
            SavedNow::Saved(None) => done(Done::SavedNow),
        }
    }

    /// A read-only window: what the writing window saved is taken in, the
    /// group, question and note shown kept (by id). Whether it changed.
    fn follow_file(&mut self) -> bool {
        if self.file.read_only().is_none() {
            return false;
        }
        let group = || self.current_group().map(|g| g.id.clone());
        let end = (self.notes_view).end(self.lists.notes.len(), group(), self.selected);
        let place = Place::at(self.file.session(), self.group, self.question);
        let note = self.selected_id();
        if !self.file.follow_file() {
            return false;
        }
        self.go_back_to(&place);
        self.session_anew(note);
        let (len, group) = (
            self.lists.notes.len(),
            self.current_group().map(|g| g.id.clone()),
        );
        if let Some(last) = (self.notes_view).keep_end(end, len, group, self.selected) {
            self.select(last);
        }
        true
    }

    /// Ctrl-s in a read-only window: writes here from now on, when the
    /// spiral that held the session let it go (read again from its file).
    fn take_over(&mut self) -> Said {
        self.file.take_over()?;
        self.session_anew(None);
        done(Done::WritableNow)
    }

    /// `W`: the session written to a new file, which it then lives in.
    pub fn save_as(&mut self, target: &str) -> Said {
        let path = self.file.save_as(target)?;
        done(Done::SavedTo(path))
    }
}
