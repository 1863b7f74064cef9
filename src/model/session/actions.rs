//! The session's co-responsibility actions as the session holds them: an
//! action (or its tombstone) found by id, the actions that answer a note,
//! links to what the session no longer has dropped, and what is wrong
//! with them when a file is checked (`Session::problems`). The action's
//! own data is `model::action`; the changes to the actions are
//! `model::change`'s.

use uuid::Uuid;

use super::{Session, SessionProblem, Tombstone};
use crate::model::Action;

impl Session {
    pub fn action(&self, id: Uuid) -> Option<&Action> {
        self.actions.iter().find(|a| a.id == id)
    }

    pub fn action_index(&self, id: Uuid) -> Option<usize> {
        self.actions.iter().position(|a| a.id == id)
    }

    /// The tombstone of a deleted action, if it was deleted.
    pub fn action_tombstone(&self, id: Uuid) -> Option<&Tombstone> {
        self.deleted_actions.iter().find(|t| t.id == id)
    }

    /// The actions that answer the note `id`.
    pub fn actions_of_note(&self, id: Uuid) -> impl Iterator<Item = &Action> {
        self.actions.iter().filter(move |a| a.notes.contains(&id))
    }
}

impl Session {
    /// Takes out of every action the links to notes and criteria the
    /// session no longer has: for whoever makes a new session out of
    /// another one by dropping some (a reconciliation file), not for an
    /// edit (an edit's step says what it unlinks: `unlinking`).
    pub fn drop_missing_links(&mut self) {
        let notes: std::collections::HashSet<Uuid> = self.notes.iter().map(|n| n.id).collect();
        let criteria: std::collections::HashSet<String> =
            self.criteria.iter().map(|c| c.id.clone()).collect();
        for a in &mut self.actions {
            a.notes.retain(|n| notes.contains(n));
            a.criteria.retain(|c| criteria.contains(c));
        }
    }
}

/// What is wrong with the session's actions: an id twice, a link to a note
/// or criterion the session does not have.
pub(super) fn action_problems(s: &Session, out: &mut Vec<SessionProblem>) {
    let mut seen = std::collections::HashSet::new();
    let notes: std::collections::HashSet<Uuid> = s.notes.iter().map(|n| n.id).collect();
    for a in &s.actions {
        let id = a.id.to_string();
        let at = |reason| SessionProblem {
            field: "id",
            value: format!("{id:?}"),
            nth: 0,
            reason,
        };
        if !seen.insert(a.id) {
            out.push(SessionProblem {
                nth: 1,
                ..at(crate::msg!("session-duplicate-action", id = id.as_str()))
            });
        }
        for n in a.notes.iter().filter(|n| !notes.contains(n)) {
            let note = n.to_string();
            out.push(at(crate::msg!(
                "session-action-unknown-note",
                action = id.as_str(),
                note = note.as_str()
            )));
        }
        for c in a.criteria.iter().filter(|c| s.criterion(c).is_none()) {
            out.push(at(crate::msg!(
                "session-action-unknown-criterion",
                action = id.as_str(),
                criterion = c.as_str()
            )));
        }
    }
}
