//! What the territory does together: each session's co-responsibility
//! actions (title, status, since when, who takes part, what and why, the
//! families and the citizens' words it answers, its potential to
//! generalise, its latest progress reports, its open questions), then the
//! line a local support group asks for first: the families the groups
//! named most that no action answers yet. A summary with no action at all
//! has no such part; its findings close with that line instead
//! (`unanswered`).

use super::super::document::{Block, BoxKind, Heading, Inline, List, ListKind, Paragraph, Tone};
use super::{quote, text};
use crate::export::summary::{Section, Summary};
use crate::model::{Action, Session};

/// How many progress reports an action shows: its latest.
const REPORTS: usize = 3;

/// Whether any session of the summary has an action.
pub(super) fn any(s: &Summary) -> bool {
    s.sessions
        .iter()
        .any(|(_, session)| !session.actions.is_empty())
}

pub(super) fn together(s: &Summary) -> (Option<Heading>, Vec<Block>) {
    let w = s.words;
    let mut blocks = vec![text(Tone::Small, w.together_intro)];
    for (_, session) in s.sessions {
        for a in &session.actions {
            blocks.push(Block::Boxed(BoxKind::Action, action(s, session, a)));
        }
    }
    blocks.extend(unanswered(s));
    (Some(Heading::new(2, Section::Together.title(w))), blocks)
}

/// One action's blocks.
fn action(s: &Summary, session: &Session, a: &Action) -> Vec<Block> {
    let w = s.words;
    let mut detail = vec![crate::export::summary::capital(
        &a.status.label().say(s.lang),
    )];
    if let Some(started) = a.started {
        detail.push(w.since.replace("{date}", &started.to_string()));
    }
    if s.sessions.len() > 1 {
        detail.push(session.title.clone());
    }
    let mut blocks = vec![Block::Heading(Heading {
        detail: Some(detail.join(" · ")),
        ..Heading::new(3, a.title.clone())
    })];
    if !a.actors.is_empty() {
        let mut line = labelled(s, w.actors);
        for (i, actor) in a.actors.iter().enumerate() {
            if i > 0 {
                line.push(Inline::Punct(", "));
            }
            line.push(Inline::Text(actor.name.clone()));
            if let Some(kind) = actor.kind {
                line.push(Inline::Punct(" "));
                line.push(Inline::Aside(kind.label().say(s.lang)));
            }
        }
        blocks.push(paragraph(Tone::Plain, line));
    }
    let said = |label: &str, value: &str| {
        let mut line = labelled(s, label);
        line.push(Inline::Text(value.to_string()));
        paragraph(Tone::Plain, line)
    };
    if !a.what.is_empty() {
        blocks.push(said(w.what, &a.what));
    }
    answered(s, session, a, &mut blocks);
    if !a.generalise.is_empty() {
        blocks.push(said(w.generalise, &a.generalise));
    }
    reports(s, a, &mut blocks);
    if !a.questions.is_empty() {
        blocks.push(Block::Heading(Heading::new(4, w.questions)));
        blocks.push(items(
            a.questions.iter().map(|q| vec![Inline::Text(q.clone())]),
        ));
    }
    blocks
}

/// The families it answers (in a line), then the criteria by their name
/// and the notes quoted, as every citizen's words are.
fn answered(s: &Summary, session: &Session, a: &Action, blocks: &mut Vec<Block>) {
    let w = s.words;
    let families: Vec<_> = a
        .families
        .iter()
        .filter_map(|id| s.framework.family(id))
        .collect();
    if !families.is_empty() {
        let mut line = labelled(s, w.answers);
        for (i, f) in families.iter().enumerate() {
            if i > 0 {
                line.push(Inline::Punct(", "));
            }
            line.push(Inline::Key(Some(f.key)));
            line.push(Inline::Text(f.labels.get(s.lang).to_string()));
        }
        blocks.push(paragraph(Tone::Plain, line));
    }
    let criteria = a.criteria.iter().filter_map(|id| session.criterion(id));
    let mut words: Vec<Vec<Inline>> = criteria
        .map(|c| {
            vec![Inline::Text(format!(
                "{}{}{}",
                w.criterion, w.colon, c.wording
            ))]
        })
        .collect();
    for note in a.notes.iter().filter_map(|id| session.note_index(*id)) {
        let n = &session.notes[note];
        let group = s.group_name(session, &n.group);
        let question = s.question_label(&n.question);
        // The group's name has its session's title first when the
        // summary has several, as every citizen's words say it.
        words.push(quote(&n.text, format!("{group}, {question}")));
    }
    if !words.is_empty() {
        blocks.push(Block::Heading(Heading::new(4, w.words_answered)));
        blocks.push(Block::List(List {
            kind: ListKind::Words,
            items: words,
        }));
    }
}

/// Its latest reports, oldest of them first, saying how many are shown
/// when there are more.
fn reports(s: &Summary, a: &Action, blocks: &mut Vec<Block>) {
    let mut all: Vec<_> = a.reports.iter().collect();
    if all.is_empty() {
        return;
    }
    all.sort_by_key(|r| r.order());
    let shown = &all[all.len().saturating_sub(REPORTS)..];
    let count = (shown.len() < all.len()).then(|| {
        crate::tr!(
            s.lang,
            "summary-action-reports-latest",
            n = shown.len(),
            total = all.len()
        )
    });
    blocks.push(Block::Heading(Heading {
        count,
        ..Heading::new(4, s.words.reports)
    }));
    blocks.push(items(shown.iter().map(|r| {
        let mut line = vec![Inline::Strong(r.date.to_string())];
        if !r.by.is_empty() {
            line.push(Inline::Punct(" "));
            line.push(Inline::Who(r.by.clone()));
        }
        line.push(Inline::Punct(s.words.colon));
        line.push(Inline::Text(r.text.clone()));
        line
    })));
}

/// The families the groups named most that no action answers yet (each
/// session's, its title first when there are several), or that every one
/// has an action; nothing where no note is coded.
pub(super) fn unanswered(s: &Summary) -> Vec<Block> {
    let w = s.words;
    let mut blocks = Vec::new();
    for (_, session) in s.sessions {
        let named: Vec<String> = crate::ops::actions::unanswered_families(
            session,
            s.framework,
            crate::ops::actions::NAMED_MOST,
        )
        .into_iter()
        .map(|(family, _)| family)
        .collect();
        let known = |n: &crate::model::Note| {
            n.family
                .as_deref()
                .is_some_and(|f| s.framework.family(f).is_some())
        };
        if !session.notes.iter().any(known) {
            continue;
        }
        let mut line = Vec::new();
        if s.sessions.len() > 1 {
            line.push(Inline::Strong(session.title.clone()));
            line.push(Inline::Punct(w.colon));
        }
        if named.is_empty() {
            line.push(Inline::Text(w.all_answered.to_string()));
        } else {
            line.extend(labelled(s, w.unanswered));
            for (i, f) in named
                .iter()
                .filter_map(|id| s.framework.family(id))
                .enumerate()
            {
                if i > 0 {
                    line.push(Inline::Punct(", "));
                }
                line.push(Inline::Key(Some(f.key)));
                line.push(Inline::Strong(f.labels.get(s.lang).to_string()));
            }
            line.push(Inline::Punct("."));
        }
        blocks.push(paragraph(Tone::Plain, line));
    }
    blocks
}

/// "Label: " before a value.
fn labelled(s: &Summary, label: &str) -> Vec<Inline> {
    vec![
        Inline::Text(label.to_string()),
        Inline::Punct(s.words.colon),
    ]
}

fn paragraph(tone: Tone, text: Vec<Inline>) -> Block {
    Block::Paragraph(Paragraph { tone, text })
}

fn items(items: impl Iterator<Item = Vec<Inline>>) -> Block {
    Block::List(List {
        kind: ListKind::Items,
        items: items.collect(),
    })
}
