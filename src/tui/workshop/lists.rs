//! What the screen shows of the selected group, derived from the session:
//! its notes, every group's size, its uncoded notes and the legend's
//! counts (its notes of the current question, per family). Rebuilt from
//! every note on a move; after a coding or a note added, kept step by step,
//! so either costs the same at 100 notes and at 100,000 (debug builds check
//! the steps against a rebuild). And where the list stands when notes come
//! in from outside (a read-only window following the writing one): its
//! end kept in view where it was, else a count of what arrived below.

use super::Workshop;
use crate::model::{Note, Session};

impl Workshop {
    /// The selected group's notes (indices) and every group's size, from
    /// every note.
    pub(super) fn lists_of(session: &Session, group: usize) -> (Vec<usize>, Vec<usize>) {
        let notes = match session.groups.get(group) {
            Some(g) => {
                let id = g.id.as_str();
                session
                    .notes
                    .iter()
                    .enumerate()
                    .filter(|(_, n)| n.group == id)
                    .map(|(i, _)| i)
                    .collect()
            }
            None => Vec::new(),
        };
        let mut sizes = vec![0; session.groups.len()];
        let index = session.group_index();
        for note in &session.notes {
            if let Some(&g) = index.get(note.group.as_str()) {
                sizes[g] += 1;
            }
        }
        (notes, sizes)
    }

    /// After a change that leaves every note in its group (a coding): only
    /// the suggestion and the shown profile follow, so coding costs the same
    /// at 100 notes and at 100,000.
    pub(super) fn after_recode(&mut self) {
        self.uncoded = self
            .notes
            .iter()
            .filter(|&&i| !self.file.session().notes[i].is_coded())
            .count();
        self.count_legend();
        self.refresh_suggestion();
        self.generation += 1;
    }

    /// After one note of the group was coded anew (`was` → `is`): the
    /// uncoded count and the legend follow from that note alone, so coding
    /// costs the same at 100 notes and at 100,000.
    pub(super) fn after_coding(&mut self, was: &Note, is: &Note) {
        if was.is_coded() != is.is_coded() {
            if is.is_coded() {
                self.uncoded = self.uncoded.saturating_sub(1);
            } else {
                self.uncoded += 1;
            }
        }
        if let Some(f) = self.legend_slot(was)
            && let Some(c) = self.legend.get_mut(f)
        {
            *c = c.saturating_sub(1);
        }
        if let Some(f) = self.legend_slot(is)
            && let Some(c) = self.legend.get_mut(f)
        {
            *c += 1;
        }
        self.refresh_suggestion();
        self.generation += 1;
        #[cfg(debug_assertions)]
        self.check_lists();
    }

    /// The legend's counts, from the selected group's notes.
    pub(super) fn count_legend(&mut self) {
        self.legend = self.legend_of();
    }

    fn legend_of(&self) -> Vec<usize> {
        let mut counts = vec![0; self.framework.families.len()];
        for &i in &self.notes {
            if let Some(f) = self.legend_slot(&self.file.session().notes[i]) {
                counts[f] += 1;
            }
        }
        counts
    }

    /// Where a note of the selected group counts in the legend: its
    /// family, when it answers the current question.
    fn legend_slot(&self, note: &Note) -> Option<usize> {
        let question = self.file.session().questions.get(self.question)?;
        if note.question != question.id {
            return None;
        }
        self.framework.family_index(note.family.as_deref()?)
    }

    /// After a new note was appended to the selected group: the lists
    /// follow without looking at every note, so adding a note costs the
    /// same at 100 notes and at 100,000.
    pub(super) fn after_append(&mut self, index: usize) {
        self.notes.push(index);
        if let Some(size) = self.group_sizes.get_mut(self.group) {
            *size += 1;
        }
        let note = &self.file.session().notes[index];
        if !note.is_coded() {
            self.uncoded += 1;
        }
        if let Some(f) = self.legend_slot(note)
            && let Some(count) = self.legend.get_mut(f)
        {
            *count += 1;
        }
        self.generation += 1;
        #[cfg(debug_assertions)]
        self.check_lists();
    }

    /// Where the notes list stands, before notes come in from outside.
    pub(super) fn list_end(&self) -> ListEnd {
        let len = self.notes.len();
        let rows = self.list_rows.get();
        ListEnd {
            len,
            group: self.current_group().map(|g| g.id.clone()),
            in_view: rows > 0 && self.scroll.get() + rows >= len,
            on_last: len > 0 && self.selected + 1 == len,
        }
    }

    /// After notes came in from outside: where the list showed its end, it
    /// still does: the selection goes on to the newest when it was on the
    /// last note, else it stays (and in view: the list scrolls down only
    /// as far as that allows). Where the reader had scrolled up, the list
    /// stays; the notes below what it shows are counted for it to say
    /// ("2 new below — End"), until the reader sees them.
    pub(super) fn keep_end_in_view(&mut self, was: ListEnd) {
        let len = self.notes.len();
        let same_group = was.group == self.current_group().map(|g| g.id.clone());
        if !same_group || len <= was.len {
            return;
        }
        if was.on_last {
            self.select(len - 1);
        } else if was.in_view {
            let rows = self.list_rows.get().max(1);
            self.scroll.set(len.saturating_sub(rows).min(self.selected));
        }
        self.arrived.set(self.arrived.get() + (len - was.len));
    }

    /// Debug builds (so the tests): the lists kept up to date step by step
    /// are those `refresh` makes from every note.
    #[cfg(debug_assertions)]
    fn check_lists(&self) {
        let (notes, sizes) = Workshop::lists_of(self.file.session(), self.group);
        let uncoded = notes
            .iter()
            .filter(|&&i| !self.file.session().notes[i].is_coded())
            .count();
        assert_eq!(
            (&self.notes, &self.group_sizes, self.uncoded),
            (&notes, &sizes, uncoded),
            "the workshop's lists went out of step"
        );
        assert_eq!(self.legend, self.legend_of(), "the legend went out of step");
    }
}

/// Where the notes list stood before notes came in from outside: its
/// length and group, whether its last note was in view, whether the
/// selection was on it.
pub(super) struct ListEnd {
    len: usize,
    group: Option<String>,
    in_view: bool,
    on_last: bool,
}
