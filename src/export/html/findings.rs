//! The first page: who met, what each question's groups named most with
//! some of their words, where the groups differ (in plain words, only
//! where the test supports it), and every group side by side.

use std::fmt::Write;

use super::{esc, key};
use crate::export::summary::{Differences, Section, Summary, capital};
use crate::profile::fill;

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
        let mut parts = Vec::new();
        if s.sessions.len() > 1 {
            parts.push(format!("<strong>{}</strong>", esc(&session.title)));
        }
        if !session.place.is_empty() {
            parts.push(format!("{}{colon}{}", esc(w.place), esc(&session.place)));
        }
        if let Some(d) = session.date {
            parts.push(format!("{}{colon}{d}", esc(w.date)));
        }
        if !session.facilitators.is_empty() {
            parts.push(format!(
                "{}{colon}{}",
                esc(w.facilitators),
                esc(&session.facilitators.join(", "))
            ));
        }
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
    let w = s.words;
    let _ = writeln!(out, "<h2>{}</h2>", esc(w.differ));
    let caution = match &s.differences {
        Differences::Found {
            differences,
            more,
            caution,
        } => {
            out.push_str("<ul class=\"differences\">\n");
            for d in differences {
                let template = if d.more { w.spoke_more } else { w.spoke_less };
                let line = fill(
                    template,
                    &[("row", d.group.clone()), ("family", d.family.clone())],
                );
                let _ = writeln!(out, "<li>{}</li>", esc(&line));
            }
            out.push_str("</ul>\n");
            if *more > 0 {
                let _ = writeln!(
                    out,
                    "<p class=\"small\">{}</p>",
                    esc(&w.more_differences.replace("{n}", &more.to_string()))
                );
            }
            *caution
        }
        Differences::Alike { caution } => {
            let _ = writeln!(out, "<p>{}</p>", esc(w.alike));
            *caution
        }
        Differences::NoTest(why) => {
            let _ = writeln!(out, "<p>{}</p>", esc(why));
            false
        }
    };
    if caution {
        let _ = writeln!(out, "<p class=\"small\">{}</p>", esc(w.caution));
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
    let _ = write!(
        out,
        "<h2>{}</h2>\n<table class=\"heat\"><thead><tr><th>{}</th>",
        esc(w.overview),
        esc(w.group)
    );
    for (k, short) in r.family_keys.iter().zip(&r.family_shorts) {
        let _ = write!(
            out,
            "<th class=\"n\">{}<br>{}</th>",
            key(Some(*k)),
            esc(short)
        );
    }
    out.push_str("</tr></thead><tbody>\n");
    for (g, group) in r.groups.iter().enumerate() {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", esc(group));
        for f in 0..r.families.len() {
            let share = r.shares[g][f];
            // White for none, #b3b3b3 for the table's largest share.
            let grey = 255 - ((share / top) * 76.0).round() as u8;
            let (class, mark) = match r.notable(g, f).filter(|_| marks) {
                Some(true) => (" more", " +"),
                Some(false) => (" less", " −"),
                None => ("", ""),
            };
            let _ = write!(
                out,
                "<td class=\"n{class}\" style=\"background:#{grey:02x}{grey:02x}{grey:02x}\">{}{mark}<br><small>({})</small></td>",
                esc(&s.lang.percent(share)),
                r.counts[g][f]
            );
        }
        out.push_str("</tr>\n");
    }
    let _ = writeln!(
        out,
        "</tbody></table>\n<p class=\"small\">{} {}{}</p>",
        esc(w.overview_caption),
        esc(w.overview_shading),
        if marks {
            format!(" {}", esc(w.overview_marks))
        } else {
            String::new()
        }
    );
}
