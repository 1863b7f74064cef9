//! The profile screen: its state, keys and drawing. The selected group's
//! families as bars (count and share of its coded notes), by question or
//! all, uncoded notes apart; and the session's aggregate, pooled and group
//! mean.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::shape::{Go, Opened, Refused, Screen};
use crate::model::{Family, Lang};
use crate::profile::Counts;
use crate::profile::{SessionProfile, profile_session};
use crate::text::{pad, truncate};
use crate::tr;
use crate::tui::keymap::Action;
use crate::tui::keymap::Context;
use crate::tui::outcome::{Said, nothing};
use crate::tui::overlay::Overlay;
use crate::tui::view::style::bar;
use crate::tui::view::workshop::{family_color, question_tag};
use crate::tui::workshop::Workshop;

/// Opens the profile, of the session as it is now.
pub fn open(w: &mut Workshop) -> Result<Opened, Refused> {
    w.refresh();
    Ok((Box::new(ProfileView::new(w)), None))
}

impl Screen for ProfileView {
    fn context(&self) -> Context {
        Context::Profile
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

    fn refresh(&mut self, w: &Workshop) {
        self.follow(w);
    }
}

pub struct ProfileView {
    /// The bars are for this question (`None`: all questions).
    pub question: Option<usize>,
    /// Made when the session changes, not at each frame.
    pub profile: SessionProfile,
}

impl ProfileView {
    pub fn new(w: &Workshop) -> ProfileView {
        ProfileView {
            question: None,
            profile: profile_session(w.session(), &w.framework),
        }
    }

    /// After the session changed.
    fn follow(&mut self, w: &Workshop) {
        self.profile = profile_session(w.session(), &w.framework);
    }

    /// Tab: all questions, then each in turn.
    fn next_question(&mut self, w: &Workshop) {
        let n = w.session().questions.len();
        self.question = match self.question {
            None if n > 0 => Some(0),
            Some(i) if i + 1 < n => Some(i + 1),
            _ => None,
        };
    }

    fn keys(&mut self, w: &mut Workshop, action: Action) -> (Said, Go) {
        let none = nothing();
        match action {
            Action::PrevGroup | Action::NextGroup => {
                w.step_group(action == Action::NextGroup);
                (none, Go::Stay)
            }
            Action::NextQuestion => {
                self.next_question(w);
                (none, Go::Stay)
            }
            Action::Language => (w.next_language(), Go::Stay),
            Action::Actions => (none, Go::Opens(Action::Actions)),
            Action::Back | Action::Profile => (none, Go::Notes),
            _ => (none, Go::Stay),
        }
    }
}

/// A family's key and label, in `cols` columns with a space each side:
/// its short label where the whole one does not fit (two families never
/// look the same, "3 Relationer med och mel…" and "8 Relationer med och
/// mel…" did).
fn family_label(family: &Family, short: &str, lang: Lang, cols: usize) -> Span<'static> {
    let room = cols.saturating_sub(1);
    let mut label = format!("{} {}", family.key, family.labels.get(lang));
    if crate::text::width(&label) > room {
        label = format!("{} {short}", family.key);
    }
    Span::raw(format!(" {} ", pad(&label, room)))
}

/// A share as the language writes it ("24%", "24 %"), right-aligned in 5
/// columns; "–" for none.
fn percent(s: Option<f64>, lang: Lang) -> String {
    let text = s.map_or_else(|| "–".to_string(), |v| lang.percent(v));
    format!("{text:>5}")
}

/// What the bars are of: a question (its id and label), or all.
struct Of<'a> {
    id: Option<&'a str>,
    label: String,
    /// The columns of a family's label.
    label_cols: usize,
}

fn draw(w: &Workshop, view: &ProfileView, frame: &mut Frame, area: Rect) {
    let ui = w.ui();
    let question = view.question.and_then(|q| w.session().questions.get(q));
    let of = Of {
        id: question.map(|q| q.id.as_str()),
        label: question.map_or(tr!(ui, "profile-all-questions"), |q| {
            q.labels.get(w.lang()).to_string()
        }),
        label_cols: 26usize.min(area.width as usize / 3),
    };
    let [top, bottom] = Layout::vertical([
        Constraint::Length(w.framework.families.len() as u16 + 4),
        Constraint::Min(0),
    ])
    .areas(area);
    draw_group(w, view, &of, frame, top);
    draw_aggregate(w, view, &of, frame, bottom);
}

fn bold() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}

/// The selected group: its title, then a bar per family with the count
/// and share, and the counts by question.
fn draw_group(w: &Workshop, view: &ProfileView, of: &Of, frame: &mut Frame, area: Rect) {
    let ui = w.ui();
    let mut lines: Vec<Line> = Vec::new();
    match (w.current_group(), view.profile.groups.get(w.group)) {
        (Some(g), Some(gp)) => {
            let counts = gp.counts.of(of.id).cloned().unwrap_or_default();
            let people = g
                .participants
                .map(|p| format!(" · {}", tr!(ui, "profile-participants", n = p)))
                .unwrap_or_default();
            lines.push(Line::styled(
                format!(
                    " {} · {} ({}/{}){people} · {} · {}",
                    tr!(ui, "profile-title"),
                    g.name,
                    w.group + 1,
                    w.session().groups.len(),
                    of.label,
                    tr!(ui, "profile-coded", n = counts.coded())
                ),
                bold(),
            ));
            let by_q: Vec<(String, &Counts)> = gp
                .counts
                .by_question
                .iter()
                .map(|(q, c)| (question_tag(w.session(), q, w.lang()), c))
                .collect();
            group_bars(w, &counts, &by_q, of.label_cols, area, &mut lines);
        }
        _ => lines.push(Line::raw(format!(" {}", tr!(ui, "profile-no-group")))),
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// The group's bars: a header, a line per family, what is left apart.
fn group_bars(
    w: &Workshop,
    counts: &Counts,
    by_q: &[(String, &Counts)],
    label_cols: usize,
    area: Rect,
    lines: &mut Vec<Line>,
) {
    let (ui, lang) = (w.ui(), w.lang());
    let dim = dim();
    let families = &w.framework.families;
    let q_cols: usize = by_q.len() * 5;
    let bar_cols = (area.width as usize)
        .saturating_sub(label_cols + 14 + q_cols + 2)
        .max(8);
    let mut header = format!(
        " {}{}{:>6}{:>6} ",
        pad("", label_cols),
        pad("", bar_cols),
        "n",
        truncate(&tr!(ui, "profile-share"), 5)
    );
    for (tag, _) in by_q {
        header.push_str(&format!("{tag:>5}"));
    }
    lines.push(Line::styled(header, dim));
    let max_share = (0..families.len())
        .filter_map(|f| counts.share(f))
        .fold(0.0f64, f64::max)
        .max(f64::EPSILON);
    for (f, family) in families.iter().enumerate() {
        let share = counts.share(f);
        let mut spans = vec![
            family_label(family, &w.short_labels()[f], lang, label_cols),
            Span::styled(
                bar(share.unwrap_or(0.0) / max_share, bar_cols),
                Style::new().fg(family_color(family.key)),
            ),
            Span::raw(format!("{:>6} {} ", counts.families[f], percent(share, ui))),
        ];
        let per_q: String = by_q
            .iter()
            .map(|(_, c)| format!("{:>5}", c.families[f]))
            .collect();
        spans.push(Span::styled(per_q, dim));
        lines.push(Line::from(spans));
    }
    let mut apart = format!(" {}", tr!(ui, "profile-apart", uncoded = counts.uncoded));
    if counts.unknown > 0 {
        apart.push_str(&tr!(ui, "profile-apart-unknown", n = counts.unknown));
    }
    lines.push(Line::styled(apart, dim));
}

/// The aggregate, in its two readings (pooled, group mean), on one scale:
/// the largest share fills its bar.
fn draw_aggregate(w: &Workshop, view: &ProfileView, of: &Of, frame: &mut Frame, area: Rect) {
    let (ui, lang) = (w.ui(), w.lang());
    let (label_cols, question_id) = (of.label_cols, of.id);
    let families = &w.framework.families;
    let a = &view.profile.aggregate;
    let pooled = a.pooled.of(question_id).cloned().unwrap_or_default();
    let mean = a.mean_shares(question_id);
    let over = a
        .group_mean_over
        .iter()
        .find(|(q, _)| q.id() == question_id)
        .map_or(0, |(_, n)| *n);
    let bar_cols = ((area.width as usize).saturating_sub(label_cols + 16) / 2).max(6);
    let max_share = (0..families.len())
        .flat_map(|f| [pooled.share(f), mean.and_then(|m| m[f])])
        .flatten()
        .fold(0.0f64, f64::max)
        .max(f64::EPSILON);
    let mut lines = vec![
        Line::styled(
            format!(
                " {} · {} · {}",
                tr!(ui, "profile-session"),
                of.label,
                tr!(
                    ui,
                    "profile-readings",
                    coded = pooled.coded(),
                    groups = over
                )
            ),
            bold(),
        ),
        Line::styled(
            format!(
                " {}{}{}",
                pad("", label_cols),
                pad(&tr!(ui, "profile-pooled"), bar_cols + 5),
                tr!(ui, "profile-group-mean")
            ),
            dim(),
        ),
    ];
    for (f, family) in families.iter().enumerate() {
        let p = pooled.share(f);
        let m = mean.and_then(|m| m[f]);
        let style = Style::new().fg(family_color(family.key));
        lines.push(Line::from(vec![
            family_label(family, &w.short_labels()[f], lang, label_cols),
            Span::styled(
                bar(p.unwrap_or(0.0) / max_share, bar_cols.saturating_sub(1)),
                style,
            ),
            Span::raw(format!("{} ", percent(p, ui))),
            Span::styled(
                bar(m.unwrap_or(0.0) / max_share, bar_cols.saturating_sub(1)),
                style,
            ),
            Span::raw(percent(m, ui)),
        ]));
    }
    lines.push(Line::styled(
        format!(
            " {}",
            tr!(
                ui,
                "profile-apart",
                uncoded = pooled.uncoded + pooled.unknown
            )
        ),
        dim(),
    ));
    frame.render_widget(Paragraph::new(lines), area);
}
