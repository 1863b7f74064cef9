//! The session list's state: the sessions of the data folder, the filter
//! typed over them, and the sessions marked to compare, merge or reconcile.

use std::cell::Cell;
use std::path::{Path, PathBuf};

use tui_input::Input;

use super::keymap::Action;
use super::outcome::{Said, info, nothing, problem};
use super::overlay::{Overlay, PromptKind};
use crate::i18n::Describe;
use crate::model::Lang;
use crate::store::{self, SessionEntry};
use crate::text::fold;
use crate::tr;

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
    /// The Syncthing folder the data folder is in, when its `.stignore`
    /// lacks spiral's lines (`spiral share` mends it).
    pub unshared: Option<PathBuf>,
}

/// Where the list goes after an action.
pub enum ListGo {
    Stay,
    /// Open this session file.
    Open(PathBuf),
    /// Open the file just made to reconcile two codings in (what it holds,
    /// said), on its reconcile screen.
    Reconcile(PathBuf, String),
}

impl SessionList {
    /// A key on the session list.
    pub fn update(
        &mut self,
        action: Action,
        lang: Lang,
        overlay: &mut Option<Overlay>,
    ) -> (Said, ListGo) {
        let stay = |said| (said, ListGo::Stay);
        match action {
            Action::Up => {
                self.selected = self.selected.saturating_sub(1);
                stay(nothing())
            }
            Action::Down => {
                if self.selected + 1 < self.shown.len() {
                    self.selected += 1;
                }
                stay(nothing())
            }
            Action::Filter => {
                self.filtering = true;
                stay(nothing())
            }
            Action::Submit => {
                self.filtering = false;
                stay(nothing())
            }
            Action::Cancel | Action::Back => {
                self.filtering = false;
                self.filter.reset();
                self.refilter();
                stay(nothing())
            }
            Action::Mark => stay(self.toggle_mark(lang)),
            Action::MergeSessions => {
                if self.marked.len() < 2 {
                    return stay(problem(tr!(
                        lang,
                        "list-merge-marked",
                        n = self.marked.len()
                    )));
                }
                match crate::ops::merge_into_new(&self.marked, &self.dir, lang) {
                    Ok(made) => (
                        info(made.describe(self.marked.len(), lang)),
                        ListGo::Open(made.path),
                    ),
                    Err(e) => stay(problem(crate::said::with_causes(&e, lang))),
                }
            }
            Action::Reconcile => {
                let [a, b] = self.marked.as_slice() else {
                    return stay(problem(tr!(
                        lang,
                        "list-reconcile-marked",
                        n = self.marked.len()
                    )));
                };
                match crate::ops::make_reconcile_file(a, b, None) {
                    Ok(made) => match made.target.file() {
                        Some(path) => (
                            nothing(),
                            ListGo::Reconcile(path.to_path_buf(), made.describe(lang)),
                        ),
                        None => stay(problem(tr!(
                            lang,
                            "list-wrote-no-file",
                            file = made.target.describe(lang)
                        ))),
                    },
                    Err(e) => stay(problem(crate::said::with_causes(&e, lang))),
                }
            }
            Action::NewSession => {
                *overlay = Some(Overlay::Prompt {
                    kind: PromptKind::NewSession,
                    input: Input::default(),
                });
                stay(nothing())
            }
            Action::Open => match self.shown.get(self.selected) {
                Some(&i) => (nothing(), ListGo::Open(self.entries[i].path.clone())),
                None => stay(problem(tr!(lang, "list-none-yet"))),
            },
            _ => stay(nothing()),
        }
    }

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
            unshared: store::unshared_syncthing_folder(dir),
        }
    }

    pub(super) fn toggle_mark(&mut self, lang: Lang) -> Said {
        let Some(entry) = self.shown.get(self.selected).map(|&i| &self.entries[i]) else {
            return Err(tr!(lang, "list-no-session").into());
        };
        if entry.summary.is_err() {
            return Err(tr!(lang, "list-unreadable").into());
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
        info(tr!(lang, "list-marked-now", n = self.marked.len()))
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
