//! Undo and redo of the open session's changes (the session file keeps the
//! history), and what the screen follows after one.

use super::Workshop;
use crate::model::Change;
use crate::tui::done::{Done, FamilyNames};
use crate::tui::outcome::{Refused, Said, done};

impl Workshop {
    pub fn undo(&mut self) -> Said {
        let change = self.file.undo().map_err(Refused::NoUndo)?;
        self.suggested.observe(&change.inverse());
        self.after_history(&change);
        done(Done::Undone(change, self.family_names()))
    }

    pub fn redo(&mut self) -> Said {
        let change = self.file.redo().map_err(Refused::NoRedo)?;
        self.suggested.observe(&change);
        self.after_history(&change);
        done(Done::Redone(change, self.family_names()))
    }

    /// The framework's families as the status line names them (an undone
    /// coding names its family).
    fn family_names(&self) -> FamilyNames {
        FamilyNames::of(&self.framework)
    }

    fn after_history(&mut self, change: &Change) {
        match change.note_id() {
            // Selecting the note refreshes, in its group.
            Some(id) if self.file.session().note_index(id).is_some() => self.select_note(id),
            _ => self.refresh(),
        }
    }
}
