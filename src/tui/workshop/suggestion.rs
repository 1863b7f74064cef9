//! The suggestion shown for the selected note (the core's rule:
//! `ops::suggested`), and `s`: the note coded as suggested, or a coded
//! note's suggestion shown first.

use super::Workshop;
use crate::ops::suggested::Accepted;
use crate::tui::done::Done;
use crate::tui::outcome::{Refused, Said, done};

impl Workshop {
    pub(super) fn refresh_suggestion(&mut self) {
        let note = self.selected_note().map(|i| &self.file.session().notes[i]);
        self.suggested.follow(&self.framework, note);
    }

    /// `s`: codes the note as suggested. A coded note shows its
    /// suggestion first (asked for), and a second `s` recodes it.
    pub fn accept_suggestion(&mut self) -> Said {
        let note =
            &self.file.session().notes[self.selected_note().ok_or(Refused::NoNoteSelected)?];
        let accepted =
            (self.suggested.accept(&self.framework, note)).ok_or(Refused::NoSuggestion)?;
        match accepted {
            Accepted::Code(family) => self.code_with(family, None),
            Accepted::Shown { coded, suggestion } => {
                done(Done::suggested(&self.framework, &coded, suggestion))
            }
        }
    }
}
