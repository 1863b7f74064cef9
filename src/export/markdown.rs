//! The summary as Markdown (CommonMark with GitHub's pipe tables), for an
//! e-mail or a wiki: it walks the same list of sections as the HTML page
//! ([`SECTIONS`]), the charts as tables. Text from a session is escaped,
//! so a note is shown as written and never read as markup.

use std::fmt::Write;

use super::summary::{Differences, SECTIONS, Said, Section, Summary, capital};
use crate::profile::QuestionCounts;
use crate::profile::fill;

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

/// A text bar of `share` over 20 cells, for tables read as plain text.
fn bar(share: Option<f64>) -> String {
    let n = (share.unwrap_or(0.0) * 20.0).round() as usize;
    "█".repeat(n)
}

pub fn page(s: &Summary, now: jiff::Timestamp) -> String {
    let w = s.words;
    let mut out = String::new();
    let _ = writeln!(out, "# {} · {}\n", md(w.summary), md(&s.title()));
    for section in SECTIONS {
        match section {
            Section::Findings => findings(s, &mut out),
            Section::Said => said(s, &mut out),
            Section::Details => {
                let _ = writeln!(
                    out,
                    "## {}\n\n{}\n",
                    md(Section::Details.title(w)),
                    md(w.details_intro)
                );
            }
            Section::Profiles => profiles(s, &mut out),
            Section::Aggregate => aggregate(s, &mut out),
            Section::Comparison => comparison(s, &mut out),
            Section::Method => method(s, &mut out),
            Section::Uncoded => uncoded(s, &mut out),
        }
    }
    let date = now.strftime("%Y-%m-%d").to_string();
    let _ = writeln!(out, "---\n\n{}", md(&w.made_with.replace("{date}", &date)));
    out
}

fn findings(s: &Summary, out: &mut String) {
    let w = s.words;
    let colon = w.colon;
    for (_, session) in s.sessions {
        let parts: Vec<String> = s
            .meta(session)
            .into_iter()
            .map(|(label, value)| match label {
                None => format!("**{}**", md(&value)),
                Some(label) => format!("{}{colon}{}", md(label), md(&value)),
            })
            .collect();
        if !parts.is_empty() {
            let _ = writeln!(out, "{}\n", parts.join(" · "));
        }
    }
    let (groups, people, unknown, notes) = s.met();
    let _ = writeln!(
        out,
        "## {}\n\n{}{colon}{groups} · {}{colon}{}{} · {}{colon}{}\n",
        md(w.who_met),
        md(&capital(w.groups_word)),
        md(w.participants),
        md(&s.lang.count(u64::from(people))),
        if unknown { " \\+ ?" } else { "" },
        md(w.notes),
        md(&s.lang.count(notes))
    );
    for (_, session) in s.sessions {
        for g in &session.groups {
            let count = session.notes.iter().filter(|n| n.group == g.id).count();
            let _ = writeln!(
                out,
                "- **{}** ({}{colon}{} · {}{colon}{count})",
                md(&s.group_name(session, &g.id)),
                md(w.participants),
                g.participants.map_or(md(w.not_known), |p| p.to_string()),
                md(w.notes)
            );
        }
    }
    let _ = writeln!(
        out,
        "\n## {}\n\n{}\n",
        md(Section::Findings.title(w)),
        md(w.named_most_intro)
    );
    for q in &s.findings {
        let mut heading = format!("### {}", md(&q.label));
        if !q.prompt.is_empty() {
            heading.push_str(&format!(": {}", md(&q.prompt)));
        }
        let _ = writeln!(
            out,
            "{heading}\n\n{}\n",
            md(&w.coded_notes.replace("{n}", &s.lang.count(q.coded)))
        );
        if q.top.is_empty() {
            let _ = writeln!(out, "{}\n", md(w.no_coded_yet));
            continue;
        }
        for t in &q.top {
            let quotes = t
                .quotes
                .iter()
                .map(|x| {
                    format!(
                        "{}{}{} ({})",
                        w.quotes.0,
                        md(&x.text),
                        w.quotes.1,
                        md(&x.who)
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            let _ = writeln!(
                out,
                "- {} **{}** {} ({}): {quotes}",
                t.key,
                md(&t.label),
                md(&s.pct(Some(t.share))),
                md(&s.notes_n(t.count))
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "## {}\n", md(w.differ));
    let said = s.differences_in_words();
    for line in &said.listed {
        let _ = writeln!(out, "- {}", md(line));
    }
    if !said.listed.is_empty() {
        out.push('\n');
    }
    for text in said.sentence.iter().chain(&said.notes) {
        let _ = writeln!(out, "{}\n", md(text));
    }
    let r = &s.compare;
    if r.groups.is_empty() {
        return;
    }
    let marks = matches!(s.differences, Differences::Found { .. });
    let _ = writeln!(out, "## {}\n", md(w.overview));
    groups_table(s, out, marks, |count, share| format!("{share} ({count})"));
    let _ = writeln!(
        out,
        "\n{}{}\n",
        md(w.overview_caption),
        if marks {
            format!(" {}", md(w.overview_marks))
        } else {
            String::new()
        }
    );
}

fn said(s: &Summary, out: &mut String) {
    let w = s.words;
    let colon = w.colon;
    let _ = writeln!(
        out,
        "## {}\n\n{}\n",
        md(Section::Said.title(w)),
        md(w.said_intro)
    );
    if s.said.is_empty() {
        let _ = writeln!(out, "{}\n", md(w.no_coded_yet));
    }
    for f in &s.said {
        let key = f.key.map_or("?".to_string(), |k| k.to_string());
        let _ = writeln!(
            out,
            "### {key} {} · {}\n",
            md(&f.label),
            md(&s.notes_n(f.count))
        );
        for c in &f.criteria {
            let heading = format!("{}{colon}{}", md(w.criterion), md(&c.wording));
            notes(s, out, &heading, &c.notes, true);
        }
        for q in &f.unmerged {
            let heading = if f.criteria.is_empty() {
                md(&q.question)
            } else {
                md(&format!("{} · {}", w.in_no_criterion, q.question))
            };
            notes(s, out, &heading, &q.notes, false);
        }
    }
}

/// Notes under their heading (`heading`: Markdown), with their count;
/// each with its group, and its question `with_question`.
fn notes(s: &Summary, out: &mut String, heading: &str, notes: &[Said], with_question: bool) {
    let _ = writeln!(
        out,
        "#### {heading} · {}\n",
        md(&s.notes_n(notes.len() as u64))
    );
    for n in notes {
        let who = if with_question {
            format!("{}, {}", n.group, n.question)
        } else {
            n.group.clone()
        };
        let (open, close) = s.words.quotes;
        let _ = writeln!(out, "- {open}{}{close} ({})", md(&n.text), md(&who));
    }
    out.push('\n');
}

fn profiles(s: &Summary, out: &mut String) {
    let w = s.words;
    let colon = w.colon;
    let _ = writeln!(
        out,
        "### {}\n\n{}\n",
        md(Section::Profiles.title(w)),
        md(w.profiles_intro)
    );
    for ((_, session), report) in s.sessions.iter().zip(&s.profile.sessions) {
        for (group, g) in session.groups.iter().zip(&report.groups) {
            let _ = writeln!(out, "#### {}\n", md(&s.group_name(session, &group.id)));
            let mut facts = Vec::new();
            if let Some(p) = g.participants {
                facts.push(format!("{}{colon}{p}", md(w.participants)));
            }
            if !group.description.is_empty() {
                facts.push(md(&group.description));
            }
            if !facts.is_empty() {
                let _ = writeln!(out, "{}\n", facts.join(" · "));
            }
            family_table(s, &g.questions, out);
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
}

fn aggregate(s: &Summary, out: &mut String) {
    let w = s.words;
    let _ = writeln!(out, "### {}\n", md(Section::Aggregate.title(w)));
    let agg = s
        .profile
        .all_sessions
        .as_ref()
        .or(s.profile.sessions.first().map(|r| &r.aggregate));
    let Some(agg) = agg else {
        return;
    };
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
    table_head(out, &head, 1);
    for (f, family) in s.profile.families.iter().enumerate() {
        let _ = writeln!(
            out,
            "| {} {} | {} | {} | {} | {} |",
            family.key,
            md(&family.label),
            pooled.counts[f],
            md(&s.pct(pooled.shares[f])),
            md(&s.pct(mean.shares[f])),
            bar(pooled.shares[f])
        );
    }
    out.push('\n');
    family_table(s, &agg.pooled, out);
}

fn comparison(s: &Summary, out: &mut String) {
    let w = s.words;
    let r = &s.compare;
    let _ = writeln!(
        out,
        "### {}\n\n**{}**\n",
        md(Section::Comparison.title(w)),
        md(&r.sentence)
    );
    if !r.groups.is_empty() {
        groups_table(s, out, true, |count, share| format!("{count} ({share})"));
        let _ = writeln!(
            out,
            "\n{} {}\n",
            md(&w.more_less_legend.replace("{mark}", &s.mark())),
            md(&w.residual_explained.replace("{mark}", &s.mark()))
        );
    }
    if let Some(line) = s.test_line() {
        let _ = writeln!(
            out,
            "{} {}\n",
            md(&line),
            md(&w
                .test_explained
                .replace("{limit}", &s.lang.decimal(0.05, 2)))
        );
    }
    if !r.distances.is_empty() {
        table_head(out, &[md(w.distance), String::new()], 1);
        for d in &r.distances {
            let _ = writeln!(
                out,
                "| {} | {} |",
                md(&d.group),
                md(&s.lang.decimal(d.jensen_shannon, 2))
            );
        }
        out.push('\n');
    }
}

fn method(s: &Summary, out: &mut String) {
    let w = s.words;
    let colon = w.colon;
    let r = &s.compare;
    let _ = writeln!(
        out,
        "### {}\n\n{} {}\n",
        md(Section::Method.title(w)),
        md(&fill(
            w.framework_line,
            &[
                ("id", s.framework.id.clone()),
                ("n", s.framework.families.len().to_string())
            ]
        )),
        md(w.counting)
    );
    let mut left = Vec::new();
    if !r.left_out_groups.is_empty() {
        left.push(format!(
            "{}{colon}{}.",
            md(w.left_out_groups),
            md(&r.left_out_groups.join(", "))
        ));
    }
    if !r.left_out_families.is_empty() {
        left.push(format!(
            "{}{colon}{}.",
            md(w.left_out_families),
            md(&r.left_out_family_labels.join(", "))
        ));
    }
    if !left.is_empty() {
        let _ = writeln!(out, "{} {}\n", left.join(" "), md(w.left_out_why));
    }
}

fn uncoded(s: &Summary, out: &mut String) {
    let w = s.words;
    let _ = writeln!(out, "### {}\n", md(Section::Uncoded.title(w)));
    if s.uncoded.is_empty() {
        let _ = writeln!(out, "{}\n", md(w.no_uncoded));
        return;
    }
    for n in &s.uncoded {
        let who = s.who(&n.session, &n.group, &n.question);
        let (open, close) = s.words.quotes;
        let _ = writeln!(out, "- {open}{}{close} ({})", md(&n.text), md(&who));
    }
    out.push('\n');
}

/// The compared groups × families, a row per group: `cell` writes a
/// cell from its count and share; a cell is marked + / − where the group
/// differs from the others (with `marks`).
fn groups_table(s: &Summary, out: &mut String, marks: bool, cell: impl Fn(u64, &str) -> String) {
    let r = &s.compare;
    let mut head = vec![md(s.words.group)];
    head.extend(
        r.family_keys
            .iter()
            .zip(&r.family_shorts)
            .map(|(k, l)| format!("{k} {}", md(l))),
    );
    table_head(out, &head, 1);
    for (g, group) in r.groups.iter().enumerate() {
        let mut row = vec![md(group)];
        for f in 0..r.families.len() {
            let mark = match r.notable(g, f).filter(|_| marks) {
                Some(true) => " **\\+**",
                Some(false) => " **−**",
                None => "",
            };
            let share = md(&s.lang.percent(r.shares[g][f]));
            row.push(format!("{}{mark}", cell(r.counts[g][f], &share)));
        }
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
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
            row.push(format!("{} ({})", q.counts[f], md(&s.pct(q.shares[f]))));
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
