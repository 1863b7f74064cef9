//! The summary page for the local support group: one self-contained HTML
//! file (inline CSS, inline SVG charts, no script, no request to anywhere),
//! in the chosen language, that prints on A4. It walks the summary's one
//! list of sections ([`SECTIONS`]): the findings on the first page, every
//! citizen's words, then the details for coordinators. Every text from a
//! session is escaped.

mod chart;
mod details;
mod findings;
mod said;

use std::fmt::Write;

use quick_xml::escape::escape;

use super::summary::{SECTIONS, Section, Summary};

const STYLE: &str = include_str!("style.css");

/// Session text for the page: escaped, and without what would act on a
/// reader's terminal or reorder the text (control and bidi characters).
fn esc(s: &str) -> String {
    escape(crate::text::printable(s).as_ref()).into_owned()
}

/// A family's key in a box, which reads in black and white, with its
/// colour as a left border.
fn key(key: Option<u8>) -> String {
    match key {
        Some(k) => format!(
            "<span class=\"key\" style=\"border-left: .4em solid {}\">{k}</span>",
            super::family_rgb(k)
        ),
        None => "<span class=\"key\">?</span>".into(),
    }
}

/// A cell of a groups × families table: its style attribute (or none),
/// then two lines, the group's mark after the first.
struct Cell {
    style: String,
    first: String,
    second: String,
}

/// The compared groups × families, a row per group (`class`: the
/// table's), each cell from `cell`; a cell is marked + / − (and bold or
/// italic) where the group differs from the others (with `marks`).
fn groups_table(
    s: &Summary,
    out: &mut String,
    class: &str,
    marks: bool,
    cell: impl Fn(usize, usize) -> Cell,
) {
    let r = &s.compare;
    let _ = write!(
        out,
        "<table class=\"{class}\"><thead><tr><th>{}</th>",
        esc(s.words.group)
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
            let (mark_class, mark) = match r.notable(g, f).filter(|_| marks) {
                Some(true) => (" more", " +"),
                Some(false) => (" less", " −"),
                None => ("", ""),
            };
            let Cell {
                style,
                first,
                second,
            } = cell(g, f);
            let _ = write!(
                out,
                "<td class=\"n{mark_class}\"{style}>{first}{mark}<br>{second}</td>"
            );
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table>\n");
}

/// The whole page.
pub fn page(s: &Summary, now: jiff::Timestamp) -> String {
    let w = s.words;
    let mut out = String::with_capacity(96 * 1024);
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
    let _ = writeln!(
        out,
        "<header><h1>{} · {}</h1></header>",
        esc(w.summary),
        esc(&title)
    );
    nav(s, &mut out);
    for section in SECTIONS {
        match section {
            Section::Findings => findings::findings(s, &mut out),
            Section::Said => said::said(s, &mut out),
            Section::Details => details::heading(s, &mut out),
            Section::Profiles => details::profiles(s, &mut out),
            Section::Aggregate => details::aggregate(s, &mut out),
            Section::Comparison => details::comparison(s, &mut out),
            Section::Method => details::method(s, &mut out),
            Section::Uncoded => details::uncoded(s, &mut out),
        }
    }
    let date = now.strftime("%Y-%m-%d").to_string();
    let _ = write!(
        out,
        "<footer>{}</footer>\n</body>\n</html>\n",
        esc(&w.made_with.replace("{date}", &date)),
    );
    out
}

/// The contents, on screen only (a printed page has its own order).
fn nav(s: &Summary, out: &mut String) {
    let _ = write!(out, "<nav><h2>{}</h2><ol>", esc(s.words.contents));
    let link = |section: Section| {
        format!(
            "<a href=\"#{}\">{}</a>",
            section.id(),
            esc(section.title(s.words))
        )
    };
    for section in SECTIONS.into_iter().filter(|x| !x.is_detail()) {
        let _ = write!(out, "<li>{}", link(section));
        if section == Section::Details {
            out.push_str("<ol>");
            for detail in SECTIONS.into_iter().filter(|x| x.is_detail()) {
                let _ = write!(out, "<li>{}</li>", link(detail));
            }
            out.push_str("</ol>");
        }
        out.push_str("</li>");
    }
    out.push_str("</ol></nav>\n");
}
