//! The actions screen drawn: its title and the families named most that
//! no action answers yet (whole, wrapped); the list, two rows an action
//! (its status, title and since when; its latest report); the selected
//! action's details or its form below; and the line being typed, its
//! title wrapped above it, at the bottom.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::form::{self, Row};
use super::{ActionsView, line_title};
use crate::model::{Action, Status};
use crate::text::{pad, truncate, width};
use crate::tr;
use crate::tui::finder::scroll_to;
use crate::tui::keymap::{Key, key_name_in};
use crate::tui::view::style::selected_style;
use crate::tui::view::wrap::wrapped;
use crate::tui::workshop::Workshop;
use ratatui::crossterm::event::KeyCode;

/// Text from the file as it may be shown: without what would act on a
/// terminal or turn the text around (as every note's text is shown).
fn safe(text: &str) -> String {
    crate::text::printable(text).into_owned()
}

fn bold() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}

fn status_style(s: Status) -> Style {
    Style::new().fg(match s {
        Status::Planned => Color::Cyan,
        Status::Running => Color::Green,
        Status::Paused => Color::Yellow,
        Status::Ended => Color::DarkGray,
    })
}

pub fn draw(w: &Workshop, v: &ActionsView, frame: &mut Frame, area: Rect) {
    let cols = area.width as usize;
    let head = head_lines(w, v, cols);
    let line_box = v
        .line
        .as_ref()
        .map(|(purpose, _)| wrapped(&line_title(w, *purpose), cols.saturating_sub(2), 3));
    let box_rows = line_box.as_ref().map_or(0, |t| t.len() as u16 + 3);
    let [top, body, bottom] = Layout::vertical([
        Constraint::Length(head.len() as u16),
        Constraint::Min(3),
        Constraint::Length(box_rows),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(head), top);
    let actions = &w.session().actions;
    if actions.is_empty() {
        let none = wrapped(&tr!(w.ui(), "actions-none"), cols.saturating_sub(2), 6);
        let lines: Vec<Line> = none
            .into_iter()
            .map(|l| Line::raw(format!(" {l}")))
            .collect();
        frame.render_widget(Paragraph::new(lines), body);
    } else {
        let list_rows = (actions.len() as u16 * 2).min(body.height / 3).max(2) + 2;
        let [list, details] =
            Layout::vertical([Constraint::Length(list_rows), Constraint::Min(3)]).areas(body);
        draw_list(w, v, frame, list);
        let a = &actions[v.selected.min(actions.len() - 1)];
        match v.form {
            Some(at) => draw_form(w, a, at, frame, details),
            None => draw_details(w, v, a, frame, details),
        }
    }
    if let (Some(title), Some((_, input))) = (line_box, &v.line) {
        draw_line(title, input, frame, bottom);
    }
}

/// The title and count; the families named most with no action yet.
fn head_lines(w: &Workshop, v: &ActionsView, cols: usize) -> Vec<Line<'static>> {
    let ui = w.ui();
    let n = w.session().actions.len();
    let mut lines = vec![Line::styled(
        format!(
            " {} · {}",
            tr!(ui, "actions-title"),
            tr!(ui, "actions-count", n = n)
        ),
        bold(),
    )];
    let Some(unanswered) = &v.unanswered else {
        return lines;
    };
    let said = if unanswered.is_empty() {
        tr!(ui, "actions-all-answered")
    } else {
        let families: Vec<String> = (unanswered.iter())
            .map(|f| form::family_name(w, f))
            .collect();
        tr!(ui, "actions-unanswered", families = families.join(", "))
    };
    let style = Style::new().fg(Color::Yellow);
    for l in wrapped(&said, cols.saturating_sub(2), 3) {
        lines.push(Line::styled(format!(" {l}"), style));
    }
    lines
}

/// Since when an action runs, as the list says it.
fn since(w: &Workshop, a: &Action) -> String {
    match a.started {
        Some(s) => tr!(w.ui(), "actions-since", when = s.to_string()),
        None => tr!(w.ui(), "actions-not-started"),
    }
}

/// The latest report, as the list says it ("" when none).
fn latest(w: &Workshop, a: &Action) -> String {
    match a.latest_report() {
        Some(r) => tr!(
            w.ui(),
            "actions-latest",
            date = r.date.to_string(),
            by = safe(&r.by),
            text = safe(r.text.lines().next().unwrap_or_default())
        ),
        None => tr!(w.ui(), "actions-no-report"),
    }
}

/// The list: two rows an action, the selected one reversed.
fn draw_list(w: &Workshop, v: &ActionsView, frame: &mut Frame, area: Rect) {
    let block = Block::bordered().border_style(dim());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let actions = &w.session().actions;
    let cols = inner.width as usize;
    let shown = (inner.height as usize / 2).max(1);
    let top = scroll_to(&v.list_top, v.selected, shown, actions.len());
    let status_cols = Status::ALL
        .iter()
        .map(|s| width(&s.label().say(w.ui())))
        .max()
        .unwrap_or(0);
    let mut lines = Vec::new();
    for (i, a) in actions.iter().enumerate().skip(top).take(shown) {
        let since = since(w, a);
        let title_cols = cols.saturating_sub(status_cols + width(&since) + 6);
        let first = Line::from(vec![
            Span::styled(
                format!(" {} ", pad(&a.status.label().say(w.ui()), status_cols)),
                status_style(a.status),
            ),
            Span::styled(
                pad(&truncate(&safe(&a.title), title_cols), title_cols),
                bold(),
            ),
            Span::styled(format!("  {since} "), dim()),
        ]);
        let second = Line::styled(
            format!(
                " {}{}",
                " ".repeat(status_cols + 1),
                truncate(&latest(w, a), cols.saturating_sub(status_cols + 3))
            ),
            dim(),
        );
        let selected = i == v.selected && v.form.is_none();
        for line in [first, second] {
            lines.push(if selected {
                line.style(selected_style())
            } else {
                line
            });
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// A heading of the details and its lines, each wrapped and indented.
fn section(lines: &mut Vec<Line<'static>>, heading: String, items: Vec<String>, cols: usize) {
    if items.iter().all(|i| i.is_empty()) {
        return;
    }
    lines.push(Line::styled(format!(" {heading}"), bold()));
    for item in items.into_iter().filter(|i| !i.is_empty()) {
        for l in wrapped(&safe(&item), cols.saturating_sub(4), usize::MAX) {
            lines.push(Line::raw(format!("   {l}")));
        }
    }
}

/// The selected action's details, from the line scrolled to.
fn draw_details(w: &Workshop, v: &ActionsView, a: &Action, frame: &mut Frame, area: Rect) {
    let ui = w.ui();
    let mut block = Block::bordered().border_style(dim()).title(truncate(
        &format!(" {} ", safe(&a.title)),
        area.width as usize - 2,
    ));
    let inner = block.inner(area);
    let cols = inner.width as usize;
    let s = w.session();
    let quoted = |text: &str| tr!(ui, "actions-quoted", text = text);
    let mut lines = Vec::new();
    let actors = a.actors.iter().map(|x| form::actor_text(w, x)).collect();
    section(&mut lines, tr!(ui, "actions-who"), actors, cols);
    section(
        &mut lines,
        tr!(ui, "actions-what"),
        vec![a.what.clone()],
        cols,
    );
    let families = a.families.iter().map(|f| form::family_name(w, f)).collect();
    section(&mut lines, tr!(ui, "actions-families"), families, cols);
    let criteria = (a.criteria.iter())
        .filter_map(|c| s.criterion(c))
        .map(|c| quoted(&c.wording))
        .collect();
    section(&mut lines, tr!(ui, "actions-criteria"), criteria, cols);
    let notes = (a.notes.iter())
        .filter_map(|n| s.note_index(*n))
        .map(|i| quoted(&s.notes[i].text))
        .collect();
    section(&mut lines, tr!(ui, "actions-notes"), notes, cols);
    let generalise = vec![a.generalise.clone()];
    section(&mut lines, tr!(ui, "actions-generalise"), generalise, cols);
    let reports = (a.reports.iter().rev())
        .map(|r| format!("{} {}: {}", r.date, r.by, r.text))
        .collect();
    section(&mut lines, tr!(ui, "actions-reports"), reports, cols);
    let questions = a.questions.iter().map(|q| format!("– {q}")).collect();
    section(&mut lines, tr!(ui, "actions-questions"), questions, cols);
    let last = lines.len().saturating_sub(inner.height as usize);
    v.detail_last.set(last);
    let top = v.detail_top.min(last);
    // What is above and below, and the key that shows it.
    let keys = |code| key_name_in(&Key::Code(code), ui);
    let more = match (top > 0, top < last) {
        (false, false) => String::new(),
        (true, false) => format!(" ↑ {} ", keys(KeyCode::PageUp)),
        (false, true) => format!(" ↓ {} ", keys(KeyCode::PageDown)),
        (true, true) => format!(" ↑↓ {} {} ", keys(KeyCode::PageUp), keys(KeyCode::PageDown)),
    };
    if !more.is_empty() {
        block = block.title_bottom(Line::from(more).right_aligned());
    }
    frame.render_widget(block, area);
    let shown: Vec<Line> = lines.into_iter().skip(top).collect();
    frame.render_widget(Paragraph::new(shown), inner);
}

/// The form of the selected action: a line per field or item, the
/// selected one reversed.
fn draw_form(w: &Workshop, a: &Action, at: usize, frame: &mut Frame, area: Rect) {
    let ui = w.ui();
    let block = Block::bordered()
        .border_style(Style::new().fg(Color::Cyan))
        .title(truncate(
            &format!(" {} ", tr!(ui, "actions-form", title = safe(&a.title))),
            area.width as usize - 2,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let rows = form::rows(a);
    let at = at.min(rows.len() - 1);
    let texts: Vec<(String, String)> = rows.iter().map(|r| form::row_text(w, a, *r)).collect();
    let label_cols = (texts.iter())
        .zip(&rows)
        .filter(|(_, r)| !is_add(**r))
        .map(|((l, _), _)| width(l))
        .max()
        .unwrap_or(0)
        .min(inner.width as usize / 3);
    let value_cols = (inner.width as usize).saturating_sub(label_cols + 2);
    let top = at.saturating_sub((inner.height as usize).saturating_sub(1));
    let mut lines = Vec::new();
    for (i, (row, (label, value))) in rows.iter().zip(texts).enumerate().skip(top) {
        let line = if is_add(*row) {
            Line::styled(format!(" {label}"), Style::new().fg(Color::Cyan))
        } else {
            let value = match value.is_empty() {
                true => Span::styled("—", dim()),
                false => Span::raw(truncate(&value, value_cols)),
            };
            Line::from(vec![
                Span::styled(
                    format!(" {} ", pad(&truncate(&label, label_cols), label_cols)),
                    bold(),
                ),
                value,
            ])
        };
        lines.push(if i == at {
            line.style(selected_style())
        } else {
            line
        });
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

fn is_add(row: Row) -> bool {
    matches!(
        row,
        Row::AddActor | Row::AddFamily | Row::AddCriterion | Row::AddQuestion
    )
}

/// The line being typed: its title (wrapped) above it, in a box.
fn draw_line(title: Vec<String>, input: &tui_input::Input, frame: &mut Frame, area: Rect) {
    let block = Block::bordered().border_style(Style::new().fg(Color::Yellow));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let cols = inner.width as usize;
    let mut lines: Vec<Line> = title.into_iter().map(|t| Line::styled(t, bold())).collect();
    let scroll = input.visual_scroll(cols.saturating_sub(1));
    let shown: String = input.value().chars().skip(scroll).collect();
    lines.push(Line::raw(truncate(&shown, cols)));
    let y = inner.y + lines.len() as u16 - 1;
    let x = inner.x + input.visual_cursor().saturating_sub(scroll) as u16;
    frame.set_cursor_position((x, y));
    frame.render_widget(Paragraph::new(lines), inner);
}
