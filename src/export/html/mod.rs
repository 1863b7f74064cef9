//! The summary page for the local support group: one self-contained HTML
//! file (inline CSS, inline SVG charts, no script, no request to anywhere),
//! in the chosen language, that prints on A4. It writes the summary's
//! [`Document`] block by block: the findings on the first page, every
//! citizen's words, then the details for coordinators, each section with
//! its anchor (the contents link to them), the charts drawn (`chart.rs`),
//! the tables in `table.rs`, the print rules in `style.css`. Every text
//! from a session is escaped.

mod chart;
mod table;

use std::fmt::Write;

use quick_xml::escape::escape;

use super::summary::document::{Block, BoxKind, Document, Heading, Inline, ListKind, Part, Tone};
use super::summary::{Section, Summary};

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

/// The whole page.
pub fn page(s: &Summary, now: jiff::Timestamp) -> String {
    render(&Document::new(s, now))
}

/// The page of a document.
pub fn render(doc: &Document) -> String {
    let mut out = String::with_capacity(96 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        doc.lang,
        esc(&doc.title)
    );
    let _ = writeln!(out, "<header><h1>{}</h1></header>", esc(&doc.title));
    nav(doc, &mut out);
    for part in &doc.parts {
        self::part(part, &mut out);
    }
    let _ = write!(
        out,
        "<footer>{}</footer>\n</body>\n</html>\n",
        esc(&doc.footer),
    );
    out
}

/// The contents, on screen only (a printed page has its own order).
fn nav(doc: &Document, out: &mut String) {
    let _ = write!(out, "<nav><h2>{}</h2><ol>", esc(&doc.contents));
    let link = |part: &Part| {
        format!(
            "<a href=\"#{}\">{}</a>",
            part.section.id(),
            esc(&part.title)
        )
    };
    for part in doc.parts.iter().filter(|p| !p.section.is_detail()) {
        let _ = write!(out, "<li>{}", link(part));
        if part.section == Section::Details {
            out.push_str("<ol>");
            for detail in doc.parts.iter().filter(|p| p.section.is_detail()) {
                let _ = write!(out, "<li>{}</li>", link(detail));
            }
            out.push_str("</ol>");
        }
        out.push_str("</li>");
    }
    out.push_str("</ol></nav>\n");
}

/// A section, with its anchor; the details' heading, which only
/// introduces the parts after it, closes on its introduction's line.
fn part(part: &Part, out: &mut String) {
    let _ = write!(out, "<section id=\"{}\">", part.section.id());
    match &part.heading {
        Some(h) => heading(h, out),
        None => out.push('\n'),
    }
    blocks(&part.blocks, out);
    if part.section == Section::Details {
        close_on_line(out);
    }
    out.push_str("</section>\n");
}

/// What follows closes on the last line written.
fn close_on_line(out: &mut String) {
    if out.ends_with('\n') {
        out.pop();
    }
}

fn blocks(blocks: &[Block], out: &mut String) {
    for block in blocks {
        match block {
            Block::Heading(h) => heading(h, out),
            Block::Paragraph(p) => {
                let _ = writeln!(out, "<p{}>{}</p>", tone(p.tone), inlines(&p.text));
            }
            Block::Facts(t, facts) => {
                let said: Vec<String> = facts
                    .iter()
                    .map(|f| inlines(f))
                    .filter(|f| !f.is_empty())
                    .collect();
                if !said.is_empty() {
                    let _ = writeln!(out, "<p{}>{}</p>", tone(*t), said.join(" · "));
                }
            }
            Block::List(list) => {
                let class = match list.kind {
                    ListKind::Met => "met",
                    ListKind::Top => "top",
                    ListKind::Differences => "differences",
                    ListKind::Words => "words",
                    ListKind::Items => "items",
                };
                let _ = writeln!(out, "<ul class=\"{class}\">");
                for item in &list.items {
                    let _ = writeln!(out, "<li>{}</li>", inlines(item));
                }
                out.push_str("</ul>\n");
            }
            Block::Table(t) => table::table(t, out),
            Block::Chart(c) => out.push_str(&chart::bar_chart(c)),
            Block::Boxed(kind, inside) => boxed(*kind, inside, out),
        }
    }
}

/// A box of blocks; a finding and a criterion's notes close on their
/// last line.
fn boxed(kind: BoxKind, inside: &[Block], out: &mut String) {
    let (tag, class, on_line) = match kind {
        BoxKind::Finding => ("div", "finding", true),
        BoxKind::Family => ("div", "family", false),
        BoxKind::Criterion => ("div", "criterion", true),
        BoxKind::Unmerged => ("div", "unmerged", true),
        BoxKind::Group => ("article", "group", false),
        BoxKind::Action => ("article", "action", false),
    };
    let _ = write!(out, "<{tag} class=\"{class}\">");
    blocks(inside, out);
    if on_line {
        close_on_line(out);
    }
    let _ = writeln!(out, "</{tag}>");
}

fn heading(h: &Heading, out: &mut String) {
    let _ = write!(out, "<h{}>", h.level);
    if let Some(k) = h.key {
        out.push_str(&key(k));
    }
    out.push_str(&esc(&h.text));
    if let Some(prompt) = &h.prompt {
        let _ = write!(out, " <span class=\"prompt\">{}</span>", esc(prompt));
    }
    if let Some(count) = &h.count {
        let _ = write!(out, " <span class=\"who\">· {}</span>", esc(count));
    }
    if let Some(detail) = &h.detail {
        let _ = write!(out, " <span class=\"prompt\">· {}</span>", esc(detail));
    }
    let _ = writeln!(out, "</h{}>", h.level);
}

fn tone(tone: Tone) -> &'static str {
    match tone {
        Tone::Plain => "",
        Tone::Small => " class=\"small\"",
        Tone::Quiet => " class=\"small quiet\"",
        Tone::Meta => " class=\"meta\"",
    }
}

fn inlines(text: &[Inline]) -> String {
    let mut out = String::new();
    for inline in text {
        match inline {
            Inline::Text(t) | Inline::Drawn(t) => out.push_str(&esc(t)),
            Inline::Punct(p) => out.push_str(p),
            Inline::Strong(t) => {
                let _ = write!(out, "<strong>{}</strong>", esc(t));
            }
            Inline::Key(k) => out.push_str(&key(*k)),
            Inline::Share(t) => {
                let _ = write!(out, "<span class=\"share\">{}</span>", esc(t));
            }
            Inline::Who(t) => {
                let _ = write!(out, "<span class=\"who\">({})</span>", esc(t));
            }
            Inline::Aside(t) => {
                let _ = write!(out, "({})", esc(t));
            }
            Inline::Quote { text, who } => {
                let _ = write!(
                    out,
                    "<q>{}</q> <span class=\"who\">({})</span>",
                    esc(text),
                    esc(who)
                );
            }
            Inline::Break => out.push_str("<br>"),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_document_is_written_as_a_page_with_its_anchors_and_charts() {
        let page = super::render(&crate::export::summary::document::sample());
        let body = &page[page.find("<nav>").unwrap()..];
        assert!(
            body.starts_with(
                "<nav><h2>Contents</h2><ol></ol></nav>\n\
                 <section id=\"profiles\"><h3>Profiles <span class=\"who\">· 4 notes</span></h3>\n\
                 <article class=\"group\"><p class=\"small quiet\">Participants: 5 · Coded: 4</p>\n\
                 <figure><svg class=\"chart\""
            ),
            "{body}"
        );
        assert!(
            body.contains(
                "<table><thead><tr><th>Family</th><th class=\"n\" colspan=\"2\">All</th></tr></thead><tbody>\n\
                 <tr><td><span class=\"key\" style=\"border-left: .4em solid #E69F00\">1</span>Work</td>\
                 <td class=\"n\">3</td><td class=\"n\">75 %</td></tr>\n\
                 <tr><th>Coded</th><th class=\"n\">4</th><th></th></tr></tbody></table>\n\
                 <ul class=\"words\">\n<li><q>a &lt;job&gt;</q> <span class=\"who\">(Unga)</span></li>\n</ul>\n\
                 </article>\n</section>\n<footer>Made with spiral</footer>"
            ),
            "{body}"
        );
    }
}
