//! The synthesis screen's state and behaviour: one family at a time, its
//! criteria on the left (with "not merged" first), the notes of the one
//! selected on the right; notes are marked, then merged under a wording,
//! added to a criterion, split off or taken out. Every edit is a `Change`
//! through the workshop, so undo and autosave cover it.

use std::cell::Cell;
use std::collections::HashSet;

use uuid::Uuid;

use super::workshop::{Said, Workshop};
use crate::model::Change;
use crate::profile::{self, likeness_words};

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

impl Workshop {
    pub fn open_synthesis(&mut self) -> Said {
        let family = self
            .selected_note()
            .and_then(|i| self.file.session().notes[i].family.as_deref())
            .and_then(|f| self.framework.family_index(f))
            .unwrap_or(0);
        self.synthesis = Some(SynthesisView::new(family));
        self.refresh_synthesis();
        Ok(String::new())
    }

    pub fn close_synthesis(&mut self) {
        self.synthesis = None;
        self.refresh();
    }

    /// Rebuilds the synthesis screen's lists from the session, keeping the
    /// selections where they can be kept.
    pub fn refresh_synthesis(&mut self) {
        let Some(mut v) = self.synthesis.take() else {
            return;
        };
        let family = self.framework.families.get(v.family).map(|f| f.id.as_str());
        v.criteria = self
            .session()
            .criteria
            .iter()
            .enumerate()
            .filter(|(_, c)| Some(c.family.as_str()) == family)
            .map(|(i, _)| i)
            .collect();
        v.counts = vec![0; v.criteria.len()];
        v.not_merged = 0;
        let place: std::collections::HashMap<&str, usize> = v
            .criteria
            .iter()
            .enumerate()
            .map(|(k, &ci)| (self.file.session().criteria[ci].id.as_str(), k))
            .collect();
        let mut unmerged: Vec<usize> = Vec::new();
        for (i, n) in self.file.session().notes.iter().enumerate() {
            if n.family.as_deref() != family || family.is_none() {
                continue;
            }
            match &n.criterion {
                None => {
                    v.not_merged += 1;
                    unmerged.push(i);
                }
                Some(c) => {
                    if let Some(&k) = place.get(c.as_str()) {
                        v.counts[k] += 1;
                    }
                }
            }
        }
        // The same criterion stays selected while it exists (its place can
        // move after an undo); when it is gone, "not merged" is.
        v.entry = match &v.selected_id {
            None => 0,
            Some(id) => v
                .criteria
                .iter()
                .position(|&ci| self.file.session().criteria[ci].id == *id)
                .map_or(0, |k| k + 1),
        };
        if v.entry == 0 {
            v.selected_id = None;
        }
        v.rows = match v.selected_criterion() {
            None => unmerged.clone(),
            Some(ci) => {
                let id = &self.file.session().criteria[ci].id;
                (0..self.file.session().notes.len())
                    .filter(|&i| self.file.session().notes[i].criterion.as_ref() == Some(id))
                    .collect()
            }
        };
        v.cursor = v.cursor.min(v.rows.len().saturating_sub(1));
        // Marks are of notes still in this family.
        let family_notes: HashSet<Uuid> = self
            .session()
            .notes
            .iter()
            .filter(|n| n.family.as_deref() == family)
            .map(|n| n.id)
            .collect();
        v.marked.retain(|id| family_notes.contains(id));
        v.similar = similar_to_marked(self, &v, &unmerged);
        self.synthesis = Some(v);
    }

    fn synthesis_view(&mut self) -> Result<&mut SynthesisView, String> {
        self.synthesis
            .as_mut()
            .ok_or_else(|| "The synthesis is not open.".to_string())
    }

    pub fn synthesis_step_family(&mut self, forward: bool) {
        let last = self.framework.families.len().saturating_sub(1);
        if let Some(v) = self.synthesis.as_mut() {
            let family = if forward {
                (v.family + 1).min(last)
            } else {
                v.family.saturating_sub(1)
            };
            self.synthesis_go_family(family);
        }
    }

    pub fn synthesis_family_key(&mut self, key: u8) -> Said {
        let family = self
            .framework
            .families
            .iter()
            .position(|f| f.key == key)
            .ok_or_else(|| format!("No family has key {key}."))?;
        self.synthesis_go_family(family);
        Ok(String::new())
    }

    fn synthesis_go_family(&mut self, family: usize) {
        if let Some(v) = self.synthesis.as_mut()
            && v.family != family
        {
            *v = SynthesisView::new(family);
            self.refresh_synthesis();
        }
    }

    pub fn synthesis_move(&mut self, step: isize) {
        let Some(v) = self.synthesis.as_mut() else {
            return;
        };
        match v.focus {
            Pane::Criteria => {
                let entry = v.entry.saturating_add_signed(step).min(v.criteria.len());
                if entry != v.entry {
                    v.entry = entry;
                    v.selected_id = v
                        .selected_criterion()
                        .and_then(|ci| self.file.session().criteria.get(ci))
                        .map(|c| c.id.clone());
                    v.cursor = 0;
                    v.rows_scroll.set(0);
                    self.refresh_synthesis();
                }
            }
            Pane::Notes => {
                v.cursor = v
                    .cursor
                    .saturating_add_signed(step)
                    .min(v.rows.len().saturating_sub(1));
            }
        }
    }

    pub fn synthesis_switch_pane(&mut self) {
        if let Some(v) = self.synthesis.as_mut() {
            v.focus = match v.focus {
                Pane::Criteria => Pane::Notes,
                Pane::Notes => Pane::Criteria,
            };
        }
    }

    pub fn synthesis_mark(&mut self) -> Said {
        let v = self.synthesis_view()?;
        if v.focus != Pane::Notes {
            return Err("Marks are for notes: Tab goes to the notes.".into());
        }
        let Some(&i) = v.rows.get(v.cursor) else {
            return Err("No note here.".into());
        };
        let id = self.file.session().notes[i].id;
        let v = self.synthesis_view()?;
        if let Some(p) = v.marked.iter().position(|m| *m == id) {
            v.marked.remove(p);
        } else {
            v.marked.push(id);
        }
        v.cursor = (v.cursor + 1).min(v.rows.len().saturating_sub(1));
        self.refresh_synthesis();
        let v = self.synthesis_view()?;
        Ok(match (v.marked.len(), v.similar.len()) {
            (0, _) => "No note marked.".into(),
            (m, 0) => format!("{m} marked."),
            (m, s) => format!("{m} marked · {s} similar (≈, n goes to the next)."),
        })
    }

    pub fn synthesis_next_similar(&mut self) -> Said {
        let v = self.synthesis_view()?;
        if v.similar.is_empty() {
            return Err("No similar note: mark a note first.".into());
        }
        if v.selected_criterion().is_some() {
            v.entry = 0;
            v.selected_id = None;
            v.cursor = 0;
        }
        v.focus = Pane::Notes;
        self.refresh_synthesis();
        let similar: HashSet<Uuid> = self.synthesis_view()?.similar.iter().copied().collect();
        let v = self
            .synthesis
            .as_ref()
            .ok_or("The synthesis is not open.")?;
        let n = v.rows.len();
        let found = (1..=n)
            .map(|k| (v.cursor + k) % n)
            .find(|&p| similar.contains(&self.file.session().notes[v.rows[p]].id));
        if let (Some(p), Some(v)) = (found, self.synthesis.as_mut()) {
            v.cursor = p;
        }
        Ok(String::new())
    }

    /// `m`: the marked notes under a new wording (asked for by a prompt,
    /// then `synthesis_merge`). Returns the wording to start from: the
    /// first marked note's text.
    pub fn synthesis_merge_start(&mut self) -> Result<String, String> {
        self.writable()?;
        let v = self.synthesis_view()?;
        let first = *v.marked.first().ok_or("Mark notes first (Space).")?;
        let i = self
            .session()
            .note_index(first)
            .ok_or("A marked note is gone.")?;
        Ok(self.file.session().notes[i].text.clone())
    }

    /// Merges the marked notes under `wording`; when they are all notes of
    /// the criterion shown, this splits them off it.
    pub fn synthesis_merge(&mut self, wording: &str) -> Said {
        let v = self
            .synthesis
            .as_ref()
            .ok_or("The synthesis is not open.")?;
        let family = self.framework.families[v.family].id.clone();
        let marked = v.marked.clone();
        let shown = v
            .selected_criterion()
            .map(|ci| self.file.session().criteria[ci].id.clone());
        let splitting = shown.as_deref().filter(|id| {
            marked.iter().all(|m| {
                self.file
                    .session()
                    .note_index(*m)
                    .is_some_and(|i| self.file.session().notes[i].criterion.as_deref() == Some(*id))
            })
        });
        let (change, what) = match splitting {
            Some(id) => (
                profile::split(self.file.session(), id, wording, &marked)?,
                "Split off",
            ),
            None => (
                profile::merge(self.file.session(), &family, wording, &marked)?,
                "Merged",
            ),
        };
        self.apply_synthesis(change)?;
        self.synthesis_view()?.marked.clear();
        Ok(format!(
            "{what}: {} under “{}”.",
            notes(marked.len()),
            crate::text::clean(wording)
        ))
    }

    pub fn synthesis_add(&mut self) -> Said {
        self.writable()?;
        let v = self.synthesis_view()?;
        let ci = v.selected_criterion().ok_or(
            "Select a criterion on the left (Tab, ↑↓), then a adds the marked notes to it.",
        )?;
        let marked = v.marked.clone();
        let id = self.file.session().criteria[ci].id.clone();
        let wording = self.file.session().criteria[ci].wording.clone();
        let change = profile::add_to(self.file.session(), &id, &marked)?;
        self.apply_synthesis(change)?;
        self.synthesis_view()?.marked.clear();
        Ok(format!("Added {} to “{wording}”.", notes(marked.len())))
    }

    pub fn synthesis_take_out(&mut self) -> Said {
        self.writable()?;
        let v = self.synthesis_view()?;
        let notes: Vec<Uuid> = if v.marked.is_empty() {
            match (v.focus, v.rows.get(v.cursor)) {
                (Pane::Notes, Some(&i)) => vec![self.file.session().notes[i].id],
                _ => return Err("Mark the notes to take out (Space).".into()),
            }
        } else {
            v.marked.clone()
        };
        let change = profile::take_out(self.file.session(), &notes)?;
        self.apply_synthesis(change)?;
        self.synthesis_view()?.marked.clear();
        Ok(format!(
            "{} taken out of their criterion.",
            self::notes(notes.len())
        ))
    }

    pub fn synthesis_reword_start(&mut self) -> Result<String, String> {
        self.writable()?;
        let v = self.synthesis_view()?;
        let ci = v
            .selected_criterion()
            .ok_or("Select a criterion on the left to reword it.")?;
        Ok(self.file.session().criteria[ci].wording.clone())
    }

    pub fn synthesis_reword(&mut self, wording: &str) -> Said {
        let v = self.synthesis_view()?;
        let ci = v.selected_criterion().ok_or("No criterion selected.")?;
        let id = self.file.session().criteria[ci].id.clone();
        let change = profile::reword(self.file.session(), &id, wording)?;
        self.apply_synthesis(change)?;
        Ok("Reworded.".into())
    }

    pub fn synthesis_dissolve(&mut self) -> Said {
        self.writable()?;
        let v = self.synthesis_view()?;
        let ci = v
            .selected_criterion()
            .ok_or("Select a criterion on the left to dissolve it.")?;
        let id = self.file.session().criteria[ci].id.clone();
        let wording = self.file.session().criteria[ci].wording.clone();
        let change = profile::dissolve(self.file.session(), &id)?;
        self.apply_synthesis(change)?;
        Ok(format!(
            "Dissolved “{wording}”: its notes are not merged (u undoes)."
        ))
    }

    /// Esc: clears the marks first, then leaves.
    pub fn synthesis_back(&mut self) {
        match self.synthesis.as_mut() {
            Some(v) if !v.marked.is_empty() => {
                v.marked.clear();
                v.similar.clear();
            }
            _ => self.close_synthesis(),
        }
    }

    fn writable(&self) -> Result<(), String> {
        self.file.writable().map_err(|e| e.to_string())
    }

    fn apply_synthesis(&mut self, change: Change) -> Result<(), String> {
        self.change(change)?;
        self.refresh_synthesis();
        Ok(())
    }
}

/// The not-merged notes like a marked one (the marked left aside), most
/// alike first.
fn similar_to_marked(w: &Workshop, v: &SynthesisView, unmerged: &[usize]) -> Vec<Uuid> {
    if v.marked.is_empty() {
        return Vec::new();
    }
    let marked: HashSet<Uuid> = v.marked.iter().copied().collect();
    let marked_words: Vec<Vec<String>> = v
        .marked
        .iter()
        .filter_map(|id| w.session().note_index(*id))
        .map(|i| likeness_words(&w.session().notes[i].text))
        .collect();
    let candidates: Vec<usize> = unmerged
        .iter()
        .copied()
        .filter(|&i| !marked.contains(&w.session().notes[i].id))
        .collect();
    let words: Vec<Vec<String>> = candidates
        .iter()
        .map(|&i| likeness_words(&w.session().notes[i].text))
        .collect();
    profile::similar(&marked_words, &words)
        .into_iter()
        .map(|(k, _)| w.session().notes[candidates[k]].id)
        .collect()
}

/// "1 note", "3 notes".
fn notes(n: usize) -> String {
    if n == 1 {
        "1 note".into()
    } else {
        format!("{n} notes")
    }
}
