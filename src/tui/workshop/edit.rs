//! The workshop's edits of the open session: each asks the core's rule
//! (`ops::notes`, `ops::coding`) for the change, makes it through the
//! session file (undo, autosave), and moves what is selected after it.
//! What it did, or why it was refused, is data (`done::Done`, `Refused`),
//! said by the app. The edits of one screen are that screen's, made
//! through `change`: the capture line's notes (`screen/capture.rs`), a
//! finder's move (`screen/finders.rs`), the details form's and the group
//! prompts' (`tui/details.rs`).

use uuid::Uuid;

use super::Workshop;
use crate::model::{Change, Note};
use crate::ops::{coding, notes};
use crate::tui::done::Done;
use crate::tui::outcome::{Refused, Said, done};

impl Workshop {
    /// Makes a change: refused when read-only; else applied, recorded for
    /// undo, and marked for autosave. A note's update or removal that
    /// leaves its synthesis criterion empty removes the criterion in the
    /// same step (`ops::notes::as_made`), whichever screen made it.
    pub(crate) fn change(&mut self, change: Change) -> Result<(), Refused> {
        self.writable()?;
        let change = notes::as_made(self.session(), change);
        self.suggested.observe(&change);
        self.file.change(change).map_err(Refused::ReadOnly)
    }

    /// Makes the change a rule gave (`None`: the rule found nothing to
    /// change).
    pub(crate) fn make_if(&mut self, change: Option<Change>) -> Result<(), Refused> {
        change.map_or(Ok(()), |c| self.change(c))
    }

    fn selected_or_refused(&self) -> Result<usize, Refused> {
        self.selected_note().ok_or(Refused::NoNoteSelected)
    }

    /// Makes a rule's coding (or uncoding) of the note at `index`: the
    /// lists follow from that note alone, so coding costs the same at 100
    /// notes and at 100,000.
    fn make_coding(&mut self, index: usize, change: Option<Change>) -> Result<(), Refused> {
        let was = self.session().notes[index].clone();
        self.make_if(change)?;
        let (session, question) = (self.file.session(), self.question);
        let is = &session.notes[index];
        (self.lists).coded(session, &self.framework, question, &was, is);
        self.refresh_suggestion();
        self.generation += 1;
        Ok(())
    }

    /// Codes the selected note into the family of `key`, then moves to the
    /// next uncoded note below, if there is one.
    pub fn code(&mut self, key: u8) -> Said {
        let family = coding::family_of_key(&self.framework, key).map_err(Refused::Coding)?;
        self.code_with(family, None)
    }

    /// Codes the selected note into the family at `family` (its index) and
    /// one of its components, then moves on as `code` does.
    pub(crate) fn code_with(&mut self, family: usize, component: Option<usize>) -> Said {
        coding::may_code(self.session(), &self.framework).map_err(Refused::Coding)?;
        let index = self.selected_or_refused()?;
        let note = &self.session().notes[index];
        let coded = Done::coded(&self.framework, note, family, component);
        let coder = self.coder_for_note()?;
        let asked = coding::Coding {
            family,
            component,
            coder: &coder,
            at: self.clock.now(),
        };
        let change =
            coding::code(self.session(), &self.framework, index, asked).map_err(Refused::Coding)?;
        self.make_coding(index, change)?;
        self.advance_to_uncoded();
        done(coded)
    }

    pub fn uncode(&mut self) -> Said {
        let index = self.selected_or_refused()?;
        let change = coding::uncode(self.session(), index, self.clock.now());
        self.make_coding(index, change)?;
        done(Done::Uncoded)
    }

    /// Appends a note made for the selected group (the capture line's), and
    /// selects it: its id. The lists follow from that note alone.
    pub(crate) fn append(&mut self, note: Note) -> Result<Uuid, Refused> {
        let id = note.id;
        let index = self.session().notes.len();
        self.change(notes::add_notes(self.session(), vec![note]))?;
        let (session, question) = (self.file.session(), self.question);
        (self.lists).appended(session, &self.framework, question, index);
        self.generation += 1;
        self.select(self.lists.notes.len().saturating_sub(1));
        Ok(id)
    }

    pub fn delete(&mut self) -> Said {
        let index = self.selected_or_refused()?;
        let change = notes::delete_note(self.session(), index, &self.coder(), self.clock.now());
        let session = self.session();
        let unlinked = (crate::model::unlinked_by(&change).into_iter())
            .filter_map(|id| session.action(id))
            .map(|a| format!("“{}”", crate::text::printable(&a.title)))
            .collect();
        self.change(change)?;
        self.refresh();
        done(Done::Deleted(unlinked))
    }
}
