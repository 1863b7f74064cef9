//! The first page's blocks: who met, what each question's groups named
//! most with some of their words, where the groups differ (in plain words,
//! only where the test supports it), and every group side by side.

use super::super::document::{
    Block, BoxKind, Cell, Column, ColumnKind, Heading, Inline, List, ListKind, Paragraph, Row,
    Table, TableKind, Tone,
};
use super::text;
use crate::export::summary::{Differences, Section, Summary, capital};

pub(super) fn findings(s: &Summary) -> Vec<Block> {
    let w = s.words;
    let mut blocks = who_met(s);
    blocks.push(Block::Heading(Heading::new(2, Section::Findings.title(w))));
    blocks.push(text(Tone::Small, w.named_most_intro));
    for q in &s.findings {
        let heading = Heading {
            prompt: (!q.prompt.is_empty()).then(|| q.prompt.clone()),
            detail: Some(w.coded_notes.replace("{n}", &s.lang.count(q.coded))),
            ..Heading::new(3, q.label.clone())
        };
        let body = if q.top.is_empty() {
            text(Tone::Small, w.no_coded_yet)
        } else {
            let items = q.top.iter().map(|t| {
                let mut item = vec![
                    Inline::Key(Some(t.key)),
                    Inline::Strong(t.label.clone()),
                    Inline::Punct(" "),
                    Inline::Share(s.pct(Some(t.share))),
                    Inline::Punct(" "),
                    Inline::Who(s.notes_n(t.count)),
                    Inline::Punct(": "),
                ];
                for (i, x) in t.quotes.iter().enumerate() {
                    if i > 0 {
                        item.push(Inline::Punct("; "));
                    }
                    item.extend(super::quote(&x.text, x.who.clone()));
                }
                item
            });
            Block::List(List {
                kind: ListKind::Top,
                items: items.collect(),
            })
        };
        blocks.push(Block::Boxed(
            BoxKind::Finding,
            vec![Block::Heading(heading), body],
        ));
    }
    differences(s, &mut blocks);
    overview(s, &mut blocks);
    // With no action yet, the findings close on the families named most
    // that no action answers (`together`).
    if !super::together::any(s) {
        blocks.extend(super::together::unanswered(s));
    }
    blocks
}

/// Where and when, then each group with its participants and notes.
fn who_met(s: &Summary) -> Vec<Block> {
    let w = s.words;
    let colon = w.colon;
    let mut blocks = Vec::new();
    for (_, session) in s.sessions {
        let facts = s
            .meta(session)
            .into_iter()
            .map(|(label, value)| match label {
                None => vec![Inline::Strong(value)],
                Some(label) => vec![
                    Inline::Text(label.to_string()),
                    Inline::Punct(colon),
                    Inline::Text(value),
                ],
            });
        blocks.push(Block::Facts(Tone::Meta, facts.collect()));
    }
    let (groups, people, unknown, notes) = s.met();
    blocks.push(Block::Heading(Heading::new(2, w.who_met)));
    let mut met = vec![
        Inline::Text(capital(w.groups_word)),
        Inline::Punct(colon),
        Inline::Text(groups.to_string()),
        Inline::Punct(" · "),
        Inline::Text(w.participants.to_string()),
        Inline::Punct(colon),
        Inline::Text(s.lang.count(u64::from(people))),
    ];
    if unknown {
        met.push(Inline::Text(" + ?".into()));
    }
    met.extend([
        Inline::Punct(" · "),
        Inline::Text(w.notes.to_string()),
        Inline::Punct(colon),
        Inline::Text(s.lang.count(notes)),
    ]);
    blocks.push(Block::Paragraph(Paragraph {
        tone: Tone::Plain,
        text: met,
    }));
    let mut items = Vec::new();
    for (_, session) in s.sessions {
        for g in &session.groups {
            let count = session.notes.iter().filter(|n| n.group == g.id).count();
            let participants = g.participants.map_or(w.not_known.into(), |p| p.to_string());
            items.push(vec![
                Inline::Strong(s.group_name(session, &g.id)),
                Inline::Punct(" "),
                Inline::Who(format!(
                    "{}{colon}{participants} · {}{colon}{count}",
                    w.participants, w.notes
                )),
            ]);
        }
    }
    blocks.push(Block::List(List {
        kind: ListKind::Met,
        items,
    }));
    blocks
}

fn differences(s: &Summary, blocks: &mut Vec<Block>) {
    blocks.push(Block::Heading(Heading::new(2, s.words.differ)));
    let said = s.differences_in_words();
    if !said.listed.is_empty() {
        blocks.push(Block::List(List {
            kind: ListKind::Differences,
            items: said
                .listed
                .into_iter()
                .map(|line| vec![Inline::Text(line)])
                .collect(),
        }));
    }
    if let Some(sentence) = said.sentence {
        blocks.push(text(Tone::Plain, sentence));
    }
    for note in said.notes {
        blocks.push(text(Tone::Small, note));
    }
}

/// Every group side by side: a groups × families table, each cell with
/// its share and count, shaded by its share (the shading only repeats
/// the number), marked + / − where the test supports a difference.
fn overview(s: &Summary, blocks: &mut Vec<Block>) {
    let w = s.words;
    let r = &s.compare;
    if r.groups.is_empty() {
        return;
    }
    let marks = matches!(s.differences, Differences::Found { .. });
    let top = r
        .shares
        .iter()
        .flatten()
        .fold(0.0f64, |a, b| a.max(*b))
        .max(f64::MIN_POSITIVE);
    blocks.push(Block::Heading(Heading::new(2, w.overview)));
    blocks.push(groups_table(s, TableKind::Heat, marks, |g, f| {
        let share = r.shares[g][f];
        // White for none, #b3b3b3 for the table's largest share.
        let grey = 255 - ((share / top) * 76.0).round() as u8;
        (
            s.lang.percent(share),
            r.counts[g][f].to_string(),
            Some(grey),
        )
    }));
    let mut caption = vec![
        Inline::Text(w.overview_caption.into()),
        Inline::Drawn(format!(" {}", w.overview_shading)),
    ];
    if marks {
        caption.push(Inline::Text(format!(" {}", w.overview_marks)));
    }
    blocks.push(Block::Paragraph(Paragraph {
        tone: Tone::Small,
        text: caption,
    }));
}

/// The compared groups × families, a row per group, each cell's numbers
/// and shade from `cell`; a cell is marked + / − where the group differs
/// from the others (with `marks`).
pub(super) fn groups_table(
    s: &Summary,
    kind: TableKind,
    marks: bool,
    cell: impl Fn(usize, usize) -> (String, String, Option<u8>),
) -> Block {
    let r = &s.compare;
    let mut columns = vec![Column {
        kind: ColumnKind::Text,
        head: Some(vec![Inline::Text(s.words.group.into())]),
    }];
    columns.extend(
        r.family_keys
            .iter()
            .zip(&r.family_shorts)
            .map(|(k, short)| Column {
                kind: ColumnKind::Number,
                head: Some(vec![
                    Inline::Key(Some(*k)),
                    Inline::Break,
                    Inline::Text(short.clone()),
                ]),
            }),
    );
    let rows = r.groups.iter().enumerate().map(|(g, group)| {
        let mut cells = vec![Cell::Text(vec![Inline::Text(group.clone())])];
        cells.extend((0..r.families.len()).map(|f| {
            let (first, second, shade) = cell(g, f);
            Cell::Pair {
                first,
                second,
                mark: r.notable(g, f).filter(|_| marks),
                shade,
            }
        }));
        Row {
            strong: false,
            cells,
            bar: None,
        }
    });
    Block::Table(Table {
        kind,
        columns,
        row_heads: true,
        rows: rows.collect(),
        totals: Vec::new(),
        bars: false,
    })
}
