//! The synthesis screen drawn: one family; its criteria on the left ("not
//! merged" first, then each criterion with its count), the notes of the
//! selected one on the right, marked (●) and similar to the marked (≈).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph};

use super::{Pane, SynthesisView};
use crate::model::Family;
use crate::text::{pad, truncate, width};
use crate::tr;
use crate::tui::finder::scroll_to;
use crate::tui::view::style::selected_style;
use crate::tui::view::workshop::{family_color, question_tag};
use crate::tui::workshop::Workshop;

pub fn draw(w: &Workshop, v: &SynthesisView, frame: &mut Frame, area: Rect) {
    let Some(family) = w.framework.families.get(v.family) else {
        return;
    };
    let title_lines = title_lines(w, v, family, area.width as usize);
    let rows = title_lines.len() as u16;
    let [title, body] =
        Layout::vertical([Constraint::Length(rows), Constraint::Min(3)]).areas(area);
    frame.render_widget(Paragraph::new(title_lines), title);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(body);
    draw_criteria(w, v, frame, left);
    draw_notes(w, v, frame, right);
}

fn bold() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}

fn focus_style(focused: bool) -> Style {
    if focused {
        Style::new().fg(Color::Cyan)
    } else {
        dim()
    }
}

/// The title: the family, where it is among them, what it holds, what is
/// not merged and what is marked; a part that does not fit goes whole on
/// the next row (never cut), so the title takes one row or more.
fn title_lines(
    w: &Workshop,
    v: &SynthesisView,
    family: &Family,
    cols: usize,
) -> Vec<Line<'static>> {
    let ui = w.ui();
    let bold = bold();
    let merged: usize = v.counts.iter().sum();
    // Each part, its spans said together (a part is never split).
    let mut parts: Vec<Vec<Span<'static>>> = vec![
        vec![
            Span::styled(format!(" {} · ", tr!(ui, "synthesis-title")), bold),
            Span::styled(
                format!("{} {}", family.key, family.labels.get(w.lang())),
                bold.fg(family_color(family.key)),
            ),
            Span::styled(
                format!(" ({}/{}, ←→)", v.family + 1, w.framework.families.len()),
                bold,
            ),
        ],
        vec![Span::styled(
            tr!(
                ui,
                "synthesis-hold",
                criteria = v.criteria.len(),
                notes = merged
            ),
            bold,
        )],
        vec![Span::styled(
            tr!(ui, "synthesis-not-merged-count", n = v.not_merged),
            bold,
        )],
    ];
    if !v.marked.is_empty() {
        parts.push(vec![Span::styled(
            tr!(ui, "synthesis-marked", n = v.marked.len()),
            Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
        )]);
    }
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut used = 0;
    for (i, mut part) in parts.into_iter().enumerate() {
        let own: usize = part.iter().map(|s| width(&s.content)).sum();
        if i > 0 && used + 3 + own <= cols {
            part.insert(0, Span::styled(" · ", bold));
            used += 3 + own;
        } else {
            if i > 0 {
                part.insert(0, Span::raw(" "));
            }
            lines.push(Line::default());
            used = own + usize::from(i > 0);
        }
        if let Some(line) = lines.last_mut() {
            line.spans.extend(part);
        }
    }
    lines
}

/// The left pane: "not merged", then each criterion with its count.
fn draw_criteria(w: &Workshop, v: &SynthesisView, frame: &mut Frame, area: Rect) {
    let ui = w.ui();
    let (bold, dim) = (bold(), dim());
    let focused = v.focus == Pane::Criteria;
    let block = focus_block(focused)
        .title(format!(
            "{}{} ",
            focus_mark(focused),
            tr!(ui, "synthesis-criteria")
        ))
        .border_style(focus_style(focused));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let cols = inner.width as usize;
    let entries = v.criteria.len() + 1;
    let rows = inner.height as usize;
    let top = scroll_to(&v.criteria_scroll, v.entry, rows, entries);
    let mut lines = Vec::new();
    for e in (top..entries).take(rows) {
        let (label, count, style) = match e {
            0 => (
                tr!(ui, "synthesis-not-merged"),
                v.not_merged,
                dim.add_modifier(Modifier::ITALIC),
            ),
            _ => {
                let wording = v
                    .criteria
                    .get(e - 1)
                    .and_then(|&ci| w.session().criteria.get(ci))
                    .map_or(String::new(), |c| c.wording.clone());
                (
                    wording,
                    v.counts.get(e - 1).copied().unwrap_or(0),
                    Style::new(),
                )
            }
        };
        let count = format!(" {}", ui.count(count as u64));
        let text = pad(
            &truncate(&format!(" {label}"), cols.saturating_sub(width(&count))),
            cols.saturating_sub(width(&count)),
        );
        let line = Line::from(vec![Span::styled(text, style), Span::styled(count, bold)]);
        lines.push(if e == v.entry {
            if focused {
                line.style(selected_style())
            } else {
                line.style(Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED))
            }
        } else {
            line
        });
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The right pane: the notes of the selected entry, and under them the
/// selected note whole.
fn draw_notes(w: &Workshop, v: &SynthesisView, frame: &mut Frame, area: Rect) {
    let ui = w.ui();
    let heading = match v
        .selected_criterion()
        .and_then(|ci| w.session().criteria.get(ci))
    {
        Some(c) => format!(
            " {} · {} ",
            tr!(ui, "synthesis-quoted", wording = c.wording.as_str()),
            tr!(ui, "count-notes", n = v.rows.len())
        ),
        None => format!(
            " {} · {} ",
            tr!(ui, "synthesis-not-merged"),
            tr!(ui, "count-notes", n = v.rows.len())
        ),
    };
    let similar = if v.similar.is_empty() {
        String::new()
    } else {
        format!("· {} ", tr!(ui, "synthesis-similar", n = v.similar.len()))
    };
    let focused = v.focus == Pane::Notes;
    let block = focus_block(focused)
        .title(format!(
            "{}{}{similar}",
            focus_mark(focused),
            heading.trim_start()
        ))
        .border_style(focus_style(focused));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // The selected note whole, under the list: a long note is cut in its
    // row, never here.
    let [inner, detail] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(4)]).areas(inner);
    draw_detail(w, v, frame, detail);
    if v.rows.is_empty() {
        let text = match v.selected_criterion() {
            Some(_) => tr!(ui, "synthesis-criterion-empty"),
            None if v.criteria.is_empty() => tr!(ui, "synthesis-family-empty"),
            None => tr!(ui, "synthesis-all-merged"),
        };
        frame.render_widget(Paragraph::new(text).style(dim()), inner);
        return;
    }
    draw_rows(w, v, frame, inner);
}

/// The selected note whole, with its group and question.
fn draw_detail(w: &Workshop, v: &SynthesisView, frame: &mut Frame, area: Rect) {
    let Some(&i) = v.rows.get(v.cursor) else {
        return;
    };
    let dim = dim();
    let note = &w.session().notes[i];
    let group = w
        .session()
        .group(&note.group)
        .map_or("?", |g| g.name.as_str());
    let question = w
        .session()
        .question(&note.question)
        .map_or(note.question.as_str(), |q| q.labels.get(w.lang()));
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(format!("{group} · {question}"), dim),
            Line::raw(note.text.clone()),
        ])
        .wrap(ratatui::widgets::Wrap { trim: true })
        .block(
            Block::new()
                .borders(ratatui::widgets::Borders::TOP)
                .border_style(dim),
        ),
        area,
    );
}

/// One row per note: marked (●), similar to the marked (≈), its text, its
/// group and question.
fn draw_rows(w: &Workshop, v: &SynthesisView, frame: &mut Frame, area: Rect) {
    let lang = w.lang();
    let cols = area.width as usize;
    let rows = area.height as usize;
    let top = scroll_to(&v.rows_scroll, v.cursor, rows, v.rows.len());
    let mut lines = Vec::new();
    for (p, &i) in v.rows.iter().enumerate().skip(top).take(rows) {
        let note = &w.session().notes[i];
        let mark = if v.marked.contains(&note.id) {
            "●"
        } else {
            " "
        };
        let like = if v.similar.contains(&note.id) {
            "≈"
        } else {
            " "
        };
        let group = w
            .session()
            .group(&note.group)
            .map(|g| g.name.as_str())
            .unwrap_or("?");
        let tag = format!(
            " {} · {}",
            truncate(group, 14),
            question_tag(w.session(), &note.question, lang)
        );
        let text_cols = cols.saturating_sub(4 + width(&tag));
        let line = Line::from(vec![
            Span::styled(format!(" {mark}"), Style::new().fg(Color::Yellow)),
            Span::styled(format!("{like} "), Style::new().fg(Color::Cyan)),
            Span::raw(pad(&truncate(&note.text, text_cols), text_cols)),
            Span::styled(tag, dim()),
        ]);
        lines.push(if p == v.cursor && v.focus == Pane::Notes {
            line.style(selected_style())
        } else {
            line
        });
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// The focused pane has a thick border and a ▸ before its title, so focus
/// is seen without colour.
fn focus_block(focused: bool) -> Block<'static> {
    Block::bordered().border_type(if focused {
        BorderType::Thick
    } else {
        BorderType::Plain
    })
}

fn focus_mark(focused: bool) -> &'static str {
    if focused { "▸ " } else { " " }
}
