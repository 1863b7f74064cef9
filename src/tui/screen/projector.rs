//! The projector view (`spiral FILE --view`): for the wall of the room, the
//! current group's notes by family, with the counts, in large type as far
//! as a terminal has one (bold, spaced, few words on screen), live: it
//! follows the file the facilitator's window writes, and never writes.
//!
//! Drawn: the group's name and question in a band, then a box per family (its key, symbol, short label and count in its colour) with
//! the notes in it, bulleted and spaced, and the uncoded ones apart. The
//! boxes share the screen: four across from 160 columns, two at 80.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::shape::{Go, Screen};
use crate::text::{pad, truncate};
use crate::tr;
use crate::tui::keymap::Action;
use crate::tui::keymap::Context;
use crate::tui::outcome::{Said, info, nothing};
use crate::tui::overlay::Overlay;
use crate::tui::view::workshop::{family_color, family_symbol};
use crate::tui::workshop::Workshop;

impl Screen for ProjectorView {
    fn context(&self) -> Context {
        Context::Projector
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
}

/// The question shown: one (its index) or all.
#[derive(Debug, Default)]
pub struct ProjectorView {
    pub question: Option<usize>,
}

impl ProjectorView {
    /// Opens on the question the workshop is on.
    pub fn new(w: &Workshop) -> ProjectorView {
        ProjectorView {
            question: Some(w.question),
        }
    }

    fn keys(&mut self, w: &mut Workshop, action: Action) -> (Said, Go) {
        let said = match action {
            Action::NextGroup | Action::PrevGroup => {
                w.step_group(action == Action::NextGroup);
                nothing()
            }
            Action::NextQuestion => {
                let n = w.session().questions.len();
                self.question = match self.question {
                    None if n > 0 => Some(0),
                    Some(q) if q + 1 < n => Some(q + 1),
                    _ => None,
                };
                if let Some(q) = self.question {
                    w.question = q;
                }
                let lang = w.lang();
                let ui = w.ui();
                match self.question.and_then(|q| w.session().questions.get(q)) {
                    Some(q) => info(tr!(ui, "projector-showing", question = q.labels.get(lang))),
                    None => info(tr!(ui, "projector-showing-all")),
                }
            }
            _ => nothing(),
        };
        (said, Go::Stay)
    }
}

fn draw(w: &Workshop, v: &ProjectorView, frame: &mut Frame, area: Rect) {
    let lang = w.lang();
    let ui = w.ui();
    let s = w.session();
    let [band, body] = Layout::vertical([Constraint::Length(2), Constraint::Min(4)]).areas(area);
    let group = w.current_group().map_or("", |g| g.name.as_str());
    let question = match v.question.and_then(|q| s.questions.get(q)) {
        Some(q) => format!("{} — {}", q.labels.get(lang), q.prompt.get(lang)),
        None => tr!(ui, "projector-every-question"),
    };
    // The notes shown: the group's, of the question (or all).
    let notes: Vec<&crate::model::Note> = w
        .lists
        .notes
        .iter()
        .map(|&i| &s.notes[i])
        .filter(|n| {
            v.question
                .is_none_or(|q| s.questions.get(q).is_some_and(|q| q.id == n.question))
        })
        .collect();
    let big = Style::new()
        .fg(Color::Black)
        .bg(Color::Yellow)
        .add_modifier(Modifier::BOLD);
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(
                pad(
                    &format!(" {group} · {}", tr!(ui, "count-notes", n = notes.len())),
                    band.width as usize,
                ),
                big,
            ),
            Line::styled(pad(&format!(" {question}"), band.width as usize), big),
        ]),
        band,
    );
    let families = &w.framework.families;
    let shorts = w.short_labels();
    let boxes = families.len() + 1;
    let across = (body.width / 40).clamp(2, 4) as usize;
    let down = boxes.div_ceil(across);
    let rows = Layout::vertical(vec![Constraint::Ratio(1, down as u32); down]).split(body);
    for (r, row) in rows.iter().enumerate() {
        let cells =
            Layout::horizontal(vec![Constraint::Ratio(1, across as u32); across]).split(*row);
        for (c, cell) in cells.iter().enumerate() {
            let i = r * across + c;
            if i > families.len() {
                continue;
            }
            let (title, style, texts): (String, Style, Vec<&str>) = if i < families.len() {
                let f = &families[i];
                let texts: Vec<&str> = notes
                    .iter()
                    .filter(|n| n.family.as_deref() == Some(f.id.as_str()))
                    .map(|n| n.text.as_str())
                    .collect();
                (
                    format!(
                        " {}{} {} · {} ",
                        f.key,
                        family_symbol(f.key),
                        shorts[i],
                        texts.len()
                    ),
                    Style::new()
                        .fg(family_color(f.key))
                        .add_modifier(Modifier::BOLD),
                    texts,
                )
            } else {
                let texts: Vec<&str> = notes
                    .iter()
                    .filter(|n| {
                        n.family
                            .as_deref()
                            .is_none_or(|f| w.framework.family(f).is_none())
                    })
                    .map(|n| n.text.as_str())
                    .collect();
                (
                    format!(" · {} · {} ", tr!(ui, "projector-not-coded"), texts.len()),
                    Style::new().fg(Color::Gray).add_modifier(Modifier::BOLD),
                    texts,
                )
            };
            draw_box(frame, *cell, &title, style, &texts, ui);
        }
    }
}

/// A family's box: its notes bulleted, each wrapped, a blank line between
/// them where there is room. When they do not all fit, the newest are
/// shown (what the group is saying now), under a count of the earlier.
fn draw_box(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    style: Style,
    texts: &[&str],
    lang: crate::model::Lang,
) {
    let block = Block::bordered().border_style(style).title(Span::styled(
        truncate(title, area.width.saturating_sub(2) as usize),
        style,
    ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let cols = (inner.width as usize).saturating_sub(2).max(1);
    let rows = inner.height as usize;
    let wrapped: Vec<Vec<String>> = texts
        .iter()
        .map(|t| {
            textwrap::wrap(t, cols)
                .into_iter()
                .map(|l| l.into_owned())
                .collect()
        })
        .collect();
    let needed: usize = wrapped.iter().map(Vec::len).sum();
    let spaced = needed + texts.len().saturating_sub(1) <= rows;
    // From the newest back, as many as fit (a row kept for the count of
    // the earlier ones when some are left out).
    let mut first = wrapped.len();
    let mut used = 0;
    while first > 0 {
        let more = wrapped[first - 1].len() + usize::from(spaced && first < wrapped.len());
        let count_row = usize::from(first > 1);
        if used + more + count_row > rows {
            break;
        }
        used += more;
        first -= 1;
    }
    let mut lines: Vec<Line> = Vec::new();
    if first == wrapped.len() && first > 0 && rows > 0 {
        // Not even the newest fits whole: as much of it as does.
        let newest = &wrapped[first - 1];
        let room = rows - usize::from(first > 1);
        if first > 1 {
            lines.push(Line::styled(
                format!("  … {}", tr!(lang, "projector-earlier", n = first - 1)),
                Style::new().fg(Color::DarkGray),
            ));
        }
        for (j, l) in newest.iter().take(room).enumerate() {
            let bullet = if j == 0 { "• " } else { "  " };
            let l = if j + 1 == room && newest.len() > room {
                truncate(&format!("{l}…"), cols)
            } else {
                l.clone()
            };
            lines.push(Line::styled(
                format!("{bullet}{l}"),
                Style::new().add_modifier(Modifier::BOLD),
            ));
        }
        frame.render_widget(Paragraph::new(lines), inner);
        return;
    }
    if first > 0 && rows > 0 {
        lines.push(Line::styled(
            format!("  … {}", tr!(lang, "projector-earlier", n = first)),
            Style::new().fg(Color::DarkGray),
        ));
    }
    for (k, note) in wrapped.iter().enumerate().skip(first) {
        for (j, l) in note.iter().enumerate() {
            let bullet = if j == 0 { "• " } else { "  " };
            lines.push(Line::styled(
                format!("{bullet}{l}"),
                Style::new().add_modifier(Modifier::BOLD),
            ));
        }
        if spaced && k + 1 < wrapped.len() {
            lines.push(Line::raw(""));
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
