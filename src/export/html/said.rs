//! Every citizen's words: each coded note, exactly as saved (escaped),
//! under its family; the synthesis criteria first, each with its count and
//! its notes, then the notes in no criterion, by question.

use std::fmt::Write;

use super::{esc, key};
use crate::export::summary::{Section, Summary};

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
            let _ = writeln!(
                out,
                "<div class=\"criterion\"><h4>{}{colon}{} <span class=\"who\">· {}</span></h4>\n<ul class=\"words\">",
                esc(w.criterion),
                esc(&c.wording),
                esc(&s.notes_n(c.notes.len() as u64))
            );
            for n in &c.notes {
                let _ = writeln!(
                    out,
                    "<li><q>{}</q> <span class=\"who\">({}, {})</span></li>",
                    esc(&n.text),
                    esc(&n.group),
                    esc(&n.question)
                );
            }
            out.push_str("</ul></div>\n");
        }
        for q in &f.unmerged {
            let heading = if f.criteria.is_empty() {
                q.question.clone()
            } else {
                format!("{} · {}", w.in_no_criterion, q.question)
            };
            let _ = writeln!(
                out,
                "<div class=\"unmerged\"><h4>{} <span class=\"who\">· {}</span></h4>\n<ul class=\"words\">",
                esc(&heading),
                esc(&s.notes_n(q.notes.len() as u64))
            );
            for n in &q.notes {
                let _ = writeln!(
                    out,
                    "<li><q>{}</q> <span class=\"who\">({})</span></li>",
                    esc(&n.text),
                    esc(&n.group)
                );
            }
            out.push_str("</ul></div>\n");
        }
        out.push_str("</div>\n");
    }
    out.push_str("</section>\n");
}
