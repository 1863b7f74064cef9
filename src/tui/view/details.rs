//! The session's details form, over the workshop, as wide as its panes
//! and its border joined to theirs: a row per detail, the selected one
//! reversed, or edited in a line with the cursor.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::{centered, selected_style};
use crate::text::{pad, truncate, width};
use crate::tr;
use crate::tui::details::{DetailsForm, Row, row_text, rows};
use crate::tui::workshop::Workshop;

pub fn draw(w: &Workshop, form: &DetailsForm, frame: &mut Frame, area: Rect) {
    let rows = rows(w);
    // As wide as the panes behind it, its border joined to theirs where
    // they meet (├ ┴ ┬ ┤), so no piece of them shows beside it.
    let box_width = area.width;
    let rect = centered(area, box_width, rows.len() as u16 + 2);
    let block = Block::bordered().title(truncate(
        &format!(" {} ", tr!(w.ui(), "details-form-title")),
        rect.width.saturating_sub(2) as usize,
    ));
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    super::style::join_border(frame.buffer_mut(), rect);
    // As wide as the widest label (they will be translated).
    let label_cols = rows
        .iter()
        .map(|r| width(&row_text(w, *r).0))
        .max()
        .unwrap_or(0)
        .min(box_width as usize / 3);
    let cols = inner.width as usize;
    let value_cols = cols.saturating_sub(label_cols + 1);
    let dim = Style::new().fg(Color::DarkGray);
    let mut lines = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let (label, value) = row_text(w, *row);
        let selected = i == form.selected.min(rows.len() - 1);
        let label_style = if matches!(row, Row::AddQuestion) {
            Style::new().fg(Color::Cyan)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        };
        let value = match (&form.editing, selected) {
            (Some(input), true) => {
                let scroll = input.visual_scroll(value_cols);
                let x = inner.x
                    + (label_cols + 1) as u16
                    + input.visual_cursor().saturating_sub(scroll) as u16;
                frame.set_cursor_position((x, inner.y + i as u16));
                let shown: String = input.value().chars().skip(scroll).collect();
                Span::styled(
                    pad(&truncate(&shown, value_cols), value_cols),
                    Style::new().fg(Color::Black).bg(Color::Yellow),
                )
            }
            _ if value.is_empty() => Span::styled(pad("—", value_cols), dim),
            _ if matches!(row, Row::AddQuestion) => {
                Span::styled(pad(&truncate(&value, value_cols), value_cols), dim)
            }
            _ => Span::raw(pad(&truncate(&value, value_cols), value_cols)),
        };
        let label = truncate(&label, label_cols);
        let line = Line::from(vec![
            Span::styled(
                format!("{label}{}", " ".repeat(label_cols - width(&label))),
                label_style,
            ),
            Span::raw(" "),
            value,
        ]);
        lines.push(if selected && form.editing.is_none() {
            line.style(selected_style())
        } else {
            line
        });
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
