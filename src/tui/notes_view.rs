//! Where the open session's notes list stands on the screen: its scroll,
//! its rows at the last draw, the notes that came in from outside below
//! what it shows; and where its end goes when notes come in (a read-only
//! window following the writing one): kept in view where it was, else
//! counted for the list to say ("2 new below — End"). The workshop holds
//! one; the notes list's drawing sets it (`view::workshop`).

use std::cell::Cell;

#[derive(Debug, Default)]
pub struct NotesView {
    pub scroll: Cell<usize>,
    /// The list's rows at its last draw.
    pub rows: Cell<usize>,
    /// Notes that came in below what the list shows, not yet seen.
    pub arrived: Cell<usize>,
}

/// Where the notes list stood before notes came in from outside: its
/// length and group, whether its last note was in view, whether the
/// selection was on it.
pub struct ListEnd {
    len: usize,
    group: Option<String>,
    in_view: bool,
    on_last: bool,
}

impl NotesView {
    /// Back to the top, nothing counted below (another group shown).
    pub fn reset(&self) {
        self.scroll.set(0);
        self.arrived.set(0);
    }

    /// Where a list of `len` notes of `group` stands, the `selected`th
    /// selected, before notes come in from outside.
    pub fn end(&self, len: usize, group: Option<String>, selected: usize) -> ListEnd {
        let rows = self.rows.get();
        ListEnd {
            len,
            group,
            in_view: rows > 0 && self.scroll.get() + rows >= len,
            on_last: len > 0 && selected + 1 == len,
        }
    }

    /// After notes came in (the list, of `group`, is `len` long now):
    /// where the list showed its end, it still does: the selection goes on
    /// to the newest when it was on the last note (the note to select),
    /// else it stays (and in view: the list scrolls down only as far as
    /// that allows). Where the reader had scrolled up, the list stays; the
    /// notes below what it shows are counted for it to say, until the
    /// reader sees them.
    pub fn keep_end(
        &self,
        was: ListEnd,
        len: usize,
        group: Option<String>,
        selected: usize,
    ) -> Option<usize> {
        if was.group != group || len <= was.len {
            return None;
        }
        self.arrived.set(self.arrived.get() + (len - was.len));
        if was.on_last {
            return Some(len - 1);
        }
        if was.in_view {
            let rows = self.rows.get().max(1);
            self.scroll.set(len.saturating_sub(rows).min(selected));
        }
        None
    }
}
