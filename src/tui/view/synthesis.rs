//! The synthesis screen: one family; its criteria on the left ("not
//! merged" first, then each criterion with its count), the notes of the
//! selected one on the right, marked (●) and similar to the marked (≈).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::selected_style;
use super::workshop::{family_color, question_tag};
use crate::text::{pad, truncate, width};
use crate::tui::finder::scroll_to;
use crate::tui::screen::{Pane, SynthesisView};
use crate::tui::workshop::Workshop;

pub fn draw(w: &Workshop, v: &SynthesisView, frame: &mut Frame, area: Rect) {
    let lang = w.lang();
    let Some(family) = w.framework.families.get(v.family) else {
        return;
    };
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let dim = Style::new().fg(Color::DarkGray);
    let [title, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
    let merged: usize = v.counts.iter().sum();
    let mut spans = vec![
        Span::styled(" Synthesis · ", bold),
        Span::styled(
            format!("{} {}", family.key, family.labels.get(lang)),
            bold.fg(family_color(family.key)),
        ),
        Span::styled(
            format!(
                " ({}/{}, ←→) · {} criteria hold {merged} notes · {} not merged",
                v.family + 1,
                w.framework.families.len(),
                v.criteria.len(),
                v.not_merged
            ),
            bold,
        ),
    ];
    if !v.marked.is_empty() {
        spans.push(Span::styled(
            format!(" · {} marked", v.marked.len()),
            Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), title);

    let [left, right] =
        Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(body);
    let focus_style = |focused: bool| {
        if focused {
            Style::new().fg(Color::Cyan)
        } else {
            dim
        }
    };

    // Criteria.
    let block = Block::bordered()
        .title(" Criteria ")
        .border_style(focus_style(v.focus == Pane::Criteria));
    let inner = block.inner(left);
    frame.render_widget(block, left);
    let cols = inner.width as usize;
    let entries = v.criteria.len() + 1;
    let rows = inner.height as usize;
    let top = scroll_to(&v.criteria_scroll, v.entry, rows, entries);
    let mut lines = Vec::new();
    for e in (top..entries).take(rows) {
        let (label, count, style) = match e {
            0 => (
                "Not merged".to_string(),
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
        let count = format!(" {count}");
        let text = pad(
            &truncate(&format!(" {label}"), cols.saturating_sub(width(&count))),
            cols.saturating_sub(width(&count)),
        );
        let line = Line::from(vec![Span::styled(text, style), Span::styled(count, bold)]);
        lines.push(if e == v.entry {
            if v.focus == Pane::Criteria {
                line.style(selected_style())
            } else {
                line.style(Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED))
            }
        } else {
            line
        });
    }
    frame.render_widget(Paragraph::new(lines), inner);

    // Notes of the selected entry.
    let heading = match v
        .selected_criterion()
        .and_then(|ci| w.session().criteria.get(ci))
    {
        Some(c) => format!(" “{}” · {} notes ", c.wording, v.rows.len()),
        None => format!(" Not merged · {} notes ", v.rows.len()),
    };
    let similar = if v.similar.is_empty() {
        String::new()
    } else {
        format!("· {} similar ≈ (n) ", v.similar.len())
    };
    let block = Block::bordered()
        .title(format!("{heading}{similar}"))
        .border_style(focus_style(v.focus == Pane::Notes));
    let inner = block.inner(right);
    frame.render_widget(block, right);
    // The selected note whole, under the list: a long note is cut in its
    // row, never here.
    let [inner, detail] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(4)]).areas(inner);
    if let Some(&i) = v.rows.get(v.cursor) {
        let note = &w.session().notes[i];
        let group = w
            .session()
            .group(&note.group)
            .map_or("?", |g| g.name.as_str());
        let question = w
            .session()
            .question(&note.question)
            .map_or(note.question.as_str(), |q| q.labels.get(lang));
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
            detail,
        );
    }
    let cols = inner.width as usize;
    let rows = inner.height as usize;
    if v.rows.is_empty() {
        let text = match v.selected_criterion() {
            Some(_) => "No note in this criterion any more: d dissolves it, u undoes.",
            None if v.criteria.is_empty() => {
                "No coded note of this family yet. Code notes in the workshop, then merge them here."
            }
            None => "Every note of this family is in a criterion.",
        };
        frame.render_widget(Paragraph::new(text).style(dim), inner);
        return;
    }
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
            Span::styled(tag, dim),
        ]);
        lines.push(if p == v.cursor && v.focus == Pane::Notes {
            line.style(selected_style())
        } else {
            line
        });
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
