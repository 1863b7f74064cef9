//! The first page: who met, what each question's groups named most with
//! some of their words, where the groups differ (in plain words, only
//! where the test supports it), and every group side by side.

use std::fmt::Write;

use super::{Cell, esc, groups_table, key};
use crate::export::summary::{Differences, Section, Summary, capital};

pub fn findings(s: &Summary, out: &mut String) {
    let w = s.words;
    out.push_str("<section id=\"findings\">\n");
    who_met(s, out);
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<p class=\"small\">{}</p>",
        esc(Section::Findings.title(w)),
        esc(w.named_most_intro)
    );
    for q in &s.findings {
        let _ = write!(out, "<div class=\"finding\"><h3>{}", esc(&q.label));
        if !q.prompt.is_empty() {
            let _ = write!(out, " <span class=\"prompt\">{}</span>", esc(&q.prompt));
        }
        let _ = writeln!(
            out,
            " <span class=\"prompt\">· {}</span></h3>",
            esc(&w.coded_notes.replace("{n}", &s.lang.count(q.coded)))
        );
        if q.top.is_empty() {
            let _ = writeln!(out, "<p class=\"small\">{}</p></div>", esc(w.no_coded_yet));
            continue;
        }
        out.push_str("<ul class=\"top\">\n");
        for t in &q.top {
            let quotes = t
                .quotes
                .iter()
                .map(|x| {
                    format!(
                        "<q>{}</q> <span class=\"who\">({})</span>",
                        esc(&x.text),
                        esc(&x.who)
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            let _ = writeln!(
                out,
                "<li>{}<strong>{}</strong> <span class=\"share\">{}</span> <span class=\"who\">({})</span>: {quotes}</li>",
                key(Some(t.key)),
                esc(&t.label),
                esc(&s.pct(Some(t.share))),
                esc(&s.notes_n(t.count))
            );
        }
        out.push_str("</ul></div>\n");
    }
    differences(s, out);
    overview(s, out);
    out.push_str("</section>\n");
}

/// Where and when, then each group with its participants and notes.
fn who_met(s: &Summary, out: &mut String) {
    let w = s.words;
    let colon = w.colon;
    for (_, session) in s.sessions {
        let parts: Vec<String> = s
            .meta(session)
            .into_iter()
            .map(|(label, value)| match label {
                None => format!("<strong>{}</strong>", esc(&value)),
                Some(label) => format!("{}{colon}{}", esc(label), esc(&value)),
            })
            .collect();
        if !parts.is_empty() {
            let _ = writeln!(out, "<p class=\"meta\">{}</p>", parts.join(" · "));
        }
    }
    let (groups, people, unknown, notes) = s.met();
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<p>{}{colon}{} · {}{colon}{}{} · {}{colon}{}</p>\n<ul class=\"met\">",
        esc(w.who_met),
        esc(&capital(w.groups_word)),
        groups,
        esc(w.participants),
        s.lang.count(u64::from(people)),
        if unknown { " + ?" } else { "" },
        esc(w.notes),
        s.lang.count(notes)
    );
    for (_, session) in s.sessions {
        for g in &session.groups {
            let count = session.notes.iter().filter(|n| n.group == g.id).count();
            let _ = writeln!(
                out,
                "<li><strong>{}</strong> <span class=\"who\">({}{colon}{} · {}{colon}{})</span></li>",
                esc(&s.group_name(session, &g.id)),
                esc(w.participants),
                g.participants.map_or(esc(w.not_known), |p| p.to_string()),
                esc(w.notes),
                count
            );
        }
    }
    out.push_str("</ul>\n");
}

fn differences(s: &Summary, out: &mut String) {
    let _ = writeln!(out, "<h2>{}</h2>", esc(s.words.differ));
    let said = s.differences_in_words();
    if !said.listed.is_empty() {
        out.push_str("<ul class=\"differences\">\n");
        for line in &said.listed {
            let _ = writeln!(out, "<li>{}</li>", esc(line));
        }
        out.push_str("</ul>\n");
    }
    if let Some(sentence) = &said.sentence {
        let _ = writeln!(out, "<p>{}</p>", esc(sentence));
    }
    for note in &said.notes {
        let _ = writeln!(out, "<p class=\"small\">{}</p>", esc(note));
    }
}

/// Every group side by side: a groups × families table, each cell with
/// its share and count, shaded by its share (the shading only repeats
/// the number), marked + / − where the test supports a difference.
fn overview(s: &Summary, out: &mut String) {
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
    let _ = writeln!(out, "<h2>{}</h2>", esc(w.overview));
    groups_table(s, out, "heat", marks, |g, f| {
        let share = r.shares[g][f];
        // White for none, #b3b3b3 for the table's largest share.
        let grey = 255 - ((share / top) * 76.0).round() as u8;
        Cell {
            style: format!(" style=\"background:#{grey:02x}{grey:02x}{grey:02x}\""),
            first: esc(&s.lang.percent(share)),
            second: format!("<small>({})</small>", r.counts[g][f]),
        }
    });
    let _ = writeln!(
        out,
        "<p class=\"small\">{} {}{}</p>",
        esc(w.overview_caption),
        esc(w.overview_shading),
        if marks {
            format!(" {}", esc(w.overview_marks))
        } else {
            String::new()
        }
    );
}
