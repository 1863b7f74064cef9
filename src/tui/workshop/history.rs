//! Undo and redo of the open session's changes (the session file keeps the
//! history), and what the screen follows after one.

use super::Workshop;
use crate::model::Change;
use crate::tui::done::{Done, FamilyNames};
use crate::tui::outcome::{Refused, Said, done};

impl Workshop {
    pub fn undo(&mut self) -> Said {
        let undone = self.file.undo().map_err(|_| Refused::ReadOnlyUndo)?;
        let change = undone.ok_or_else(|| self.nothing_in_history(Refused::NothingToUndo))?;
        self.suggested.observe(&change.inverse());
        self.after_history(&change);
        done(Done::Undone(change, self.family_names()))
    }

    pub fn redo(&mut self) -> Said {
        let change =
            (self.file.redo()).ok_or_else(|| self.nothing_in_history(Refused::NothingToRedo))?;
        self.suggested.observe(&change);
        self.after_history(&change);
        done(Done::Redone(change, self.family_names()))
    }

    /// The framework's families as the status line names them (an undone
    /// coding names its family).
    fn family_names(&self) -> FamilyNames {
        FamilyNames::of(&self.framework)
    }

    /// Why an undo or redo did nothing.
    fn nothing_in_history(&mut self, nothing: Refused) -> Refused {
        if self.file.take_history_cut() {
            Refused::HistoryCut
        } else {
            nothing
        }
    }

    fn after_history(&mut self, change: &Change) {
        match change.note_id() {
            // Selecting the note refreshes, in its group.
            Some(id) if self.file.session().note_index(id).is_some() => self.select_note(id),
            _ => self.refresh(),
        }
    }
}
