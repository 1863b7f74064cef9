//! Where the user was in a session (its group and question), kept between
//! runs in the user's `positions.ron`: come back there on opening, and
//! written on its thread when it moves.

use super::Workshop;
use crate::tr;

impl Workshop {
    /// Opens at the group and question where the user left this session,
    /// when they are still there.
    pub(super) fn come_back(&mut self) {
        let (Some(file), Some(path)) = (&self.positions, self.file.path()) else {
            return;
        };
        let Some(p) = crate::store::position::load(file, path) else {
            return;
        };
        let session = self.file.session();
        let group = session.groups.iter().position(|g| g.id == p.group);
        let question = session.questions.iter().position(|q| q.id == p.question);
        if let Some(g) = group {
            self.group = g;
        }
        if let Some(q) = question {
            self.question = q;
        }
        if group.is_some() || question.is_some() {
            self.kept = Some((p.group, p.question));
            self.came_back = true;
        }
    }

    /// "Back where you were: …", when the session opened where it was
    /// left (in the language the screen speaks, known once it is shown).
    pub fn came_back_words(&self) -> Option<String> {
        if !self.came_back {
            return None;
        }
        let session = self.session();
        let group = session
            .groups
            .get(self.group)
            .map_or("", |g| g.name.as_str());
        let question = session
            .questions
            .get(self.question)
            .map_or("", |q| q.labels.get(self.lang()));
        Some(tr!(
            self.ui(),
            "workshop-came-back",
            group = group,
            at = self.question + 1,
            n = session.questions.len(),
            question = question
        ))
    }

    /// Writes where the user is (group and question) when it changed, so a
    /// restart, even after a crash, comes back here. A write that fails
    /// costs only that.
    pub fn keep_position(&mut self) {
        let (Some(file), Some(path)) = (&self.positions, self.file.path()) else {
            return;
        };
        // The projector view goes where the facilitator was, and moves
        // about without moving them.
        if self.file.read_only() == Some(&crate::live::ReadOnly::View) {
            return;
        }
        let session = self.file.session();
        let (Some(group), Some(question)) = (
            session.groups.get(self.group),
            session.questions.get(self.question),
        ) else {
            return;
        };
        // Every action comes here: nothing is made unless it moved.
        if self
            .kept
            .as_ref()
            .is_some_and(|(g, q)| *g == group.id && *q == question.id)
        {
            return;
        }
        let here = (group.id.clone(), question.id.clone());
        let position = crate::store::position::Position {
            group: here.0.clone(),
            question: here.1.clone(),
            at: self.clock.now(),
        };
        // The one before is dropped (not waited for: it is on its way,
        // and the later one wins).
        self.position_saved.0 =
            crate::store::position::save_later(file.to_path_buf(), path.to_path_buf(), position);
        self.kept = Some(here);
    }
}

/// The last write of where the user is, under way on its thread: waited
/// for when it is replaced and when the workshop goes, so where the user
/// was is on disk before the window closes.
#[derive(Default)]
pub(super) struct PositionWrite(pub(super) Option<std::thread::JoinHandle<()>>);

impl Drop for PositionWrite {
    fn drop(&mut self) {
        if let Some(saving) = self.0.take() {
            let _ = saving.join();
        }
    }
}
