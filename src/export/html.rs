//! The summary page for the local support group: one self-contained HTML
//! file (inline CSS, inline SVG charts, no script, no request to anywhere),
//! in the chosen language, that prints on A4 (each group on its own page,
//! readable in black and white: every bar carries its number, and bars
//! have a dark outline). Every text from a session is escaped.
//!
//! Longer than most files: one format, one file; its CSS and each of its
//! sections (who met, profiles, the comparison, the synthesis) follow the
//! page from top to bottom.

use std::fmt::Write;

use quick_xml::escape::escape;

use super::family_rgb;
use super::summary::Summary;
use crate::profile::{CompareReport, FamilyInfo, QuestionCounts};

const STYLE: &str = r#"
:root { --ink: #1a1a1a; --soft: #555; --line: #bbb; --paper: #fff; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--ink);
       background: var(--paper); max-width: 60rem; margin: 0 auto; padding: 1.5rem; line-height: 1.45; }
h1 { font-size: 1.9rem; margin: 0 0 .3rem; }
h2 { font-size: 1.45rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.15rem; margin: 1.4rem 0 .4rem; }
.meta, .note-small, figcaption { color: var(--soft); }
nav ol { columns: 2; }
table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .92rem; break-inside: avoid; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
thead th { background: #eee; }
.more { font-weight: bold; }
.less { font-style: italic; }
.swatch { display: inline-block; width: .8em; height: .8em; border: 1px solid #000; margin-right: .35em; vertical-align: -.05em; }
svg.chart { width: 100%; max-width: 44rem; height: auto; display: block; }
svg.chart text { font-size: 12px; fill: #1a1a1a; font-family: inherit; }
svg.chart .bar { stroke: #000; stroke-width: .7; }
svg.chart .axis { stroke: #888; stroke-width: .5; }
ol.criteria > li { margin-bottom: .7rem; }
ul.words { list-style: none; padding-left: 1rem; margin: .2rem 0; }
ul.words li { margin: .1rem 0; }
ul.words li::before { content: "“"; }
ul.words li .words-end::after { content: "”"; }
.who { color: var(--soft); font-size: .85rem; }
footer { margin-top: 3rem; color: var(--soft); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .5rem; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  h2 { break-before: page; }
  article.group { break-before: page; }
  h2 + article.group, h2 + p + article.group { break-before: avoid; }
  h2, h3 { break-after: avoid; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"#;

/// Session text for the page: escaped, and without what would act on a
/// reader's terminal or reorder the text (control and bidi characters).
fn esc(s: &str) -> String {
    escape(crate::text::printable(s).as_ref()).into_owned()
}

fn pct(share: Option<f64>) -> String {
    share.map_or("–".into(), |s| format!("{:.0} %", s * 100.0))
}

/// The whole page.
pub fn page(s: &Summary, now: jiff::Timestamp) -> String {
    let w = s.words;
    let mut out = String::with_capacity(64 * 1024);
    let title = s.title();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} · {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        w.code,
        esc(w.summary),
        esc(&title)
    );
    header(s, &mut out);
    let _ = writeln!(
        out,
        "<nav><h2>{}</h2><ol><li><a href=\"#who\">{}</a></li><li><a href=\"#profiles\">{}</a></li>\
         <li><a href=\"#aggregate\">{}</a></li><li><a href=\"#comparison\">{}</a></li>\
         <li><a href=\"#synthesis\">{}</a></li><li><a href=\"#uncoded\">{}</a></li></ol></nav>",
        esc(w.contents),
        esc(w.who_met),
        esc(w.profiles),
        esc(w.aggregate),
        esc(w.comparison),
        esc(w.synthesis),
        esc(w.uncoded_notes)
    );
    who_met(s, &mut out);
    profiles(s, &mut out);
    aggregate(s, &mut out);
    comparison(s, &mut out);
    synthesis(s, &mut out);
    uncoded(s, &mut out);
    let date = now.strftime("%Y-%m-%d").to_string();
    let _ = write!(
        out,
        "<footer>{} {}: {}.</footer>\n</body>\n</html>\n",
        esc(&w.made_with.replace("{date}", &date)),
        esc(w.framework),
        esc(&s.framework.id)
    );
    out
}

fn header(s: &Summary, out: &mut String) {
    let w = s.words;
    let _ = writeln!(
        out,
        "<header><h1>{} · {}</h1>",
        esc(w.summary),
        esc(&s.title())
    );
    for (_, session) in s.sessions {
        let mut parts = Vec::new();
        if s.sessions.len() > 1 {
            parts.push(format!("<strong>{}</strong>", esc(&session.title)));
        }
        if !session.place.is_empty() {
            parts.push(format!("{}: {}", esc(w.place), esc(&session.place)));
        }
        if let Some(d) = session.date {
            parts.push(format!("{}: {d}", esc(w.date)));
        }
        if !session.facilitators.is_empty() {
            parts.push(format!(
                "{}: {}",
                esc(w.facilitators),
                esc(&session.facilitators.join(", "))
            ));
        }
        let _ = writeln!(out, "<p class=\"meta\">{}</p>", parts.join(" · "));
    }
    out.push_str("</header>\n");
}

fn who_met(s: &Summary, out: &mut String) {
    let w = s.words;
    let several = s.sessions.len() > 1;
    let _ = write!(
        out,
        "<section id=\"who\"><h2>{}</h2>\n<table><thead><tr>",
        esc(w.who_met)
    );
    if several {
        let _ = write!(out, "<th>{}</th>", esc(w.session));
    }
    let _ = writeln!(
        out,
        "<th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th>\
         <th class=\"n\">{}</th><th>{}</th></tr></thead><tbody>",
        esc(w.group),
        esc(w.participants),
        esc(w.notes),
        esc(w.coded),
        esc(w.uncoded),
        esc(w.description)
    );
    let (mut people, mut notes, mut coded, mut uncoded) = (0u32, 0u32, 0u32, 0u32);
    let mut people_unknown = false;
    for ((_, session), report) in s.sessions.iter().zip(&s.profile.sessions) {
        for (g, gr) in session.groups.iter().zip(&report.groups) {
            let all = &gr.questions[0];
            let total = all.coded + all.uncoded + all.unknown_family;
            people += g.participants.unwrap_or(0);
            people_unknown |= g.participants.is_none();
            notes += total;
            coded += all.coded + all.unknown_family;
            uncoded += all.uncoded;
            out.push_str("<tr>");
            if several {
                let _ = write!(out, "<td>{}</td>", esc(&session.title));
            }
            let _ = writeln!(
                out,
                "<td>{}</td><td class=\"n\">{}</td><td class=\"n\">{total}</td><td class=\"n\">{}</td>\
                 <td class=\"n\">{}</td><td>{}</td></tr>",
                esc(&g.name),
                g.participants.map_or(esc(w.not_known), |p| p.to_string()),
                all.coded + all.unknown_family,
                all.uncoded,
                esc(&g.description)
            );
        }
    }
    let _ = writeln!(
        out,
        "</tbody><tfoot><tr><th{}>{}</th><th class=\"n\">{people}{}</th><th class=\"n\">{notes}</th>\
         <th class=\"n\">{coded}</th><th class=\"n\">{uncoded}</th><th></th></tr></tfoot></table></section>",
        if several { " colspan=\"2\"" } else { "" },
        esc(w.total),
        // A group of unknown size: the total is at least this.
        if people_unknown { " + ?" } else { "" }
    );
}

/// One series of a chart: its name, a share per family, and the counts
/// when there are counts (a group mean has none).
type Series<'a> = (&'a str, Vec<Option<f64>>, Option<&'a [u32]>);

/// A horizontal bar chart: one bar per family (one per series and family
/// when there are several series), each with its number written beside it.
fn bar_chart(families: &[FamilyInfo], series: &[Series], scale: f64, caption: &str) -> String {
    // Room for the longest label at about 6.6 px a character.
    let longest = families
        .iter()
        .map(|f| f.label.chars().count() + 2)
        .max()
        .unwrap_or(10) as f64;
    let label_w = (longest * 6.6 + 12.0).clamp(120.0, 320.0);
    let bar_w = 330.0;
    let row_h = 20.0;
    let per_family = series.len() as f64;
    let block = row_h * per_family + 8.0;
    let legend_h = if series.len() > 1 { 22.0 } else { 0.0 };
    let height = families.len() as f64 * block + 10.0 + legend_h;
    let width = label_w + bar_w + 90.0;
    let mut svg = format!(
        "<figure><svg class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{}\" \
         xmlns=\"http://www.w3.org/2000/svg\">\n",
        esc(caption)
    );
    let _ = writeln!(
        svg,
        "<line class=\"axis\" x1=\"{label_w}\" y1=\"0\" x2=\"{label_w}\" y2=\"{}\"/>",
        height - legend_h
    );
    for (f, family) in families.iter().enumerate() {
        let y0 = f as f64 * block + 4.0;
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{} {}</text>",
            label_w - 6.0,
            y0 + row_h * per_family / 2.0 + 4.0,
            family.key,
            esc(&family.label)
        );
        for (k, (_, shares, counts)) in series.iter().enumerate() {
            let share = shares.get(f).copied().flatten();
            let y = y0 + k as f64 * row_h;
            // Every chart of the page has the same scale, so bars compare
            // across groups; the largest share of the page fills the width.
            let len = (share.unwrap_or(0.0) / scale).min(1.0) * bar_w;
            // The second series is hatched, so it reads apart from the
            // first in black and white too.
            let fill = if k == 0 {
                family_rgb(family.key)
            } else {
                "url(#hatch)"
            };
            let _ = writeln!(
                svg,
                "<rect class=\"bar\" data-family=\"{}\" x=\"{label_w}\" y=\"{y}\" width=\"{len:.1}\" \
                 height=\"{}\" fill=\"{fill}\"/>",
                esc(&family.id),
                row_h - 4.0
            );
            let value = match (counts, share) {
                (Some(c), Some(sh)) => format!("{} · {:.0} %", c[f], sh * 100.0),
                (None, Some(sh)) => format!("{:.0} %", sh * 100.0),
                _ => "–".into(),
            };
            let _ = writeln!(
                svg,
                "<text x=\"{}\" y=\"{}\">{}</text>",
                label_w + len + 5.0,
                y + row_h - 8.0,
                esc(&value)
            );
        }
    }
    if series.len() > 1 {
        let y = height - legend_h + 6.0;
        let _ = writeln!(
            svg,
            "<defs><pattern id=\"hatch\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" \
             patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"#fff\"/>\
             <line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#444\" stroke-width=\"2\"/></pattern></defs>"
        );
        let mut x = label_w;
        for (k, (name, _, _)) in series.iter().enumerate() {
            let fill = if k == 0 { "#777" } else { "url(#hatch)" };
            let _ = writeln!(
                svg,
                "<rect class=\"legend\" x=\"{x}\" y=\"{y}\" width=\"14\" height=\"12\" fill=\"{fill}\" stroke=\"#000\"/>\
                 <text x=\"{}\" y=\"{}\">{}</text>",
                x + 18.0,
                y + 10.0,
                esc(name)
            );
            x += 200.0;
        }
    }
    svg.push_str("</svg>");
    let _ = writeln!(svg, "<figcaption>{}</figcaption></figure>", esc(caption));
    svg
}

/// The page's chart scale: its largest share (of any group or of the
/// aggregate, all questions), rounded up to the next tenth.
fn scale(s: &Summary) -> f64 {
    let groups = s
        .profile
        .sessions
        .iter()
        .flat_map(|r| &r.groups)
        .flat_map(|g| g.questions[0].shares.iter());
    let aggregate = s
        .profile
        .sessions
        .iter()
        .map(|r| &r.aggregate)
        .chain(&s.profile.all_sessions)
        .flat_map(|a| {
            a.pooled[0]
                .shares
                .iter()
                .chain(a.group_mean[0].shares.iter())
        });
    let max = groups
        .chain(aggregate)
        .flatten()
        .fold(0.0f64, |a, b| a.max(*b));
    ((max * 10.0).ceil() / 10.0).clamp(0.1, 1.0)
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
            "<tr><td><span class=\"swatch\" style=\"background:{}\"></span>{} {}</td>",
            family_rgb(family.key),
            family.key,
            esc(&family.label)
        );
        for q in questions {
            let _ = write!(
                t,
                "<td class=\"n\">{}</td><td class=\"n\">{}</td>",
                q.counts[f],
                pct(q.shares[f])
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

fn profiles(s: &Summary, out: &mut String) {
    let w = s.words;
    let _ = write!(
        out,
        "<section id=\"profiles\"><h2>{}</h2>\n<p>{}</p>\n",
        esc(w.profiles),
        esc(w.profiles_intro)
    );
    for report in &s.profile.sessions {
        for g in &report.groups {
            let all = &g.questions[0];
            let title = if s.sessions.len() > 1 {
                format!("{} · {}", report.title, g.name)
            } else {
                g.name.clone()
            };
            let people = g
                .participants
                .map(|p| format!("{}: {p} · ", esc(w.participants)))
                .unwrap_or_default();
            let _ = write!(
                out,
                "<article class=\"group\"><h3>{}</h3>\n<p class=\"note-small\">{people}{}: {} · {}: {}</p>\n",
                esc(&title),
                esc(w.coded),
                all.coded + all.unknown_family,
                esc(w.uncoded),
                all.uncoded
            );
            out.push_str(&bar_chart(
                &s.profile.families,
                &[(w.all_questions, all.shares.clone(), Some(&all.counts))],
                scale(s),
                &format!("{} {}", w.chart_of, title),
            ));
            out.push_str(&family_table(s, &g.questions));
            if all.unknown_family > 0 {
                let _ = writeln!(
                    out,
                    "<p class=\"note-small\">{}</p>",
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

fn aggregate(s: &Summary, out: &mut String) {
    let w = s.words;
    let agg = s
        .profile
        .all_sessions
        .as_ref()
        .or(s.profile.sessions.first().map(|r| &r.aggregate));
    let _ = writeln!(
        out,
        "<section id=\"aggregate\"><h2>{}</h2>",
        esc(w.aggregate)
    );
    let Some(agg) = agg else {
        out.push_str("</section>\n");
        return;
    };
    let _ = writeln!(
        out,
        "<p><strong>{}</strong>: {}. <strong>{}</strong>: {}.</p>",
        esc(w.pooled),
        esc(w.pooled_explained),
        esc(w.group_mean),
        esc(w.group_mean_explained)
    );
    let pooled = &agg.pooled[0];
    let mean = &agg.group_mean[0];
    out.push_str(&bar_chart(
        &s.profile.families,
        &[
            (w.pooled, pooled.shares.clone(), Some(&pooled.counts)),
            (w.group_mean, mean.shares.clone(), None),
        ],
        scale(s),
        &format!("{} {}", w.chart_of, w.aggregate),
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
            "<tr><td><span class=\"swatch\" style=\"background:{}\"></span>{} {}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            family_rgb(family.key),
            family.key,
            esc(&family.label),
            pooled.counts[f],
            pct(pooled.shares[f]),
            pct(mean.shares[f])
        );
    }
    out.push_str("</tbody></table>\n");
    out.push_str(&family_table(s, &agg.pooled));
    out.push_str("</section>\n");
}

fn comparison(s: &Summary, out: &mut String) {
    let w = s.words;
    let r: &CompareReport = &s.compare;
    let _ = write!(
        out,
        "<section id=\"comparison\"><h2>{}</h2>\n<p class=\"sentence\"><strong>{}</strong></p>\n",
        esc(w.comparison),
        esc(&r.sentence)
    );
    if !r.groups.is_empty() {
        let _ = write!(
            out,
            "<table class=\"compare\"><thead><tr><th>{}</th>",
            esc(w.group)
        );
        for (key, label) in r.family_keys.iter().zip(&r.family_labels) {
            let _ = write!(out, "<th class=\"n\">{key} {}</th>", esc(label));
        }
        out.push_str("</tr></thead><tbody>\n");
        for (g, group) in r.groups.iter().enumerate() {
            let _ = write!(out, "<tr><td>{}</td>", esc(group));
            for f in 0..r.families.len() {
                let (class, mark) = match r.notable(g, f) {
                    Some(true) => (" more", " +"),
                    Some(false) => (" less", " −"),
                    None => ("", ""),
                };
                let _ = write!(
                    out,
                    "<td class=\"n{class}\">{} ({:.0} %){mark}</td>",
                    r.counts[g][f],
                    r.shares[g][f] * 100.0
                );
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody></table>\n");
        let _ = writeln!(
            out,
            "<p class=\"note-small\">{}</p>",
            esc(w.more_less_legend)
        );
    }
    if let Some(line) = s.test_line() {
        let _ = writeln!(out, "<p class=\"note-small\">{}</p>", esc(&line));
    }
    if !r.left_out_groups.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"note-small\">{}: {}.</p>",
            esc(w.left_out_groups),
            esc(&r.left_out_groups.join(", "))
        );
    }
    if !r.left_out_families.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"note-small\">{}: {}.</p>",
            esc(w.left_out_families),
            esc(&r.left_out_family_labels.join(", "))
        );
    }
    if !r.distances.is_empty() {
        let _ = write!(out, "<h3>{}</h3>\n<table><tbody>\n", esc(w.distance));
        for d in &r.distances {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td class=\"n\">{:.2}</td></tr>",
                esc(&d.group),
                d.jensen_shannon
            );
        }
        out.push_str("</tbody></table>\n");
    }
    out.push_str("</section>\n");
}

fn synthesis(s: &Summary, out: &mut String) {
    let w = s.words;
    let _ = write!(
        out,
        "<section id=\"synthesis\"><h2>{}</h2>\n<p>{}</p>\n",
        esc(w.synthesis),
        esc(w.synthesis_intro)
    );
    let any = s.synthesis.families.iter().any(|f| !f.criteria.is_empty());
    if !any {
        let _ = writeln!(out, "<p>{}</p>", esc(w.no_criteria));
    }
    for f in &s.synthesis.families {
        if f.criteria.is_empty() {
            continue;
        }
        let _ = write!(out, "<h3>{}</h3>\n<ol class=\"criteria\">\n", esc(&f.label));
        for c in &f.criteria {
            let _ = write!(
                out,
                "<li><strong>{}</strong> · {} <span class=\"who\">({})</span>\n<ul class=\"words\">\n",
                esc(&c.wording),
                c.count,
                esc(&s.by_question(&c.by_question))
            );
            for n in &c.notes {
                let who = s.who(&n.session, &n.group, &s.question_label(&n.question));
                let _ = writeln!(
                    out,
                    "<li><span class=\"words-end\">{}</span> <span class=\"who\">({})</span></li>",
                    esc(&n.text),
                    esc(&who)
                );
            }
            out.push_str("</ul></li>\n");
        }
        out.push_str("</ol>\n");
        if f.not_merged > 0 {
            let _ = writeln!(
                out,
                "<p class=\"note-small\">{}</p>",
                esc(&w.not_merged.replace("{n}", &f.not_merged.to_string()))
            );
        }
    }
    out.push_str("</section>\n");
}

fn uncoded(s: &Summary, out: &mut String) {
    let w = s.words;
    let _ = writeln!(
        out,
        "<section id=\"uncoded\"><h2>{}</h2>",
        esc(w.uncoded_notes)
    );
    if s.uncoded.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", esc(w.no_uncoded));
    } else {
        out.push_str("<ul class=\"words\">\n");
        for n in &s.uncoded {
            let who = s.who(&n.session, &n.group, &n.question);
            let _ = writeln!(
                out,
                "<li><span class=\"words-end\">{}</span> <span class=\"who\">({})</span></li>",
                esc(&n.text),
                esc(&who)
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}
