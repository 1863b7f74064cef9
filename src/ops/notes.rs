//! A session's notes as both faces make and change them (the app's capture
//! line and keys, `spiral add`): a new note, a note edited, moved or
//! deleted. Each is a `Change`; a note's update or removal that leaves its
//! synthesis criterion empty removes the criterion in the same step.

use jiff::Timestamp;

use crate::model::{Change, Note, Session};

/// Why a note was not made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Nothing left of the text once cleaned.
    Empty,
}

/// A change as the session takes it: a note's update or removal that
/// leaves its criterion empty removes the criterion too (one step, one
/// undo), whoever made it. A deletion is a batch (the note removed, its
/// tombstone kept): its removal counts as well. Made twice, it adds
/// nothing the second time.
pub fn as_made(session: &Session, change: Change) -> Change {
    let index = match &change {
        Change::UpdateNote { index, .. } | Change::RemoveNote { index, .. } => Some(*index),
        Change::Batch(steps) => one_removal(steps),
        _ => None,
    };
    match index {
        Some(index) => crate::profile::leaving_criterion(session, index, change),
        None => change,
    }
}

/// The note a batch removes, when it removes exactly one (at its top
/// level: a batch already made holds its removal one level down).
fn one_removal(steps: &[Change]) -> Option<usize> {
    let mut removed = steps.iter().filter_map(|step| match step {
        Change::RemoveNote { index, .. } => Some(*index),
        _ => None,
    });
    let index = removed.next()?;
    removed.next().is_none().then_some(index)
}

/// A new uncoded note of the group and question (by id), made `at`; its
/// text cleaned, and refused empty.
pub fn new_note(
    group: &str,
    question: &str,
    text: &str,
    coder: &str,
    at: Timestamp,
) -> Result<Note, Refusal> {
    let mut note = Note::new(group, question, text, coder);
    if note.text.is_empty() {
        return Err(Refusal::Empty);
    }
    note.created = at;
    note.modified = at;
    Ok(note)
}

/// Notes added after the session's others, in one step.
pub fn add_notes(session: &Session, notes: Vec<Note>) -> Change {
    let start = session.notes.len();
    let mut changes: Vec<Change> = (start..)
        .zip(notes)
        .map(|(index, note)| Change::AddNote { index, note })
        .collect();
    if changes.len() == 1 {
        return changes.remove(0);
    }
    Change::Batch(changes)
}

/// The note at `index` edited, marked modified `at` (`None`: the edit
/// changes nothing).
pub fn edit_note(
    session: &Session,
    index: usize,
    at: Timestamp,
    edit: impl FnOnce(&mut Note),
) -> Option<Change> {
    let before = session.notes[index].clone();
    let mut after = before.clone();
    edit(&mut after);
    if after == before {
        return None;
    }
    after.modified = at;
    let change = Change::UpdateNote {
        index,
        before: Box::new(before),
        after: Box::new(after),
    };
    Some(as_made(session, change))
}

/// The note at `index` deleted by `by`, its tombstone kept (so a merge
/// does not bring it back).
/// A criterion left empty goes in the same step (`as_made`).
pub fn delete_note(session: &Session, index: usize, by: &str, at: Timestamp) -> Change {
    let change = Change::delete_note(index, session.notes[index].clone(), at, by);
    as_made(session, change)
}

/// The note at `index` moved to group `group` (by index).
pub fn move_to_group(
    session: &Session,
    index: usize,
    group: usize,
    at: Timestamp,
) -> Option<Change> {
    let id = session.groups[group].id.clone();
    edit_note(session, index, at, |n| n.group = id)
}

/// The note at `index` moved to question `question` (by index).
pub fn move_to_question(
    session: &Session,
    index: usize,
    question: usize,
    at: Timestamp,
) -> Option<Change> {
    let id = session.questions[question].id.clone();
    edit_note(session, index, at, |n| n.question = id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Framework, Group, Lang, now};

    #[test]
    fn notes_are_made_cleaned_added_in_one_step_moved_and_deleted() {
        let mut s = Session::new("Alby", &Framework::default_framework(), Lang::Sv);
        s.groups.push(Group::new("Unga"));
        s.groups.push(Group::new("Mammor"));
        let g = s.groups[0].id.clone();
        let at = now();
        assert_eq!(
            new_note(&g, "wellbeing", " \u{7} ", "Ana", at),
            Err(Refusal::Empty)
        );
        let a = new_note(&g, "wellbeing", "Fotboll\u{1b}", "Ana", at).unwrap();
        assert_eq!(
            (a.text.as_str(), a.created, a.modified),
            ("Fotboll", at, at)
        );
        let b = new_note(&g, "wellbeing", "Parken", "Ana", at).unwrap();
        let two = add_notes(&s, vec![a, b]);
        assert!(matches!(&two, Change::Batch(c) if c.len() == 2));
        two.apply(&mut s);
        assert_eq!(s.notes.len(), 2);
        move_to_group(&s, 1, 1, at).unwrap().apply(&mut s);
        assert_eq!(s.notes[1].group, s.groups[1].id);
        assert!(move_to_group(&s, 1, 1, at).is_none(), "already there");
        move_to_question(&s, 0, 2, at).unwrap().apply(&mut s);
        assert_eq!(s.notes[0].question, s.questions[2].id);
        delete_note(&s, 0, "Ana", at).apply(&mut s);
        assert_eq!(s.notes.len(), 1);
        assert_eq!(s.deleted.len(), 1);
    }

    /// A criterion's last note deleted: the criterion goes in the same
    /// change, which `as_made` leaves as it is when asked again.
    #[test]
    fn deleting_a_criterions_last_note_removes_it_once() {
        let path = std::path::Path::new("sessions/alby-2011.ron");
        let mut s = crate::store::load_session(path).unwrap();
        let id = s.criteria[0].id.clone();
        let at = now();
        while let Some(i) = s
            .notes
            .iter()
            .position(|n| n.criterion.as_deref() == Some(id.as_str()))
        {
            let change = delete_note(&s, i, "Ana", at);
            assert_eq!(as_made(&s, change.clone()), change);
            change.apply(&mut s);
        }
        assert!(s.criterion(&id).is_none());
        assert!(s.problems().is_empty(), "{:?}", s.problems());
    }
}
