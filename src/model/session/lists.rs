//! What is shown of one group of a session, derived from it: the group's
//! notes, every group's size, its uncoded notes and the legend's counts
//! (its notes of one question, per family). Made from every note on a
//! move; after a coding or a note added, kept step by step, so either
//! costs the same at 100 notes and at 100,000 (debug builds check the
//! steps against lists made anew).

use super::{Note, Session};
use crate::model::Framework;

/// The lists of one group (by index); the legend's are of a question,
/// given to each step (the projector moves it without moving these).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GroupLists {
    /// Indices (into `session.notes`) of the group's notes.
    pub notes: Vec<usize>,
    /// Notes per group, in the session's group order.
    pub sizes: Vec<usize>,
    /// The group's uncoded notes.
    pub uncoded: usize,
    /// The group's notes of the question, per family (the legend).
    pub legend: Vec<usize>,
    group: usize,
}

impl GroupLists {
    /// The lists of `group`, its legend of `question`, from every note.
    pub fn of(session: &Session, framework: &Framework, group: usize, question: usize) -> Self {
        let id = session.groups.get(group).map(|g| g.id.as_str());
        let notes = (0..session.notes.len())
            .filter(|&i| id == Some(session.notes[i].group.as_str()))
            .collect();
        let mut sizes = vec![0; session.groups.len()];
        let index = session.group_index();
        for note in &session.notes {
            if let Some(&g) = index.get(note.group.as_str()) {
                sizes[g] += 1;
            }
        }
        let mut lists = GroupLists {
            notes,
            sizes,
            group,
            ..GroupLists::default()
        };
        lists.recount(session, framework, question);
        lists
    }

    /// After a change that leaves every note in its group (a coding, the
    /// question moved): the uncoded notes and the legend, from the group's
    /// notes only.
    pub fn recount(&mut self, session: &Session, framework: &Framework, question: usize) {
        self.uncoded = self
            .notes
            .iter()
            .filter(|&&i| !session.notes[i].is_coded())
            .count();
        self.legend = vec![0; framework.families.len()];
        for &i in &self.notes {
            if let Some(f) = slot(session, framework, question, &session.notes[i]) {
                self.legend[f] += 1;
            }
        }
    }

    /// After one note of the group was coded anew (`was` → `is`): the
    /// uncoded count and the legend follow from that note alone.
    pub fn coded(
        &mut self,
        session: &Session,
        framework: &Framework,
        question: usize,
        was: &Note,
        is: &Note,
    ) {
        if was.is_coded() != is.is_coded() {
            if is.is_coded() {
                self.uncoded = self.uncoded.saturating_sub(1);
            } else {
                self.uncoded += 1;
            }
        }
        if let Some(c) =
            slot(session, framework, question, was).and_then(|f| self.legend.get_mut(f))
        {
            *c = c.saturating_sub(1);
        }
        self.count(session, framework, question, is);
        #[cfg(debug_assertions)]
        self.check(session, framework, question);
    }

    /// After the note at `index` was appended to the group: the lists
    /// follow without looking at every note.
    pub fn appended(
        &mut self,
        session: &Session,
        framework: &Framework,
        question: usize,
        index: usize,
    ) {
        self.notes.push(index);
        if let Some(size) = self.sizes.get_mut(self.group) {
            *size += 1;
        }
        let note = &session.notes[index];
        if !note.is_coded() {
            self.uncoded += 1;
        }
        self.count(session, framework, question, note);
        #[cfg(debug_assertions)]
        self.check(session, framework, question);
    }

    /// The first of the group's notes from place `from` on (a place in
    /// `notes`) that is not coded.
    pub fn uncoded_from(&self, session: &Session, from: usize) -> Option<usize> {
        (from..self.notes.len()).find(|&p| !session.notes[self.notes[p]].is_coded())
    }

    /// The note counted in the legend, where it counts.
    fn count(&mut self, session: &Session, framework: &Framework, question: usize, note: &Note) {
        if let Some(c) =
            slot(session, framework, question, note).and_then(|f| self.legend.get_mut(f))
        {
            *c += 1;
        }
    }

    /// Debug builds (so the tests): the lists kept step by step are those
    /// made from every note.
    #[cfg(debug_assertions)]
    fn check(&self, session: &Session, framework: &Framework, question: usize) {
        let anew = GroupLists::of(session, framework, self.group, question);
        assert_eq!(*self, anew, "the group's lists went out of step");
    }
}

/// Where a note of the group counts in the legend: its family, when it
/// answers the question.
fn slot(session: &Session, framework: &Framework, question: usize, note: &Note) -> Option<usize> {
    let question = session.questions.get(question)?;
    if note.question != question.id {
        return None;
    }
    framework.family_index(note.family.as_deref()?)
}
