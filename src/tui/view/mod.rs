//! Drawing: a pure function of the state, one file per screen.

mod compare;
mod details;
mod finder;
mod help;

pub use help::help_text;
mod list;
mod profile;
mod projector;
mod reconcile;
mod synthesis;
mod territory;
mod workshop;

pub use workshop::family_symbol;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::app::{Page, State};
use super::keymap::{Action, Context, hint};
use super::overlay::Overlay;
use super::screen::Mode;

/// The smallest terminal the app draws in.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

pub fn draw(state: &State, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area);
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
        Page::List(list) => list::draw(list, frame, page),
        Page::Compare(screen) => compare::draw(screen, frame, page),
        Page::Territory(t) => territory::draw(t, frame, page),
        Page::Workshop(p) => {
            let w = &p.workshop;
            match &p.mode {
                Mode::Notes => workshop::draw(w, None, frame, page),
                Mode::Capture(c) => workshop::draw(w, Some(c), frame, page),
                Mode::Profile(v) => profile::draw(w, v, frame, page),
                Mode::Synthesis(v) => synthesis::draw(w, v, frame, page),
                Mode::Reconcile(v) => reconcile::draw(w, v, frame, page),
                Mode::Projector(v) => projector::draw(w, v, frame, page),
            }
        }
        Page::Failed { path, error } => failed(path, error, frame, page),
    }
    match &state.overlay {
        Some(Overlay::Help { scroll }) => help::draw(*scroll, frame, page),
        Some(Overlay::Export { selected }) => export_menu(state, *selected, frame, page),
        Some(Overlay::Prompt { kind, input }) => prompt(kind.title(), input, frame, page),
        Some(Overlay::Finder(f)) => finder::draw(f, frame, page),
        Some(Overlay::Details(form)) => {
            if let Some(w) = state.workshop() {
                details::draw(w, form, frame, page);
            }
        }
        None => {}
    }
    status_line(state, frame, status);
    frame.render_widget(Paragraph::new(hints(state.context())), hint_line);
}

fn too_small(frame: &mut Frame, area: Rect) {
    let text = format!(
        "spiral needs a terminal of at least {MIN_WIDTH}×{MIN_HEIGHT}; this one is {}×{}. Enlarge it: your work is saved.",
        area.width, area.height
    );
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .style(Style::new().fg(Color::Yellow)),
        area,
    );
}

fn failed(path: &std::path::Path, error: &str, frame: &mut Frame, area: Rect) {
    let lines = vec![
        Line::styled(
            format!("Could not open {}", path.display()),
            Style::new().add_modifier(Modifier::BOLD),
        ),
        Line::raw(""),
        Line::styled(error.to_string(), Style::new().fg(Color::Red)),
        Line::raw(""),
        Line::raw(
            "The file was left exactly as it was: spiral never writes over a file it could not read.",
        ),
        Line::raw(
            "Fix it in a text editor (`spiral check FILE` names the line and column), or restore FILE.bak.",
        ),
        Line::raw(""),
        Line::raw("q quits."),
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

fn hints(context: Context) -> Line<'static> {
    let items: &[(Action, &str)] = match context {
        Context::List => &[
            (Action::Open, "open"),
            (Action::Filter, "filter"),
            (Action::NewSession, "new"),
            (Action::Mark, "mark"),
            (Action::Compare, "compare"),
            (Action::MergeSessions, "merge"),
            (Action::Help, "help"),
            (Action::Quit, "quit"),
        ],
        Context::Workshop => &[
            (Action::Capture, "add"),
            (Action::Code(1), "code"),
            (Action::PickComponent, "pick"),
            (Action::NextQuestion, "question"),
            (Action::Undo, "undo"),
            (Action::Search, "search"),
            (Action::Profile, "profile"),
            (Action::Help, "help"),
            (Action::Compare, "compare"),
            (Action::Synthesis, "synthesis"),
        ],
        Context::Profile => &[
            (Action::NextGroup, "group"),
            (Action::NextQuestion, "question"),
            (Action::Back, "back"),
            (Action::Help, "help"),
        ],
        Context::Compare => &[
            (Action::ToggleShares, "counts/shares"),
            (Action::NextQuestion, "question"),
            (Action::ToggleBy, "groups/sessions"),
            (Action::Down, "scroll"),
            (Action::Back, "back"),
            (Action::Help, "help"),
        ],
        Context::Synthesis => &[
            (Action::Mark, "mark"),
            (Action::Merge, "merge"),
            (Action::AddToCriterion, "add"),
            (Action::TakeOut, "take out"),
            (Action::SwitchPane, "pane"),
            (Action::NextGroup, "family"),
            (Action::Undo, "undo"),
            (Action::Back, "back"),
            (Action::Help, "help"),
        ],
        Context::Finder => &[
            (Action::Down, "move"),
            (Action::Submit, "take"),
            (Action::Cancel, "close"),
        ],
        Context::Capture => &[
            (Action::Submit, "add"),
            (Action::AddAndCode(1), "add and code (or F1–F8)"),
            (Action::NextQuestion, "question"),
            (Action::Cancel, "close"),
        ],
        Context::TextLine => &[(Action::Submit, "confirm"), (Action::Cancel, "cancel")],
        Context::Territory => &[
            (Action::Down, "session"),
            (Action::Open, "open"),
            (Action::Compare, "compare all groups"),
            (Action::Help, "help"),
            (Action::Quit, "quit"),
        ],
        Context::Projector => &[
            (Action::NextGroup, "group"),
            (Action::NextQuestion, "question / all"),
            (Action::Quit, "quit"),
        ],
        Context::Details => &[
            (Action::Down, "move"),
            (Action::Submit, "edit"),
            (Action::MoveUp, "question up"),
            (Action::MoveDown, "down"),
            (Action::Back, "close"),
        ],
        Context::Reconcile => &[
            (Action::TakeFirst, "first"),
            (Action::TakeSecond, "second"),
            (Action::AcceptSuggestion, "suggested"),
            (Action::Code(1), "other"),
            (Action::NextSimilar, "next open"),
            (Action::Undo, "undo"),
            (Action::Back, "back"),
            (Action::Help, "help"),
        ],
        Context::Menu => &[
            (Action::Down, "move"),
            (Action::Submit, "export"),
            (Action::Cancel, "close"),
        ],
        Context::Help => &[(Action::Down, "scroll"), (Action::Back, "close")],
    };
    let mut spans = Vec::new();
    for (action, what) in items {
        let key = match action {
            Action::Code(_) => "1–8".to_string(),
            Action::AddAndCode(_) => "Alt-1–8".to_string(),
            a => hint(context, *a),
        };
        spans.push(Span::styled(key, Style::new().add_modifier(Modifier::BOLD)));
        spans.push(Span::raw(format!(" {what}  ")));
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
    let block = Block::bordered().title(format!(" Export ({}) · ↑↓ Enter Esc ", w.lang().name()));
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
            Span::raw(f.what()),
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
        " An export of the same kind is replaced; the session file never is.",
        Style::new().fg(Color::DarkGray),
    ));
    frame.render_widget(Paragraph::new(lines), inner);
}

fn prompt(title: &str, input: &tui_input::Input, frame: &mut Frame, area: Rect) {
    let width = area.width.saturating_sub(8).min(70);
    let rect = centered(area, width, 3);
    frame.render_widget(Clear, rect);
    let inner_width = rect.width.saturating_sub(2) as usize;
    let scroll = input.visual_scroll(inner_width);
    frame.render_widget(
        Paragraph::new(input.value())
            .scroll((0, scroll as u16))
            .block(Block::bordered().title(format!(" {title} · Enter confirms, Esc cancels "))),
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

/// The style of the selected row.
pub fn selected_style() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}
