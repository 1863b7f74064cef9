//! Every citizen's words: each coded note, exactly as saved, under its
//! family; the synthesis criteria first, each with its count and its
//! notes, then the notes in no criterion, by question.

use super::super::document::{Block, BoxKind, Heading, List, ListKind, Tone};
use super::{quote, text};
use crate::export::summary::{Said, Section, Summary};

pub(super) fn said(s: &Summary) -> (Option<Heading>, Vec<Block>) {
    let w = s.words;
    let colon = w.colon;
    let mut blocks = vec![text(Tone::Small, w.said_intro)];
    if s.said.is_empty() {
        blocks.push(text(Tone::Plain, w.no_coded_yet));
    }
    for f in &s.said {
        let mut family = vec![Block::Heading(Heading {
            key: Some(f.key),
            count: Some(s.notes_n(f.count)),
            ..Heading::new(3, f.label.clone())
        })];
        for c in &f.criteria {
            let heading = format!("{}{colon}{}", w.criterion, c.wording);
            family.push(notes(s, BoxKind::Criterion, heading, &c.notes, true));
        }
        for q in &f.unmerged {
            let heading = if f.criteria.is_empty() {
                q.question.clone()
            } else {
                format!("{} · {}", w.in_no_criterion, q.question)
            };
            family.push(notes(s, BoxKind::Unmerged, heading, &q.notes, false));
        }
        blocks.push(Block::Boxed(BoxKind::Family, family));
    }
    (Some(Heading::new(2, Section::Said.title(w))), blocks)
}

/// Notes under their heading, with their count; each with its group, and
/// its question `with_question`.
fn notes(
    s: &Summary,
    kind: BoxKind,
    heading: String,
    notes: &[Said],
    with_question: bool,
) -> Block {
    let heading = Heading {
        count: Some(s.notes_n(notes.len() as u64)),
        ..Heading::new(4, heading)
    };
    let items = notes.iter().map(|n| {
        let who = if with_question {
            format!("{}, {}", n.group, n.question)
        } else {
            n.group.clone()
        };
        quote(&n.text, who)
    });
    let list = List {
        kind: ListKind::Words,
        items: items.collect(),
    };
    Block::Boxed(kind, vec![Block::Heading(heading), Block::List(list)])
}
