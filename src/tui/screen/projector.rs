//! The projector view (`spiral FILE --view`): for the wall of the room, the
//! current group's notes by family, with the counts, in large type as far
//! as a terminal has one (bold, spaced, few words on screen), live: it
//! follows the file the facilitator's window writes, and never writes.

use crate::tr;
use crate::tui::keymap::Action;
use crate::tui::outcome::{Go, Said, info, nothing};
use crate::tui::workshop::Workshop;

/// The question shown: one (its index) or all.
#[derive(Debug, Default)]
pub struct ProjectorView {
    pub question: Option<usize>,
}

impl ProjectorView {
    /// Opens on the question the workshop is on.
    pub fn new(w: &Workshop) -> ProjectorView {
        ProjectorView {
            question: Some(w.question),
        }
    }

    pub fn update(&mut self, w: &mut Workshop, action: Action) -> (Said, Go) {
        let said = match action {
            Action::NextGroup | Action::PrevGroup => {
                w.step_group(action == Action::NextGroup);
                nothing()
            }
            Action::NextQuestion => {
                let n = w.session().questions.len();
                self.question = match self.question {
                    None if n > 0 => Some(0),
                    Some(q) if q + 1 < n => Some(q + 1),
                    _ => None,
                };
                if let Some(q) = self.question {
                    w.question = q;
                }
                let lang = w.lang();
                let ui = w.ui();
                match self.question.and_then(|q| w.session().questions.get(q)) {
                    Some(q) => info(tr!(ui, "projector-showing", question = q.labels.get(lang))),
                    None => info(tr!(ui, "projector-showing-all")),
                }
            }
            _ => nothing(),
        };
        (said, Go::Stay)
    }
}
