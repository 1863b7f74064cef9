//! The reconcile screen's state and behaviour: the notes two coders
//! disagree on, one at a time; one key takes the first coder's family, the
//! second's, the suggestion, or a third. Each decision is a `Change`
//! through the workshop (undo, autosave) and records who decided.

use std::cell::Cell;

use uuid::Uuid;

use super::workshop::{Said, Workshop};
use crate::reconcile::{decide, decided, disagreements};

#[derive(Debug)]
pub struct ReconcileView {
    /// The disagreements (indices into `session.notes`), in session order;
    /// found again after each change, so a frame reads them directly.
    pub items: Vec<usize>,
    pub cursor: usize,
    pub scroll: Cell<usize>,
}

/// Which coding a key takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    First,
    Second,
    Suggestion,
    Family(u8),
}

impl Workshop {
    pub fn open_reconcile(&mut self) -> Said {
        let items = disagreements(self.file.session());
        if items.is_empty() {
            return Err(
                if self
                    .file
                    .session()
                    .notes
                    .iter()
                    .any(|n| n.reconciled.is_some())
                {
                    "The coders agree on every note: nothing to reconcile.".into()
                } else {
                    "Nothing to reconcile here: in the session list, mark two codings of a session (Space) and press R.".into()
                },
            );
        }
        let cursor = items
            .iter()
            .position(|&i| !decided(&self.file.session().notes[i]))
            .unwrap_or(0);
        self.reconcile = Some(ReconcileView {
            items,
            cursor,
            scroll: Cell::new(0),
        });
        self.reconcile_select();
        Ok(self.reconcile_progress())
    }

    /// After a change (a decision, an undo that may add or remove a note):
    /// the disagreements found again, the cursor kept on its note.
    pub fn refresh_reconcile(&mut self) {
        let Some(v) = self.reconcile.as_mut() else {
            return;
        };
        let at: Option<Uuid> = v
            .items
            .get(v.cursor)
            .and_then(|&i| self.file.session().notes.get(i))
            .map(|n| n.id);
        v.items = disagreements(self.file.session());
        v.cursor = at
            .and_then(|id| {
                v.items
                    .iter()
                    .position(|&i| self.file.session().notes[i].id == id)
            })
            .unwrap_or(v.cursor)
            .min(v.items.len().saturating_sub(1));
    }

    pub fn close_reconcile(&mut self) {
        self.reconcile = None;
        self.refresh();
    }

    /// "5 of 12 decided".
    pub fn reconcile_progress(&self) -> String {
        let Some(v) = &self.reconcile else {
            return String::new();
        };
        let done = v
            .items
            .iter()
            .filter(|&&i| decided(&self.file.session().notes[i]))
            .count();
        if done == v.items.len() {
            format!("All {} disagreements decided.", v.items.len())
        } else {
            format!("{done} of {} disagreements decided.", v.items.len())
        }
    }

    /// The note under the cursor, selected in the workshop too (so the
    /// suggestion follows it).
    fn reconcile_select(&mut self) {
        if let Some(id) = self
            .reconcile
            .as_ref()
            .and_then(|v| v.items.get(v.cursor))
            .map(|&i| self.file.session().notes[i].id)
        {
            let keep = self.reconcile.take();
            self.select_note(id);
            self.reconcile = keep;
        }
    }

    pub fn reconcile_move(&mut self, step: isize) {
        if let Some(v) = self.reconcile.as_mut() {
            v.cursor = v
                .cursor
                .saturating_add_signed(step)
                .min(v.items.len().saturating_sub(1));
        }
        self.reconcile_select();
    }

    /// Goes to the next note not decided yet (wrapping).
    pub fn reconcile_next_open(&mut self) -> Said {
        let Some(v) = &self.reconcile else {
            return Ok(String::new());
        };
        let n = v.items.len();
        let next = (1..=n)
            .map(|k| (v.cursor + k) % n)
            .find(|&p| !decided(&self.file.session().notes[v.items[p]]));
        match next {
            Some(p) => {
                if let Some(v) = self.reconcile.as_mut() {
                    v.cursor = p;
                }
                self.reconcile_select();
                Ok(String::new())
            }
            None => Ok(self.reconcile_progress()),
        }
    }

    pub fn reconcile_pick(&mut self, pick: Pick) -> Said {
        let v = self.reconcile.as_ref().ok_or("Not reconciling.")?;
        let index = *v.items.get(v.cursor).ok_or("No note here.")?;
        let r = self.file.session().notes[index]
            .reconciled
            .clone()
            .ok_or("This note has no codings to reconcile.")?;
        let (family, component) = match pick {
            Pick::First | Pick::Second => {
                let c = &r.codings[usize::from(pick == Pick::Second).min(r.codings.len() - 1)];
                (c.family.clone(), c.component.clone())
            }
            Pick::Suggestion => {
                let s = self
                    .suggestion
                    .clone()
                    .ok_or("No suggestion for this note.")?;
                (Some(self.framework.families[s.family].id.clone()), None)
            }
            Pick::Family(key) => {
                let f = self
                    .framework
                    .families
                    .iter()
                    .find(|f| f.key == key)
                    .ok_or_else(|| format!("No family has key {key}."))?;
                (Some(f.id.clone()), None)
            }
        };
        let label = family.as_deref().map_or("uncoded".to_string(), |f| {
            self.framework.family_label(f, self.lang())
        });
        let who = if self.coder.is_empty() {
            "(unnamed)".to_string()
        } else {
            self.coder.clone()
        };
        let change = decide(self.file.session(), index, family, component, &who)
            .ok_or("This note has no codings to reconcile.")?;
        self.change(change)?;
        self.refresh();
        self.reconcile_next_open()?;
        Ok(format!("Decided: {label}. {}", self.reconcile_progress()))
    }
}
