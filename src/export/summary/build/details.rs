//! The details for coordinators, after the findings and the citizens'
//! words: each group's profile by question (a chart and a table), every
//! group together, the comparison with its marks and its test (each term
//! explained in a sentence), the framework and what was counted, and the
//! uncoded notes.

use super::super::document::{
    Block, BoxKind, Cell, Chart, ChartFamily, Column, ColumnKind, Heading, Inline, List, ListKind,
    Paragraph, Row, Series, Table, TableKind, Tone,
};
use super::{quote, text};
use crate::export::summary::{Section, Summary};
use crate::profile::{QuestionCounts, fill};

type Part = (Option<Heading>, Vec<Block>);

/// A chart's series as the profile has it: its name, a share per family,
/// and a count per family where there are counts (a group mean has none).
type SeriesOf<'a> = (&'a str, &'a Vec<Option<f64>>, Option<&'a Vec<u32>>);

fn heading(s: &Summary, section: Section) -> Option<Heading> {
    Some(Heading::new(3, section.title(s.words)))
}

pub(super) fn profiles(s: &Summary) -> Part {
    let w = s.words;
    let colon = w.colon;
    let mut blocks = vec![text(Tone::Quiet, w.profiles_intro)];
    for ((_, session), report) in s.sessions.iter().zip(&s.profile.sessions) {
        for (group, g) in session.groups.iter().zip(&report.groups) {
            let all = &g.questions[0];
            let title = s.group_name(session, &group.id);
            let mut facts = Vec::new();
            if let Some(p) = g.participants {
                facts.push(vec![
                    Inline::Text(w.participants.into()),
                    Inline::Punct(colon),
                    Inline::Text(p.to_string()),
                ]);
            }
            let coded = all.coded + all.unknown_family;
            facts.push(vec![Inline::Drawn(format!("{}{colon}{coded}", w.coded))]);
            let uncoded = all.uncoded;
            facts.push(vec![Inline::Drawn(format!(
                "{}{colon}{uncoded}",
                w.uncoded
            ))]);
            if !group.description.is_empty() {
                facts.push(vec![Inline::Text(group.description.clone())]);
            }
            let mut article = vec![
                Block::Heading(Heading::new(4, title.clone())),
                Block::Facts(Tone::Quiet, facts),
                chart(
                    s,
                    &[(w.all_questions, &all.shares, Some(&all.counts))],
                    w.chart_group.replace("{group}", &title),
                ),
                family_table(s, &g.questions),
            ];
            if all.unknown_family > 0 {
                let n = all.unknown_family.to_string();
                article.push(text(Tone::Small, w.unknown_family_notes.replace("{n}", &n)));
            }
            blocks.push(Block::Boxed(BoxKind::Group, article));
        }
    }
    (heading(s, Section::Profiles), blocks)
}

pub(super) fn aggregate(s: &Summary) -> Part {
    let w = s.words;
    let agg = s
        .profile
        .all_sessions
        .as_ref()
        .or(s.profile.sessions.first().map(|r| &r.aggregate));
    let Some(agg) = agg else {
        return (heading(s, Section::Aggregate), Vec::new());
    };
    let explained = vec![
        Inline::Strong(w.pooled.into()),
        Inline::Punct(": "),
        Inline::Text(w.pooled_explained.into()),
        Inline::Punct(". "),
        Inline::Strong(w.group_mean.into()),
        Inline::Punct(": "),
        Inline::Text(w.group_mean_explained.into()),
        Inline::Punct("."),
    ];
    let pooled = &agg.pooled[0];
    let mean = &agg.group_mean[0];
    let share_of = |what: &str| {
        vec![
            Inline::Text(w.share.into()),
            Inline::Punct(" "),
            Inline::Aside(what.into()),
        ]
    };
    let columns = vec![
        column(ColumnKind::Text, vec![Inline::Text(w.family.into())]),
        column(ColumnKind::Number, vec![Inline::Text(w.count.into())]),
        column(ColumnKind::Number, share_of(w.pooled)),
        column(ColumnKind::Number, share_of(w.group_mean)),
    ];
    let rows = s
        .profile
        .families
        .iter()
        .enumerate()
        .map(|(f, family)| Row {
            strong: false,
            cells: vec![
                family_cell(family),
                Cell::Number(pooled.counts[f].to_string()),
                Cell::Number(s.pct(pooled.shares[f])),
                Cell::Number(s.pct(mean.shares[f])),
            ],
            bar: pooled.shares[f],
        });
    let blocks = vec![
        Block::Paragraph(Paragraph {
            tone: Tone::Quiet,
            text: explained,
        }),
        chart(
            s,
            &[
                (w.pooled, &pooled.shares, Some(&pooled.counts)),
                (w.group_mean, &mean.shares, None),
            ],
            w.chart_all.to_string(),
        ),
        Block::Table(Table {
            kind: TableKind::Plain,
            columns,
            row_heads: false,
            rows: rows.collect(),
            totals: Vec::new(),
            bars: true,
        }),
        family_table(s, &agg.pooled),
    ];
    (heading(s, Section::Aggregate), blocks)
}

pub(super) fn comparison(s: &Summary) -> Part {
    let w = s.words;
    let r = &s.compare;
    let mut blocks = vec![Block::Paragraph(Paragraph {
        tone: Tone::Plain,
        text: vec![Inline::Strong(r.sentence.clone())],
    })];
    if !r.groups.is_empty() {
        blocks.push(super::findings::groups_table(
            s,
            TableKind::Compare,
            true,
            |g, f| {
                let share = s.lang.percent(r.shares[g][f]);
                (r.counts[g][f].to_string(), share, None)
            },
        ));
        let legend = w.more_less_legend.replace("{mark}", &s.mark());
        let residual = w.residual_explained.replace("{mark}", &s.mark());
        blocks.push(text(Tone::Small, format!("{legend} {residual}")));
    }
    if let Some(line) = s.test_line() {
        let limit = s.lang.decimal(0.05, 2);
        let explained = w.test_explained.replace("{limit}", &limit);
        blocks.push(text(Tone::Small, format!("{line} {explained}")));
    }
    if !r.distances.is_empty() {
        let rows = r.distances.iter().map(|d| Row {
            strong: false,
            cells: vec![
                Cell::Text(vec![Inline::Text(d.group.clone())]),
                Cell::Number(s.lang.decimal(d.jensen_shannon, 2)),
            ],
            bar: None,
        });
        blocks.push(Block::Table(Table {
            kind: TableKind::Plain,
            columns: vec![
                column(ColumnKind::Text, vec![Inline::Text(w.distance.into())]),
                Column {
                    kind: ColumnKind::Number,
                    head: None,
                },
            ],
            row_heads: false,
            rows: rows.collect(),
            totals: Vec::new(),
            bars: false,
        }));
    }
    (heading(s, Section::Comparison), blocks)
}

/// The framework used, how notes count, and what the test left out and
/// why.
pub(super) fn method(s: &Summary) -> Part {
    let w = s.words;
    let colon = w.colon;
    let r = &s.compare;
    let framework = fill(
        w.framework_line,
        &[
            ("id", s.framework.id.clone()),
            ("n", s.framework.families.len().to_string()),
        ],
    );
    let mut blocks = vec![text(Tone::Small, format!("{framework} {}", w.counting))];
    let mut left = Vec::new();
    for (label, list) in [
        (w.left_out_groups, &r.left_out_groups),
        (w.left_out_families, &r.left_out_family_labels),
    ] {
        if !list.is_empty() {
            left.extend([
                Inline::Text(label.into()),
                Inline::Punct(colon),
                Inline::Text(list.join(", ")),
                Inline::Punct(". "),
            ]);
        }
    }
    if !left.is_empty() {
        left.push(Inline::Text(w.left_out_why.into()));
        blocks.push(Block::Paragraph(Paragraph {
            tone: Tone::Small,
            text: left,
        }));
    }
    (heading(s, Section::Method), blocks)
}

pub(super) fn uncoded(s: &Summary) -> Part {
    let w = s.words;
    let block = if s.uncoded.is_empty() {
        text(Tone::Plain, w.no_uncoded)
    } else {
        let items = s.uncoded.iter().map(|n| {
            let who = s.who(&n.session, &n.group, &n.question);
            quote(&n.text, who)
        });
        Block::List(List {
            kind: ListKind::Words,
            items: items.collect(),
        })
    };
    (heading(s, Section::Uncoded), vec![block])
}

fn column(kind: ColumnKind, head: Vec<Inline>) -> Column {
    Column {
        kind,
        head: Some(head),
    }
}

fn family_cell(family: &crate::profile::FamilyInfo) -> Cell {
    Cell::Text(vec![
        Inline::Key(Some(family.key)),
        Inline::Text(family.label.clone()),
    ])
}

/// A family table of counts and shares: all questions, then each; the
/// coded and uncoded notes after the families.
fn family_table(s: &Summary, questions: &[QuestionCounts]) -> Block {
    let w = s.words;
    let mut columns = vec![column(
        ColumnKind::Text,
        vec![Inline::Text(w.family.into())],
    )];
    for q in questions {
        let label = s.questions_label(&q.question);
        columns.push(column(ColumnKind::CountShare, vec![Inline::Text(label)]));
    }
    let rows = s.profile.families.iter().enumerate().map(|(f, family)| {
        let mut cells = vec![family_cell(family)];
        cells.extend(
            questions
                .iter()
                .map(|q| Cell::CountShare(q.counts[f].to_string(), s.pct(q.shares[f]))),
        );
        Row {
            strong: false,
            cells,
            bar: questions[0].shares[f],
        }
    });
    let total = |strong: bool, label: &str, n: &dyn Fn(&QuestionCounts) -> u32| {
        let mut cells = vec![Cell::Text(vec![Inline::Text(label.into())])];
        cells.extend(questions.iter().map(|q| Cell::Number(n(q).to_string())));
        Row {
            strong,
            cells,
            bar: None,
        }
    };
    Block::Table(Table {
        kind: TableKind::Plain,
        columns,
        row_heads: false,
        rows: rows.collect(),
        totals: vec![
            total(true, w.coded, &|q| q.coded),
            total(false, w.uncoded, &|q| q.uncoded),
        ],
        bars: true,
    })
}

/// A chart of `series` (name, share per family, count per family where
/// there are counts) over the summary's families.
fn chart(s: &Summary, series: &[SeriesOf], caption: String) -> Block {
    let families = s.profile.families.iter().map(|f| ChartFamily {
        id: f.id.clone(),
        key: f.key,
        label: f.label.clone(),
    });
    let series = series.iter().map(|(name, shares, counts)| Series {
        name: name.to_string(),
        values: shares
            .iter()
            .enumerate()
            .map(|(f, share)| match (counts, share) {
                (Some(c), Some(_)) => format!("{} · {}", c[f], s.pct(*share)),
                (None, Some(_)) => s.pct(*share),
                _ => "–".into(),
            })
            .collect(),
        shares: shares.to_vec(),
    });
    Block::Chart(Chart {
        caption,
        families: families.collect(),
        series: series.collect(),
        scale: scale(s),
    })
}

/// The summary's chart scale: its largest share (of any group or of the
/// aggregate, all questions), rounded up to the next tenth.
fn scale(s: &Summary) -> f64 {
    let groups = s
        .profile
        .sessions
        .iter()
        .flat_map(|r| &r.groups)
        .flat_map(|g| g.questions[0].shares.iter());
    let aggregate = s
        .profile
        .sessions
        .iter()
        .map(|r| &r.aggregate)
        .chain(&s.profile.all_sessions)
        .flat_map(|a| {
            a.pooled[0]
                .shares
                .iter()
                .chain(a.group_mean[0].shares.iter())
        });
    let max = groups
        .chain(aggregate)
        .flatten()
        .fold(0.0f64, |a, b| a.max(*b));
    ((max * 10.0).ceil() / 10.0).clamp(0.1, 1.0)
}
