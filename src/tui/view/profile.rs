//! The profile screen: the selected group's families as bars (count and
//! share of its coded notes), by question, uncoded notes apart; and the
//! session's aggregate, pooled and group mean.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::workshop::{family_color, question_tag};
use crate::model::{Family, Lang};
use crate::profile::Counts;
use crate::text::{pad, truncate};
use crate::tr;
use crate::tui::screen::ProfileView;
use crate::tui::workshop::Workshop;

/// A horizontal bar of `share` (0–1) in `cols` columns, to the eighth.
pub fn bar(share: f64, cols: usize) -> String {
    const EIGHTHS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let eighths = (share.clamp(0.0, 1.0) * cols as f64 * 8.0).round() as usize;
    let mut s: String = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        s.push(EIGHTHS[eighths % 8]);
    }
    pad(&s, cols)
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

pub fn draw(w: &Workshop, view: &ProfileView, frame: &mut Frame, area: Rect) {
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
