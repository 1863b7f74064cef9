//! The territory's co-responsibility actions, between its sessions and the
//! feed (drawn only when a session has one): the box's title counts each
//! session's actions ("Actions · alby 3 · unga 1"), then every action in
//! the sessions' order, each with its session (the file's name, as the
//! feed names it), its status and its title; when the box is full, its
//! last line says how many more there are.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::model::Lang;
use crate::text::pad;
use crate::tr;
use crate::tui::territory::TerritoryScreen;

pub fn draw(screen: &TerritoryScreen, lang: Lang, frame: &mut Frame, area: Rect) {
    let t = &screen.territory;
    let stem = |file: &std::path::Path| {
        file.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let mut counts = Vec::new();
    let mut actions = Vec::new();
    for (path, e) in t.files() {
        let Some(s) = e.summary.as_ref().filter(|s| !s.actions.is_empty()) else {
            continue;
        };
        let session = stem(path);
        counts.push(format!("{session} {}", s.actions.len()));
        for (title, status) in &s.actions {
            actions.push((session.clone(), status.label().say(lang), title.as_str()));
        }
    }
    let block = Block::bordered().title(format!(
        " {} · {} ",
        tr!(lang, "territory-actions"),
        counts.join(" · ")
    ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let cols = inner.width as usize;
    let rows = inner.height as usize;
    let widest = |values: &mut dyn Iterator<Item = &String>| {
        values.map(|v| crate::text::width(v)).max().unwrap_or(0)
    };
    let session_cols = widest(&mut actions.iter().map(|a| &a.0)).clamp(4, 14);
    let status_cols = widest(&mut actions.iter().map(|a| &a.1));
    let title_cols = cols.saturating_sub(1 + session_cols + 1 + status_cols + 2);
    let more = actions.len().saturating_sub(rows);
    let shown = if more > 0 {
        rows.saturating_sub(1)
    } else {
        rows
    };
    let mut lines: Vec<Line> = actions
        .iter()
        .take(shown)
        .map(|(session, status, title)| {
            Line::from(vec![
                Span::styled(
                    format!(" {} ", pad(session, session_cols)),
                    Style::new().fg(Color::DarkGray),
                ),
                Span::styled(
                    format!("{}  ", pad(status, status_cols)),
                    Style::new().fg(Color::Cyan),
                ),
                Span::raw(pad(&crate::text::printable(title), title_cols)),
            ])
        })
        .collect();
    if more > 0 {
        let n = actions.len() - shown;
        lines.push(Line::styled(
            format!(" {}", tr!(lang, "territory-actions-more", n = n)),
            Style::new().fg(Color::DarkGray),
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
