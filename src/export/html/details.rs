//! The details for coordinators, after the findings and the citizens'
//! words: each group's profile by question, every group together, the
//! comparison with its marks and its test (each term explained in a
//! sentence), the framework and what was counted, and the uncoded notes.

use std::fmt::Write;

use super::chart::bar_chart;
use super::{Cell, esc, groups_table, key};
use crate::export::summary::{Section, Summary};
use crate::profile::{QuestionCounts, fill};

pub fn heading(s: &Summary, out: &mut String) {
    let _ = writeln!(
        out,
        "<section id=\"{}\"><h2>{}</h2>\n<p class=\"small\">{}</p></section>",
        Section::Details.id(),
        esc(Section::Details.title(s.words)),
        esc(s.words.details_intro)
    );
}

/// A family table of counts and shares: all questions, then each.
fn family_table(s: &Summary, questions: &[QuestionCounts]) -> String {
    let w = s.words;
    let mut t = format!("<table><thead><tr><th>{}</th>", esc(w.family));
    for q in questions {
        let _ = write!(
            t,
            "<th class=\"n\" colspan=\"2\">{}</th>",
            esc(&s.questions_label(&q.question))
        );
    }
    t.push_str("</tr></thead><tbody>\n");
    for (f, family) in s.profile.families.iter().enumerate() {
        let _ = write!(
            t,
            "<tr><td>{}{}</td>",
            key(Some(family.key)),
            esc(&family.label)
        );
        for q in questions {
            let _ = write!(
                t,
                "<td class=\"n\">{}</td><td class=\"n\">{}</td>",
                q.counts[f],
                esc(&s.pct(q.shares[f]))
            );
        }
        t.push_str("</tr>\n");
    }
    let _ = write!(t, "<tr><th>{}</th>", esc(w.coded));
    for q in questions {
        let _ = write!(t, "<th class=\"n\">{}</th><th></th>", q.coded);
    }
    let _ = write!(t, "</tr><tr><th>{}</th>", esc(w.uncoded));
    for q in questions {
        let _ = write!(t, "<td class=\"n\">{}</td><td></td>", q.uncoded);
    }
    t.push_str("</tr></tbody></table>\n");
    t
}

pub fn profiles(s: &Summary, out: &mut String) {
    let w = s.words;
    let colon = w.colon;
    let _ = write!(
        out,
        "<section id=\"{}\"><h3>{}</h3>\n<p class=\"small quiet\">{}</p>\n",
        Section::Profiles.id(),
        esc(Section::Profiles.title(w)),
        esc(w.profiles_intro)
    );
    for ((_, session), report) in s.sessions.iter().zip(&s.profile.sessions) {
        for (group, g) in session.groups.iter().zip(&report.groups) {
            let all = &g.questions[0];
            let title = s.group_name(session, &group.id);
            let mut facts = Vec::new();
            if let Some(p) = g.participants {
                facts.push(format!("{}{colon}{p}", esc(w.participants)));
            }
            facts.push(format!(
                "{}{colon}{}",
                esc(w.coded),
                all.coded + all.unknown_family
            ));
            facts.push(format!("{}{colon}{}", esc(w.uncoded), all.uncoded));
            if !group.description.is_empty() {
                facts.push(esc(&group.description));
            }
            let _ = write!(
                out,
                "<article class=\"group\"><h4>{}</h4>\n<p class=\"small quiet\">{}</p>\n",
                esc(&title),
                facts.join(" · ")
            );
            out.push_str(&bar_chart(
                s,
                &s.profile.families,
                &[(w.all_questions, all.shares.clone(), Some(&all.counts))],
                &w.chart_group.replace("{group}", &title),
            ));
            out.push_str(&family_table(s, &g.questions));
            if all.unknown_family > 0 {
                let _ = writeln!(
                    out,
                    "<p class=\"small\">{}</p>",
                    esc(&w
                        .unknown_family_notes
                        .replace("{n}", &all.unknown_family.to_string()))
                );
            }
            out.push_str("</article>\n");
        }
    }
    out.push_str("</section>\n");
}

pub fn aggregate(s: &Summary, out: &mut String) {
    let w = s.words;
    let agg = s
        .profile
        .all_sessions
        .as_ref()
        .or(s.profile.sessions.first().map(|r| &r.aggregate));
    let _ = writeln!(
        out,
        "<section id=\"{}\"><h3>{}</h3>",
        Section::Aggregate.id(),
        esc(Section::Aggregate.title(w))
    );
    let Some(agg) = agg else {
        out.push_str("</section>\n");
        return;
    };
    let _ = writeln!(
        out,
        "<p class=\"small quiet\"><strong>{}</strong>: {}. <strong>{}</strong>: {}.</p>",
        esc(w.pooled),
        esc(w.pooled_explained),
        esc(w.group_mean),
        esc(w.group_mean_explained)
    );
    let pooled = &agg.pooled[0];
    let mean = &agg.group_mean[0];
    out.push_str(&bar_chart(
        s,
        &s.profile.families,
        &[
            (w.pooled, pooled.shares.clone(), Some(&pooled.counts)),
            (w.group_mean, mean.shares.clone(), None),
        ],
        w.chart_all,
    ));
    let _ = writeln!(
        out,
        "<table><thead><tr><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{} ({})</th>\
         <th class=\"n\">{} ({})</th></tr></thead><tbody>",
        esc(w.family),
        esc(w.count),
        esc(w.share),
        esc(w.pooled),
        esc(w.share),
        esc(w.group_mean)
    );
    for (f, family) in s.profile.families.iter().enumerate() {
        let _ = writeln!(
            out,
            "<tr><td>{}{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            key(Some(family.key)),
            esc(&family.label),
            pooled.counts[f],
            esc(&s.pct(pooled.shares[f])),
            esc(&s.pct(mean.shares[f]))
        );
    }
    out.push_str("</tbody></table>\n");
    out.push_str(&family_table(s, &agg.pooled));
    out.push_str("</section>\n");
}

pub fn comparison(s: &Summary, out: &mut String) {
    let w = s.words;
    let r = &s.compare;
    let _ = write!(
        out,
        "<section id=\"{}\"><h3>{}</h3>\n<p><strong>{}</strong></p>\n",
        Section::Comparison.id(),
        esc(Section::Comparison.title(w)),
        esc(&r.sentence)
    );
    if !r.groups.is_empty() {
        groups_table(s, out, "compare", true, |g, f| Cell {
            style: String::new(),
            first: r.counts[g][f].to_string(),
            second: esc(&s.lang.percent(r.shares[g][f])),
        });
        let _ = writeln!(
            out,
            "<p class=\"small\">{} {}</p>",
            esc(&w.more_less_legend.replace("{mark}", &s.mark())),
            esc(&w.residual_explained.replace("{mark}", &s.mark()))
        );
    }
    if let Some(line) = s.test_line() {
        let _ = writeln!(
            out,
            "<p class=\"small\">{} {}</p>",
            esc(&line),
            esc(&w
                .test_explained
                .replace("{limit}", &s.lang.decimal(0.05, 2)))
        );
    }
    if !r.distances.is_empty() {
        let _ = writeln!(
            out,
            "<table><thead><tr><th colspan=\"2\">{}</th></tr></thead><tbody>",
            esc(w.distance)
        );
        for d in &r.distances {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td class=\"n\">{}</td></tr>",
                esc(&d.group),
                esc(&s.lang.decimal(d.jensen_shannon, 2))
            );
        }
        out.push_str("</tbody></table>\n");
    }
    out.push_str("</section>\n");
}

/// The framework used, how notes count, and what the test left out and
/// why.
pub fn method(s: &Summary, out: &mut String) {
    let w = s.words;
    let colon = w.colon;
    let r = &s.compare;
    let _ = writeln!(
        out,
        "<section id=\"{}\"><h3>{}</h3>\n<p class=\"small\">{} {}</p>",
        Section::Method.id(),
        esc(Section::Method.title(w)),
        esc(&fill(
            w.framework_line,
            &[
                ("id", s.framework.id.clone()),
                ("n", s.framework.families.len().to_string())
            ]
        )),
        esc(w.counting)
    );
    let mut left = Vec::new();
    if !r.left_out_groups.is_empty() {
        left.push(format!(
            "{}{colon}{}.",
            esc(w.left_out_groups),
            esc(&r.left_out_groups.join(", "))
        ));
    }
    if !r.left_out_families.is_empty() {
        left.push(format!(
            "{}{colon}{}.",
            esc(w.left_out_families),
            esc(&r.left_out_family_labels.join(", "))
        ));
    }
    if !left.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"small\">{} {}</p>",
            left.join(" "),
            esc(w.left_out_why)
        );
    }
    out.push_str("</section>\n");
}

pub fn uncoded(s: &Summary, out: &mut String) {
    let w = s.words;
    let _ = writeln!(
        out,
        "<section id=\"{}\"><h3>{}</h3>",
        Section::Uncoded.id(),
        esc(Section::Uncoded.title(w))
    );
    if s.uncoded.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", esc(w.no_uncoded));
    } else {
        out.push_str("<ul class=\"words\">\n");
        for n in &s.uncoded {
            let who = s.who(&n.session, &n.group, &n.question);
            let _ = writeln!(
                out,
                "<li><q>{}</q> <span class=\"who\">({})</span></li>",
                esc(&n.text),
                esc(&who)
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}
