//! The comparison screen: groups × families, counts or shares, cells shaded
//! by share and marked where a group says notably more (+) or less (−)
//! than the others; under it the test in numbers and in words, and each
//! group's distance from the pooled profile, most different first.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::profile::bar;
use crate::profile::By;
use crate::text::{pad, truncate, width};
use crate::tr;
use crate::tui::compare::CompareScreen;

const NAME_COLS: usize = 24;
const CODED_COLS: usize = 7;

/// The background of a cell: darker to lighter grey as the share grows
/// (the number is always written too, so shading only helps the eye).
fn shade(share: f64) -> Style {
    let level = match share {
        s if s <= 0.0 => return Style::new(),
        s if s < 0.1 => 236,
        s if s < 0.2 => 239,
        s if s < 0.3 => 242,
        s if s < 0.4 => 245,
        _ => 248,
    };
    let fg = if level >= 245 {
        Color::Black
    } else {
        Color::White
    };
    Style::new().bg(Color::Indexed(level)).fg(fg)
}

pub fn draw(screen: &CompareScreen, frame: &mut Frame, area: Rect) {
    let r = &screen.report;
    // The screen's words and numbers (the labels, and the test's
    // sentence, are in the labels' language).
    let ui = screen.ui();
    let question = r
        .question
        .id()
        .map_or_else(|| tr!(ui, "compare-all-questions"), str::to_string);
    let mode = if screen.shares {
        tr!(ui, "compare-shares")
    } else {
        tr!(ui, "compare-counts")
    };
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let dim = Style::new().fg(Color::DarkGray);
    let table_rows = (r.groups.len() as u16 + 2).max(3);
    let legend_text: usize = r.family_labels.iter().map(|l| width(l) + 4).sum::<usize>() + 80;
    let legend_rows = legend_text
        .div_ceil((area.width as usize).max(1))
        .clamp(2, 5) as u16;
    let [title, table, legend, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Max(table_rows),
        Constraint::Length(legend_rows),
        Constraint::Min(8),
    ])
    .areas(area);
    let total: u64 = r.counts.iter().flatten().sum();
    frame.render_widget(
        Paragraph::new(Line::styled(
            format!(
                " {} · {} · {question} · {} · {mode}",
                tr!(ui, "compare-title"),
                match r.by {
                    By::Group => tr!(ui, "compare-groups", n = r.groups.len()),
                    By::Session => tr!(ui, "compare-sessions", n = r.groups.len()),
                },
                tr!(ui, "compare-coded", n = total)
            ),
            bold,
        )),
        title,
    );

    // The table: only the visible rows are built.
    let families = r.families.len().max(1);
    let cell_cols =
        ((table.width as usize).saturating_sub(NAME_COLS + CODED_COLS + 1) / families).clamp(5, 12);
    let mut header = vec![Span::styled(pad(" ", NAME_COLS), dim)];
    // Short labels, so that a cut header never reads the same for two
    // families ("3 Re…", "8 Re…").
    for (f, label) in r.family_shorts.iter().enumerate() {
        let key = r.family_keys.get(f).copied().unwrap_or_default();
        let text = truncate(&format!("{key} {label}"), cell_cols - 1);
        header.push(Span::styled(
            format!("{}{text}", " ".repeat(cell_cols - width(&text))),
            dim,
        ));
    }
    header.push(Span::styled(
        format!(
            "{:>CODED_COLS$}",
            truncate(&tr!(ui, "compare-coded-column"), CODED_COLS)
        ),
        dim,
    ));
    let mut lines = vec![Line::from(header)];
    let visible = (table.height as usize).saturating_sub(1);
    for g in (screen.scroll..r.groups.len()).take(visible) {
        let mut spans = vec![Span::raw(pad(
            &format!(" {}", truncate(&r.groups[g], NAME_COLS - 2)),
            NAME_COLS,
        ))];
        for f in 0..r.families.len() {
            let share = r.shares[g][f];
            let sign = r.mark(g, f);
            let value = if screen.shares {
                ui.percent(share)
            } else {
                ui.count(r.counts[g][f])
            };
            let text = format!("{value}{sign}");
            let mut style = shade(share);
            if let Some(more) = r.notable(g, f) {
                style = style.add_modifier(Modifier::BOLD).fg(if more {
                    Color::LightGreen
                } else {
                    Color::LightRed
                });
            }
            spans.push(Span::raw(" "));
            spans.push(Span::styled(
                format!(
                    "{}{text}",
                    " ".repeat((cell_cols - 1).saturating_sub(width(&text)))
                ),
                style,
            ));
        }
        let coded: u64 = r.counts[g].iter().sum();
        spans.push(Span::raw(format!("{:>CODED_COLS$}", ui.count(coded))));
        lines.push(Line::from(spans));
    }
    if r.groups.is_empty() {
        lines.push(Line::styled(
            format!(" {}", tr!(ui, "compare-nothing")),
            dim,
        ));
    }
    frame.render_widget(Paragraph::new(lines), table);

    let shown_to = (screen.scroll + visible).min(r.groups.len());
    let mut spans: Vec<Span> = Vec::new();
    if r.groups.len() > visible {
        spans.push(Span::styled(
            format!(
                " {} ·",
                tr!(
                    ui,
                    "compare-rows",
                    from = screen.scroll + 1,
                    to = shown_to,
                    all = r.groups.len()
                )
            ),
            bold,
        ));
    }
    for (f, label) in r.family_labels.iter().enumerate() {
        let key = r.family_keys.get(f).copied().unwrap_or_default();
        spans.push(Span::styled(format!(" {key} "), bold));
        spans.push(Span::styled(format!("{label} "), dim));
    }
    spans.push(Span::styled(
        format!(
            "· {}",
            tr!(ui, "compare-marks", limit = ui.decimal(1.96, 2))
        ),
        dim,
    ));
    frame.render_widget(
        Paragraph::new(Line::from(spans)).wrap(Wrap { trim: true }),
        legend,
    );

    // The test in numbers and in words; the distances.
    let [stats, distances] =
        Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)]).areas(bottom);
    let mut text: Vec<Line> = Vec::new();
    if let (Some(chi2), Some(v)) = (&r.chi2, r.cramers_v) {
        text.push(Line::styled(
            tr!(
                ui,
                "compare-test",
                chi2 = ui.decimal(chi2.statistic, 2),
                dof = chi2.dof,
                p = ui.p_value(chi2.p),
                v = ui.decimal(v, 2)
            ),
            bold,
        ));
    }
    text.push(Line::raw(r.sentence.clone()));
    if let Some(left) = r.left_out(ui) {
        text.push(Line::styled(left, dim));
    }
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .block(Block::bordered().title(format!(" {} ", tr!(ui, "compare-test-title")))),
        stats,
    );

    let block = Block::bordered().title(format!(" {} ", tr!(ui, "compare-distance-title")));
    let inner = block.inner(distances);
    frame.render_widget(block, distances);
    let name_cols = (inner.width as usize / 2).max(8);
    let bar_cols = (inner.width as usize).saturating_sub(name_cols + 7);
    let lines: Vec<Line> = r
        .distances
        .iter()
        .take(inner.height as usize)
        .map(|d| {
            Line::from(vec![
                Span::raw(pad(&truncate(&d.group, name_cols - 1), name_cols)),
                Span::styled(
                    bar(d.jensen_shannon, bar_cols),
                    Style::new().fg(Color::Cyan),
                ),
                Span::raw(format!(" {}", ui.decimal(d.jensen_shannon, 2))),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
