//! The session list's state: the sessions of the data folder, the filter
//! typed over them, and the sessions marked to compare, merge or reconcile.

use std::cell::Cell;
use std::path::{Path, PathBuf};

use tui_input::Input;

use super::outcome::{Said, info};
use crate::store::{self, SessionEntry};
use crate::text::fold;

/// The sessions of the data folder.
#[derive(Debug)]
pub struct SessionList {
    pub dir: PathBuf,
    pub entries: Vec<SessionEntry>,
    /// The filter line, while it is being typed.
    pub filter: Input,
    pub filtering: bool,
    /// Indices into `entries` that pass the filter, best first.
    pub shown: Vec<usize>,
    pub selected: usize,
    pub scroll: Cell<usize>,
    /// Sessions marked for comparison, in the order marked.
    pub marked: Vec<PathBuf>,
}

impl SessionList {
    pub fn load(dir: &Path) -> SessionList {
        let entries = store::list_sessions(dir);
        let shown = (0..entries.len()).collect();
        SessionList {
            dir: dir.to_path_buf(),
            entries,
            filter: Input::default(),
            filtering: false,
            shown,
            selected: 0,
            scroll: Cell::new(0),
            marked: Vec::new(),
        }
    }

    pub(super) fn toggle_mark(&mut self) -> Said {
        let Some(entry) = self.shown.get(self.selected).map(|&i| &self.entries[i]) else {
            return Err("No session here.".into());
        };
        if entry.summary.is_err() {
            return Err("This file does not read; it cannot be compared.".into());
        }
        let path = entry.path.clone();
        match self.marked.iter().position(|p| *p == path) {
            Some(i) => {
                self.marked.remove(i);
            }
            None => self.marked.push(path),
        }
        if self.selected + 1 < self.shown.len() {
            self.selected += 1;
        }
        info(format!("{} marked: C compares them.", self.marked.len()))
    }

    pub(super) fn refilter(&mut self) {
        let haystacks: Vec<String> = self
            .entries
            .iter()
            .map(|e| {
                let title = e.summary.as_ref().map(|s| s.title.as_str()).unwrap_or("");
                fold(&format!("{title} {}", e.path.display()))
            })
            .collect();
        self.shown =
            crate::suggest::rank(haystacks.iter().map(String::as_str), self.filter.value());
        self.selected = 0;
    }
}
