//! A session's notes as both faces make and change them (the app's capture
//! line and keys, `spiral add`): a new note, a note edited, moved or
//! deleted. Each is a `Change`; a note's update or removal that leaves its
//! synthesis criterion empty removes the criterion in the same step, and
//! the actions that answered what goes lose those links in it too.

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
    let change = match index {
        Some(index) => crate::profile::leaving_criterion(session, index, change),
        None => change,
    };
    links_gone(session, change)
}

/// The change, with the actions that answer a note or criterion it
/// removes losing those links in the same step (`Session::unlinking`,
/// once for all of them, so two links of one action go in one update).
fn links_gone(session: &Session, change: Change) -> Change {
    if session.actions.is_empty() {
        return change;
    }
    let (mut removed, mut added, mut criteria, mut at) = (vec![], vec![], vec![], None);
    let mut walk: Vec<&Change> = vec![&change];
    while let Some(step) = walk.pop() {
        match step {
            Change::Batch(inner) => walk.extend(inner),
            Change::RemoveNote { note, .. } => removed.push(note.id),
            Change::AddNote { note, .. } => added.push(note.id),
            Change::RemoveCriterion { criterion, .. } => criteria.push(criterion.id.clone()),
            Change::Bury(t) => at = at.max(Some(t.at)),
            Change::UpdateNote { after, .. } => at = at.max(Some(after.modified)),
            _ => {}
        }
    }
    removed.retain(|id| !added.contains(id));
    // A change that removes nothing an action links to (an edit of an
    // action itself among them) is made as it is.
    if removed.is_empty() && criteria.is_empty() {
        return change;
    }
    let mut steps = match change {
        Change::Batch(steps) => steps,
        other => vec![other],
    };
    steps.retain(|s| !matches!(s, Change::Action(_)));
    let criteria: Vec<&str> = criteria.iter().map(String::as_str).collect();
    let at = at.unwrap_or_else(crate::model::now);
    let unlinking = session.unlinking(&removed, &criteria, at);
    steps.extend(unlinking);
    match steps.len() {
        1 => steps.remove(0),
        _ => Change::Batch(steps),
    }
}

/// The note a batch removes, when it removes exactly one and puts none
/// back (a deletion; a note moved among its new group's notes is removed
/// and added again). At its top level only: a batch already made holds
/// its removal one level down.
fn one_removal(steps: &[Change]) -> Option<usize> {
    if steps.iter().any(|s| matches!(s, Change::AddNote { .. })) {
        return None;
    }
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

/// The note at `index` moved to group `group` (by index): it takes its
/// place among that group's notes by when it was written (`created`, kept
/// as it is; after those written at the same time), in one step; marked
/// modified `at`, so a merge takes the move. `None`: it is there already.
pub fn move_to_group(
    session: &Session,
    index: usize,
    group: usize,
    at: Timestamp,
) -> Option<Change> {
    let before = session.notes[index].clone();
    let id = &session.groups[group].id;
    if before.group == *id {
        return None;
    }
    let mut after = before.clone();
    after.group = id.clone();
    after.modified = at;
    let place = place_by_time(session, index, &after);
    if place == index {
        return Some(Change::UpdateNote {
            index,
            before: Box::new(before),
            after: Box::new(after),
        });
    }
    Some(Change::Batch(vec![
        Change::RemoveNote {
            index,
            note: before,
        },
        Change::AddNote {
            index: place,
            note: after,
        },
    ]))
}

/// Where the note at `index`, as `moved`, goes once taken out of the
/// session's notes: before the first note of its group written later,
/// else after the group's last note; where it was when its group has none.
fn place_by_time(session: &Session, index: usize, moved: &Note) -> usize {
    let mut after_last = index;
    for (i, n) in session.notes.iter().enumerate() {
        if i == index || n.group != moved.group {
            continue;
        }
        let at = if i > index { i - 1 } else { i };
        if n.created > moved.created {
            return at;
        }
        after_last = at + 1;
    }
    after_last
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

    /// A criterion's only note moved to another group (removed and added
    /// again at its place there) keeps its criterion.
    #[test]
    fn moving_a_criterions_only_note_keeps_the_criterion() {
        let path = std::path::Path::new("sessions/alby-2011.ron");
        let mut s = crate::store::load_session(path).unwrap();
        let id = s.criteria[0].id.clone();
        let mut of = (0..s.notes.len()).filter(|&i| s.notes[i].criterion.as_deref() == Some(&id));
        let only = of.next().unwrap();
        for i in of.collect::<Vec<_>>() {
            s.notes[i].criterion = None;
        }
        let elsewhere = (0..s.groups.len())
            .find(|&g| s.groups[g].id != s.notes[only].group)
            .unwrap();
        let change = move_to_group(&s, only, elsewhere, now()).unwrap();
        assert!(matches!(&change, Change::Batch(_)), "a move to its place");
        assert_eq!(as_made(&s, change.clone()), change);
        change.apply(&mut s);
        assert!(s.criterion(&id).is_some());
        assert!(s.problems().is_empty(), "{:?}", s.problems());
    }

    /// A moved note goes among its new group's notes by when it was
    /// written (not at the end), keeps that time, and undoes to where it
    /// was; into a group of no notes, it stays where it is.
    #[test]
    fn a_moved_note_takes_its_place_by_when_it_was_written() {
        let mut s = Session::new("Alby", &Framework::default_framework(), Lang::Sv);
        for name in ["Mammor", "Unga", "Lärare"] {
            s.groups.push(Group::new(name));
        }
        let (mammor, unga) = (s.groups[0].id.clone(), s.groups[1].id.clone());
        let t = |m: i64| Timestamp::from_second(1_318_435_200 + 60 * m).unwrap();
        let notes = [
            (&mammor, "m0", 0),
            (&mammor, "m10", 10),
            (&mammor, "m20", 20),
            (&unga, "u5", 5),
            (&unga, "u15", 15),
        ]
        .map(|(g, text, m)| new_note(g, "wellbeing", text, "Ana", t(m)).unwrap());
        add_notes(&s, notes.to_vec()).apply(&mut s);
        let start = s.clone();
        let texts = |s: &Session| s.notes.iter().map(|n| n.text.clone()).collect::<Vec<_>>();
        let later = t(600);
        let moved = |index: usize, group: usize| {
            let mut s = start.clone();
            let change = move_to_group(&s, index, group, later).unwrap();
            change.apply(&mut s);
            let after = s.clone();
            change.inverse().apply(&mut s);
            assert_eq!(s, start, "undone, it is where it was");
            after
        };
        let s = moved(3, 0);
        assert_eq!(texts(&s), ["m0", "u5", "m10", "m20", "u15"]);
        assert_eq!(
            (&s.notes[1].group, s.notes[1].created, s.notes[1].modified),
            (&mammor, t(5), later)
        );
        assert_eq!(texts(&moved(2, 1)), ["m0", "m10", "u5", "u15", "m20"]);
        assert_eq!(texts(&moved(0, 1)), ["m10", "m20", "m0", "u5", "u15"]);
        assert_eq!(texts(&moved(4, 0)), ["m0", "m10", "u15", "m20", "u5"]);
        let s = moved(1, 2);
        assert_eq!(texts(&s), texts(&start));
        assert_eq!(s.notes[1].group, s.groups[2].id);
    }
}
