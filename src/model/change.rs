use std::collections::VecDeque;

use super::session::{Criterion, Details, Group, Note, Question, Session, Tombstone};
use crate::lang::Lang;

mod actions;
pub use actions::{ActionChange, unlinked_by};

/// One change to a session, carrying what it needs to be undone. Every edit
/// the app makes goes through a `Change`, so undo, redo and autosave see all
/// of them.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    AddNote {
        index: usize,
        note: Note,
    },
    RemoveNote {
        index: usize,
        note: Note,
    },
    UpdateNote {
        index: usize,
        before: Box<Note>,
        after: Box<Note>,
    },
    AddGroup {
        index: usize,
        group: Group,
    },
    /// Only as the undoing of `AddGroup`: a group is removed when its
    /// creation is undone (it holds no note by then).
    RemoveGroup {
        index: usize,
        group: Group,
    },
    UpdateGroup {
        index: usize,
        before: Group,
        after: Group,
    },
    SetLanguage {
        before: Lang,
        after: Lang,
    },
    /// The session's title, place, date and facilitators.
    SetDetails {
        before: Box<Details>,
        after: Box<Details>,
    },
    /// The questions, worded, added or reordered.
    SetQuestions {
        before: Vec<Question>,
        after: Vec<Question>,
    },
    AddCriterion {
        index: usize,
        criterion: Criterion,
    },
    /// Removes a criterion no note names any more (notes leave it first, in
    /// the same batch).
    RemoveCriterion {
        index: usize,
        criterion: Criterion,
    },
    UpdateCriterion {
        index: usize,
        before: Criterion,
        after: Criterion,
    },
    /// A deleted note's tombstone, recorded (with the note's removal, in
    /// one batch: `Change::delete_note`).
    Bury(Tombstone),
    /// A tombstone taken away: a deletion undone, or a note brought back
    /// by a merge (changed elsewhere after it was deleted here).
    Unbury(Tombstone),
    /// A change to the co-responsibility actions (`change/actions.rs`).
    Action(ActionChange),
    /// Several changes made by one action (a multi-line paste); undone as one.
    Batch(Vec<Change>),
}

impl Change {
    /// Applies the change. Indices are those the change was made with;
    /// the history applies changes and their inverses in stack order, so
    /// they stay valid. What a change removes or replaces is found at its
    /// index when it is there, else by its id: an open session that took
    /// in another laptop's version (changes kept out of the history) may
    /// have moved it.
    pub fn apply(&self, session: &mut Session) {
        match self {
            Change::AddNote { index, note } => {
                let at = (*index).min(session.notes.len());
                session.notes.insert(at, note.clone());
            }
            Change::RemoveNote { index, note } => {
                if let Some(i) = find(&session.notes, *index, |n| n.id == note.id) {
                    session.notes.remove(i);
                }
            }
            Change::UpdateNote {
                index,
                before,
                after,
            } => {
                if let Some(i) = find(&session.notes, *index, |n| n.id == before.id) {
                    session.notes[i] = (**after).clone();
                }
            }
            Change::AddGroup { index, group } => {
                let at = (*index).min(session.groups.len());
                session.groups.insert(at, group.clone());
            }
            Change::RemoveGroup { index, group } => {
                if let Some(i) = find(&session.groups, *index, |g| g.id == group.id) {
                    session.groups.remove(i);
                }
            }
            Change::UpdateGroup {
                index,
                before,
                after,
            } => {
                if let Some(i) = find(&session.groups, *index, |g| g.id == before.id) {
                    session.groups[i] = after.clone();
                }
            }
            Change::SetLanguage { after, .. } => session.language = *after,
            Change::SetDetails { after, .. } => session.set_details((**after).clone()),
            Change::SetQuestions { after, .. } => session.questions = after.clone(),
            Change::AddCriterion { index, criterion } => {
                let at = (*index).min(session.criteria.len());
                session.criteria.insert(at, criterion.clone());
            }
            Change::RemoveCriterion { index, criterion } => {
                if let Some(i) = find(&session.criteria, *index, |c| c.id == criterion.id) {
                    session.criteria.remove(i);
                }
            }
            Change::UpdateCriterion {
                index,
                before,
                after,
            } => {
                if let Some(i) = find(&session.criteria, *index, |c| c.id == before.id) {
                    session.criteria[i] = after.clone();
                }
            }
            Change::Bury(tomb) => {
                if session.tombstone(tomb.id).is_none() {
                    session.deleted.push(tomb.clone());
                }
            }
            Change::Unbury(tomb) => session.deleted.retain(|t| t != tomb),
            Change::Action(c) => c.apply(session),
            Change::Batch(changes) => changes.iter().for_each(|c| c.apply(session)),
        }
    }

    /// A note deleted: removed, and its tombstone recorded, so the
    /// deletion travels to the other laptops' versions (undone as one).
    pub fn delete_note(index: usize, note: Note, at: jiff::Timestamp, by: &str) -> Change {
        let tomb = Tombstone {
            id: note.id,
            at,
            by: by.to_string(),
        };
        Change::Batch(vec![Change::RemoveNote { index, note }, Change::Bury(tomb)])
    }

    /// Whether the change can be made on `session` and leave it whole: what
    /// it adds is not there yet, what it changes or removes is, a group or
    /// criterion it removes holds no note, every note keeps its group,
    /// question and criterion. Always so for the history's own steps on
    /// the session they were made on; after another version was taken in,
    /// a step may no longer fit (the other laptop's notes went into the
    /// group an undo would remove).
    pub fn fits(&self, session: &Session) -> bool {
        let mut trial = session.clone();
        self.fits_step(&mut trial)
            && (trial.problems().is_empty() || !session.problems().is_empty())
    }

    fn fits_step(&self, s: &mut Session) -> bool {
        let placed = |s: &Session, n: &super::session::Note| {
            s.group(&n.group).is_some()
                && s.question(&n.question).is_some()
                && n.criterion
                    .as_ref()
                    .is_none_or(|c| s.criterion(c).is_some())
        };
        let fits = match self {
            Change::AddNote { note, .. } => s.note_index(note.id).is_none() && placed(s, note),
            Change::RemoveNote { note, .. } => s.note_index(note.id).is_some(),
            // What a step replaces must be what it was made over: the
            // other laptop's later version is never undone by it.
            Change::UpdateNote { before, after, .. } => {
                s.note_index(before.id)
                    .is_some_and(|i| s.notes[i] == **before)
                    && placed(s, after)
            }
            Change::AddGroup { group, .. } => s.group(&group.id).is_none(),
            Change::RemoveGroup { group, .. } => {
                s.group(&group.id).is_some() && !s.notes.iter().any(|n| n.group == group.id)
            }
            Change::UpdateGroup { before, .. } => s.group(&before.id) == Some(before),
            Change::SetLanguage { before, .. } => s.language == *before,
            Change::SetDetails { before, .. } => s.details() == **before,
            Change::SetQuestions { before, after } => {
                s.questions == *before
                    && s.notes
                        .iter()
                        .all(|n| after.iter().any(|q| q.id == n.question))
            }
            Change::AddCriterion { criterion, .. } => s.criterion(&criterion.id).is_none(),
            Change::RemoveCriterion { criterion, .. } => {
                s.criterion(&criterion.id).is_some()
                    && !s
                        .notes
                        .iter()
                        .any(|n| n.criterion.as_deref() == Some(criterion.id.as_str()))
            }
            Change::UpdateCriterion { before, .. } => s.criterion(&before.id) == Some(before),
            Change::Bury(tomb) => s.tombstone(tomb.id).is_none(),
            Change::Unbury(tomb) => s.tombstone(tomb.id) == Some(tomb),
            Change::Action(c) => c.fits(s),
            Change::Batch(changes) => return changes.iter().all(|c| c.fits_step(s)),
        };
        if fits {
            self.apply(s);
        }
        fits
    }

    /// The change that undoes this one.
    pub fn inverse(&self) -> Change {
        match self.clone() {
            Change::AddNote { index, note } => Change::RemoveNote { index, note },
            Change::RemoveNote { index, note } => Change::AddNote { index, note },
            Change::UpdateNote {
                index,
                before,
                after,
            } => Change::UpdateNote {
                index,
                before: after,
                after: before,
            },
            Change::AddGroup { index, group } => Change::RemoveGroup { index, group },
            Change::RemoveGroup { index, group } => Change::AddGroup { index, group },
            Change::UpdateGroup {
                index,
                before,
                after,
            } => Change::UpdateGroup {
                index,
                before: after,
                after: before,
            },
            Change::SetLanguage { before, after } => Change::SetLanguage {
                before: after,
                after: before,
            },
            Change::SetDetails { before, after } => Change::SetDetails {
                before: after,
                after: before,
            },
            Change::SetQuestions { before, after } => Change::SetQuestions {
                before: after,
                after: before,
            },
            Change::AddCriterion { index, criterion } => {
                Change::RemoveCriterion { index, criterion }
            }
            Change::RemoveCriterion { index, criterion } => {
                Change::AddCriterion { index, criterion }
            }
            Change::UpdateCriterion {
                index,
                before,
                after,
            } => Change::UpdateCriterion {
                index,
                before: after,
                after: before,
            },
            Change::Bury(tomb) => Change::Unbury(tomb),
            Change::Unbury(tomb) => Change::Bury(tomb),
            Change::Action(c) => Change::Action(c.inverse()),
            Change::Batch(changes) => {
                Change::Batch(changes.iter().rev().map(Change::inverse).collect())
            }
        }
    }

    /// The note a change is about, to select it after undo or redo.
    pub fn note_id(&self) -> Option<uuid::Uuid> {
        match self {
            Change::AddNote { note, .. } | Change::RemoveNote { note, .. } => Some(note.id),
            Change::UpdateNote { after, .. } => Some(after.id),
            Change::Batch(changes) => changes.iter().rev().find_map(Change::note_id),
            _ => None,
        }
    }

    /// The action a change is about (the first one a batch names), to
    /// select it after undo or redo.
    pub fn action_id(&self) -> Option<uuid::Uuid> {
        match self {
            Change::Action(c) => c.action_id(),
            Change::Batch(changes) => changes.iter().find_map(Change::action_id),
            _ => None,
        }
    }

    /// A note's update that only moves it into, out of or between criteria
    /// of its family.
    fn changes_criterion_only(&self) -> bool {
        matches!(self, Change::UpdateNote { before, after, .. }
            if before.criterion != after.criterion && before.family == after.family)
    }

    /// A few words on what the change did, for the status line.
    pub fn describe(&self, lang: crate::model::Lang) -> String {
        self.described(lang, None)
    }

    /// The same, a coding naming its family as `family` says it (the face
    /// knows the framework and the screen's language): "code note as 3
    /// Institutions".
    pub fn describe_naming(
        &self,
        lang: crate::model::Lang,
        family: &dyn Fn(&str) -> String,
    ) -> String {
        self.described(lang, Some(family))
    }

    fn described(
        &self,
        lang: crate::model::Lang,
        family: Option<&dyn Fn(&str) -> String>,
    ) -> String {
        use crate::tr;
        match self {
            Change::AddNote { .. } => tr!(lang, "change-add-note"),
            Change::RemoveNote { .. } => tr!(lang, "change-delete-note"),
            Change::UpdateNote { .. } if self.changes_criterion_only() => {
                tr!(lang, "change-criterion")
            }
            Change::UpdateNote { before, after, .. } => {
                if before.text != after.text {
                    tr!(lang, "change-edit-note")
                } else if before.group != after.group || before.question != after.question {
                    tr!(lang, "change-move-note")
                } else if let (Some(name), Some(id)) = (family, &after.family) {
                    tr!(lang, "change-code-note-as", family = name(id))
                } else {
                    tr!(lang, "change-code-note")
                }
            }
            Change::AddGroup { .. } => tr!(lang, "change-add-group"),
            Change::RemoveGroup { .. } => tr!(lang, "change-remove-group"),
            Change::UpdateGroup { .. } => tr!(lang, "change-group"),
            Change::SetLanguage { .. } => tr!(lang, "change-language"),
            Change::SetDetails { .. } => tr!(lang, "change-details"),
            Change::SetQuestions { .. } => tr!(lang, "change-questions"),
            Change::AddCriterion { .. } => tr!(lang, "change-add-criterion"),
            Change::RemoveCriterion { .. } => tr!(lang, "change-remove-criterion"),
            Change::UpdateCriterion { .. } => tr!(lang, "change-reword-criterion"),
            Change::Bury(_) => tr!(lang, "change-delete-note"),
            Change::Unbury(_) => tr!(lang, "change-add-note"),
            Change::Action(c) => c.describe(lang),
            // An action deleted (removed, its tombstone kept): said as its
            // first step; actions that lose a link to a note or criterion a
            // change removes are said by that change alone.
            Change::Batch(c) if c.iter().all(|c| matches!(c, Change::Action(_))) => c
                .first()
                .map(|c| c.described(lang, family))
                .unwrap_or_default(),
            Change::Batch(c) if c.iter().any(|c| matches!(c, Change::Action(_))) => {
                let mut rest: Vec<Change> = c
                    .iter()
                    .filter(|c| !matches!(c, Change::Action(_)))
                    .cloned()
                    .collect();
                match rest.len() {
                    1 => rest.remove(0).described(lang, family),
                    _ => Change::Batch(rest).described(lang, family),
                }
            }
            // A deletion is a note removed and its tombstone: said as one.
            Change::Batch(c)
                if c.len() == 2 && matches!(c[1], Change::Bury(_) | Change::Unbury(_)) =>
            {
                c[0].described(lang, family)
            }
            Change::Batch(c)
                if c.len() == 2 && matches!(c[0], Change::Bury(_) | Change::Unbury(_)) =>
            {
                c[1].described(lang, family)
            }
            Change::Batch(c)
                if !c.is_empty()
                    && c[1..]
                        .iter()
                        .all(|c| matches!(c, Change::RemoveCriterion { .. })) =>
            {
                c[0].described(lang, family)
            }
            Change::Batch(c) if c.iter().any(|c| matches!(c, Change::AddCriterion { .. })) => {
                tr!(lang, "change-merge")
            }
            Change::Batch(c)
                if c.iter().all(|c| {
                    matches!(c, Change::RemoveCriterion { .. }) || c.changes_criterion_only()
                }) =>
            {
                tr!(lang, "change-criteria")
            }
            Change::Batch(c) if c.iter().all(|c| matches!(c, Change::AddNote { .. })) => {
                tr!(lang, "change-add-notes", n = c.len())
            }
            Change::Batch(c) => tr!(lang, "change-many", n = c.len()),
        }
    }
}

/// Undo and redo stacks, many steps deep.
#[derive(Debug, Default, Clone)]
pub struct History {
    undo: VecDeque<Change>,
    redo: Vec<Change>,
}

/// How many steps back undo reaches.
pub const UNDO_DEPTH: usize = 1000;

impl History {
    /// Applies a new change and records it; the redo stack is cleared.
    pub fn apply(&mut self, session: &mut Session, change: Change) {
        change.apply(session);
        self.undo.push_back(change);
        if self.undo.len() > UNDO_DEPTH {
            self.undo.pop_front();
        }
        self.redo.clear();
    }

    /// Undoes the last change; returns it, or `None` when there is none.
    /// The step `undo` would undo, and the one `redo` would make again.
    pub fn next_undo(&self) -> Option<&Change> {
        self.undo.back()
    }

    pub fn next_redo(&self) -> Option<&Change> {
        self.redo.last()
    }

    pub fn undo(&mut self, session: &mut Session) -> Option<&Change> {
        let change = self.undo.pop_back()?;
        change.inverse().apply(session);
        self.redo.push(change);
        self.redo.last()
    }

    pub fn redo(&mut self, session: &mut Session) -> Option<&Change> {
        let change = self.redo.pop()?;
        change.apply(session);
        self.undo.push_back(change);
        self.undo.back()
    }
}

/// Where the item `is` names is: at `index` when it is there, else found.
fn find<T>(items: &[T], index: usize, is: impl Fn(&T) -> bool) -> Option<usize> {
    if items.get(index).is_some_and(&is) {
        return Some(index);
    }
    items.iter().position(is)
}
