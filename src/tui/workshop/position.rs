//! Where the user was in a session (its group and question), kept between
//! runs by the core (`store::position::Keeper`): come back there on
//! opening, and kept when it moves.

use super::Workshop;
use crate::tr;

impl Workshop {
    /// Opens at the group and question where the user left this session,
    /// when they are still there.
    pub(super) fn come_back(&mut self) {
        let Some(p) = self.positions.as_mut().and_then(|k| k.load()) else {
            return;
        };
        self.came_back = self.go_back_to((Some(p.group), Some(p.question)));
    }

    /// "Back where you were: …", when the session opened where it was
    /// left (in the language the screen speaks, known once it is shown).
    pub fn came_back_words(&self) -> Option<String> {
        if !self.came_back {
            return None;
        }
        let session = self.session();
        let group = session.groups.get(self.group);
        let question = session.questions.get(self.question);
        Some(tr!(
            self.ui(),
            "workshop-came-back",
            group = group.map_or("", |g| g.name.as_str()),
            at = self.question + 1,
            n = session.questions.len(),
            question = question.map_or("", |q| q.labels.get(self.lang()))
        ))
    }

    /// Keeps where the user is (group and question) when it moved, so a
    /// restart, even after a crash, comes back here.
    pub fn keep_position(&mut self) {
        // The projector view goes where the facilitator was, and moves
        // about without moving them.
        if self.file.read_only() == Some(&crate::live::ReadOnly::View) {
            return;
        }
        let session = self.file.session();
        if let (Some(keeper), Some(group), Some(question)) = (
            self.positions.as_mut(),
            session.groups.get(self.group),
            session.questions.get(self.question),
        ) {
            keeper.keep(&group.id, &question.id, self.clock.now());
        }
    }
}
