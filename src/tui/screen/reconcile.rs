//! The reconcile screen's state and behaviour: the notes two coders
//! disagree on, one at a time; one key takes the first coder's family, the
//! second's, the suggestion, or a third. Each decision is a `Change`
//! through the workshop (undo, autosave) and records who decided. Its state
//! and its keys.

use std::cell::Cell;

use uuid::Uuid;

use crate::reconcile::{decide, decided, disagreements};
use crate::tr;
use crate::tui::keymap::Action;
use crate::tui::outcome::{Go, Said, info, nothing};
use crate::tui::workshop::Workshop;

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

impl ReconcileView {
    /// The disagreements of the session, at the first not decided; refused
    /// when there is none. Says how far the decisions are.
    pub fn open(w: &mut Workshop) -> Result<(ReconcileView, String), String> {
        let session = w.session();
        let items = disagreements(session);
        if items.is_empty() {
            return Err(if session.notes.iter().any(|n| n.reconciled.is_some()) {
                tr!(w.ui(), "reconcile-agree")
            } else {
                tr!(w.ui(), "reconcile-nothing")
            });
        }
        let cursor = items
            .iter()
            .position(|&i| !decided(&session.notes[i]))
            .unwrap_or(0);
        let v = ReconcileView {
            items,
            cursor,
            scroll: Cell::new(0),
        };
        v.select(w);
        let progress = v.progress(w);
        Ok((v, progress))
    }

    /// A key on the reconcile screen.
    pub fn update(&mut self, w: &mut Workshop, action: Action) -> (Said, Go) {
        let said = match action {
            Action::Up => {
                self.move_by(w, -1);
                nothing()
            }
            Action::Down => {
                self.move_by(w, 1);
                nothing()
            }
            Action::TakeFirst => self.pick(w, Pick::First),
            Action::TakeSecond => self.pick(w, Pick::Second),
            Action::AcceptSuggestion => self.pick(w, Pick::Suggestion),
            Action::Code(key) => self.pick(w, Pick::Family(key)),
            Action::NextSimilar => self.next_open(w),
            Action::Undo => w.undo(),
            Action::Redo => w.redo(),
            Action::Back => return (nothing(), Go::Notes),
            _ => nothing(),
        };
        (said, Go::Stay)
    }

    /// After a change (a decision, an undo that may add or remove a note):
    /// the disagreements found again, the cursor kept on its note.
    pub fn refresh(&mut self, w: &Workshop) {
        let session = w.session();
        let at: Option<Uuid> = self
            .items
            .get(self.cursor)
            .and_then(|&i| session.notes.get(i))
            .map(|n| n.id);
        self.items = disagreements(session);
        self.cursor = at
            .and_then(|id| self.items.iter().position(|&i| session.notes[i].id == id))
            .unwrap_or(self.cursor)
            .min(self.items.len().saturating_sub(1));
    }

    /// "5 of 12 disagreements decided."
    pub fn progress(&self, w: &Workshop) -> String {
        let done = self
            .items
            .iter()
            .filter(|&&i| decided(&w.session().notes[i]))
            .count();
        let ui = w.ui();
        if done == self.items.len() {
            tr!(ui, "reconcile-all-decided", n = self.items.len())
        } else {
            tr!(
                ui,
                "reconcile-decided-of",
                done = done,
                n = self.items.len()
            )
        }
    }

    /// The note under the cursor, selected in the workshop too (so the
    /// suggestion follows it).
    fn select(&self, w: &mut Workshop) {
        if let Some(&i) = self.items.get(self.cursor) {
            let id = w.session().notes[i].id;
            w.select_note(id);
        }
    }

    fn move_by(&mut self, w: &mut Workshop, step: isize) {
        self.cursor = self
            .cursor
            .saturating_add_signed(step)
            .min(self.items.len().saturating_sub(1));
        self.select(w);
    }

    /// Goes to the next note not decided yet (wrapping).
    fn next_open(&mut self, w: &mut Workshop) -> Said {
        let n = self.items.len();
        let next = (1..=n)
            .map(|k| (self.cursor + k) % n)
            .find(|&p| !decided(&w.session().notes[self.items[p]]));
        match next {
            Some(p) => {
                self.cursor = p;
                self.select(w);
                nothing()
            }
            None => info(self.progress(w)),
        }
    }

    fn pick(&mut self, w: &mut Workshop, pick: Pick) -> Said {
        let ui = w.ui();
        let index = *self
            .items
            .get(self.cursor)
            .ok_or_else(|| tr!(ui, "synthesis-no-note"))?;
        let r = w.session().notes[index]
            .reconciled
            .clone()
            .ok_or_else(|| tr!(ui, "reconcile-no-codings"))?;
        let (family, component) = match pick {
            Pick::First | Pick::Second => {
                let c = &r.codings[usize::from(pick == Pick::Second).min(r.codings.len() - 1)];
                (c.family.clone(), c.component.clone())
            }
            Pick::Suggestion => {
                let s = w
                    .suggestion
                    .clone()
                    .ok_or_else(|| tr!(ui, "workshop-no-suggestion"))?;
                (Some(w.framework.families[s.family].id.clone()), None)
            }
            Pick::Family(key) => {
                let f = w
                    .framework
                    .families
                    .iter()
                    .find(|f| f.key == key)
                    .ok_or_else(|| tr!(ui, "workshop-no-such-key", key = key))?;
                (Some(f.id.clone()), None)
            }
        };
        let label = family.as_deref().map_or(tr!(ui, "reconcile-uncoded"), |f| {
            w.framework.family_label(f, w.lang())
        });
        let who = if w.coder.is_empty() {
            "(unnamed)".to_string()
        } else {
            w.coder.clone()
        };
        let change = decide(w.session(), index, family, component, &who)
            .ok_or_else(|| tr!(ui, "reconcile-no-codings"))?;
        w.change(change)?;
        w.refresh();
        self.refresh(w);
        self.next_open(w)?;
        info(tr!(
            ui,
            "reconcile-decided-now",
            family = label,
            progress = self.progress(w)
        ))
    }
}
