//! The suggestion shown for the selected note: an uncoded note's, or a
//! coded one's once asked for (`s`); a second `s` codes the note as
//! suggested.

use super::Workshop;
use crate::ops::coding::suggestion_for;
use crate::tui::done::{Done, FamilyName};
use crate::tui::outcome::{Refused, Said, done};

impl Workshop {
    pub(super) fn refresh_suggestion(&mut self) {
        let note = self.selected_note().map(|i| &self.file.session().notes[i]);
        if note.map(|n| n.id) != self.asked {
            self.asked = None;
        }
        self.suggestion = note.and_then(|n| {
            let asked = self.asked == Some(n.id);
            suggestion_for(&self.suggester, &self.framework, n, asked)
        });
    }

    /// `s`: codes the note as suggested. A coded note shows its
    /// suggestion first (asked for), and a second `s` recodes it.
    pub fn accept_suggestion(&mut self) -> Said {
        let note =
            &self.file.session().notes[self.selected_note().ok_or(Refused::NoNoteSelected)?];
        if let Some(family) = note
            .family
            .clone()
            .filter(|f| self.framework.family(f).is_some() && self.asked != Some(note.id))
        {
            self.asked = Some(note.id);
            self.refresh_suggestion();
            let s = self.suggestion.clone().ok_or(Refused::NoSuggestion)?;
            let suggested = &self.framework.families[s.family].id;
            return done(Done::Suggested {
                coded: FamilyName::of(&self.framework, &family),
                other: (*suggested != family).then(|| FamilyName::of(&self.framework, suggested)),
                why: s.reason,
            });
        }
        let s = self.suggestion.clone().ok_or(Refused::NoSuggestion)?;
        self.code_with(s.family, None)
    }
}
