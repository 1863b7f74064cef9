//! The synthesis screen's state and behaviour: one family at a time, its
//! criteria on the left (with "not merged" first), the notes of the one
//! selected on the right; notes are marked, then merged under a wording,
//! added to a criterion, split off or taken out. Every edit is a `Change`
//! through the workshop, so undo and autosave cover it. Its state and its
//! keys; its drawing in `synthesis/draw.rs`.

mod draw;

use std::cell::Cell;
use std::collections::HashSet;

use ratatui::Frame;
use ratatui::layout::Rect;
use tui_input::Input;
use uuid::Uuid;

use super::shape::{Go, Opened, Refused, Screen};
use crate::i18n::Describe;
use crate::model::Change;
use crate::profile::{self, likeness_words};
use crate::tr;
use crate::tui::keymap::Action;
use crate::tui::keymap::Context;
use crate::tui::outcome::{Said, info, nothing, problem};
use crate::tui::overlay::{Overlay, PromptKind};
use crate::tui::workshop::Workshop;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Criteria,
    Notes,
}

#[derive(Debug)]
pub struct SynthesisView {
    /// The family shown (index into the framework's families).
    pub family: usize,
    /// The left pane's selection: 0 is "not merged", `i` the criterion
    /// `criteria[i - 1]`.
    pub entry: usize,
    /// The id of the criterion selected (`None`: "not merged"): what
    /// `entry` is found from again after a change, since a change can move
    /// criteria.
    pub selected_id: Option<String>,
    pub focus: Pane,
    /// The right pane's selection.
    pub cursor: usize,
    /// Marked notes, in the order marked.
    pub marked: Vec<Uuid>,
    /// Not-merged notes like a marked one, most alike first.
    pub similar: Vec<Uuid>,
    /// Derived at each change, not at each frame:
    /// the family's criteria (indices into `session.criteria`, file order),
    pub criteria: Vec<usize>,
    /// how many notes each holds,
    pub counts: Vec<usize>,
    /// the family's notes in no criterion,
    pub not_merged: usize,
    /// and the notes of the selected entry (indices into `session.notes`).
    pub rows: Vec<usize>,
    pub criteria_scroll: Cell<usize>,
    pub rows_scroll: Cell<usize>,
}

impl SynthesisView {
    pub fn new(family: usize) -> SynthesisView {
        SynthesisView {
            family,
            entry: 0,
            selected_id: None,
            focus: Pane::Notes,
            cursor: 0,
            marked: Vec::new(),
            similar: Vec::new(),
            criteria: Vec::new(),
            counts: Vec::new(),
            not_merged: 0,
            rows: Vec::new(),
            criteria_scroll: Cell::new(0),
            rows_scroll: Cell::new(0),
        }
    }

    /// The criterion selected on the left, if any (index into
    /// `session.criteria`).
    pub fn selected_criterion(&self) -> Option<usize> {
        self.entry
            .checked_sub(1)
            .and_then(|i| self.criteria.get(i))
            .copied()
    }
}

/// Opens the synthesis of the selected note's family.
pub fn open(w: &mut Workshop) -> Result<Opened, Refused> {
    Ok((Box::new(SynthesisView::open(w)), None))
}

impl Screen for SynthesisView {
    fn context(&self) -> Context {
        Context::Synthesis
    }

    fn update(
        &mut self,
        w: &mut Workshop,
        action: Action,
        overlay: &mut Option<Overlay>,
    ) -> (Said, Go) {
        self.keys(w, action, overlay)
    }

    fn draw(&self, w: &Workshop, frame: &mut Frame, area: Rect) {
        draw::draw(w, self, frame, area);
    }

    fn refresh(&mut self, w: &Workshop) {
        self.follow(w);
    }

    /// The wording of a new criterion, or a criterion's new wording.
    fn submit(&mut self, w: &mut Workshop, kind: PromptKind, value: &str) -> Option<Said> {
        match kind {
            PromptKind::NewCriterion => Some(self.merge(w, value)),
            PromptKind::RewordCriterion => Some(self.reword(w, value)),
            _ => None,
        }
    }
}

impl SynthesisView {
    /// The synthesis of the selected note's family (the first family when
    /// it has none).
    pub fn open(w: &Workshop) -> SynthesisView {
        let family = w
            .selected_note()
            .and_then(|i| w.session().notes[i].family.as_deref())
            .and_then(|f| w.framework.family_index(f))
            .unwrap_or(0);
        let mut v = SynthesisView::new(family);
        v.follow(w);
        v
    }

    /// A key on the synthesis screen.
    fn keys(
        &mut self,
        w: &mut Workshop,
        action: Action,
        overlay: &mut Option<Overlay>,
    ) -> (Said, Go) {
        let none = || nothing();
        let said = match action {
            Action::PrevGroup | Action::NextGroup => {
                self.step_family(w, action == Action::NextGroup);
                none()
            }
            Action::Code(key) => self.family_key(w, key),
            Action::Up => {
                self.move_by(w, -1);
                none()
            }
            Action::Down => {
                self.move_by(w, 1);
                none()
            }
            Action::PageUp | Action::PageDown | Action::Top | Action::Bottom => {
                self.move_by(
                    w,
                    match action {
                        Action::PageUp => -10,
                        Action::PageDown => 10,
                        Action::Top => isize::MIN / 2,
                        _ => isize::MAX / 2,
                    },
                );
                none()
            }
            Action::SwitchPane => {
                self.switch_pane();
                none()
            }
            Action::Mark => self.mark(w),
            Action::NextSimilar => self.next_similar(w),
            Action::Merge | Action::Reword => {
                let start = if action == Action::Merge {
                    self.merge_start(w)
                } else {
                    self.reword_start(w)
                };
                match start {
                    Ok(start) => {
                        *overlay = Some(Overlay::Prompt {
                            kind: if action == Action::Merge {
                                PromptKind::NewCriterion
                            } else {
                                PromptKind::RewordCriterion
                            },
                            input: Input::new(start),
                        });
                        none()
                    }
                    Err(e) => problem(e),
                }
            }
            Action::AddToCriterion => self.add(w),
            Action::TakeOut => self.take_out(w),
            Action::Dissolve => self.dissolve(w),
            Action::Undo => w.undo(),
            Action::Redo => w.redo(),
            Action::Language => w.next_language(),
            Action::Back => {
                if self.marked.is_empty() {
                    return (none(), Go::Notes);
                }
                // Esc clears the marks first, then leaves.
                self.marked.clear();
                self.similar.clear();
                none()
            }
            _ => none(),
        };
        (said, Go::Stay)
    }

    /// Rebuilds the lists from the session, keeping the selections where
    /// they can be kept.
    fn follow(&mut self, w: &Workshop) {
        let session = w.session();
        let family = w.framework.families.get(self.family).map(|f| f.id.as_str());
        self.criteria = session
            .criteria
            .iter()
            .enumerate()
            .filter(|(_, c)| Some(c.family.as_str()) == family)
            .map(|(i, _)| i)
            .collect();
        self.counts = vec![0; self.criteria.len()];
        self.not_merged = 0;
        let place: std::collections::HashMap<&str, usize> = self
            .criteria
            .iter()
            .enumerate()
            .map(|(k, &ci)| (session.criteria[ci].id.as_str(), k))
            .collect();
        let mut unmerged: Vec<usize> = Vec::new();
        for (i, n) in session.notes.iter().enumerate() {
            if n.family.as_deref() != family || family.is_none() {
                continue;
            }
            match &n.criterion {
                None => {
                    self.not_merged += 1;
                    unmerged.push(i);
                }
                Some(c) => {
                    if let Some(&k) = place.get(c.as_str()) {
                        self.counts[k] += 1;
                    }
                }
            }
        }
        // The same criterion stays selected while it exists (its place can
        // move after an undo); when it is gone, "not merged" is.
        self.entry = match &self.selected_id {
            None => 0,
            Some(id) => self
                .criteria
                .iter()
                .position(|&ci| session.criteria[ci].id == *id)
                .map_or(0, |k| k + 1),
        };
        if self.entry == 0 {
            self.selected_id = None;
        }
        self.rows = match self.selected_criterion() {
            None => unmerged.clone(),
            Some(ci) => {
                let id = &session.criteria[ci].id;
                (0..session.notes.len())
                    .filter(|&i| session.notes[i].criterion.as_ref() == Some(id))
                    .collect()
            }
        };
        self.cursor = self.cursor.min(self.rows.len().saturating_sub(1));
        // Marks are of notes still in this family.
        let family_notes: HashSet<Uuid> = session
            .notes
            .iter()
            .filter(|n| n.family.as_deref() == family)
            .map(|n| n.id)
            .collect();
        self.marked.retain(|id| family_notes.contains(id));
        self.similar = similar_to_marked(w, self, &unmerged);
    }

    fn step_family(&mut self, w: &Workshop, forward: bool) {
        let last = w.framework.families.len().saturating_sub(1);
        let family = if forward {
            (self.family + 1).min(last)
        } else {
            self.family.saturating_sub(1)
        };
        self.go_family(w, family);
    }

    fn family_key(&mut self, w: &Workshop, key: u8) -> Said {
        let family = w
            .framework
            .families
            .iter()
            .position(|f| f.key == key)
            .ok_or_else(|| tr!(w.ui(), "workshop-no-such-key", key = key))?;
        self.go_family(w, family);
        nothing()
    }

    fn go_family(&mut self, w: &Workshop, family: usize) {
        if self.family != family {
            *self = SynthesisView::new(family);
            self.follow(w);
        }
    }

    fn move_by(&mut self, w: &Workshop, step: isize) {
        match self.focus {
            Pane::Criteria => {
                let entry = self
                    .entry
                    .saturating_add_signed(step)
                    .min(self.criteria.len());
                if entry != self.entry {
                    self.entry = entry;
                    self.selected_id = self
                        .selected_criterion()
                        .and_then(|ci| w.session().criteria.get(ci))
                        .map(|c| c.id.clone());
                    self.cursor = 0;
                    self.rows_scroll.set(0);
                    self.follow(w);
                }
            }
            Pane::Notes => {
                self.cursor = self
                    .cursor
                    .saturating_add_signed(step)
                    .min(self.rows.len().saturating_sub(1));
            }
        }
    }

    fn switch_pane(&mut self) {
        self.focus = match self.focus {
            Pane::Criteria => Pane::Notes,
            Pane::Notes => Pane::Criteria,
        };
    }

    fn mark(&mut self, w: &Workshop) -> Said {
        if self.focus != Pane::Notes {
            return Err(tr!(w.ui(), "synthesis-marks-for-notes").into());
        }
        let Some(&i) = self.rows.get(self.cursor) else {
            return Err(tr!(w.ui(), "synthesis-no-note").into());
        };
        let id = w.session().notes[i].id;
        if let Some(p) = self.marked.iter().position(|m| *m == id) {
            self.marked.remove(p);
        } else {
            self.marked.push(id);
        }
        self.cursor = (self.cursor + 1).min(self.rows.len().saturating_sub(1));
        self.follow(w);
        Ok(match (self.marked.len(), self.similar.len()) {
            (0, _) => tr!(w.ui(), "synthesis-none-marked").into(),
            (m, 0) => tr!(w.ui(), "synthesis-marked-now", n = m).into(),
            (m, s) => tr!(w.ui(), "synthesis-marked-similar", n = m, similar = s).into(),
        })
    }

    fn next_similar(&mut self, w: &Workshop) -> Said {
        if self.similar.is_empty() {
            return Err(tr!(w.ui(), "synthesis-no-similar").into());
        }
        if self.selected_criterion().is_some() {
            self.entry = 0;
            self.selected_id = None;
            self.cursor = 0;
        }
        self.focus = Pane::Notes;
        self.follow(w);
        let similar: HashSet<Uuid> = self.similar.iter().copied().collect();
        let n = self.rows.len();
        let found = (1..=n)
            .map(|k| (self.cursor + k) % n)
            .find(|&p| similar.contains(&w.session().notes[self.rows[p]].id));
        if let Some(p) = found {
            self.cursor = p;
        }
        nothing()
    }

    /// `m`: the marked notes under a new wording (asked for by a prompt,
    /// then `merge`). Returns the wording to start from: the first marked
    /// note's text. Its refusal is words already said in the app's
    /// language (`w.ui()`, or the workshop's `writable`).
    fn merge_start(&self, w: &Workshop) -> Result<String, String> {
        writable(w)?;
        let first = *self
            .marked
            .first()
            .ok_or_else(|| tr!(w.ui(), "synthesis-mark-first"))?;
        let i = w
            .session()
            .note_index(first)
            .ok_or_else(|| tr!(w.ui(), "synthesis-marked-gone"))?;
        Ok(w.session().notes[i].text.clone())
    }

    /// Merges the marked notes under `wording`; when they are all notes of
    /// the criterion shown, this splits them off it.
    fn merge(&mut self, w: &mut Workshop, wording: &str) -> Said {
        let session = w.session();
        let family = w.framework.families[self.family].id.clone();
        let marked = self.marked.clone();
        let shown = self
            .selected_criterion()
            .map(|ci| session.criteria[ci].id.clone());
        let splitting = shown.as_deref().filter(|id| {
            marked.iter().all(|m| {
                session
                    .note_index(*m)
                    .is_some_and(|i| session.notes[i].criterion.as_deref() == Some(*id))
            })
        });
        let (change, split) = match splitting {
            Some(id) => (profile::split(session, id, wording, &marked), true),
            None => (profile::merge(session, &family, wording, &marked), false),
        };
        let change = change.map_err(|r| r.describe(w.ui()))?;
        self.apply(w, change)?;
        self.marked.clear();
        let wording = crate::text::clean(wording);
        let n = marked.len();
        info(if split {
            tr!(w.ui(), "synthesis-split", n = n, wording = wording)
        } else {
            tr!(w.ui(), "synthesis-merged", n = n, wording = wording)
        })
    }

    fn add(&mut self, w: &mut Workshop) -> Said {
        writable(w)?;
        let ci = self
            .selected_criterion()
            .ok_or_else(|| tr!(w.ui(), "synthesis-select-to-add"))?;
        let marked = self.marked.clone();
        let id = w.session().criteria[ci].id.clone();
        let wording = w.session().criteria[ci].wording.clone();
        let change = profile::add_to(w.session(), &id, &marked).map_err(|r| r.describe(w.ui()))?;
        self.apply(w, change)?;
        self.marked.clear();
        info(tr!(
            w.ui(),
            "synthesis-added",
            n = marked.len(),
            wording = wording
        ))
    }

    fn take_out(&mut self, w: &mut Workshop) -> Said {
        writable(w)?;
        let chosen: Vec<Uuid> = if self.marked.is_empty() {
            match (self.focus, self.rows.get(self.cursor)) {
                (Pane::Notes, Some(&i)) => vec![w.session().notes[i].id],
                _ => return Err(tr!(w.ui(), "synthesis-mark-to-take-out").into()),
            }
        } else {
            self.marked.clone()
        };
        let change = profile::take_out(w.session(), &chosen).map_err(|r| r.describe(w.ui()))?;
        self.apply(w, change)?;
        self.marked.clear();
        info(tr!(w.ui(), "synthesis-taken-out", n = chosen.len()))
    }

    /// `r`: the selected criterion's wording, to start from; refused in
    /// the app's language, as `merge_start` is.
    fn reword_start(&self, w: &Workshop) -> Result<String, String> {
        writable(w)?;
        let ci = self
            .selected_criterion()
            .ok_or_else(|| tr!(w.ui(), "synthesis-select-to-reword"))?;
        Ok(w.session().criteria[ci].wording.clone())
    }

    fn reword(&mut self, w: &mut Workshop, wording: &str) -> Said {
        let ci = self
            .selected_criterion()
            .ok_or_else(|| tr!(w.ui(), "synthesis-no-criterion"))?;
        let id = w.session().criteria[ci].id.clone();
        let change = profile::reword(w.session(), &id, wording).map_err(|r| r.describe(w.ui()))?;
        self.apply(w, change)?;
        info(tr!(w.ui(), "synthesis-reworded"))
    }

    fn dissolve(&mut self, w: &mut Workshop) -> Said {
        writable(w)?;
        let ci = self
            .selected_criterion()
            .ok_or_else(|| tr!(w.ui(), "synthesis-select-to-dissolve"))?;
        let id = w.session().criteria[ci].id.clone();
        let wording = w.session().criteria[ci].wording.clone();
        let change = profile::dissolve(w.session(), &id).map_err(|r| r.describe(w.ui()))?;
        self.apply(w, change)?;
        info(tr!(w.ui(), "synthesis-dissolved", wording = wording))
    }

    /// Makes the change; the refusal is the workshop's (`Workshop::change`),
    /// said here in the app's language (this screen's steps end in words).
    fn apply(&mut self, w: &mut Workshop, change: Change) -> Result<(), String> {
        w.change(change).map_err(|r| r.describe(w.ui()))?;
        self.follow(w);
        Ok(())
    }
}

/// Whether the session may be changed; the refusal is the workshop's
/// (`Workshop::writable`), said in the app's language.
fn writable(w: &Workshop) -> Result<(), String> {
    w.writable().map_err(|r| r.describe(w.ui()))
}

/// The not-merged notes like a marked one (the marked left aside), most
/// alike first.
fn similar_to_marked(w: &Workshop, v: &SynthesisView, unmerged: &[usize]) -> Vec<Uuid> {
    if v.marked.is_empty() {
        return Vec::new();
    }
    let notes = &w.session().notes;
    let marked: HashSet<Uuid> = v.marked.iter().copied().collect();
    let marked_words: Vec<Vec<String>> = v
        .marked
        .iter()
        .filter_map(|id| w.session().note_index(*id))
        .map(|i| likeness_words(&notes[i].text))
        .collect();
    let candidates: Vec<usize> = unmerged
        .iter()
        .copied()
        .filter(|&i| !marked.contains(&notes[i].id))
        .collect();
    let words: Vec<Vec<String>> = candidates
        .iter()
        .map(|&i| likeness_words(&notes[i].text))
        .collect();
    profile::similar(&marked_words, &words)
        .into_iter()
        .map(|(k, _)| notes[candidates[k]].id)
        .collect()
}
