//! The key card as one A4 page of HTML: its style inline (`card.css`: the
//! system's fonts, no font, script or link fetched), the sections in two
//! columns, the families in a grid under them, each family's key in a box
//! with its colour (the summary's, `export::family_rgb`). Every text is
//! escaped: a family's label can come from a user's framework file, a key's
//! name from a keymap file.

use std::fmt::Write;

use quick_xml::escape::escape;

use super::{Card, Line, Section};

const STYLE: &str = include_str!("card.css");

/// Text for the page: escaped, and without what would act on a terminal
/// or reorder the text (control and bidi characters).
fn esc(s: &str) -> String {
    escape(crate::text::printable(s).as_ref()).into_owned()
}

/// The whole page.
pub fn page(card: &Card) -> String {
    let mut out = String::with_capacity(16 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <header><h1>{}</h1><p class=\"whose\">{}</p></header>\n<main class=\"keys\">\n",
        card.lang.code(),
        esc(&card.title),
        esc(&card.title),
        esc(&card.whose)
    );
    for s in &card.sections {
        section(s, &mut out);
    }
    let _ = writeln!(
        out,
        "</main>\n<section class=\"families\">\n<h2>{}</h2>\n<ol>",
        esc(&card.families_title)
    );
    for f in &card.families {
        let _ = writeln!(
            out,
            "<li><span class=\"family\" style=\"border-left-color: {}\">{}</span>\
             <span><b>{}</b> {}</span></li>",
            crate::export::family_rgb(f.key),
            f.key,
            esc(&f.label),
            esc(&f.description)
        );
    }
    let help: Vec<String> = card
        .more_keys
        .iter()
        .map(|k| format!("<kbd>{}</kbd>", esc(k)))
        .collect();
    let _ = write!(
        out,
        "</ol>\n</section>\n<footer>{} {}</footer>\n</body>\n</html>\n",
        esc(&card.more),
        help.join(" ")
    );
    out
}

/// A section: its heading, its sentence, its keys as a table (a smaller
/// heading inside closes one table and opens the next).
fn section(s: &Section, out: &mut String) {
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", esc(&s.heading));
    if let Some(intro) = &s.intro {
        let _ = writeln!(out, "<p>{}</p>", esc(intro));
    }
    out.push_str("<table>\n");
    for line in &s.lines {
        match line {
            Line::Keys { keys, says } => {
                // Two bindings on a line break between them, not inside.
                let apart = if keys.len() > 1 { " class=\"one\"" } else { "" };
                let keys: Vec<String> = keys
                    .iter()
                    .map(|one| {
                        let one: Vec<String> = one
                            .iter()
                            .map(|k| format!("<kbd>{}</kbd>", esc(k)))
                            .collect();
                        format!("<span{apart}>{}</span>", one.join(" "))
                    })
                    .collect();
                let _ = writeln!(
                    out,
                    "<tr><th>{}</th><td>{}</td></tr>",
                    keys.join(" / "),
                    esc(says)
                );
            }
            Line::Sub(title) => {
                let _ = writeln!(out, "</table>\n<h3>{}</h3>\n<table>", esc(title));
            }
        }
    }
    out.push_str("</table>\n</section>\n");
}
