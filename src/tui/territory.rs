//! The territory screen's state (`spiral FOLDER`): every session of a
//! synced folder, the feed of notes arriving, kept up to date as files
//! change (`territory::Watch`); `C` opens the live comparison of all
//! their groups.

use std::path::PathBuf;

use super::keymap::Action;
use super::outcome::{Said, nothing};
use crate::model::{Framework, Lang};
use crate::territory::{Territory, Watch};
use crate::tr;

pub struct TerritoryScreen {
    pub territory: Territory,
    watch: Option<Watch>,
    /// The session selected (an index into the files, in path order).
    pub selected: usize,
    /// The families' keys and short labels, for the feed: (id, "4 Relations").
    shorts: Vec<(String, String)>,
    /// What "now" and "today" are, and the zone times are shown in (the
    /// system's; a fixed one in tests).
    pub clock: crate::model::Clock,
    /// When the conflict copies left unmerged were last tried again.
    retried: std::time::Instant,
    /// The Syncthing folder this one is in, when its `.stignore` lacks
    /// spiral's lines (`spiral share` mends it).
    pub unshared: Option<PathBuf>,
}

/// How often conflict copies left unmerged are tried again.
const COPIES_AGAIN: std::time::Duration = std::time::Duration::from_secs(10);

/// Where a key on the territory goes.
pub enum Go {
    Stay,
    Compare,
    /// Open this session (q comes back to the territory).
    Open(PathBuf),
}

impl TerritoryScreen {
    /// Reads the folder and starts watching it; what it takes in (a
    /// conflict copy merged) is said in `lang`, the app's.
    pub fn open(root: &std::path::Path, framework: Framework, lang: Lang) -> TerritoryScreen {
        let territory = Territory::open_in(root, framework.clone(), lang);
        let root = territory.root.clone();
        let root = root.as_path();
        let known: Vec<(PathBuf, Option<crate::store::Stamp>)> = territory
            .files()
            .map(|(p, e)| (p.to_path_buf(), e.stamp))
            .chain(territory.copies.keys().map(|p| (p.clone(), None)))
            .collect();
        let watch = Watch::start(root, known);
        // The families named in the app's language, whatever the
        // sessions' (one screen, one language).
        let shorts = framework
            .short_labels(lang)
            .into_iter()
            .zip(&framework.families)
            .map(|(short, f)| (f.id.clone(), format!("{} {short}", f.key)))
            .collect();
        TerritoryScreen {
            territory,
            watch: Some(watch),
            selected: 0,
            shorts,
            clock: crate::model::Clock::system(),
            retried: std::time::Instant::now(),
            unshared: crate::store::unshared_syncthing_folder(root),
        }
    }

    /// The families' ids and their key and short label.
    pub fn short_labels(&self) -> &[(String, String)] {
        &self.shorts
    }

    pub fn wake_with(&self, wake: crate::wake::Wake) {
        if let Some(w) = &self.watch {
            w.wake_with(wake);
        }
    }

    /// Takes in the files that changed and settled: whether anything
    /// shown changed. Files still arriving are looked at again; what came
    /// in is said in `lang`, the app's.
    pub fn tick(&mut self, lang: Lang) -> bool {
        let Some(watch) = &self.watch else {
            return false;
        };
        let settled = watch.settled();
        if settled.is_empty() {
            return false;
        }
        let changed = self.territory.update_in(&settled, lang);
        for path in self.territory.arriving() {
            watch.again(&path);
        }
        // A copy a window here holds is that window's to merge; one that
        // did not read is tried again now and then, not at every look.
        if self.retried.elapsed() >= COPIES_AGAIN {
            self.retried = std::time::Instant::now();
            for copy in self.territory.copies.keys() {
                watch.again(copy);
            }
        }
        self.selected = self.selected.min(self.territory.len().saturating_sub(1));
        changed
    }

    pub fn update(&mut self, action: Action, lang: Lang) -> (Said, Go) {
        let last = self.territory.len().saturating_sub(1);
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::PageUp => self.selected = self.selected.saturating_sub(10),
            Action::PageDown => self.selected = (self.selected + 10).min(last),
            Action::Top => self.selected = 0,
            Action::Bottom => self.selected = last,
            Action::Compare => return (nothing(), Go::Compare),
            Action::Open => {
                return match self.territory.files().nth(self.selected) {
                    Some((path, _)) => (nothing(), Go::Open(path.to_path_buf())),
                    None => (Err(tr!(lang, "list-none-yet").into()), Go::Stay),
                };
            }
            _ => {}
        }
        (nothing(), Go::Stay)
    }
}
