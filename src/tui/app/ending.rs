//! Work off the input path and the app's end: a quit asked (twice when
//! the last save failed; back to the territory or the session list a
//! session was opened from), everything flushed before the app ends,
//! autosave (what the workers finished is taken in `app/news.rs`).

use super::{Page, SessionList, State};
use std::path::{Path, PathBuf};

use crate::tr;
use crate::tui::outcome::{Said, info, nothing, problem};
use crate::tui::overlay::Overlay;

impl State {
    pub(super) fn ask_quit(&mut self) -> Said {
        if let Some(w) = self.workshop_mut() {
            w.file.mark_deleted_as_unsaved();
        }
        // What the save said is said in the session's language.
        let said_in = self.workshop().map_or(self.lang(), |w| w.ui());
        if let Some(p) = self.page_mut()
            && let Some(Err(e)) = p.flush()
            && !self.quit_asked
        {
            let why = e.describe(said_in);
            self.quit_asked = true;
            return problem(tr!(self.lang(), "app-quit-anyway", why = why));
        }
        if let Some(t) = self.territory_behind.take() {
            // The session is closed (saved, its lock let go when its page
            // goes); the territory comes back, as it went on watching.
            let closed = self
                .workshop()
                .and_then(|w| w.file.path())
                .map(|p| p.display().to_string());
            self.quit_asked = false;
            self.show(Page::Territory(t));
            return info(match closed {
                Some(path) => tr!(self.lang(), "app-closed-back", file = path),
                None => tr!(self.lang(), "app-back"),
            });
        }
        if let Some(list) = self.list_behind.take() {
            return self.back_to_list(*list);
        }
        self.quit = true;
        nothing()
    }

    /// The session is closed (saved, its lock let go as its page goes);
    /// the list it was opened from comes back, read anew (the session's
    /// counts as they are now), with it selected and the marks kept.
    fn back_to_list(&mut self, old: SessionList) -> Said {
        let closed = self
            .workshop()
            .and_then(|w| w.file.path())
            .map(Path::to_path_buf);
        self.page = Page::Failed {
            path: PathBuf::new(),
            error: String::new(),
        };
        let mut list = SessionList::load(&old.dir);
        list.marked = old
            .marked
            .into_iter()
            .filter(|p| list.entries.iter().any(|e| e.path == *p))
            .collect();
        if let Some(at) = closed.as_ref().and_then(|path| {
            list.shown
                .iter()
                .position(|&i| list.entries[i].path == *path)
        }) {
            list.selected = at;
        }
        self.quit_asked = false;
        self.show(Page::List(list));
        info(match closed {
            Some(path) => tr!(
                self.lang(),
                "app-closed-back-to-list",
                file = path.display().to_string()
            ),
            None => tr!(self.lang(), "app-back-to-list"),
        })
    }

    /// Before the app ends, however it ends: what is in the capture line is
    /// kept, and everything is saved.
    pub fn flush(&mut self) {
        let mut rescued = None;
        let mut lost = None;
        if let Some(p) = self.page_mut() {
            p.workshop.file.mark_deleted_as_unsaved();
            if let Some(Err(why)) = p.flush() {
                // Not saved where it belongs (another program changed or
                // deleted the file, the disk is full): a copy, so nothing
                // is lost.
                rescued = p.workshop.file.rescue();
                if rescued.is_none() {
                    lost = Some(why.describe(p.workshop.ui()));
                }
            }
        }
        if rescued.is_some() {
            self.rescued = rescued;
        }
        self.unsaved = lost;
    }

    /// Autosave, off the input path: asks the writer to save what changed,
    /// and returns at once (`woken` or `tick` collects the result).
    pub fn autosave(&mut self) {
        if let Some(w) = self.workshop_mut() {
            w.file.autosave();
        }
    }

    /// Work under way off the input path (a save, a search): tests and
    /// benchmarks wait on it; the loop itself is woken when it ends.
    pub fn busy(&self) -> bool {
        self.workshop().is_some_and(|w| w.file.saving())
            || matches!(&self.overlay, Some(Overlay::Finder(f)) if f.searching())
    }

    /// Waits for the search under way to give its results (benchmarks and
    /// tests; the app itself never waits for one, except on Enter).
    pub fn settle_search(&mut self) {
        if let Some(Overlay::Finder(f)) = &mut self.overlay {
            f.settle();
        }
    }

    /// Saves what changed and waits for it (tests, and before a step that
    /// needs the file written).
    pub fn save_if_dirty(&mut self) {
        if let Some(w) = self.workshop_mut()
            && let Some(said) = w.save_if_dirty()
        {
            let lang = w.ui();
            self.say_in(said, lang);
        }
    }
}
