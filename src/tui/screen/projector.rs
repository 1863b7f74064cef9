//! The projector view (`spiral FILE --view`): for the wall of the room, the
//! current group's notes by family, with the counts, in large type as far
//! as a terminal has one (bold, spaced, few words on screen), live: it
//! follows the file the facilitator's window writes, and never writes.
//! It goes where the facilitator is (the group and question their window
//! writes to the positions file, watched by `live::Whereabouts`), until
//! the person at the beamer moves it by hand; `f` follows again. Its band
//! says which it does.
//!
//! Drawn: the group's name and question in a band, then a box per family (its key, symbol, short label and count in its colour) with
//! the notes in it, bulleted and spaced, and the uncoded ones apart. The
//! boxes share the screen: four across from 160 columns, two at 80.

use std::path::Path;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::shape::{Go, Screen};
use crate::live::Whereabouts;
use crate::text::{pad, truncate, width};
use crate::tr;
use crate::tui::keymap::Action;
use crate::tui::keymap::Context;
use crate::tui::outcome::{Said, info, nothing};
use crate::tui::overlay::Overlay;
use crate::tui::view::workshop::{family_color, family_symbol};
use crate::tui::workshop::Workshop;

impl Screen for ProjectorView {
    fn context(&self) -> Context {
        Context::Projector
    }

    fn update(
        &mut self,
        w: &mut Workshop,
        action: Action,
        _overlay: &mut Option<Overlay>,
    ) -> (Said, Go) {
        self.keys(w, action)
    }

    fn draw(&self, w: &Workshop, frame: &mut Frame, area: Rect) {
        draw(w, self, frame, area);
    }

    fn news(&mut self, w: &mut Workshop) -> bool {
        let Some(watch) = &self.watch else {
            return false;
        };
        if let Some(wake) = &w.wake {
            watch.wake_with(wake.clone());
        }
        let moved = watch.take_moved();
        // Each time, not only on a move: a group the facilitator just
        // made is here once their save of it is.
        let went = self.following && self.go_to_facilitator(w);
        moved && went
    }
}

/// The question shown (one, its index; or all), and whether the view
/// follows the facilitator.
#[derive(Default)]
pub struct ProjectorView {
    pub question: Option<usize>,
    /// Goes where the facilitator is (else held where the person at the
    /// beamer moved it).
    pub following: bool,
    /// Where the facilitator is (none for a session not in a file).
    watch: Option<Whereabouts>,
    /// The key that follows again (`f`, unless a keymap file says
    /// otherwise), as the band names it.
    pub follow_key: String,
}

impl ProjectorView {
    /// Opens where the facilitator is (else on the question the workshop
    /// is on), following them as the positions file `positions` says.
    pub fn new(w: &mut Workshop, positions: &Path) -> ProjectorView {
        let watch = w.file.path().map(|p| Whereabouts::start(positions, p));
        let mut view = ProjectorView {
            question: Some(w.question),
            following: true,
            watch,
            follow_key: "f".into(),
        };
        view.go_to_facilitator(w);
        view
    }

    /// Goes to the group and question where the facilitator is, those
    /// the session has: whether it moved.
    fn go_to_facilitator(&mut self, w: &mut Workshop) -> bool {
        let Some(at) = self.watch.as_ref().and_then(Whereabouts::now) else {
            return false;
        };
        let before = (w.group, self.question);
        let s = w.session();
        let group = s.groups.iter().position(|g| g.id == at.group);
        let question = s.questions.iter().position(|q| q.id == at.question);
        if let Some(g) = group {
            w.select_group(g);
        }
        if let Some(q) = question {
            w.question = q;
            self.question = Some(q);
        }
        (w.group, self.question) != before
    }

    fn keys(&mut self, w: &mut Workshop, action: Action) -> (Said, Go) {
        let said = match action {
            Action::Follow => {
                self.following = true;
                self.go_to_facilitator(w);
                info(tr!(w.ui(), "projector-following-again"))
            }
            Action::NextGroup | Action::PrevGroup => {
                self.following = false;
                w.step_group(action == Action::NextGroup);
                nothing()
            }
            Action::NextQuestion => {
                self.following = false;
                let n = w.session().questions.len();
                self.question = match self.question {
                    None if n > 0 => Some(0),
                    Some(q) if q + 1 < n => Some(q + 1),
                    _ => None,
                };
                if let Some(q) = self.question {
                    w.question = q;
                }
                let lang = w.lang();
                let ui = w.ui();
                match self.question.and_then(|q| w.session().questions.get(q)) {
                    Some(q) => info(tr!(ui, "projector-showing", question = q.labels.get(lang))),
                    None => info(tr!(ui, "projector-showing-all")),
                }
            }
            _ => nothing(),
        };
        (said, Go::Stay)
    }
}

fn draw(w: &Workshop, v: &ProjectorView, frame: &mut Frame, area: Rect) {
    let lang = w.lang();
    let ui = w.ui();
    let s = w.session();
    let [band, body] = Layout::vertical([Constraint::Length(2), Constraint::Min(4)]).areas(area);
    let group = w.current_group().map_or("", |g| g.name.as_str());
    let question = match v.question.and_then(|q| s.questions.get(q)) {
        Some(q) => format!("{} — {}", q.labels.get(lang), q.prompt.get(lang)),
        None => tr!(ui, "projector-every-question"),
    };
    // The notes shown: the group's, of the question (or all).
    let notes: Vec<&crate::model::Note> = w
        .lists
        .notes
        .iter()
        .map(|&i| &s.notes[i])
        .filter(|n| {
            v.question
                .is_none_or(|q| s.questions.get(q).is_some_and(|q| q.id == n.question))
        })
        .collect();
    let left = format!(" {group} · {}", tr!(ui, "count-notes", n = notes.len()));
    draw_band(v, ui, [left, format!(" {question}")], frame, band);
    let families = &w.framework.families;
    let shorts = w.short_labels();
    let boxes = families.len() + 1;
    let across = (body.width / 40).clamp(2, 4) as usize;
    let down = boxes.div_ceil(across);
    let rows = Layout::vertical(vec![Constraint::Ratio(1, down as u32); down]).split(body);
    for (r, row) in rows.iter().enumerate() {
        let cells =
            Layout::horizontal(vec![Constraint::Ratio(1, across as u32); across]).split(*row);
        for (c, cell) in cells.iter().enumerate() {
            let i = r * across + c;
            if i > families.len() {
                continue;
            }
            let (title, style, texts): (String, Style, Vec<&str>) = if i < families.len() {
                let f = &families[i];
                let texts: Vec<&str> = notes
                    .iter()
                    .filter(|n| n.family.as_deref() == Some(f.id.as_str()))
                    .map(|n| n.text.as_str())
                    .collect();
                (
                    format!(
                        " {}{} {} · {} ",
                        f.key,
                        family_symbol(f.key),
                        shorts[i],
                        texts.len()
                    ),
                    Style::new()
                        .fg(family_color(f.key))
                        .add_modifier(Modifier::BOLD),
                    texts,
                )
            } else {
                let texts: Vec<&str> = notes
                    .iter()
                    .filter(|n| {
                        n.family
                            .as_deref()
                            .is_none_or(|f| w.framework.family(f).is_none())
                    })
                    .map(|n| n.text.as_str())
                    .collect();
                (
                    format!(" · {} · {} ", tr!(ui, "projector-not-coded"), texts.len()),
                    Style::new().fg(Color::Gray).add_modifier(Modifier::BOLD),
                    texts,
                )
            };
            draw_box(frame, *cell, &title, style, &texts, ui);
        }
    }
}

/// The band at the top: the group and its count, with whether the view
/// follows the facilitator at its right end; then the question.
fn draw_band(
    v: &ProjectorView,
    ui: crate::model::Lang,
    [left, question]: [String; 2],
    frame: &mut Frame,
    band: Rect,
) {
    let big = Style::new()
        .fg(Color::Black)
        .bg(Color::Yellow)
        .add_modifier(Modifier::BOLD);
    let follows = if v.following {
        tr!(ui, "projector-follows")
    } else {
        tr!(ui, "projector-held", key = v.follow_key.as_str())
    };
    let cols = band.width as usize;
    let right = format!("{follows} ");
    // The group's name gives way to it (cut with "…") where both do not
    // fit, unless the band is too narrow for any of the name.
    let first = if width(&right) + 12 <= cols {
        format!("{}{right}", pad(&left, cols - width(&right)))
    } else {
        pad(&left, cols)
    };
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(first, big),
            Line::styled(pad(&question, cols), big),
        ]),
        band,
    );
}

/// A family's box: its notes bulleted, each wrapped, a blank line between
/// them where there is room. When they do not all fit, the newest are
/// shown (what the group is saying now), under a count of the earlier.
fn draw_box(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    style: Style,
    texts: &[&str],
    lang: crate::model::Lang,
) {
    let block = Block::bordered().border_style(style).title(Span::styled(
        truncate(title, area.width.saturating_sub(2) as usize),
        style,
    ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let cols = (inner.width as usize).saturating_sub(2).max(1);
    let rows = inner.height as usize;
    let wrapped: Vec<Vec<String>> = texts
        .iter()
        .map(|t| {
            textwrap::wrap(t, cols)
                .into_iter()
                .map(|l| l.into_owned())
                .collect()
        })
        .collect();
    let needed: usize = wrapped.iter().map(Vec::len).sum();
    let spaced = needed + texts.len().saturating_sub(1) <= rows;
    // From the newest back, as many as fit (a row kept for the count of
    // the earlier ones when some are left out).
    let mut first = wrapped.len();
    let mut used = 0;
    while first > 0 {
        let more = wrapped[first - 1].len() + usize::from(spaced && first < wrapped.len());
        let count_row = usize::from(first > 1);
        if used + more + count_row > rows {
            break;
        }
        used += more;
        first -= 1;
    }
    let mut lines: Vec<Line> = Vec::new();
    if first == wrapped.len() && first > 0 && rows > 0 {
        // Not even the newest fits whole: as much of it as does.
        let newest = &wrapped[first - 1];
        let room = rows - usize::from(first > 1);
        if first > 1 {
            lines.push(Line::styled(
                format!("  … {}", tr!(lang, "projector-earlier", n = first - 1)),
                Style::new().fg(Color::DarkGray),
            ));
        }
        for (j, l) in newest.iter().take(room).enumerate() {
            let bullet = if j == 0 { "• " } else { "  " };
            let l = if j + 1 == room && newest.len() > room {
                truncate(&format!("{l}…"), cols)
            } else {
                l.clone()
            };
            lines.push(Line::styled(
                format!("{bullet}{l}"),
                Style::new().add_modifier(Modifier::BOLD),
            ));
        }
        frame.render_widget(Paragraph::new(lines), inner);
        return;
    }
    if first > 0 && rows > 0 {
        lines.push(Line::styled(
            format!("  … {}", tr!(lang, "projector-earlier", n = first)),
            Style::new().fg(Color::DarkGray),
        ));
    }
    for (k, note) in wrapped.iter().enumerate().skip(first) {
        for (j, l) in note.iter().enumerate() {
            let bullet = if j == 0 { "• " } else { "  " };
            lines.push(Line::styled(
                format!("{bullet}{l}"),
                Style::new().add_modifier(Modifier::BOLD),
            ));
        }
        if spaced && k + 1 < wrapped.len() {
            lines.push(Line::raw(""));
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
