//! Every citizen's words: each coded note, exactly as saved (escaped),
//! under its family; the synthesis criteria first, each with its count and
//! its notes, then the notes in no criterion, by question.

use std::fmt::Write;

use super::{esc, key};
use crate::export::summary::{Said, Section, Summary};

pub fn said(s: &Summary, out: &mut String) {
    let w = s.words;
    let colon = w.colon;
    let _ = writeln!(
        out,
        "<section id=\"{}\"><h2>{}</h2>\n<p class=\"small\">{}</p>",
        Section::Said.id(),
        esc(Section::Said.title(w)),
        esc(w.said_intro)
    );
    if s.said.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", esc(w.no_coded_yet));
    }
    for f in &s.said {
        let _ = writeln!(
            out,
            "<div class=\"family\"><h3>{}{} <span class=\"who\">· {}</span></h3>",
            key(f.key),
            esc(&f.label),
            esc(&s.notes_n(f.count))
        );
        for c in &f.criteria {
            let heading = format!("{}{colon}{}", esc(w.criterion), esc(&c.wording));
            notes(s, out, "criterion", &heading, &c.notes, true);
        }
        for q in &f.unmerged {
            let heading = if f.criteria.is_empty() {
                esc(&q.question)
            } else {
                esc(&format!("{} · {}", w.in_no_criterion, q.question))
            };
            notes(s, out, "unmerged", &heading, &q.notes, false);
        }
        out.push_str("</div>\n");
    }
    out.push_str("</section>\n");
}

/// Notes under their heading (`heading`: HTML), with their count; each
/// with its group, and its question `with_question`.
fn notes(
    s: &Summary,
    out: &mut String,
    class: &str,
    heading: &str,
    notes: &[Said],
    with_question: bool,
) {
    let _ = writeln!(
        out,
        "<div class=\"{class}\"><h4>{heading} <span class=\"who\">· {}</span></h4>\n<ul class=\"words\">",
        esc(&s.notes_n(notes.len() as u64))
    );
    for n in notes {
        let who = if with_question {
            format!("{}, {}", n.group, n.question)
        } else {
            n.group.clone()
        };
        let _ = writeln!(
            out,
            "<li><q>{}</q> <span class=\"who\">({})</span></li>",
            esc(&n.text),
            esc(&who)
        );
    }
    out.push_str("</ul></div>\n");
}
