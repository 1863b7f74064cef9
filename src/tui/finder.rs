//! A text line over a list that narrows as you type: the note search, the
//! family and component picker, the move picker.

use std::cell::Cell;
use std::sync::Arc;

use tui_input::{Input, InputRequest};
use uuid::Uuid;

use crate::suggest::{Ranker, rank};
use crate::tr;

/// From this many items on, the ranking runs off the input path (the
/// search over the notes of a large session); below, it is instant.
pub const OFF_PATH_FROM: usize = 2_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinderKind {
    /// Every note of the session; Enter jumps to it.
    Search,
    /// Families and components; Enter codes the selected note.
    Pick,
    /// Groups and questions; Enter moves the selected note there.
    Move,
    /// The session's actions; Enter links the selected note to one.
    Link,
}

impl FinderKind {
    pub fn title(self, lang: crate::model::Lang) -> String {
        match self {
            FinderKind::Search => tr!(lang, "finder-search"),
            FinderKind::Pick => tr!(lang, "finder-pick"),
            FinderKind::Move => tr!(lang, "finder-move"),
            FinderKind::Link => tr!(lang, "finder-link"),
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
    /// An action, by its id: the selected note is linked to it.
    Action(Uuid),
}

#[derive(Debug, Clone)]
pub struct FinderItem {
    pub label: String,
    /// Shown dimmed after the label (a note's group and question).
    pub detail: Arc<str>,
    pub target: Target,
}

#[derive(Debug)]
pub struct Finder {
    pub kind: FinderKind,
    pub input: Input,
    pub items: Vec<FinderItem>,
    /// Each item's text, which the query matches against: folded (with
    /// `text::fold`) when `folded`; else the ranking thread folds it.
    haystacks: Arc<[String]>,
    folded: bool,
    /// Indices into `items` that match, best first.
    pub results: Vec<usize>,
    pub selected: usize,
    pub scroll: Cell<usize>,
    /// The ranking thread, for a long list.
    ranker: Option<Ranker>,
}

impl Finder {
    /// A finder over `items`, matched by `haystacks` (one each, folded).
    pub fn new(kind: FinderKind, items: Vec<FinderItem>, haystacks: Vec<String>) -> Finder {
        Finder::with(kind, items, haystacks, true)
    }

    /// A finder over `items`, matched by `texts` not yet folded: a long
    /// list has them folded on the ranking thread, off the input path.
    pub fn unfolded(kind: FinderKind, items: Vec<FinderItem>, texts: Vec<String>) -> Finder {
        Finder::with(kind, items, texts, false)
    }

    fn with(
        kind: FinderKind,
        items: Vec<FinderItem>,
        haystacks: Vec<String>,
        folded: bool,
    ) -> Finder {
        debug_assert_eq!(items.len(), haystacks.len());
        let results = (0..items.len()).collect();
        let haystacks: Arc<[String]> = haystacks.into();
        let ranker = if items.len() >= OFF_PATH_FROM {
            Ranker::start(Arc::clone(&haystacks), folded).ok()
        } else {
            None
        };
        let mut finder = Finder {
            kind,
            input: Input::default(),
            items,
            haystacks,
            folded,
            results,
            selected: 0,
            scroll: Cell::new(0),
            ranker,
        };
        if finder.ranker.is_none() {
            finder.fold_here();
        }
        finder
    }

    /// Folds the texts on this thread (a short list, or no ranking thread).
    fn fold_here(&mut self) {
        if !self.folded {
            self.haystacks = self
                .haystacks
                .iter()
                .map(|t| crate::text::fold(t))
                .collect();
            self.folded = true;
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

    /// Ranks the items against the query: asked of the ranking thread for
    /// a long list (the results come in `tick`), at once for a short one.
    fn refilter(&mut self) {
        if let Some(ranker) = &mut self.ranker {
            if ranker.ask(self.input.value()) {
                return;
            }
            self.ranker = None;
        }
        self.fold_here();
        let results = rank(
            self.haystacks.iter().map(String::as_str),
            self.input.value(),
        );
        self.show(results);
    }

    fn show(&mut self, results: Vec<usize>) {
        self.results = results;
        self.selected = 0;
        self.scroll.set(0);
    }

    /// Results that came from the ranking thread: the first is selected,
    /// unless the user moved to another in the list shown meanwhile and it
    /// is still there.
    fn show_keeping(&mut self, results: Vec<usize>) {
        let kept = (self.selected > 0)
            .then(|| self.results.get(self.selected).copied())
            .flatten()
            .and_then(|item| results.iter().position(|&i| i == item));
        self.show(results);
        if let Some(at) = kept {
            self.selected = at;
        }
    }

    /// The ranking thread, if any, wakes `wake` when results come.
    pub fn wake_with(&self, wake: &crate::wake::Wake) {
        if let Some(ranker) = &self.ranker {
            ranker.wake_with(wake.clone());
        }
    }

    /// The results of the last query are still being ranked (the list
    /// shows those of the one before).
    pub fn searching(&self) -> bool {
        self.ranker.as_ref().is_some_and(Ranker::pending)
    }

    /// Takes results that came from the ranking thread: whether the list
    /// changed.
    pub fn tick(&mut self) -> bool {
        let Some(ranker) = &mut self.ranker else {
            return false;
        };
        if let Some(results) = ranker.take() {
            self.show_keeping(results);
            return true;
        }
        if !ranker.alive() {
            // The thread is gone (a bug): rank here from now on.
            self.ranker = None;
            self.refilter();
            return true;
        }
        false
    }

    /// Waits for the results of the last query, so that what Enter takes
    /// is what was typed.
    pub fn settle(&mut self) {
        let Some(ranker) = &mut self.ranker else {
            return;
        };
        if !ranker.pending() {
            return;
        }
        match ranker.wait() {
            Some(results) => self.show_keeping(results),
            None => {
                self.ranker = None;
                self.refilter();
            }
        }
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
