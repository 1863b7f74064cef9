//! The reconcile screen: the disagreements on the left (✓ once decided),
//! the selected note on the right with what each coder coded, the
//! suggestion, and the decision.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::selected_style;
use super::workshop::family_color;
use crate::model::{Note, Reconciliation};
use crate::reconcile::decided;
use crate::text::{pad, truncate};
use crate::tr;
use crate::tui::finder::scroll_to;
use crate::tui::screen::ReconcileView;
use crate::tui::workshop::Workshop;

pub fn draw(w: &Workshop, v: &ReconcileView, frame: &mut Frame, area: Rect) {
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
    match &w.suggestion {
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
