//! Where the notes list stands when notes come in from outside (a
//! read-only window following the writing one): its end kept in view where
//! it was, else a count of what arrived below. (The lists themselves are
//! the core's, `model::GroupLists`.)

use super::Workshop;

impl Workshop {
    /// Where the notes list stands, before notes come in from outside.
    pub(super) fn list_end(&self) -> ListEnd {
        let len = self.lists.notes.len();
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
        let len = self.lists.notes.len();
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
