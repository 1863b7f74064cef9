//! The finder overlay: a query line over the results that match it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::{centered, selected_style};
use crate::model::Lang;
use crate::text::{pad, width};
use crate::tr;
use crate::tui::finder::{Finder, scroll_to};

pub fn draw(f: &Finder, lang: Lang, frame: &mut Frame, area: Rect) {
    let rect = centered(
        area,
        area.width.saturating_sub(6),
        area.height.saturating_sub(2),
    );
    frame.render_widget(Clear, rect);
    let found = tr!(
        lang,
        "finder-found",
        shown = f.results.len(),
        all = f.items.len()
    );
    let searching = if f.searching() {
        format!(" · {}", tr!(lang, "finder-searching"))
    } else {
        String::new()
    };
    let block = Block::bordered().title(format!(
        " {} · {found}{searching} · ↑↓ Enter Esc ",
        f.kind.title(lang),
    ));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    if inner.height < 2 {
        return;
    }
    let query = format!("> {}", f.input.value());
    frame.render_widget(
        Paragraph::new(query).style(Style::new().fg(Color::Yellow)),
        Rect { height: 1, ..inner },
    );
    frame.set_cursor_position((inner.x + 2 + f.input.visual_cursor() as u16, inner.y));
    let list = Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    };
    let rows = list.height as usize;
    let cols = list.width as usize;
    let top = scroll_to(&f.scroll, f.selected, rows, f.results.len());
    let lines: Vec<Line> = f
        .results
        .iter()
        .enumerate()
        .skip(top)
        .take(rows)
        .map(|(row, &i)| {
            let item = &f.items[i];
            let detail_cols = if item.detail.is_empty() {
                0
            } else {
                (width(&item.detail) + 2).min(cols / 3)
            };
            let line = Line::from(vec![
                Span::raw(pad(
                    &format!(" {}", item.label),
                    cols.saturating_sub(detail_cols),
                )),
                Span::styled(
                    pad(&item.detail, detail_cols),
                    Style::new().fg(Color::DarkGray),
                ),
            ]);
            if row == f.selected {
                line.style(selected_style())
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
}
