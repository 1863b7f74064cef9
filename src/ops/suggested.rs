//! The family suggested for the selected note of an open session, as the
//! app shows it: an uncoded note's, or a coded one's once asked for (`s`);
//! a second `s` codes the note as suggested. The suggester learns every
//! change made.

use uuid::Uuid;

use crate::model::{Change, Framework, Note};
use crate::suggest::{Suggester, Suggestion};

pub struct Suggested {
    suggester: Suggester,
    /// The suggestion for the note shown (`follow`).
    pub shown: Option<Suggestion>,
    /// The coded note whose suggestion was asked for.
    asked: Option<Uuid>,
}

/// What `s` does on a note.
pub enum Accepted {
    /// The note is to be coded in this family (its index).
    Code(usize),
    /// The coded note's suggestion is shown: the family it is coded in
    /// (its id), and the suggestion.
    Shown {
        coded: String,
        suggestion: Suggestion,
    },
}

impl Suggested {
    /// A suggester that learned `notes`.
    pub fn new(framework: &Framework, notes: &[Note]) -> Suggested {
        Suggested {
            suggester: Suggester::new(framework, notes),
            shown: None,
            asked: None,
        }
    }

    /// The suggester learns `notes` anew (the session read again); what
    /// was asked for stays.
    pub fn learn_anew(&mut self, framework: &Framework, notes: &[Note]) {
        self.suggester = Suggester::new(framework, notes);
    }

    /// The suggester learns a change made.
    pub fn observe(&mut self, change: &Change) {
        self.suggester.observe(change);
    }

    /// The suggestion for `note` (the one shown now): an uncoded one's, or
    /// a coded one's when asked for (one coded in a family the framework
    /// does not know gets one all the same).
    pub fn follow(&mut self, framework: &Framework, note: Option<&Note>) {
        if note.map(|n| n.id) != self.asked {
            self.asked = None;
        }
        self.shown = note.and_then(|n| {
            let known = (n.family.as_deref()).is_some_and(|f| framework.family(f).is_some());
            let asked = self.asked == Some(n.id);
            (!known || asked)
                .then(|| self.suggester.suggest(n))
                .flatten()
        });
    }

    /// `s` on `note`: a coded note's suggestion is shown first (asked
    /// for), and a second `s` codes it as suggested; `None` when nothing is
    /// suggested.
    pub fn accept(&mut self, framework: &Framework, note: &Note) -> Option<Accepted> {
        let coded = (note.family.clone())
            .filter(|f| framework.family(f).is_some() && self.asked != Some(note.id));
        if let Some(coded) = coded {
            self.asked = Some(note.id);
            self.follow(framework, Some(note));
            let suggestion = self.shown.clone()?;
            return Some(Accepted::Shown { coded, suggestion });
        }
        Some(Accepted::Code(self.shown.as_ref()?.family))
    }
}
