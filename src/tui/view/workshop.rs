//! The workshop drawn: groups, the selected group's notes, the selected
//! note, the current question, and room for the capture line (which the
//! capture screen draws); the notes and capture screens draw with it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::style::selected_style;
use crate::model::{Lang, Note, Session};
use crate::text::{pad, truncate, width};
use crate::tr;
use crate::tui::finder::scroll_to;
use crate::tui::workshop::Workshop;

/// Below this width the note's detail goes under the list, not beside it.
const SIDE_DETAIL_WIDTH: u16 = 120;

/// Draws the workshop: header, question, groups, legend, notes, the
/// selected note; `capture_rows` left free at the bottom for the capture
/// line, whose area it returns.
pub fn draw(w: &Workshop, capture_rows: u16, frame: &mut Frame, area: Rect) -> Rect {
    let capture_height = capture_rows;
    let wide = area.width >= SIDE_DETAIL_WIDTH;
    let families = w.framework.families.len() as u16;
    // Narrow: the legend is a strip of cells under the body; wide: a
    // column under the groups.
    let strip_rows = if wide {
        0
    } else {
        families.div_ceil(strip_cells(w, area.width).0 as u16)
    };
    let (question_rows, tab_hint) = question_lines(w, area.width as usize);
    let [header, question, body, strip, capture_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(question_rows.len() as u16),
        Constraint::Min(5),
        Constraint::Length(strip_rows),
        Constraint::Length(capture_height),
    ])
    .areas(area);
    draw_header(w, frame, header);
    draw_question(&question_rows, tab_hint.as_deref(), frame, question);
    let group_width = (area.width / 4).clamp(22, 32);
    let [left, rest] =
        Layout::horizontal([Constraint::Length(group_width), Constraint::Min(20)]).areas(body);
    if wide {
        let [groups, legend] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(families + 2)]).areas(left);
        draw_groups(w, frame, groups);
        draw_legend_column(w, frame, legend);
    } else {
        draw_groups(w, frame, left);
        draw_legend_strip(w, frame, strip);
    }
    let (notes, detail) = if wide {
        let [n, d] = Layout::horizontal([Constraint::Min(40), Constraint::Length(area.width / 3)])
            .areas(rest);
        (n, d)
    } else {
        let [n, d] = Layout::vertical([Constraint::Min(4), Constraint::Length(7)]).areas(rest);
        (n, d)
    };
    draw_notes(w, frame, notes);
    draw_detail(w, frame, detail);
    capture_area
}

fn draw_header(w: &Workshop, frame: &mut Frame, area: Rect) {
    let s = &w.session();
    let ui = w.ui();
    let right = if w.file.read_only().is_some() {
        format!("{} ", tr!(ui, "workshop-read-only"))
    } else if w.file.save_error().is_some() {
        format!("{} ", tr!(ui, "workshop-not-saved"))
    } else if w.file.path().is_none() {
        format!("{} · {} ", s.language.code(), tr!(ui, "workshop-in-memory"))
    } else {
        // "saved" only once the file holds what is shown: the screen is
        // drawn before the autosave, and again after it.
        format!(
            "{} · {} · {} ",
            s.language.code(),
            tr!(ui, "count-notes", n = s.notes.len()),
            if w.file.is_dirty() {
                tr!(ui, "workshop-saving")
            } else {
                tr!(ui, "workshop-saved")
            }
        )
    };
    let room = (area.width as usize).saturating_sub(width(&right) + 1);
    let left = header_left(s, room);
    let line = Line::from(vec![
        Span::styled(pad(&left, room), Style::new().add_modifier(Modifier::BOLD)),
        Span::raw(" "),
        Span::styled(
            right,
            if w.file.read_only().is_some() || w.file.save_error().is_some() {
                Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
            } else {
                Style::new().fg(Color::DarkGray)
            },
        ),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

/// The header's left part in `room` columns: `spiral`, the title, the
/// place and the date when they fit; else the parts go whole, the app's
/// name first, then the date, then the place (both are in the details
/// form, `D`), so the title is read whole; only a title longer than the
/// room is cut.
fn header_left(s: &Session, room: usize) -> String {
    let place = (!s.place.is_empty()).then_some(s.place.as_str());
    let date = s.date.map(|d| d.to_string());
    let full = |app: bool, place: Option<&str>, date: Option<&str>| {
        let mut left = if app {
            format!(" spiral · {}", s.title)
        } else {
            format!(" {}", s.title)
        };
        for part in [place, date].into_iter().flatten() {
            left.push_str(&format!(" · {part}"));
        }
        left
    };
    [
        full(true, place, date.as_deref()),
        full(false, place, date.as_deref()),
        full(false, place, None),
    ]
    .into_iter()
    .find(|left| width(left) <= room)
    .unwrap_or_else(|| full(false, None, None))
}

/// The question every new note takes, always visible and read whole:
/// with the Tab hint after it when both fit the width; alone when only
/// the question fits (Tab is on the hint line too); on two rows when even
/// that does not (the prompt is what the facilitator reads out).
fn question_lines(w: &Workshop, cols: usize) -> (Vec<String>, Option<String>) {
    let lang = w.lang();
    let ui = w.ui();
    let n = w.session().questions.len();
    let text = match w.session().questions.get(w.question) {
        Some(q) => format!(
            " {} [{}] {} — {} ",
            tr!(ui, "workshop-question", at = w.question + 1, n = n),
            question_tag(w.session(), &q.id, lang),
            q.labels.get(lang),
            q.prompt.get(lang)
        ),
        None => format!(" {} ", tr!(ui, "workshop-no-question")),
    };
    let hint = format!(" {} ", tr!(ui, "workshop-next-question"));
    if width(&text) + width(&hint) <= cols {
        return (vec![text], Some(hint));
    }
    if width(&text) <= cols {
        return (vec![text], None);
    }
    let rows = super::wrap::wrapped(text.trim(), cols.saturating_sub(2), 2);
    (rows.into_iter().map(|r| format!(" {r}")).collect(), None)
}

/// Draws the question's rows (from `question_lines`), the Tab hint at the
/// end of the first when it has room.
fn draw_question(rows: &[String], hint: Option<&str>, frame: &mut Frame, area: Rect) {
    let strong = Style::new()
        .fg(Color::Black)
        .bg(Color::Yellow)
        .add_modifier(Modifier::BOLD);
    let cols = area.width as usize;
    let hint = hint.unwrap_or("");
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let room = if i == 0 {
                cols - width(hint).min(cols)
            } else {
                cols
            };
            let mut spans = vec![Span::styled(pad(row, room), strong)];
            if i == 0 && !hint.is_empty() {
                spans.push(Span::styled(
                    hint.to_string(),
                    Style::new().fg(Color::Black).bg(Color::Yellow),
                ));
            }
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

/// One letter for a question: the initial of its label in `lang`, the
/// screen's (V, I, H in Swedish; W, I, A in English).
pub fn question_tag(session: &Session, id: &str, lang: Lang) -> String {
    session
        .question(id)
        .and_then(|q| q.labels.get(lang).chars().next())
        .map(|c| c.to_uppercase().to_string())
        .unwrap_or_else(|| "?".into())
}

fn draw_groups(w: &Workshop, frame: &mut Frame, area: Rect) {
    let ui = w.ui();
    let block = Block::bordered().title(format!(" {} ", tr!(ui, "workshop-groups")));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let groups = &w.session().groups;
    if groups.is_empty() {
        frame.render_widget(
            Paragraph::new(tr!(ui, "workshop-no-group")).style(Style::new().fg(Color::DarkGray)),
            inner,
        );
        return;
    }
    let rows = inner.height as usize;
    let top = scroll_to(&w.group_scroll, w.group, rows, groups.len());
    let cols = inner.width as usize;
    let lines: Vec<Line> = groups
        .iter()
        .enumerate()
        .skip(top)
        .take(rows)
        .map(|(i, g)| {
            let count = w.lists.sizes.get(i).copied().unwrap_or(0);
            let people = g
                .participants
                .map(|p| format!(" {}", tr!(ui, "workshop-participants-short", n = p)))
                .unwrap_or_default();
            let right = format!("{}{people}", ui.count(count as u64));
            let name = pad(&g.name, cols.saturating_sub(width(&right) + 1));
            let line = Line::raw(format!("{name} {right}"));
            if i == w.group {
                line.style(selected_style())
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The least width of a cell of the legend strip: how many fit in a row.
const LEGEND_CELL: usize = 19;

/// What the strip starts with: the current question's letter ("[V] "),
/// for its counts are that question's.
fn strip_lead(w: &Workshop) -> String {
    match w.session().questions.get(w.question) {
        Some(q) => format!("[{}] ", question_tag(w.session(), &q.id, w.lang())),
        None => String::new(),
    }
}

/// The strip's cells per row (as many of `LEGEND_CELL` as fit after the
/// lead) and each column's width: what its labels and counts need, the
/// room left shared out, or taken from the widest columns when they need
/// more (their labels then cut).
fn strip_cells(w: &Workshop, cols: u16) -> (usize, Vec<usize>) {
    let room = (cols as usize).saturating_sub(width(&strip_lead(w)));
    let per_row = (room / LEGEND_CELL).max(1);
    let (shorts, ui) = (w.short_labels(), w.ui());
    let n = shorts.len();
    // Key and symbol, a space, the label, a space, the count, a space.
    let need = |i: usize| {
        let count = w.lists.legend.get(i).copied().unwrap_or(0) as u64;
        3 + width(&shorts[i]) + 1 + width(&ui.count(count)) + 1
    };
    let mut widths: Vec<usize> = (0..per_row.min(n))
        .map(|c| (c..n).step_by(per_row).map(need).max().unwrap_or(0))
        .collect();
    let mut total: usize = widths.iter().sum();
    while total > room {
        let widest = (0..widths.len()).max_by_key(|&c| widths[c]).unwrap_or(0);
        if widths.get(widest).is_none_or(|&c| c <= 8) {
            break;
        }
        widths[widest] -= 1;
        total -= 1;
    }
    let spare = room.saturating_sub(total);
    let k = widths.len().max(1);
    for (c, cell) in widths.iter_mut().enumerate() {
        *cell += spare / k + usize::from(c < spare % k);
    }
    (per_row, widths)
}

/// A symbol per family, beside its colour and key (colour is never the
/// only cue): shapes told apart without colour.
pub fn family_symbol(key: u8) -> &'static str {
    match key {
        1 => "●",
        2 => "▲",
        3 => "■",
        4 => "◆",
        5 => "★",
        6 => "▼",
        7 => "✚",
        8 => "◼",
        _ => "○",
    }
}

/// A family's key and symbol, in its colour.
fn legend_key(key: u8) -> Span<'static> {
    Span::styled(
        format!("{key}{}", family_symbol(key)),
        Style::new()
            .fg(family_color(key))
            .add_modifier(Modifier::BOLD),
    )
}

fn legend_count(count: usize, cols: usize, ui: crate::model::Lang) -> Span<'static> {
    let style = if count == 0 {
        Style::new().fg(Color::DarkGray)
    } else {
        Style::new().add_modifier(Modifier::BOLD)
    };
    Span::styled(format!("{:>cols$}", ui.count(count as u64)), style)
}

/// The legend under the body of a narrow screen: the current question's
/// letter (its counts are that question's), then a cell per family, four
/// or more to a row, each with its key, symbol, short label and count.
fn draw_legend_strip(w: &Workshop, frame: &mut Frame, area: Rect) {
    if area.height == 0 {
        return;
    }
    let ui = w.ui();
    let shorts = w.short_labels();
    let counts = &w.lists.legend;
    let lead = strip_lead(w);
    let (per_row, cells) = strip_cells(w, area.width);
    let lines: Vec<Line> = w
        .framework
        .families
        .chunks(per_row)
        .enumerate()
        .map(|(row, families)| {
            let mut spans = vec![if row == 0 {
                Span::styled(lead.clone(), Style::new().add_modifier(Modifier::BOLD))
            } else {
                Span::raw(" ".repeat(width(&lead)))
            }];
            for (k, f) in families.iter().enumerate() {
                let i = row * per_row + k;
                let count = counts[i];
                let digits = width(&ui.count(count as u64));
                let room = cells[k].saturating_sub(3 + 1 + digits + 1);
                spans.push(legend_key(f.key));
                spans.push(Span::raw(format!(" {} ", pad(&shorts[i], room))));
                spans.push(legend_count(count, digits, ui));
                spans.push(Span::raw(" "));
            }
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

/// The legend of a wide screen, under the groups: a row per family, its
/// full label where it fits (else its short one) and its count.
fn draw_legend_column(w: &Workshop, frame: &mut Frame, area: Rect) {
    let lang = w.lang();
    let ui = w.ui();
    let question = w
        .session()
        .questions
        .get(w.question)
        .map_or("", |q| q.labels.get(lang));
    let block = Block::bordered().title(truncate(
        &format!(" {} · {question} ", tr!(ui, "workshop-families")),
        area.width.saturating_sub(2) as usize,
    ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let shorts = w.short_labels();
    let counts = &w.lists.legend;
    let room = (inner.width as usize).saturating_sub(3 + 4);
    let lines: Vec<Line> = w
        .framework
        .families
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let full = f.labels.get(lang);
            let label = if width(full) <= room {
                full
            } else {
                &shorts[i]
            };
            Line::from(vec![
                legend_key(f.key),
                Span::raw(format!(" {}", pad(label, room))),
                legend_count(counts[i], 4, ui),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The family column of a note: its key, symbol and short label (never
/// the same for two families), or why there is none.
fn family_cell(w: &Workshop, shorts: &[String], note: &Note, cols: usize) -> (String, Style) {
    match note.family.as_deref() {
        None => (pad("·", cols), Style::new().fg(Color::DarkGray)),
        Some(id) => match w.framework.family_index(id) {
            Some(i) => {
                let key = w.framework.families[i].key;
                (
                    pad(&format!("{key}{} {}", family_symbol(key), shorts[i]), cols),
                    Style::new().fg(family_color(key)),
                )
            }
            None => (pad(&format!("? {id}"), cols), Style::new().fg(Color::Red)),
        },
    }
}

/// A colour per family, to tell codes apart at a glance (the key and label
/// are always written too: colour is never the only cue).
pub fn family_color(key: u8) -> Color {
    match key {
        1 => Color::Yellow,
        2 => Color::Green,
        3 => Color::Blue,
        4 => Color::Magenta,
        5 => Color::Cyan,
        6 => Color::LightRed,
        7 => Color::LightBlue,
        8 => Color::LightGreen,
        _ => Color::White,
    }
}

/// The group's notes under the current question, the selected one whole;
/// or what to do first when there is none.
fn draw_notes(w: &Workshop, frame: &mut Frame, area: Rect) {
    let Some(inner) = notes_frame(w, frame, area) else {
        return;
    };
    let rows = inner.height as usize;
    let cols = inner.width as usize;
    // Key, symbol, a short label of at most 14 columns.
    let family_cols = 3 + crate::model::SHORT_LABEL_WIDTH;
    let text_cols = cols.saturating_sub(family_cols + 4).max(1);
    let shorts = w.short_labels();
    let selected_text = selected_rows(w, text_cols, (rows / 2).max(1));
    let extra = selected_text.len().saturating_sub(1);
    let height = rows.saturating_sub(extra).max(1);
    let top = scroll_to(
        &w.notes_view.scroll,
        w.selected,
        height,
        w.lists.notes.len(),
    );
    w.notes_view.rows.set(height);
    arrived_below(w, top + height, frame, area);
    let mut lines: Vec<Line> = Vec::with_capacity(rows);
    for (row, &i) in w.lists.notes[top..].iter().enumerate() {
        if lines.len() >= rows {
            break;
        }
        let note = &w.session().notes[i];
        let tag = question_tag(w.session(), &note.question, w.lang());
        let (family, style) = family_cell(w, shorts, note, family_cols);
        let selected = top + row == w.selected;
        let first_text = if selected {
            selected_text.first().cloned().unwrap_or_default()
        } else {
            note.text.clone()
        };
        let line = Line::from(vec![
            Span::styled(format!(" {tag} "), Style::new().fg(Color::DarkGray)),
            Span::styled(family, style),
            Span::raw(" "),
            Span::raw(pad(&first_text, text_cols)),
        ]);
        if !selected {
            lines.push(line);
            continue;
        }
        lines.push(line.style(selected_style()));
        for more in selected_text.iter().skip(1) {
            if lines.len() >= rows {
                break;
            }
            lines.push(
                Line::raw(format!(
                    "{}{}",
                    " ".repeat(family_cols + 4),
                    pad(more, text_cols)
                ))
                .style(selected_style()),
            );
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The list's border with its title (the group, its notes, how many are
/// uncoded), and the room inside it; none when there is no note, and the
/// room then says what to do first.
fn notes_frame(w: &Workshop, frame: &mut Frame, area: Rect) -> Option<Rect> {
    let uncoded = w.lists.uncoded;
    let ui = w.ui();
    let title = match w.current_group() {
        Some(g) => format!(
            " {} · {} · {} ",
            g.name,
            tr!(ui, "count-notes", n = w.lists.notes.len()),
            tr!(ui, "workshop-uncoded", n = uncoded)
        ),
        None => format!(" {} ", tr!(ui, "workshop-notes")),
    };
    let block = Block::bordered().title(truncate(&title, area.width.saturating_sub(2) as usize));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if !w.lists.notes.is_empty() {
        return Some(inner);
    }
    let text = if w.session().groups.is_empty() {
        tr!(ui, "workshop-add-group-first")
    } else {
        tr!(ui, "workshop-no-note")
    };
    frame.render_widget(
        Paragraph::new(text).style(Style::new().fg(Color::DarkGray)),
        inner,
    );
    None
}

/// The selected note's text wrapped over the rows it needs, `most` at
/// most (the last then ends in "…"): it is shown whole where a row would
/// cut it.
fn selected_rows(w: &Workshop, text_cols: usize, most: usize) -> Vec<String> {
    let rows: Vec<String> = w
        .selected_note()
        .map(|i| {
            textwrap::wrap(&w.session().notes[i].text, text_cols)
                .into_iter()
                .map(|l| l.into_owned())
                .collect()
        })
        .unwrap_or_default();
    if rows.len() <= most {
        return rows;
    }
    let mut cut = rows[..most].to_vec();
    cut[most - 1] = truncate(&format!("{}…", cut[most - 1]), text_cols);
    cut
}

/// "2 new below — End" on the list's lower border, for the notes that came
/// in from outside below the last row shown (`shown_to`); none once the
/// reader has seen them.
fn arrived_below(w: &Workshop, shown_to: usize, frame: &mut Frame, area: Rect) {
    let below = (w.notes_view.arrived)
        .get()
        .min(w.lists.notes.len().saturating_sub(shown_to));
    w.notes_view.arrived.set(below);
    if below == 0 || area.height < 3 || area.width < 6 {
        return;
    }
    let ui = w.ui();
    let text = format!(
        " {} ",
        tr!(
            ui,
            "workshop-arrived-below",
            n = below,
            key = tr!(ui, "key-name-end")
        )
    );
    let text = truncate(&text, area.width as usize - 4);
    let at = Rect {
        x: area.x + 2,
        y: area.y + area.height - 1,
        width: width(&text) as u16,
        height: 1,
    };
    frame.render_widget(
        Paragraph::new(text).style(Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)),
        at,
    );
}

fn draw_detail(w: &Workshop, frame: &mut Frame, area: Rect) {
    let lang = w.lang();
    let ui = w.ui();
    let block = Block::bordered().title(format!(" {} ", tr!(ui, "workshop-note")));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(i) = w.selected_note() else {
        return;
    };
    let note = &w.session().notes[i];
    let dim = Style::new().fg(Color::DarkGray);
    let mut info: Vec<Line> = Vec::new();
    if let Some(s) = &w.suggested.shown {
        let f = &w.framework.families[s.family];
        if note.family.as_deref() != Some(f.id.as_str()) {
            info.push(Line::from(vec![
                Span::styled(
                    format!(
                        "{} ",
                        tr!(ui, "label", label = tr!(ui, "workshop-suggested"))
                    ),
                    Style::new().fg(Color::Cyan),
                ),
                Span::styled(
                    format!("{} {}", f.key, f.labels.get(lang)),
                    Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
                ),
                Span::styled(
                    format!(
                        " ({}) · {}",
                        s.reason.describe(ui),
                        tr!(ui, "workshop-s-accepts")
                    ),
                    Style::new().fg(Color::Cyan),
                ),
            ]));
        }
    }
    let family = match note.family.as_deref() {
        None => tr!(ui, "workshop-not-coded"),
        Some(id) => match w.framework.family(id) {
            Some(f) => {
                let mut s = format!("{} {}", f.key, f.labels.get(lang));
                if let Some(c) = note.component.as_deref() {
                    s.push_str(&format!(" › {}", w.framework.component_label(id, c, lang)));
                }
                s
            }
            None => tr!(ui, "workshop-unknown-family", family = id),
        },
    };
    let question = w
        .session()
        .question(&note.question)
        .map_or(note.question.clone(), |q| q.labels.get(lang).to_string());
    info.push(Line::from(vec![
        Span::styled(
            format!("{} ", tr!(ui, "label", label = tr!(ui, "workshop-family"))),
            dim,
        ),
        Span::raw(family),
    ]));
    info.push(Line::from(vec![
        Span::styled(
            format!(
                "{} ",
                tr!(ui, "label", label = tr!(ui, "workshop-question-label"))
            ),
            dim,
        ),
        Span::raw(question),
        Span::styled(
            format!(
                " · {} · {}",
                if note.coder.is_empty() {
                    tr!(ui, "workshop-no-coder")
                } else {
                    note.coder.clone()
                },
                // When the note was written (an edit, a coding or a move
                // leaves it). One piece: a narrow pane breaks the line
                // before the date, never between the time and its zone (no
                // space breaks it).
                w.clock
                    .zoned(note.created)
                    .strftime("%Y-%m-%d\u{a0}%H:%M\u{a0}%Z")
            ),
            dim,
        ),
    ]));
    // What the note is coded as comes first, so it stays in view however
    // long the note; the text follows, wrapped, whole.
    info.push(Line::raw(""));
    info.push(Line::raw(note.text.as_str()));
    frame.render_widget(Paragraph::new(info).wrap(Wrap { trim: false }), inner);
}
