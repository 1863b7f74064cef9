//! The suggestion shown for the selected note: an uncoded note's, or a
//! coded one's once asked for (`s`); a second `s` codes the note as
//! suggested.

use super::Workshop;
use crate::ops::coding::suggestion_for;
use crate::tr;
use crate::tui::outcome::{Said, info};

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
        let i = self
            .selected_note()
            .ok_or_else(|| tr!(self.ui(), "workshop-no-note-selected"))?;
        let note = &self.file.session().notes[i];
        if let Some(family) = note
            .family
            .clone()
            .filter(|f| self.framework.family(f).is_some() && self.asked != Some(note.id))
        {
            self.asked = Some(note.id);
            self.refresh_suggestion();
            let s = self
                .suggestion
                .clone()
                .ok_or_else(|| tr!(self.ui(), "workshop-no-suggestion"))?;
            let coded = self.family_words(&family);
            let suggested = &self.framework.families[s.family].id;
            if *suggested == family {
                return info(tr!(
                    self.ui(),
                    "workshop-coded-as-suggested",
                    family = coded,
                    why = s.reason.describe(self.ui())
                ));
            }
            return info(tr!(
                self.ui(),
                "workshop-coded-suggested-other",
                family = coded,
                suggested = self.family_words(suggested),
                why = s.reason.describe(self.ui())
            ));
        }
        let s = self
            .suggestion
            .clone()
            .ok_or_else(|| tr!(self.ui(), "workshop-no-suggestion"))?;
        self.code_with(s.family, None)
    }
}
