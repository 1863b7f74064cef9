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
pub(crate) mod workshop;

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
    // The status has a line of its own, so the hints under it are always
    // in view.
    let [page, status, hint_line] = Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(1),
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
    status_line(state, frame, status);
    frame.render_widget(
        Paragraph::new(hints(state.context(), &state.keys, state.lang())),
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

fn status_line(state: &State, frame: &mut Frame, area: Rect) {
    let line = match &state.status {
        Some(s) if s.error => Line::styled(
            s.text.clone(),
            Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        ),
        Some(s) => Line::styled(s.text.clone(), Style::new().fg(Color::Green)),
        None => Line::raw(""),
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// The hint line: the bindings of `context` that show there, in their
/// rank (`Binding::hint` in the key table).
fn hints(context: Context, keys: &Keymap, lang: Lang) -> Line<'static> {
    let mut spans = Vec::new();
    for (key, what) in keys.hints(context, lang) {
        spans.push(Span::styled(key, Style::new().add_modifier(Modifier::BOLD)));
        spans.push(Span::raw(format!(
            " {}  ",
            crate::i18n::say(lang, what, &[])
        )));
    }
    Line::from(spans).style(Style::new().fg(Color::Gray))
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
                format!(" {:<11}", f.name()),
                Style::new().add_modifier(Modifier::BOLD),
            ),
            Span::raw(f.what(ui)),
        ]);
        let file = w
            .export_path(*f)
            .map(|p| format!("             → {}", p.display()))
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

fn prompt(title: &str, lang: Lang, input: &tui_input::Input, frame: &mut Frame, area: Rect) {
    let width = area.width.saturating_sub(8).min(70);
    let rect = centered(area, width, 3);
    frame.render_widget(Clear, rect);
    let inner_width = rect.width.saturating_sub(2) as usize;
    let scroll = input.visual_scroll(inner_width);
    frame.render_widget(
        Paragraph::new(input.value())
            .scroll((0, scroll as u16))
            .block(Block::bordered().title(format!(" {title} · {} ", tr!(lang, "prompt-keys")))),
        rect,
    );
    frame.set_cursor_position((
        rect.x + 1 + (input.visual_cursor().saturating_sub(scroll)) as u16,
        rect.y + 1,
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
