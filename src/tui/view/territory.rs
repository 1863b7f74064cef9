//! The territory screen: the sessions of the folder (title, groups, notes,
//! coded share, who last changed each and when), their co-responsibility
//! actions when there are any (each session's count in the box's title,
//! then every action: its session, status and title) and the feed of the
//! notes that arrived last. Only the rows in view are drawn.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::selected_style;
use crate::model::Lang;
use crate::territory::{FeedItem, Reading};
use crate::text::{pad, truncate};
use crate::tr;
use crate::tui::territory::TerritoryScreen;

pub fn draw(screen: &TerritoryScreen, lang: Lang, frame: &mut Frame, area: Rect) {
    let t = &screen.territory;
    let (mut notes, mut coded) = (0usize, 0usize);
    for (_, e) in t.files() {
        if let Some(s) = &e.summary {
            notes += s.notes;
            coded += s.coded;
        }
    }
    let rows = t.len() as u16 + 3;
    let unshared = super::unshared_line(screen.unshared.as_deref(), lang, area.width);
    let groups: usize = t
        .files()
        .filter_map(|(_, e)| e.summary.as_ref())
        .map(|s| s.groups.len())
        .sum();
    // The header: what the folder holds, wrapped (never cut) when the
    // folder's path is long or the screen narrow.
    let said = format!(
        " {} {} · {} · {} · {} · {}",
        tr!(lang, "territory-header"),
        t.root.display(),
        tr!(lang, "compare-sessions", n = t.len()),
        tr!(lang, "compare-groups", n = groups),
        tr!(lang, "count-notes", n = notes),
        tr!(
            lang,
            "territory-coded-live",
            share = percent(coded, notes, lang)
        )
    );
    let said = super::wrap::wrapped(&said, area.width as usize, 3);
    let actions: usize = t
        .files()
        .filter_map(|(_, e)| e.summary.as_ref())
        .map(|s| s.actions.len())
        .sum();
    let [header, warning, sessions, actions_area, feed] = Layout::vertical([
        Constraint::Length(said.len() as u16),
        Constraint::Length(unshared.as_ref().map_or(0, |(_, rows)| *rows)),
        Constraint::Max(rows.max(4)),
        Constraint::Max(if actions == 0 { 0 } else { actions as u16 + 2 }),
        Constraint::Min(6),
    ])
    .areas(area);
    if let Some((line, _)) = unshared {
        frame.render_widget(line, warning);
    }
    let head_cols = crate::text::width(&tr!(lang, "territory-header")) + 1;
    let header_lines: Vec<Line> = said
        .into_iter()
        .enumerate()
        .map(|(i, line)| match i {
            // The first line's first word ("spiral · territory") in bold.
            0 => {
                let cut = line
                    .char_indices()
                    .scan(0, |cols, (at, c)| {
                        *cols += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                        Some((at + c.len_utf8(), *cols))
                    })
                    .find(|&(_, cols)| cols >= head_cols)
                    .map_or(line.len(), |(at, _)| at);
                let (bold, rest) = line.split_at(cut);
                Line::from(vec![
                    Span::styled(bold.to_string(), Style::new().add_modifier(Modifier::BOLD)),
                    Span::raw(rest.to_string()),
                ])
            }
            _ => Line::raw(line),
        })
        .collect();
    frame.render_widget(Paragraph::new(header_lines), header);
    draw_sessions(screen, lang, frame, sessions);
    if actions > 0 {
        super::territory_actions::draw(screen, lang, frame, actions_area);
    }
    draw_feed(screen, lang, frame, feed);
}

fn percent(part: usize, whole: usize, lang: Lang) -> String {
    if whole == 0 {
        "–".into()
    } else {
        lang.percent(part as f64 / whole as f64)
    }
}

fn draw_sessions(screen: &TerritoryScreen, lang: Lang, frame: &mut Frame, area: Rect) {
    let t = &screen.territory;
    let waiting = if t.copies.is_empty() {
        String::new()
    } else {
        format!(
            "· {} ",
            tr!(lang, "territory-copies-waiting", n = t.copies.len())
        )
    };
    let block = Block::bordered().title(format!(" {} {waiting}", tr!(lang, "territory-sessions")));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if t.is_empty() {
        frame.render_widget(
            Paragraph::new(tr!(lang, "territory-empty")).style(Style::new().fg(Color::DarkGray)),
            inner,
        );
        return;
    }
    let cols = inner.width as usize;
    let rows = (inner.height as usize).saturating_sub(1);
    let top = screen.selected.saturating_sub(rows.saturating_sub(1));
    let shown: Vec<(String, &crate::territory::Entry, String)> = t
        .files()
        .skip(top)
        .take(rows)
        .map(|(path, e)| {
            let file = path
                .strip_prefix(&t.root)
                .unwrap_or(path)
                .to_string_lossy()
                .into_owned();
            (file, e, last_change(screen, e, lang))
        })
        .collect();
    let Columns {
        file: file_cols,
        title: title_cols,
        last: last_cols,
    } = columns(cols, lang, &shown);
    let mut lines = vec![Line::styled(
        format!(
            " {}{}{:>7}{:>7}{:>7}  {}",
            pad(&tr!(lang, "list-column-file"), file_cols),
            pad(&tr!(lang, "list-column-title"), title_cols),
            truncate(&tr!(lang, "list-column-groups"), 7),
            truncate(&tr!(lang, "list-column-notes"), 7),
            truncate(&tr!(lang, "compare-coded-column"), 7),
            tr!(lang, "territory-last-change")
        ),
        Style::new().fg(Color::DarkGray),
    )];
    for (i, (file, e, last)) in shown.into_iter().enumerate() {
        let i = i + top;
        let line = match (&e.summary, &e.reading) {
            (_, Reading::Broken(why)) => Line::styled(
                format!(" {}", pad(&format!("⚠ {why}"), cols.saturating_sub(1))),
                Style::new().fg(Color::Red),
            ),
            (None, Reading::Arriving { .. }) => Line::styled(
                format!(
                    " {}{}",
                    pad(&file, file_cols),
                    tr!(lang, "territory-arriving")
                ),
                Style::new().fg(Color::DarkGray),
            ),
            (Some(s), _) => Line::raw(format!(
                " {}{}{:>7}{:>7}{:>7}  {}",
                pad(&file, file_cols),
                pad(&s.title, title_cols),
                s.groups.len(),
                s.notes,
                percent(s.coded, s.notes, lang),
                pad(&last, last_cols)
            )),
            (None, Reading::Read) => Line::raw(format!(" {}", pad(&file, file_cols))),
        };
        lines.push(if i == screen.selected {
            line.style(selected_style())
        } else {
            line
        });
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Who changed a session last and when ("10-20 19:05 Yusuf Ahmed"; the
/// time alone today), or that it is still arriving.
fn last_change(screen: &TerritoryScreen, e: &crate::territory::Entry, lang: Lang) -> String {
    if matches!(e.reading, Reading::Arriving { .. }) {
        return tr!(lang, "territory-arriving");
    }
    match e.summary.as_ref().and_then(|s| s.last.as_ref()) {
        Some((when, who)) => {
            let zoned = screen.clock.zoned(*when);
            let at = if zoned.date() == screen.clock.today() {
                zoned.strftime("%H:%M")
            } else {
                zoned.strftime("%m-%d %H:%M")
            };
            format!("{at} {who}")
        }
        None => "–".into(),
    }
}

/// The widths of the sessions' columns that are not counts.
struct Columns {
    file: usize,
    title: usize,
    last: usize,
}

/// The file's column as wide as its longest path in view (at most 22),
/// the last change's as wide as its longest value (whole, while the title
/// keeps 12 columns), the title (the label column) the rest: it grows
/// with the screen.
fn columns(
    cols: usize,
    lang: Lang,
    shown: &[(String, &crate::territory::Entry, String)],
) -> Columns {
    let widest = |head: String, values: &mut dyn Iterator<Item = &String>| {
        values
            .map(|v| crate::text::width(v))
            .chain([crate::text::width(&head)])
            .max()
            .unwrap_or(0)
    };
    let file = (widest(
        tr!(lang, "list-column-file"),
        &mut shown.iter().map(|(f, _, _)| f),
    ) + 2)
        .min(22);
    let last_wants = widest(
        tr!(lang, "territory-last-change"),
        &mut shown.iter().map(|(_, _, l)| l),
    );
    // A space before the file, three counts of 7, two spaces, and a space
    // before the border.
    let room = cols.saturating_sub(1 + file + 3 * 7 + 2 + 1);
    let last = last_wants.min(room.saturating_sub(12));
    Columns {
        file,
        title: room - last,
        last,
    }
}

fn draw_feed(screen: &TerritoryScreen, lang: Lang, frame: &mut Frame, area: Rect) {
    let t = &screen.territory;
    let block = Block::bordered().title(format!(" {} ", tr!(lang, "territory-feed")));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let cols = inner.width as usize;
    // The group's column grows with the screen: a third of what it has
    // beyond 80 columns, on 18.
    let group_cols = 18 + cols.saturating_sub(78) / 3;
    let shorts = screen.short_labels();
    let today = screen.clock.today();
    let items: Vec<_> = t.feed().take(inner.height as usize).collect();
    let stem = |file: &std::path::Path| {
        file.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    // The session's column as wide as its longest name in view (4 to 14).
    let session_cols = items
        .iter()
        .filter_map(|item| match item {
            FeedItem::Note(a) => Some(crate::text::width(&stem(&a.file))),
            FeedItem::Said(_) => None,
        })
        .max()
        .unwrap_or(0)
        .clamp(4, 14);
    let lines: Vec<Line> = items
        .into_iter()
        .map(|item| match item {
            FeedItem::Said(text) => Line::styled(
                format!(" {}", pad(text, cols.saturating_sub(1))),
                Style::new().fg(Color::Yellow),
            ),
            FeedItem::Note(a) => {
                let zoned = screen.clock.zoned(a.when);
                let when = if zoned.date() == today {
                    zoned.strftime("%H:%M").to_string()
                } else {
                    zoned.strftime("%m-%d").to_string()
                };
                let family = match &a.family {
                    Some(f) => shorts
                        .iter()
                        .find(|(id, _)| id == f)
                        .map(|(_, s)| s.clone())
                        .unwrap_or_else(|| format!("? {f}")),
                    None => tr!(lang, "reconcile-uncoded"),
                };
                let head = format!(
                    " {when:>6} {} {} {} ",
                    pad(&stem(&a.file), session_cols),
                    pad(&a.group, group_cols),
                    if a.new { "+" } else { "~" }
                );
                let tail = format!(" {} {}", pad(&family, 16), pad(&a.coder, 12));
                let text_cols = cols.saturating_sub(
                    unicode_width::UnicodeWidthStr::width(head.as_str())
                        + unicode_width::UnicodeWidthStr::width(tail.as_str()),
                );
                Line::from(vec![
                    Span::styled(head, Style::new().fg(Color::DarkGray)),
                    Span::raw(pad(&a.text, text_cols)),
                    Span::styled(tail, Style::new().fg(Color::Cyan)),
                ])
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
