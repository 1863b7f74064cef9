//! Going from page to page: what a key does on the session list, the
//! territory and the comparison, opening a session (from the list, the
//! territory, a new one), and the comparison opened and closed.

use std::path::{Path, PathBuf};

use super::{ListGo, Page, State};
use crate::model::{Framework, Lang, Session};
use crate::store;
use crate::text::fold;
use crate::tr;
use crate::tui::compare::{Back, CompareScreen};
use crate::tui::keymap::Action;
use crate::tui::outcome::{Said, info, nothing, problem, words};
use crate::tui::overlay::Overlay;
use crate::tui::screen::SessionPage;
use crate::tui::workshop::Workshop;

impl State {
    pub(super) fn act_page(&mut self, action: Action) -> Said {
        if action == Action::Compare {
            return self.open_compare();
        }
        if let Page::Compare(screen) = &mut self.page {
            let (said, back) = screen.update(action, &self.framework);
            if back {
                self.close_compare();
            }
            return said;
        }
        match &mut self.page {
            Page::Failed { .. } | Page::Compare(_) => nothing(),
            Page::Territory(t) => {
                let lang = self.tongue.alone();
                let (said, go) = t.update(action, lang);
                if let crate::tui::territory::Go::Open(path) = go {
                    return self.open_from_territory(&path);
                }
                said
            }
            Page::List(list) => {
                let lang = self.tongue.alone();
                let (said, go) = list.update(action, lang, &mut self.overlay);
                match go {
                    ListGo::Stay => {}
                    ListGo::Open(path) => {
                        self.open_from_list(&path);
                        self.status = self.opening_status();
                    }
                    ListGo::Reconcile(path, made) => {
                        self.open_from_list(&path);
                        self.status = self.opening_status();
                        if let Page::Workshop(p) = &mut self.page {
                            let opened = p.open_reconcile();
                            let progress = words(&opened, self.lang()).0;
                            return info(tr!(
                                self.lang(),
                                "app-made",
                                file = path.display().to_string(),
                                what = made,
                                progress = progress
                            ));
                        }
                    }
                }
                said
            }
            Page::Workshop(p) => p.update(action, &mut self.overlay),
        }
    }

    /// `Enter` in the territory: the session opened here; `q` comes back.
    pub(super) fn open_from_territory(&mut self, path: &Path) -> Said {
        let placeholder = Page::Failed {
            path: PathBuf::new(),
            error: String::new(),
        };
        if let Page::Territory(t) = std::mem::replace(&mut self.page, placeholder) {
            self.territory_behind = Some(t);
        }
        self.show(open_page(&self.framework, path, self.tongue.alone()));
        self.status = self.opening_status();
        match &self.status {
            Some(s) if s.error => problem(s.text.clone()),
            Some(s) => info(s.text.clone()),
            None => nothing(),
        }
    }

    /// A session opened from the session list (`Enter`, a new one, a merge,
    /// a reconcile): the list waits behind it, and `q` comes back to it.
    fn open_from_list(&mut self, path: &Path) {
        let placeholder = Page::Failed {
            path: PathBuf::new(),
            error: String::new(),
        };
        if let Page::List(list) = std::mem::replace(&mut self.page, placeholder) {
            self.list_behind = Some(Box::new(list));
        }
        self.show(open_page(&self.framework, path, self.tongue.alone()));
    }

    /// `C`: the open session's groups, or the sessions marked in the list
    /// (the selected one when none is marked).
    pub(super) fn open_compare(&mut self) -> Said {
        let placeholder = Page::Failed {
            path: PathBuf::new(),
            error: String::new(),
        };
        match std::mem::replace(&mut self.page, placeholder) {
            Page::Workshop(w) => {
                self.page = Page::Compare(Box::new(CompareScreen::of_workshop(w)));
                nothing()
            }
            Page::Territory(t) => {
                let screen = CompareScreen::of_territory(t, &self.framework, self.tongue);
                self.page = Page::Compare(Box::new(screen));
                nothing()
            }
            Page::List(list) => {
                let files: Vec<PathBuf> = if list.marked.is_empty() {
                    list.shown
                        .get(list.selected)
                        .map(|&i| list.entries[i].path.clone())
                        .into_iter()
                        .collect()
                } else {
                    list.marked.clone()
                };
                if files.is_empty() {
                    self.page = Page::List(list);
                    return Err(tr!(self.lang(), "list-nothing-to-compare").into());
                }
                match CompareScreen::of_files(files, Box::new(list), &self.framework, self.tongue) {
                    Ok(screen) => {
                        self.page = Page::Compare(Box::new(screen));
                        nothing()
                    }
                    Err((list, reason)) => {
                        self.page = Page::List(*list);
                        problem(reason)
                    }
                }
            }
            other => {
                self.page = other;
                nothing()
            }
        }
    }

    pub(super) fn close_compare(&mut self) {
        let placeholder = Page::Failed {
            path: PathBuf::new(),
            error: String::new(),
        };
        if let Page::Compare(screen) = std::mem::replace(&mut self.page, placeholder) {
            self.page = match screen.back {
                Back::Workshop(mut p) => {
                    p.workshop.refresh();
                    p.follow();
                    Page::Workshop(p)
                }
                Back::List(list) => Page::List(*list),
                Back::Territory(t) => Page::Territory(t),
            };
        }
    }

    pub(super) fn create_session(&mut self, dir: &Path, title: &str) -> Said {
        // In the language the app speaks (the system's, or the one asked
        // for); the details form changes it.
        let session = Session::new(title, &self.framework, self.tongue.alone());
        if session.title.is_empty() {
            return Err(tr!(self.lang(), "app-needs-title").into());
        }
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let path = store::unused_path(dir, &slug(&session.title));
        let lang = self.lang();
        store::save_new_session(&path, &session).map_err(|e| {
            let why = crate::i18n::describe_io(&e, lang);
            format!("{}: {why}", path.display())
        })?;
        self.open_from_list(&path);
        // Its details at once: what its summary will say of it.
        self.overlay = Some(Overlay::Details(crate::tui::details::DetailsForm::default()));
        info(tr!(
            self.lang(),
            "app-created",
            file = path.display().to_string()
        ))
    }
}

/// The page of the session at `path`, or why it does not open, said in
/// `lang`.
pub(super) fn open_page(framework: &Framework, path: &Path, lang: Lang) -> Page {
    match crate::live::SessionFile::open(path) {
        Ok(file) => Page::Workshop(Box::new(SessionPage::new(Workshop::new(
            file,
            framework.clone(),
        )))),
        Err(e) => Page::Failed {
            path: e.path().to_path_buf(),
            error: crate::said::with_causes(&e, lang),
        },
    }
}

/// A file name from a title: lower case, accents folded, words joined by `-`.
fn slug(title: &str) -> String {
    let folded = fold(title);
    let words: Vec<&str> = crate::text::words(&folded).collect();
    let s = words.join("-");
    if s.is_empty() {
        "session".into()
    } else {
        s.chars().take(60).collect()
    }
}
