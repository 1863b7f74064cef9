//! A text line over a list that narrows as you type: the note search, the
//! family and component picker, the move picker.

use std::cell::Cell;

use tui_input::{Input, InputRequest};
use uuid::Uuid;

use crate::suggest::rank;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinderKind {
    /// Every note of the session; Enter jumps to it.
    Search,
    /// Families and components; Enter codes the selected note.
    Pick,
    /// Groups and questions; Enter moves the selected note there.
    Move,
}

impl FinderKind {
    pub fn title(self) -> &'static str {
        match self {
            FinderKind::Search => "Search notes",
            FinderKind::Pick => "Code with a family or component",
            FinderKind::Move => "Move the note to",
        }
    }
}

/// What taking a result does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Note(Uuid),
    Code {
        family: usize,
        component: Option<usize>,
    },
    Group(usize),
    Question(usize),
}

#[derive(Debug, Clone)]
pub struct FinderItem {
    pub label: String,
    /// Shown dimmed after the label (a note's group and question).
    pub detail: String,
    /// Folded text the query matches against.
    pub haystack: String,
    pub target: Target,
}

#[derive(Debug)]
pub struct Finder {
    pub kind: FinderKind,
    pub input: Input,
    pub items: Vec<FinderItem>,
    /// Indices into `items` that match, best first.
    pub results: Vec<usize>,
    pub selected: usize,
    pub scroll: Cell<usize>,
}

impl Finder {
    pub fn new(kind: FinderKind, items: Vec<FinderItem>) -> Finder {
        let results = (0..items.len()).collect();
        Finder {
            kind,
            input: Input::default(),
            items,
            results,
            selected: 0,
            scroll: Cell::new(0),
        }
    }

    /// Edits the query and narrows the results.
    pub fn edit(&mut self, request: InputRequest) {
        if self.input.handle(request).is_some_and(|r| r.value) {
            self.refilter();
        }
    }

    pub fn insert_str(&mut self, text: &str) {
        insert_text(&mut self.input, text);
        self.refilter();
    }

    fn refilter(&mut self) {
        self.results = rank(
            self.items.iter().map(|i| i.haystack.as_str()),
            self.input.value(),
        );
        self.selected = 0;
        self.scroll.set(0);
    }

    pub fn up(&mut self) {
        self.selected = self.selected.saturating_sub(1);
    }

    pub fn down(&mut self) {
        if self.selected + 1 < self.results.len() {
            self.selected += 1;
        }
    }

    pub fn chosen(&self) -> Option<&FinderItem> {
        self.results.get(self.selected).map(|&i| &self.items[i])
    }
}

/// Inserts text at the cursor of a text line, cleaned as a note is (no
/// control characters, one line, NFC).
pub fn insert_text(input: &mut Input, text: &str) {
    for c in crate::text::clean(text).chars() {
        input.handle(InputRequest::InsertChar(c));
    }
}

/// The first visible row of a scrolled list of `len` rows, `height` tall,
/// so that `selected` stays visible, moving as little as possible from the
/// previous offset.
pub fn scroll_to(offset: &Cell<usize>, selected: usize, height: usize, len: usize) -> usize {
    let height = height.max(1);
    let mut top = offset.get();
    if selected < top {
        top = selected;
    } else if selected >= top + height {
        top = selected + 1 - height;
    }
    top = top.min(len.saturating_sub(height));
    offset.set(top);
    top
}
