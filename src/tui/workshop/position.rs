//! Where the user was in a session (its group and question, and the note
//! they were on), kept between runs by the core
//! (`store::position::Keeper`): come back there on opening, and kept when
//! it moves.

use super::Workshop;
use crate::tui::done::Done;

impl Workshop {
    /// Opens at the note where the user left this session, when it is
    /// still there; else at the group and question, where they still are.
    pub(super) fn come_back(&mut self) {
        let Some(p) = self.positions.as_mut().and_then(|k| k.load()) else {
            return;
        };
        self.came_back = self.go_back_to(&p.place());
        if let Some(id) = p.note.filter(|&id| self.session().note_index(id).is_some()) {
            self.select_note(id);
            self.came_back = true;
        }
    }

    /// Where the session opened, when it was where it was left ("Back
    /// where you were: …", said in the language the screen speaks, known
    /// once it is shown).
    pub fn came_back_to(&self) -> Option<Done> {
        (self.came_back).then(|| Done::came_back(self.session(), self.group, self.question))
    }

    /// Keeps where the user is (group, question, note) when it moved, so
    /// a restart, even after a crash, comes back here.
    pub fn keep_position(&mut self) {
        // The projector view goes where the facilitator was, and moves
        // about without moving them.
        if self.file.read_only() == Some(&crate::live::ReadOnly::View) {
            return;
        }
        let note = self.selected_id();
        let session = self.file.session();
        if let (Some(keeper), Some(group), Some(question)) = (
            self.positions.as_mut(),
            session.groups.get(self.group),
            session.questions.get(self.question),
        ) {
            keeper.keep((&group.id, &question.id, note), || self.clock.now());
        }
    }
}
