//! Undo and redo of the open session's changes (the session file keeps the
//! history), and what the screen follows after one.

use super::Workshop;
use crate::model::Change;
use crate::tr;
use crate::tui::outcome::{Said, info};

impl Workshop {
    pub fn undo(&mut self) -> Said {
        let Ok(undone) = self.file.undo() else {
            return Err(tr!(self.ui(), "workshop-read-only-undo").into());
        };
        let Some(change) = undone else {
            let nothing = tr!(self.ui(), "workshop-nothing-to-undo");
            return Err(self.nothing_in_history(&nothing));
        };
        self.suggester.observe(&change.inverse());
        self.after_history(&change);
        info(tr!(
            self.ui(),
            "workshop-undone",
            what = change.describe_naming(self.ui(), &|id| self.family_words(id))
        ))
    }

    pub fn redo(&mut self) -> Said {
        let Some(change) = self.file.redo() else {
            let nothing = tr!(self.ui(), "workshop-nothing-to-redo");
            return Err(self.nothing_in_history(&nothing));
        };
        self.suggester.observe(&change);
        self.after_history(&change);
        info(tr!(
            self.ui(),
            "workshop-redone",
            what = change.describe_naming(self.ui(), &|id| self.family_words(id))
        ))
    }

    /// Why an undo or redo did nothing.
    fn nothing_in_history(&mut self, nothing: &str) -> crate::tui::outcome::Problem {
        if self.file.take_history_cut() {
            tr!(self.ui(), "workshop-history-cut").into()
        } else {
            nothing.into()
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
