//! The session list: the sessions of the data folder, filtered as you type.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::selected_style;
use crate::text::pad;
use crate::tui::app::SessionList;
use crate::tui::finder::scroll_to;

pub fn draw(list: &SessionList, frame: &mut Frame, area: Rect) {
    let show_filter = list.filtering || !list.filter.value().is_empty();
    let [header, filter, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(if show_filter { 1 } else { 0 }),
        Constraint::Min(1),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(
                " spiral · sessions in ",
                Style::new().add_modifier(Modifier::BOLD),
            ),
            Span::raw(list.dir.display().to_string()),
        ])),
        header,
    );
    if show_filter {
        let text = format!(" Filter: {}", list.filter.value());
        frame.render_widget(
            Paragraph::new(text).style(Style::new().fg(Color::Yellow)),
            filter,
        );
        if list.filtering {
            frame
                .set_cursor_position((filter.x + 9 + list.filter.visual_cursor() as u16, filter.y));
        }
    }
    let marked = if list.marked.is_empty() {
        String::new()
    } else {
        format!("· {} marked (C compares) ", list.marked.len())
    };
    let block = Block::bordered().title(format!(
        " {} of {} sessions {marked}",
        list.shown.len(),
        list.entries.len()
    ));
    let inner = block.inner(body);
    frame.render_widget(block, body);
    if list.entries.is_empty() {
        frame.render_widget(
            Paragraph::new(
                "No session here yet. n creates one (or: spiral new FILE --title TITLE).",
            )
            .style(Style::new().fg(Color::DarkGray)),
            inner,
        );
        return;
    }
    let cols = inner.width as usize;
    let file_cols = 24usize;
    let title_cols = cols.saturating_sub(file_cols + 10 + 8 + 8 + 4);
    let mut lines = vec![Line::styled(
        format!(
            " {}{:<10}{:>8}{:>8}  {}",
            pad("title", title_cols),
            "date",
            "groups",
            "notes",
            "file"
        ),
        Style::new().fg(Color::DarkGray),
    )];
    let rows = (inner.height as usize).saturating_sub(1);
    let top = scroll_to(&list.scroll, list.selected, rows, list.shown.len());
    for (row, &i) in list.shown.iter().enumerate().skip(top).take(rows) {
        let e = &list.entries[i];
        let file = e
            .path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mark = if list.marked.contains(&e.path) {
            "●"
        } else {
            " "
        };
        let line = match &e.summary {
            Ok(s) => Line::raw(format!(
                "{mark}{}{:<10}{:>8}{:>8}  {}",
                pad(&s.title, title_cols),
                s.date,
                s.groups,
                s.notes,
                pad(&file, file_cols)
            )),
            Err(err) => Line::styled(
                format!(
                    " {}",
                    pad(&format!("⚠ {file}: {err}"), cols.saturating_sub(1))
                ),
                Style::new().fg(Color::Red),
            ),
        };
        lines.push(if row == list.selected {
            line.style(selected_style())
        } else {
            line
        });
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
