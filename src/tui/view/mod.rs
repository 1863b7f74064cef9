//! Drawing: a pure function of the state. The frame (status and hint
//! lines), the pages (session list, comparison, territory, a file that
//! failed), the overlays (help, finders, details, export menu, prompts),
//! and the workshop the notes and capture screens share; each screen of an
//! open session draws itself (`screen/`).

mod compare;
mod details;
mod finder;
mod help;

pub use help::help_text;
mod list;
pub(crate) mod style;
mod territory;
mod territory_actions;
pub(crate) mod workshop;
pub(crate) mod wrap;

pub use style::{bar, selected_style};

pub use workshop::family_symbol;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::app::{Page, State};
use super::keymap::{Context, Keymap};
use super::overlay::Overlay;
use crate::model::Lang;
use crate::tr;
use wrap::wrapped;

/// The smallest terminal the app draws in.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

pub fn draw(state: &State, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(state.lang(), frame, area);
        state.theme.apply(frame.buffer_mut());
        return;
    }
    // The status has a line of its own (two or three when its message is
    // longer than the screen is wide: it wraps, never cut), so the hints
    // under it are always in view.
    let status_text = status_lines(state, area.width);
    let [page, status, hint_line] = Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(status_text.len().max(1) as u16),
        Constraint::Length(1),
    ])
    .areas(area);
    match &state.page {
        Page::List(list) => list::draw(list, state.lang(), frame, page),
        Page::Compare(screen) => compare::draw(screen, frame, page),
        Page::Territory(t) => territory::draw(t, state.lang(), frame, page),
        Page::Workshop(p) => p.draw(frame, page),
        Page::Failed { path, error } => failed(path, error, state.lang(), frame, page),
    }
    match &state.overlay {
        Some(Overlay::Help { scroll }) => {
            help::draw(scroll, &state.keys, state.lang(), frame, page)
        }
        Some(Overlay::Export { selected }) => export_menu(state, *selected, frame, page),
        Some(Overlay::Prompt { kind, input }) => {
            prompt(&kind.title(state.lang()), state.lang(), input, frame, page)
        }
        Some(Overlay::Finder(f)) => finder::draw(f, state.lang(), frame, page),
        Some(Overlay::Details(form)) => {
            if let Some(w) = state.workshop() {
                details::draw(w, form, frame, page);
            }
        }
        None => {}
    }
    frame.render_widget(Paragraph::new(status_text), status);
    frame.render_widget(
        Paragraph::new(hints(
            state.context(),
            &state.keys,
            state.lang(),
            hint_line.width,
        )),
        hint_line,
    );
    state.theme.apply(frame.buffer_mut());
}

fn too_small(lang: Lang, frame: &mut Frame, area: Rect) {
    let text = tr!(
        lang,
        "screen-too-small",
        width = MIN_WIDTH,
        height = MIN_HEIGHT,
        now_width = area.width,
        now_height = area.height
    );
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .style(Style::new().fg(Color::Yellow)),
        area,
    );
}

fn failed(path: &std::path::Path, error: &str, lang: Lang, frame: &mut Frame, area: Rect) {
    let lines = vec![
        Line::styled(
            tr!(lang, "failed-title", path = path.display().to_string()),
            Style::new().add_modifier(Modifier::BOLD),
        ),
        Line::raw(""),
        Line::styled(error.to_string(), Style::new().fg(Color::Red)),
        Line::raw(""),
        Line::raw(tr!(lang, "failed-left-alone")),
        Line::raw(tr!(lang, "failed-fix")),
        Line::raw(""),
        Line::raw(tr!(lang, "failed-quit")),
    ];
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(" spiral ")),
        area,
    );
}

/// The most lines a message on the status line takes.
const STATUS_ROWS: usize = 3;

/// The status line's message, wrapped at `width` (at most `STATUS_ROWS`
/// lines, the last cut only when even they are not enough).
fn status_lines(state: &State, width: u16) -> Vec<Line<'static>> {
    let Some(s) = &state.status else {
        return Vec::new();
    };
    let style = if s.error {
        Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
    } else {
        Style::new().fg(Color::Green)
    };
    wrapped(&s.text, width as usize, STATUS_ROWS)
        .into_iter()
        .map(|line| Line::styled(line, style))
        .collect()
}

/// The hint line: the bindings of `context` that show there, in their
/// rank (`Binding::hint` in the key table), whole, as many as fit in
/// `width`; help's hint always, at the end, saying `? more` when some had
/// no room (help has every key).
fn hints(context: Context, keys: &Keymap, lang: Lang, width: u16) -> Line<'static> {
    let mut all = keys.hints(context, lang);
    let help = match all.last() {
        Some((_, "hint-help")) => all.pop(),
        _ => None,
    };
    let said = |(key, what): (String, &str)| (key, crate::i18n::say(lang, what, &[]));
    let all: Vec<(String, String)> = all.into_iter().map(said).collect();
    let help = help.map(said);
    // A hint is its keys, a space, its words, and two spaces after.
    let cols =
        |(key, what): &(String, String)| crate::text::width(key) + crate::text::width(what) + 3;
    let room = width as usize + 2;
    let everything: usize = all.iter().chain(help.as_ref()).map(cols).sum();
    let help = help.map(|(key, what)| {
        if everything > room {
            (key, tr!(lang, "hint-more"))
        } else {
            (key, what)
        }
    });
    let mut left = room.saturating_sub(help.as_ref().map_or(0, cols));
    let mut spans = Vec::new();
    for hint in all.iter().take_while(|h| {
        let fits = cols(h) <= left;
        left = left.saturating_sub(cols(h));
        fits
    }) {
        spans.extend(hint_spans(hint));
    }
    if let Some(help) = &help {
        spans.extend(hint_spans(help));
    }
    Line::from(spans).style(Style::new().fg(Color::Gray))
}

fn hint_spans((key, what): &(String, String)) -> [Span<'static>; 2] {
    [
        Span::styled(key.clone(), Style::new().add_modifier(Modifier::BOLD)),
        Span::raw(format!(" {what}  ")),
    ]
}

/// The export menu: each format, what it is for, and the file it writes.
fn export_menu(state: &State, selected: usize, frame: &mut Frame, area: Rect) {
    let Some(w) = state.workshop() else {
        return;
    };
    let formats = crate::export::Format::ALL;
    let width = area.width.saturating_sub(6).min(100);
    let rect = centered(area, width, formats.len() as u16 * 2 + 4);
    frame.render_widget(Clear, rect);
    let ui = w.ui();
    let block = Block::bordered().title(format!(
        " {} ",
        tr!(ui, "export-title", language = w.session().language.name())
    ));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let cols = inner.width as usize;
    let mut lines = Vec::new();
    for (i, f) in formats.iter().enumerate() {
        let head = Line::from(vec![
            Span::styled(
                format!(" {:<12}", f.name()),
                Style::new().add_modifier(Modifier::BOLD),
            ),
            Span::raw(f.what(ui)),
        ]);
        let file = (w.file.path())
            .and_then(|p| crate::ops::export::beside(p, *f))
            .map(|p| format!("              → {}", p.display()))
            .unwrap_or_default();
        let file = Line::styled(
            crate::text::truncate(&file, cols),
            Style::new().fg(Color::DarkGray),
        );
        if i == selected {
            lines.push(head.style(selected_style()));
        } else {
            lines.push(head);
        }
        lines.push(file);
    }
    lines.push(Line::styled(
        format!(" {}", tr!(ui, "export-replaced")),
        Style::new().fg(Color::DarkGray),
    ));
    frame.render_widget(Paragraph::new(lines), inner);
}

/// A prompt: its title and keys on its border when they fit there whole,
/// else wrapped over the lines above what is typed.
fn prompt(title: &str, lang: Lang, input: &tui_input::Input, frame: &mut Frame, area: Rect) {
    let width = area.width.saturating_sub(8).min(70);
    let inner_width = width.saturating_sub(2) as usize;
    let said = format!("{title} · {}", tr!(lang, "prompt-keys"));
    let (border, above) = if crate::text::width(&said) + 2 <= inner_width {
        (format!(" {said} "), Vec::new())
    } else {
        (String::new(), wrapped(&said, inner_width, 3))
    };
    let rect = centered(area, width, 3 + above.len() as u16);
    frame.render_widget(Clear, rect);
    let block = Block::bordered().title(border);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [words, line] = Layout::vertical([
        Constraint::Length(above.len() as u16),
        Constraint::Length(1),
    ])
    .areas(inner);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    frame.render_widget(
        Paragraph::new(
            above
                .into_iter()
                .map(|l| Line::styled(l, bold))
                .collect::<Vec<_>>(),
        ),
        words,
    );
    let scroll = input.visual_scroll(inner_width);
    frame.render_widget(
        Paragraph::new(input.value()).scroll((0, scroll as u16)),
        line,
    );
    frame.set_cursor_position((
        line.x + (input.visual_cursor().saturating_sub(scroll)) as u16,
        line.y,
    ));
}

/// A rectangle of `width`×`height` in the middle of `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// The line saying a Syncthing folder's `.stignore` lacks spiral's lines,
/// with the command that mends it (none when `unshared` is `None`); and
/// how many rows it takes at `width`.
pub(super) fn unshared_line(
    unshared: Option<&std::path::Path>,
    lang: Lang,
    width: u16,
) -> Option<(Paragraph<'static>, u16)> {
    let folder = unshared?;
    let text = crate::tr!(
        lang,
        "sync-stignore-lacks",
        command = crate::store::share_command(folder)
    );
    let rows = (crate::text::width(&text) as u16)
        .div_ceil(width.max(1))
        .clamp(1, 3);
    let line = Paragraph::new(text)
        .style(Style::new().fg(Color::Yellow))
        .wrap(Wrap { trim: true });
    Some((line, rows))
}
