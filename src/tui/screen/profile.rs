//! The profile screen's state and keys: the selected group's families as
//! bars, by question or all, and the session's aggregate.

use crate::profile::{SessionProfile, profile_session};
use crate::tui::keymap::Action;
use crate::tui::outcome::{Go, Said, nothing};
use crate::tui::workshop::Workshop;

pub struct ProfileView {
    /// The bars are for this question (`None`: all questions).
    pub question: Option<usize>,
    /// Made when the session changes, not at each frame.
    pub profile: SessionProfile,
}

impl ProfileView {
    pub fn new(w: &Workshop) -> ProfileView {
        ProfileView {
            question: None,
            profile: profile_session(w.session(), &w.framework),
        }
    }

    /// After the session changed.
    pub fn refresh(&mut self, w: &Workshop) {
        self.profile = profile_session(w.session(), &w.framework);
    }

    /// Tab: all questions, then each in turn.
    fn next_question(&mut self, w: &Workshop) {
        let n = w.session().questions.len();
        self.question = match self.question {
            None if n > 0 => Some(0),
            Some(i) if i + 1 < n => Some(i + 1),
            _ => None,
        };
    }

    pub fn update(&mut self, w: &mut Workshop, action: Action) -> (Said, Go) {
        let none = nothing();
        match action {
            Action::PrevGroup | Action::NextGroup => {
                w.step_group(action == Action::NextGroup);
                (none, Go::Stay)
            }
            Action::NextQuestion => {
                self.next_question(w);
                (none, Go::Stay)
            }
            Action::Language => (w.next_language(), Go::Stay),
            Action::Back | Action::Profile => (none, Go::Notes),
            _ => (none, Go::Stay),
        }
    }
}
