//! The changes to the session's co-responsibility actions (`ActionChange`,
//! the action variant of `Change`): each applied to a session, checked to
//! fit it, undone by its inverse; and the links to removed notes and
//! criteria taken out of the actions in the same step (`unlinking`,
//! `unlinked_by`).

use jiff::Timestamp;
use uuid::Uuid;

use super::Change;
use crate::model::Action;
use crate::model::session::{Session, Tombstone};

impl Session {
    /// The changes that take the links to `notes` and `criteria` (which a
    /// change is removing) out of the actions that have them, each action
    /// marked modified `at`: whoever removes a note or a criterion adds
    /// them to the same step, so no action keeps a link to nothing (and
    /// undo brings the links back with what they named).
    pub fn unlinking(&self, notes: &[Uuid], criteria: &[&str], at: Timestamp) -> Vec<Change> {
        self.actions
            .iter()
            .enumerate()
            .filter(|(_, a)| {
                a.notes.iter().any(|n| notes.contains(n))
                    || a.criteria.iter().any(|c| criteria.contains(&c.as_str()))
            })
            .map(|(index, a)| {
                let mut after = a.clone();
                after.notes.retain(|n| !notes.contains(n));
                after.criteria.retain(|c| !criteria.contains(&c.as_str()));
                after.modified = at.max(a.modified);
                Change::Action(ActionChange::Update {
                    index,
                    before: Box::new(a.clone()),
                    after: Box::new(after),
                })
            })
            .collect()
    }
}

/// The actions a change took a link out of (`Session::unlinking`'s), for
/// the face to list: each once, in the order of the change.
pub fn unlinked_by(change: &Change) -> Vec<Uuid> {
    let mut out = Vec::new();
    let mut walk = vec![change];
    while let Some(c) = walk.pop() {
        match c {
            Change::Batch(steps) => walk.extend(steps.iter().rev()),
            Change::Action(ActionChange::Update { before, after, .. })
                if (after.notes.len() < before.notes.len()
                    || after.criteria.len() < before.criteria.len())
                    && !out.contains(&after.id) =>
            {
                out.push(after.id);
            }
            _ => {}
        }
    }
    out
}

/// One change to the session's actions, undone by its inverse (as every
/// `Change` is): the action variant of `Change`.
#[derive(Debug, Clone, PartialEq)]
pub enum ActionChange {
    Add {
        index: usize,
        action: Box<Action>,
    },
    Remove {
        index: usize,
        action: Box<Action>,
    },
    Update {
        index: usize,
        before: Box<Action>,
        after: Box<Action>,
    },
    /// A deleted action's tombstone (with its removal, in one batch).
    Bury(Tombstone),
    Unbury(Tombstone),
    /// Every action and their tombstones at once: what an open session
    /// takes in from another version (the merge's).
    SetAll {
        before: Box<(Vec<Action>, Vec<Tombstone>)>,
        after: Box<(Vec<Action>, Vec<Tombstone>)>,
    },
}

impl ActionChange {
    pub fn apply(&self, s: &mut Session) {
        let find = |s: &Session, index: usize, id: Uuid| {
            if s.actions.get(index).is_some_and(|a| a.id == id) {
                Some(index)
            } else {
                s.action_index(id)
            }
        };
        match self {
            ActionChange::Add { index, action } => {
                let at = (*index).min(s.actions.len());
                s.actions.insert(at, (**action).clone());
            }
            ActionChange::Remove { index, action } => {
                if let Some(i) = find(s, *index, action.id) {
                    s.actions.remove(i);
                }
            }
            ActionChange::Update {
                index,
                before,
                after,
            } => {
                if let Some(i) = find(s, *index, before.id) {
                    s.actions[i] = (**after).clone();
                }
            }
            ActionChange::Bury(t) => {
                if s.action_tombstone(t.id).is_none() {
                    s.deleted_actions.push(t.clone());
                }
            }
            ActionChange::Unbury(t) => s.deleted_actions.retain(|x| x != t),
            ActionChange::SetAll { after, .. } => {
                (s.actions, s.deleted_actions) = (**after).clone();
            }
        }
    }

    /// Whether it can be made on `s` (what it adds is not there, what it
    /// changes is as it was made over).
    pub fn fits(&self, s: &Session) -> bool {
        match self {
            ActionChange::Add { action, .. } => s.action(action.id).is_none(),
            ActionChange::Remove { action, .. } => s.action(action.id).is_some(),
            ActionChange::Update { before, .. } => s.action(before.id) == Some(&**before),
            ActionChange::Bury(t) => s.action_tombstone(t.id).is_none(),
            ActionChange::Unbury(t) => s.action_tombstone(t.id) == Some(t),
            ActionChange::SetAll { before, .. } => {
                s.actions == before.0 && s.deleted_actions == before.1
            }
        }
    }

    pub fn inverse(&self) -> ActionChange {
        match self.clone() {
            ActionChange::Add { index, action } => ActionChange::Remove { index, action },
            ActionChange::Remove { index, action } => ActionChange::Add { index, action },
            ActionChange::Update {
                index,
                before,
                after,
            } => ActionChange::Update {
                index,
                before: after,
                after: before,
            },
            ActionChange::Bury(t) => ActionChange::Unbury(t),
            ActionChange::Unbury(t) => ActionChange::Bury(t),
            ActionChange::SetAll { before, after } => ActionChange::SetAll {
                before: after,
                after: before,
            },
        }
    }

    /// The action it is about, to select it after undo or redo.
    pub fn action_id(&self) -> Option<Uuid> {
        match self {
            ActionChange::Add { action, .. } | ActionChange::Remove { action, .. } => {
                Some(action.id)
            }
            ActionChange::Update { after, .. } => Some(after.id),
            ActionChange::Bury(t) | ActionChange::Unbury(t) => Some(t.id),
            ActionChange::SetAll { .. } => None,
        }
    }

    /// A few words on what it did, for the status line.
    pub fn describe(&self, lang: crate::model::Lang) -> String {
        use crate::tr;
        match self {
            ActionChange::Add { .. } | ActionChange::Unbury(_) => tr!(lang, "change-add-action"),
            ActionChange::Remove { .. } | ActionChange::Bury(_) => {
                tr!(lang, "change-remove-action")
            }
            ActionChange::Update { before, after, .. }
                if after.reports.len() > before.reports.len() =>
            {
                tr!(lang, "change-action-report")
            }
            ActionChange::Update { .. } => tr!(lang, "change-edit-action"),
            ActionChange::SetAll { .. } => tr!(lang, "change-actions"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;

    #[test]
    fn each_change_is_undone_by_its_inverse() {
        let framework = crate::model::Framework::default_framework();
        let mut s = Session::new("t", &framework, crate::model::Lang::En);
        let before = s.clone();
        let at = Timestamp::from_second(1_316_000_000).unwrap();
        let a = Action::new("A", at);
        let add = ActionChange::Add {
            index: 0,
            action: Box::new(a.clone()),
        };
        assert!(add.fits(&s));
        add.apply(&mut s);
        assert!(!add.fits(&s));
        let mut b = a.clone();
        b.status = Status::Ended;
        let update = ActionChange::Update {
            index: 0,
            before: Box::new(a.clone()),
            after: Box::new(b),
        };
        update.apply(&mut s);
        assert_eq!(s.actions[0].status, Status::Ended);
        update.inverse().apply(&mut s);
        add.inverse().apply(&mut s);
        assert_eq!(s, before);
    }
}
