//! The reconcile screen's state and behaviour: the notes two coders
//! disagree on, one at a time; one key takes the first coder's family, the
//! second's, the suggestion, or a third. Each decision is a `Change`
//! through the workshop (undo, autosave) and records who decided. Its state,
//! its keys and its drawing: the disagreements on the left (✓ once
//! decided), the selected note on the right with what each coder coded,
//! the suggestion, and the decision.

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use uuid::Uuid;

use super::shape::{Go, Opened, Refused, Screen};
use crate::model::{Note, Reconciliation};
use crate::reconcile::{decide, decided, disagreements};
use crate::text::{pad, truncate};
use crate::tr;
use crate::tui::finder::scroll_to;
use crate::tui::keymap::Action;
use crate::tui::keymap::Context;
use crate::tui::outcome::{Said, info, nothing};
use crate::tui::overlay::Overlay;
use crate::tui::view::style::selected_style;
use crate::tui::view::workshop::family_color;
use crate::tui::workshop::Workshop;

/// Opens the reconcile screen: what it says is how far the decisions
/// are.
pub fn open(w: &mut Workshop) -> Result<Opened, Refused> {
    let (v, progress) = ReconcileView::open(w)?;
    Ok((Box::new(v), Some(progress)))
}

impl Screen for ReconcileView {
    fn context(&self) -> Context {
        Context::Reconcile
    }

    fn update(
        &mut self,
        w: &mut Workshop,
        action: Action,
        _overlay: &mut Option<Overlay>,
    ) -> (Said, Go) {
        self.keys(w, action)
    }

    fn draw(&self, w: &Workshop, frame: &mut Frame, area: Rect) {
        draw(w, self, frame, area);
    }

    fn refresh(&mut self, w: &Workshop) {
        self.follow(w);
    }
}

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
    pub fn open(w: &mut Workshop) -> Result<(ReconcileView, String), Refused> {
        let session = w.session();
        let items = disagreements(session);
        if items.is_empty() {
            return Err(if session.notes.iter().any(|n| n.reconciled.is_some()) {
                Refused::AllDecided
            } else {
                Refused::NothingToReconcile
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
    fn keys(&mut self, w: &mut Workshop, action: Action) -> (Said, Go) {
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
    fn follow(&mut self, w: &Workshop) {
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
                let s = (w.suggested.shown)
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
        let who = match w.coder() {
            who if who.is_empty() => "(unnamed)".to_string(),
            who => who,
        };
        let change = decide(w.session(), index, family, component, &who)
            .ok_or_else(|| tr!(ui, "reconcile-no-codings"))?;
        w.change(change)?;
        w.refresh();
        self.follow(w);
        self.next_open(w)?;
        info(tr!(
            ui,
            "reconcile-decided-now",
            family = label,
            progress = self.progress(w)
        ))
    }
}

fn draw(w: &Workshop, v: &ReconcileView, frame: &mut Frame, area: Rect) {
    let [title, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
    frame.render_widget(
        Paragraph::new(Line::styled(
            format!(
                " {} · {} · {}",
                tr!(w.ui(), "reconcile-title"),
                w.session().title,
                v.progress(w)
            ),
            bold(),
        )),
        title,
    );
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(42), Constraint::Percentage(58)]).areas(body);
    draw_list(w, v, frame, left);
    draw_note(w, v, frame, right);
}

fn bold() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}

/// The disagreements, ✓ once decided.
fn draw_list(w: &Workshop, v: &ReconcileView, frame: &mut Frame, area: Rect) {
    let block = Block::bordered().title(format!(
        " {} ",
        tr!(w.ui(), "reconcile-disagreements", n = v.items.len())
    ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let rows = inner.height as usize;
    let top = scroll_to(&v.scroll, v.cursor, rows, v.items.len());
    let cols = inner.width as usize;
    let mut lines = Vec::new();
    for (p, &i) in v.items.iter().enumerate().skip(top).take(rows) {
        let Some(n) = w.session().notes.get(i) else {
            continue;
        };
        let mark = if decided(n) { "✓ " } else { "· " };
        let line = Line::from(vec![
            Span::styled(
                mark,
                Style::new().fg(if decided(n) {
                    Color::Green
                } else {
                    Color::Yellow
                }),
            ),
            Span::raw(pad(
                &truncate(&n.text, cols.saturating_sub(2)),
                cols.saturating_sub(2),
            )),
        ]);
        lines.push(if p == v.cursor {
            line.style(selected_style())
        } else {
            line
        });
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// A family as its key and label in its colour; "? id" for one the
/// framework does not know; "uncoded" for none.
fn family_span(w: &Workshop, f: Option<&str>) -> Span<'static> {
    let lang = w.lang();
    match f.and_then(|f| w.framework.family(f)) {
        Some(fam) => Span::styled(
            format!("{} {}", fam.key, fam.labels.get(lang)),
            Style::new()
                .fg(family_color(fam.key))
                .add_modifier(Modifier::BOLD),
        ),
        None => match f {
            Some(id) => Span::raw(format!("? {id}")),
            None => Span::styled(tr!(w.ui(), "reconcile-uncoded"), dim()),
        },
    }
}

/// The selected note: its group and question, its words, then what each
/// coder coded, the suggestion, and the decision.
fn draw_note(w: &Workshop, v: &ReconcileView, frame: &mut Frame, area: Rect) {
    let block = Block::bordered().title(format!(" {} ", tr!(w.ui(), "reconcile-the-note")));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(n) = v
        .items
        .get(v.cursor)
        .and_then(|&i| w.session().notes.get(i))
    else {
        return;
    };
    let group = w.session().group(&n.group).map_or("?", |g| g.name.as_str());
    let question = w
        .session()
        .question(&n.question)
        .map_or(n.question.as_str(), |q| q.labels.get(w.lang()));
    let mut text = vec![
        Line::styled(format!("{group} · {question}"), dim()),
        Line::raw(""),
        Line::styled(n.text.clone(), bold()),
        Line::raw(""),
    ];
    if let Some(r) = &n.reconciled {
        codings(w, n, r, &mut text);
    }
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), inner);
}

/// What each coder coded, the suggestion, and the decision.
fn codings(w: &Workshop, n: &Note, r: &Reconciliation, text: &mut Vec<Line>) {
    let (ui, lang) = (w.ui(), w.lang());
    let (bold, dim) = (bold(), dim());
    for (k, c) in r.codings.iter().enumerate() {
        let key = ["a", "b"].get(k).copied().unwrap_or(" ");
        let component = c
            .component
            .as_deref()
            .zip(c.family.as_deref())
            .map(|(comp, fam)| format!(" › {}", w.framework.component_label(fam, comp, lang)))
            .unwrap_or_default();
        text.push(Line::from(vec![
            Span::styled(format!(" {key} "), bold),
            Span::raw(format!("{} ", tr!(ui, "label", label = c.coder.as_str()))),
            family_span(w, c.family.as_deref()),
            Span::raw(component),
        ]));
    }
    match &w.suggested.shown {
        Some(s) => {
            let id = w.framework.families[s.family].id.clone();
            text.push(Line::from(vec![
                Span::styled(" s ", bold),
                Span::raw(format!(
                    "{} ",
                    tr!(ui, "label", label = tr!(ui, "reconcile-suggested"))
                )),
                family_span(w, Some(&id)),
                Span::styled(format!(" ({})", s.reason.describe(ui)), dim),
            ]));
        }
        None => text.push(Line::styled(
            format!("   {}", tr!(ui, "reconcile-no-suggestion")),
            dim,
        )),
    }
    text.push(Line::raw(""));
    match &r.decided_by {
        Some(who) => text.push(Line::from(vec![
            Span::raw(format!(
                " {} ",
                tr!(ui, "label", label = tr!(ui, "reconcile-decided"))
            )),
            family_span(w, n.family.as_deref()),
            Span::styled(
                format!(" {}", tr!(ui, "reconcile-by", who = who.as_str())),
                dim,
            ),
        ])),
        None => text.push(Line::styled(
            format!(" {}", tr!(ui, "reconcile-open")),
            Style::new().fg(Color::Yellow),
        )),
    }
}
