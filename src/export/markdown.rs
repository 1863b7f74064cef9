//! The summary as Markdown (CommonMark with GitHub's pipe tables), for an
//! e-mail or a wiki: the same sections as the HTML page, the charts as
//! tables. Text from a session is escaped, so a note is shown as written
//! and never read as markup.

use std::fmt::Write;

use super::summary::Summary;
use crate::profile::QuestionCounts;

/// Escapes Markdown's punctuation, and `<`, `>`, `&` as entities (a
/// Markdown reader would otherwise pass HTML through).
pub fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            // A line break would end a table row or a heading.
            '\n' | '\r' => out.push(' '),
            // Nothing that would act on a reader's terminal.
            c if crate::text::acts_on_terminal(c) => {}
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '-' | '.'
            | '!' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

fn pct(share: Option<f64>) -> String {
    share.map_or("–".into(), |s| format!("{:.0} %", s * 100.0))
}

/// A text bar of `share` over 20 cells, for tables read as plain text.
fn bar(share: Option<f64>) -> String {
    let n = (share.unwrap_or(0.0) * 20.0).round() as usize;
    "█".repeat(n)
}

pub fn page(s: &Summary, now: jiff::Timestamp) -> String {
    let w = s.words;
    let mut out = String::new();
    let _ = writeln!(out, "# {} · {}\n", md(w.summary), md(&s.title()));
    for (_, session) in s.sessions {
        let mut parts = Vec::new();
        if s.sessions.len() > 1 {
            parts.push(format!("**{}**", md(&session.title)));
        }
        if !session.place.is_empty() {
            parts.push(format!("{}: {}", md(w.place), md(&session.place)));
        }
        if let Some(d) = session.date {
            parts.push(format!("{}: {d}", md(w.date)));
        }
        if !session.facilitators.is_empty() {
            parts.push(format!(
                "{}: {}",
                md(w.facilitators),
                md(&session.facilitators.join(", "))
            ));
        }
        let _ = writeln!(out, "{}\n", parts.join(" · "));
    }

    // Who met.
    let several = s.sessions.len() > 1;
    let _ = writeln!(out, "## {}\n", md(w.who_met));
    let mut head = Vec::new();
    if several {
        head.push(md(w.session));
    }
    head.extend([w.group, w.participants, w.notes, w.coded, w.uncoded].map(md));
    table_head(&mut out, &head, if several { 2 } else { 1 });
    for ((_, session), report) in s.sessions.iter().zip(&s.profile.sessions) {
        for (g, gr) in session.groups.iter().zip(&report.groups) {
            let all = &gr.questions[0];
            let mut row = Vec::new();
            if several {
                row.push(md(&session.title));
            }
            row.push(md(&g.name));
            row.push(g.participants.map_or(md(w.not_known), |p| p.to_string()));
            row.push((all.coded + all.uncoded + all.unknown_family).to_string());
            row.push((all.coded + all.unknown_family).to_string());
            row.push(all.uncoded.to_string());
            let _ = writeln!(out, "| {} |", row.join(" | "));
        }
    }
    out.push('\n');

    // Profiles.
    let _ = writeln!(out, "## {}\n\n{}\n", md(w.profiles), md(w.profiles_intro));
    for report in &s.profile.sessions {
        for g in &report.groups {
            let title = if several {
                format!("{} · {}", report.title, g.name)
            } else {
                g.name.clone()
            };
            let _ = writeln!(out, "### {}\n", md(&title));
            if let Some(p) = g.participants {
                let _ = writeln!(out, "{}: {p}\n", md(w.participants));
            }
            family_table(s, &g.questions, &mut out);
            if g.questions[0].unknown_family > 0 {
                let _ = writeln!(
                    out,
                    "{}\n",
                    md(&w
                        .unknown_family_notes
                        .replace("{n}", &g.questions[0].unknown_family.to_string()))
                );
            }
        }
    }

    // Aggregate.
    let _ = writeln!(out, "## {}\n", md(w.aggregate));
    let agg = s
        .profile
        .all_sessions
        .as_ref()
        .or(s.profile.sessions.first().map(|r| &r.aggregate));
    if let Some(agg) = agg {
        let _ = writeln!(
            out,
            "**{}**: {}. **{}**: {}.\n",
            md(w.pooled),
            md(w.pooled_explained),
            md(w.group_mean),
            md(w.group_mean_explained)
        );
        let pooled = &agg.pooled[0];
        let mean = &agg.group_mean[0];
        let head = [
            md(w.family),
            md(w.count),
            format!("{} ({})", md(w.share), md(w.pooled)),
            format!("{} ({})", md(w.share), md(w.group_mean)),
            String::new(),
        ];
        table_head(&mut out, &head, 1);
        for (f, family) in s.profile.families.iter().enumerate() {
            let _ = writeln!(
                out,
                "| {} {} | {} | {} | {} | {} |",
                family.key,
                md(&family.label),
                pooled.counts[f],
                pct(pooled.shares[f]),
                pct(mean.shares[f]),
                bar(pooled.shares[f])
            );
        }
        out.push('\n');
    }

    // Comparison.
    let r = &s.compare;
    let _ = writeln!(out, "## {}\n\n**{}**\n", md(w.comparison), md(&r.sentence));
    if !r.groups.is_empty() {
        let mut head = vec![md(w.group)];
        head.extend(
            r.family_keys
                .iter()
                .zip(&r.family_labels)
                .map(|(k, l)| format!("{k} {}", md(l))),
        );
        table_head(&mut out, &head, 1);
        for (g, group) in r.groups.iter().enumerate() {
            let mut row = vec![md(group)];
            for f in 0..r.families.len() {
                let mark = match r.notable(g, f) {
                    Some(true) => " **\\+**",
                    Some(false) => " **−**",
                    None => "",
                };
                row.push(format!(
                    "{} ({:.0} %){mark}",
                    r.counts[g][f],
                    r.shares[g][f] * 100.0
                ));
            }
            let _ = writeln!(out, "| {} |", row.join(" | "));
        }
        let _ = writeln!(out, "\n{}\n", md(w.more_less_legend));
    }
    if let Some(line) = s.test_line() {
        let _ = writeln!(out, "{}\n", md(&line));
    }
    if !r.left_out_groups.is_empty() {
        let _ = writeln!(
            out,
            "{}: {}\n",
            md(w.left_out_groups),
            md(&r.left_out_groups.join(", "))
        );
    }
    if !r.left_out_families.is_empty() {
        let _ = writeln!(
            out,
            "{}: {}\n",
            md(w.left_out_families),
            md(&r.left_out_family_labels.join(", "))
        );
    }
    if !r.distances.is_empty() {
        let _ = writeln!(out, "### {}\n", md(w.distance));
        table_head(&mut out, &[md(w.group), "JS".into()], 1);
        for d in &r.distances {
            let _ = writeln!(out, "| {} | {:.2} |", md(&d.group), d.jensen_shannon);
        }
        out.push('\n');
    }

    // Synthesis.
    let _ = writeln!(out, "## {}\n\n{}\n", md(w.synthesis), md(w.synthesis_intro));
    if s.synthesis.families.iter().all(|f| f.criteria.is_empty()) {
        let _ = writeln!(out, "{}\n", md(w.no_criteria));
    }
    for f in &s.synthesis.families {
        if f.criteria.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {}\n", md(&f.label));
        for (i, c) in f.criteria.iter().enumerate() {
            let _ = writeln!(
                out,
                "{}. **{}** · {} ({})",
                i + 1,
                md(&c.wording),
                c.count,
                md(&s.by_question(&c.by_question))
            );
            for n in &c.notes {
                let who = s.who(&n.session, &n.group, &s.question_label(&n.question));
                let _ = writeln!(out, "    - “{}” ({})", md(&n.text), md(&who));
            }
        }
        out.push('\n');
        if f.not_merged > 0 {
            let _ = writeln!(
                out,
                "{}\n",
                md(&w.not_merged.replace("{n}", &f.not_merged.to_string()))
            );
        }
    }

    // Uncoded notes.
    let _ = writeln!(out, "## {}\n", md(w.uncoded_notes));
    if s.uncoded.is_empty() {
        let _ = writeln!(out, "{}\n", md(w.no_uncoded));
    }
    for n in &s.uncoded {
        let who = s.who(&n.session, &n.group, &n.question);
        let _ = writeln!(out, "- “{}” ({})", md(&n.text), md(&who));
    }
    if !s.uncoded.is_empty() {
        out.push('\n');
    }
    let date = now.strftime("%Y-%m-%d").to_string();
    let _ = writeln!(
        out,
        "---\n\n{} {}: {}.",
        md(&w.made_with.replace("{date}", &date)),
        md(w.framework),
        md(&s.framework.id)
    );
    out
}

/// `| a | b |` and its rule: the first `text_cols` columns left-aligned,
/// the numbers after them right-aligned.
fn table_head(out: &mut String, head: &[String], text_cols: usize) {
    let _ = writeln!(out, "| {} |", head.join(" | "));
    let rule: Vec<&str> = (0..head.len())
        .map(|i| if i < text_cols { "---" } else { "---:" })
        .collect();
    let _ = writeln!(out, "|{}|", rule.join("|"));
}

fn family_table(s: &Summary, questions: &[QuestionCounts], out: &mut String) {
    let w = s.words;
    let mut head = vec![md(w.family)];
    for q in questions {
        head.push(md(&s.questions_label(&q.question)));
    }
    head.push(String::new());
    table_head(out, &head, 1);
    for (f, family) in s.profile.families.iter().enumerate() {
        let mut row = vec![format!("{} {}", family.key, md(&family.label))];
        for q in questions {
            row.push(format!("{} ({})", q.counts[f], pct(q.shares[f])));
        }
        row.push(bar(questions[0].shares[f]));
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
    let mut coded = vec![format!("**{}**", md(w.coded))];
    coded.extend(questions.iter().map(|q| q.coded.to_string()));
    coded.push(String::new());
    let _ = writeln!(out, "| {} |", coded.join(" | "));
    let mut uncoded = vec![md(w.uncoded)];
    uncoded.extend(questions.iter().map(|q| q.uncoded.to_string()));
    uncoded.push(String::new());
    let _ = writeln!(out, "| {} |\n", uncoded.join(" | "));
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_and_line_breaks_are_escaped() {
        assert_eq!(super::md("a\nb|c <b> *x*"), "a b\\|c &lt;b&gt; \\*x\\*");
    }
}
