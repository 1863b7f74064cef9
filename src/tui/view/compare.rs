//! The comparison screen: groups × families, counts or shares, cells shaded
//! by share and marked where a group says notably more (+) or less (−)
//! than the others; under it the test in numbers and in words, and each
//! group's distance from the pooled profile, most different first.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::bar;
use crate::profile::By;
use crate::text::{pad, truncate, width};
use crate::tr;
use crate::tui::compare::CompareScreen;

/// The label column's narrowest; it grows with the screen (`widths`).
const NAME_COLS: usize = 24;
const CELL_COLS: usize = 6;
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
    draw_title(screen, frame, title);
    let visible = draw_table(screen, frame, table);
    draw_legend(screen, visible, frame, legend);
    // The test in numbers and in words; the distances.
    let [stats, distances] =
        Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)]).areas(bottom);
    draw_test(screen, frame, stats);
    draw_distances(screen, frame, distances);
}

fn bold() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}

/// The title line: the question, how many groups, how many coded, counts
/// or shares. The screen's words and numbers (the labels, and the test's
/// sentence, are in the labels' language).
fn draw_title(screen: &CompareScreen, frame: &mut Frame, area: Rect) {
    let r = &screen.report;
    let ui = screen.ui();
    let question = r.question.words(ui);
    let mode = if screen.shares {
        tr!(ui, "compare-shares")
    } else {
        tr!(ui, "compare-counts")
    };
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
            bold(),
        )),
        area,
    );
}

/// The label column's and each family cell's widths at `width`: each
/// cell `CELL_COLS` and the labels `NAME_COLS` at least, what is left
/// shared between them, the labels taking two thirds (up to the longest).
fn widths(screen: &CompareScreen, width: usize) -> (usize, usize) {
    let r = &screen.report;
    let families = r.families.len().max(1);
    let longest = r
        .groups
        .iter()
        .map(|g| crate::text::width(g))
        .max()
        .unwrap_or(0);
    let spare = width.saturating_sub(CODED_COLS + 1 + families * CELL_COLS + NAME_COLS);
    let name_cols = (longest + 2).clamp(NAME_COLS, NAME_COLS + spare * 2 / 3);
    let cell_cols = (width.saturating_sub(name_cols + CODED_COLS + 1) / families).clamp(5, 12);
    // The columns the cells leave over go to the labels still cut.
    let left = width.saturating_sub(CODED_COLS + 1 + families * cell_cols);
    (name_cols.max((longest + 2).min(left)), cell_cols)
}

/// The table: only the visible rows are built. Returns how many rows of
/// groups it has room for.
fn draw_table(screen: &CompareScreen, frame: &mut Frame, area: Rect) -> usize {
    let r = &screen.report;
    let ui = screen.ui();
    let cols = widths(screen, area.width as usize);
    let mut lines = vec![header(screen, cols)];
    let visible = (area.height as usize).saturating_sub(1);
    for g in (screen.scroll..r.groups.len()).take(visible) {
        lines.push(row(screen, g, cols));
    }
    if r.groups.is_empty() {
        lines.push(Line::styled(
            format!(" {}", tr!(ui, "compare-nothing")),
            dim(),
        ));
    }
    frame.render_widget(Paragraph::new(lines), area);
    visible
}

/// The table's header: each family's key, then as much of its short label
/// as its cell holds, so long as that tells it from the other columns
/// (`column_labels`).
fn header(screen: &CompareScreen, (name_cols, cell_cols): (usize, usize)) -> Line<'static> {
    let r = &screen.report;
    let dim = dim();
    let mut header = vec![Span::styled(pad(" ", name_cols), dim)];
    for text in column_labels(&r.family_keys, &r.family_shorts, cell_cols - 1) {
        header.push(Span::styled(
            format!("{}{text}", " ".repeat(cell_cols - width(&text))),
            dim,
        ));
    }
    header.push(Span::styled(
        format!(
            "{:>CODED_COLS$}",
            truncate(&tr!(screen.ui(), "compare-coded-column"), CODED_COLS)
        ),
        dim,
    ));
    Line::from(header)
}

/// Column headers of at most `cols` columns that never read alike: each
/// family's key, then its short label, or the longest start of it that
/// fits, when that start begins no other column's label (the shortest
/// start that is unique fits); else the key alone.
pub(crate) fn column_labels(keys: &[u8], shorts: &[String], cols: usize) -> Vec<String> {
    let folded: Vec<String> = shorts.iter().map(|s| s.to_lowercase()).collect();
    shorts
        .iter()
        .enumerate()
        .map(|(f, label)| {
            let key = keys.get(f).copied().unwrap_or_default().to_string();
            let whole = format!("{key} {label}");
            if width(&whole) <= cols {
                return whole;
            }
            let room = cols.saturating_sub(width(&key) + 1);
            let start = fitting(label, room).trim_end().to_string();
            let lower = start.to_lowercase();
            let unique = !lower.is_empty()
                && folded
                    .iter()
                    .enumerate()
                    .all(|(g, other)| g == f || !other.starts_with(&lower));
            if unique {
                format!("{key} {start}")
            } else {
                truncate(&key, cols)
            }
        })
        .collect()
}

/// The longest start of `text` at most `cols` columns wide.
fn fitting(text: &str, cols: usize) -> String {
    let mut used = 0;
    text.chars()
        .take_while(|c| {
            used += unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0);
            used <= cols
        })
        .collect()
}

/// A row's label cut to `cols`: a group named with its session
/// (`session · group`) keeps the group in view, its session cut first.
fn row_label(label: &str, cols: usize) -> String {
    if width(label) <= cols {
        return label.to_string();
    }
    let Some((session, group)) = label.split_once(" · ") else {
        return truncate(label, cols);
    };
    let tail = format!(" · {group}");
    let head_cols = cols
        .saturating_sub(width(&tail))
        .max((cols / 3).min(width(session)));
    let head = truncate(session, head_cols);
    let tail = truncate(&tail, cols - width(&head));
    format!("{head}{tail}")
}

/// One group's row: its name, a cell per family, how many it coded.
fn row(screen: &CompareScreen, g: usize, (name_cols, cell_cols): (usize, usize)) -> Line<'static> {
    let r = &screen.report;
    let ui = screen.ui();
    let mut spans = vec![Span::raw(pad(
        &format!(" {}", row_label(&r.groups[g], name_cols - 2)),
        name_cols,
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
    Line::from(spans)
}

/// Under the table: the rows shown when not all fit, the families' keys
/// and labels, what the marks mean.
fn draw_legend(screen: &CompareScreen, visible: usize, frame: &mut Frame, area: Rect) {
    let r = &screen.report;
    let ui = screen.ui();
    let (bold, dim) = (bold(), dim());
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
        area,
    );
}

/// The test in numbers and in words.
fn draw_test(screen: &CompareScreen, frame: &mut Frame, area: Rect) {
    let r = &screen.report;
    let ui = screen.ui();
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
            bold(),
        ));
    }
    text.push(Line::raw(r.sentence.clone()));
    if let Some(left) = r.left_out(ui) {
        text.push(Line::styled(left, dim()));
    }
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .block(Block::bordered().title(format!(" {} ", tr!(ui, "compare-test-title")))),
        area,
    );
}

/// Each group's distance from the pooled profile, most different first.
fn draw_distances(screen: &CompareScreen, frame: &mut Frame, area: Rect) {
    let r = &screen.report;
    let ui = screen.ui();
    let block = Block::bordered().title(format!(" {} ", tr!(ui, "compare-distance-title")));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let name_cols = (inner.width as usize / 2).max(8);
    let bar_cols = (inner.width as usize).saturating_sub(name_cols + 7);
    let lines: Vec<Line> = r
        .distances
        .iter()
        .take(inner.height as usize)
        .map(|d| {
            Line::from(vec![
                Span::raw(pad(&row_label(&d.group, name_cols - 1), name_cols)),
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
