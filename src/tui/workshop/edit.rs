//! The workshop's edits of the open session: each asks the core's rule
//! (`ops::notes`, `ops::coding`, `ops::details`) for the change, makes it
//! through the session file (undo, autosave), and moves what is selected
//! after it. What it did, or why it was refused, is data (`done::Done`,
//! `Refused`), said by the app.

use uuid::Uuid;

use super::Workshop;
use crate::model::{Change, Note};
use crate::ops::{coding, notes};
use crate::tui::done::{Done, FamilyName};
use crate::tui::finder::Target;
use crate::tui::outcome::{Refused, Said, done, nothing};

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

    /// Makes a rule's change to the note at `index`: the note before and
    /// after.
    fn make_on(&mut self, index: usize, change: Option<Change>) -> Result<(Note, Note), Refused> {
        let before = self.session().notes[index].clone();
        self.make_if(change)?;
        Ok((before, self.session().notes[index].clone()))
    }

    /// The selected note edited (the capture line's edit of its words): the
    /// note before and after.
    pub(crate) fn edit_selected(
        &mut self,
        edit: impl FnOnce(&mut Note),
    ) -> Result<(Note, Note), Refused> {
        let index = self.selected_or_refused()?;
        let change = notes::edit_note(self.session(), index, self.clock.now(), edit);
        self.make_on(index, change)
    }

    /// Codes the selected note into the family of `key`, then moves to the
    /// next uncoded note below, if there is one.
    pub fn code(&mut self, key: u8) -> Said {
        let family = coding::family_of_key(&self.framework, key).map_err(Refused::Coding)?;
        self.code_with(family, None)
    }

    pub(super) fn code_with(&mut self, family: usize, component: Option<usize>) -> Said {
        coding::may_code(self.session(), &self.framework).map_err(Refused::Coding)?;
        let index = self.selected_or_refused()?;
        let f = &self.framework.families[family];
        let coded = Done::Coded {
            key: f.key,
            family: f.labels.clone(),
            component: component.map(|c| f.components[c].labels.clone()),
            before: (self.session().notes[index].family.as_ref())
                .filter(|b| **b != f.id)
                .map(|b| FamilyName::of(&self.framework, b)),
        };
        let coder = self.coder_for_note()?;
        let asked = coding::Coding {
            family,
            component,
            coder: &coder,
            at: self.clock.now(),
        };
        let change =
            coding::code(self.session(), &self.framework, index, asked).map_err(Refused::Coding)?;
        let (was, is) = self.make_on(index, change)?;
        self.after_coding(&was, &is);
        self.advance_to_uncoded();
        done(coded)
    }

    pub fn uncode(&mut self) -> Said {
        let index = self.selected_or_refused()?;
        let change = coding::uncode(self.session(), index, self.clock.now());
        let (was, is) = self.make_on(index, change)?;
        self.after_coding(&was, &is);
        done(Done::Uncoded)
    }

    // ----- notes -----

    /// A new note of the selected group and question, not yet added.
    pub(crate) fn new_note(&self, text: &str) -> Result<Note, Refused> {
        let group = self.current_group().ok_or(Refused::NoGroup)?;
        let question = &self.session().questions[self.question];
        let at = self.clock.now();
        let coder = self.coder_for_note()?;
        notes::new_note(&group.id, &question.id, text, &coder, at)
            .map_err(|notes::Refusal::Empty| Refused::Empty)
    }

    pub(crate) fn add_note(&mut self, text: &str) -> Result<Uuid, Refused> {
        let note = self.new_note(text)?;
        self.append(note)
    }

    /// Appends a note made for the selected group, and selects it.
    fn append(&mut self, note: Note) -> Result<Uuid, Refused> {
        let id = note.id;
        let index = self.session().notes.len();
        self.change(notes::add_notes(self.session(), vec![note]))?;
        self.after_append(index);
        self.select(self.lists.notes.len().saturating_sub(1));
        Ok(id)
    }

    /// A new note of the selected group and question, already coded in the
    /// family of `key` (`ops::coding::new_coded_note`; one change: one
    /// undo, one save): its id.
    pub(crate) fn add_coded_note(&mut self, text: &str, key: u8) -> Result<Uuid, Refused> {
        let (session, framework) = (self.session(), &self.framework);
        let note = coding::new_coded_note(session, framework, key, || self.new_note(text))?;
        self.append(note)
    }

    pub fn delete(&mut self) -> Said {
        let index = self.selected_or_refused()?;
        let change = notes::delete_note(self.session(), index, &self.coder(), self.clock.now());
        self.change(change)?;
        self.refresh();
        done(Done::Deleted)
    }

    /// Takes a finder's result.
    pub fn take(&mut self, target: Target) -> Said {
        match target {
            Target::Note(id) => {
                self.select_note(id);
                nothing()
            }
            Target::Code { family, component } => self.code_with(family, component),
            Target::Group(g) => {
                let moved = Done::MovedToGroup(self.session().groups[g].name.clone());
                self.move_selected(moved, |s, i, at| notes::move_to_group(s, i, g, at))
            }
            Target::Action(id) => self.link_to_action(id),
            Target::Question(q) => {
                let moved = Done::MovedToQuestion(self.session().questions[q].labels.clone());
                self.move_selected(moved, |s, i, at| notes::move_to_question(s, i, q, at))
            }
        }
    }

    /// The selected note moved (`ops::notes`' move, to another group or
    /// question).
    fn move_selected(
        &mut self,
        moved: Done,
        rule: impl FnOnce(&crate::model::Session, usize, jiff::Timestamp) -> Option<Change>,
    ) -> Said {
        let index = self.selected_or_refused()?;
        self.make_if(rule(self.session(), index, self.clock.now()))?;
        self.refresh();
        done(moved)
    }
}
