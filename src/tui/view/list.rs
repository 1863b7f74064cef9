//! The session list: the sessions of the data folder, filtered as you type.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::selected_style;
use crate::i18n::Describe;
use crate::model::Lang;
use crate::text::pad;
use crate::tr;
use crate::tui::app::SessionList;
use crate::tui::finder::scroll_to;

pub fn draw(list: &SessionList, lang: Lang, frame: &mut Frame, area: Rect) {
    let show_filter = list.filtering || !list.filter.value().is_empty();
    let unshared = super::unshared_line(list.unshared.as_deref(), lang, area.width);
    let [header, warning, filter, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(unshared.as_ref().map_or(0, |(_, rows)| *rows)),
        Constraint::Length(if show_filter { 1 } else { 0 }),
        Constraint::Min(1),
    ])
    .areas(area);
    if let Some((line, _)) = unshared {
        frame.render_widget(line, warning);
    }
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(
                format!(" {} ", tr!(lang, "list-header")),
                Style::new().add_modifier(Modifier::BOLD),
            ),
            Span::raw(list.dir.display().to_string()),
        ])),
        header,
    );
    if show_filter {
        draw_filter(list, lang, frame, filter);
    }
    draw_table(list, lang, frame, body);
}

/// The filter line, with the cursor while typing in it.
fn draw_filter(list: &SessionList, lang: Lang, frame: &mut Frame, area: Rect) {
    let label = format!(" {} ", tr!(lang, "label", label = tr!(lang, "list-filter")));
    let text = format!("{label}{}", list.filter.value());
    frame.render_widget(
        Paragraph::new(text).style(Style::new().fg(Color::Yellow)),
        area,
    );
    if list.filtering {
        frame.set_cursor_position((
            area.x + crate::text::width(&label) as u16 + list.filter.visual_cursor() as u16,
            area.y,
        ));
    }
}

/// The sessions shown, in a box: a header, then a row per session.
fn draw_table(list: &SessionList, lang: Lang, frame: &mut Frame, area: Rect) {
    let marked = if list.marked.is_empty() {
        String::new()
    } else {
        format!("· {} ", tr!(lang, "list-marked", n = list.marked.len()))
    };
    let block = Block::bordered().title(format!(
        " {} {marked}",
        tr!(
            lang,
            "list-shown",
            shown = list.shown.len(),
            all = list.entries.len()
        )
    ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if list.entries.is_empty() {
        frame.render_widget(
            Paragraph::new(tr!(lang, "list-empty")).style(Style::new().fg(Color::DarkGray)),
            inner,
        );
        return;
    }
    let cols = inner.width as usize;
    let title_cols = cols.saturating_sub(FILE_COLS + 10 + 8 + 8 + 4);
    let mut lines = vec![Line::styled(
        format!(
            " {}{}{}{}  {}",
            pad(&tr!(lang, "list-column-title"), title_cols),
            pad(&tr!(lang, "list-column-date"), 10),
            pad_left(&tr!(lang, "list-column-groups"), 8),
            pad_left(&tr!(lang, "list-column-notes"), 8),
            tr!(lang, "list-column-file")
        ),
        Style::new().fg(Color::DarkGray),
    )];
    let rows = (inner.height as usize).saturating_sub(1);
    let top = scroll_to(&list.scroll, list.selected, rows, list.shown.len());
    for (row, &i) in list.shown.iter().enumerate().skip(top).take(rows) {
        let line = entry(list, i, cols, title_cols, lang);
        lines.push(if row == list.selected {
            line.style(selected_style())
        } else {
            line
        });
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

const FILE_COLS: usize = 24;

/// One session's row: marked (●), its title, date, groups, notes, file;
/// or why it could not be read.
fn entry(
    list: &SessionList,
    i: usize,
    cols: usize,
    title_cols: usize,
    lang: Lang,
) -> Line<'static> {
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
    match &e.summary {
        Ok(s) => Line::raw(format!(
            "{mark}{}{:<10}{:>8}{:>8}  {}",
            pad(&s.title, title_cols),
            s.date,
            s.groups,
            s.notes,
            pad(&file, FILE_COLS)
        )),
        Err(err) => Line::styled(
            format!(
                " {}",
                pad(
                    &format!("⚠ {file}: {}", err.describe(lang)),
                    cols.saturating_sub(1)
                )
            ),
            Style::new().fg(Color::Red),
        ),
    }
}

/// `text` right-aligned in `cols` columns (cut when longer).
fn pad_left(text: &str, cols: usize) -> String {
    let w = crate::text::width(text);
    if w >= cols {
        crate::text::truncate(text, cols)
    } else {
        format!("{}{text}", " ".repeat(cols - w))
    }
}
