//! The summary as Markdown (CommonMark with GitHub's pipe tables), for an
//! e-mail or a wiki: it writes the summary's [`Document`] block by block,
//! as the HTML page does, leaving out what only a drawn page shows (the
//! charts: their bars are a column of the tables). Text from a session is
//! escaped, so a note is shown as written and never read as markup.

use std::fmt::Write;

use super::summary::Summary;
use super::summary::document::{Block, Cell, ColumnKind, Document, Heading, Inline, Table};
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
    render(&Document::new(s, now))
}

/// The Markdown of a document.
pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md(&doc.title));
    for part in &doc.parts {
        if let Some(h) = &part.heading {
            heading(h, &mut out);
        }
        blocks(doc, &part.blocks, &mut out);
    }
    let _ = writeln!(out, "---\n\n{}", md(&doc.footer));
    out
}

fn blocks(doc: &Document, blocks: &[Block], out: &mut String) {
    for block in blocks {
        match block {
            Block::Heading(h) => heading(h, out),
            Block::Paragraph(p) => {
                let _ = writeln!(out, "{}\n", inlines(doc, &p.text));
            }
            Block::Facts(_, facts) => {
                let said: Vec<String> = facts
                    .iter()
                    .map(|f| inlines(doc, f))
                    .filter(|f| !f.is_empty())
                    .collect();
                if !said.is_empty() {
                    let _ = writeln!(out, "{}\n", said.join(" · "));
                }
            }
            Block::List(list) => {
                for item in &list.items {
                    let _ = writeln!(out, "- {}", inlines(doc, item));
                }
                out.push('\n');
            }
            Block::Table(t) => table(doc, t, out),
            // Its numbers are in the table after it, its bars a column.
            Block::Chart(_) => {}
            Block::Boxed(_, inside) => self::blocks(doc, inside, out),
        }
    }
}

/// `### 3 Label: prompt · 12 notes`, and its detail under it.
fn heading(h: &Heading, out: &mut String) {
    out.push_str(&"#".repeat(usize::from(h.level)));
    out.push(' ');
    if let Some(k) = h.key {
        let _ = write!(out, "{} ", k.map_or("?".to_string(), |k| k.to_string()));
    }
    out.push_str(&md(&h.text));
    if let Some(prompt) = &h.prompt {
        let _ = write!(out, ": {}", md(prompt));
    }
    if let Some(count) = &h.count {
        let _ = write!(out, " · {}", md(count));
    }
    out.push_str("\n\n");
    if let Some(detail) = &h.detail {
        let _ = writeln!(out, "{}\n", md(detail));
    }
}

fn inlines(doc: &Document, text: &[Inline]) -> String {
    let (open, close) = doc.quotes;
    let mut out = String::new();
    for inline in text {
        match inline {
            Inline::Text(t) | Inline::Share(t) => out.push_str(&md(t)),
            Inline::Punct(p) => out.push_str(p),
            Inline::Strong(t) => {
                let _ = write!(out, "**{}**", md(t));
            }
            Inline::Key(k) => {
                let _ = write!(out, "{} ", k.map_or("?".to_string(), |k| k.to_string()));
            }
            Inline::Who(t) | Inline::Aside(t) => {
                let _ = write!(out, "({})", md(t));
            }
            Inline::Quote { text, who } => {
                let _ = write!(out, "{open}{}{close} ({})", md(text), md(who));
            }
            Inline::Break | Inline::Drawn(_) => {}
        }
    }
    out
}

/// A pipe table: the text columns left-aligned, the numbers right-aligned,
/// a column of bars last where the table has them; a blank line after it.
fn table(doc: &Document, t: &Table, out: &mut String) {
    let mut head: Vec<String> = t
        .columns
        .iter()
        .map(|c| c.head.as_ref().map_or(String::new(), |h| inlines(doc, h)))
        .collect();
    let mut rule: Vec<&str> = t
        .columns
        .iter()
        .map(|c| {
            if c.kind == ColumnKind::Text {
                "---"
            } else {
                "---:"
            }
        })
        .collect();
    if t.bars {
        head.push(String::new());
        rule.push("---:");
    }
    let _ = writeln!(out, "| {} |", head.join(" | "));
    let _ = writeln!(out, "|{}|", rule.join("|"));
    for r in t.rows.iter().chain(&t.totals) {
        let mut cells: Vec<String> = r.cells.iter().map(|c| cell(doc, c)).collect();
        if r.strong {
            cells[0] = format!("**{}**", cells[0]);
        }
        if t.bars {
            cells.push(bar(r.bar));
        }
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push('\n');
}

fn cell(doc: &Document, cell: &Cell) -> String {
    match cell {
        Cell::Text(text) => inlines(doc, text),
        Cell::Number(n) => md(n),
        Cell::CountShare(count, share) => format!("{} ({})", md(count), md(share)),
        Cell::Pair {
            first,
            second,
            mark,
            ..
        } => {
            let mark = match mark {
                Some(true) => " **\\+**",
                Some(false) => " **−**",
                None => "",
            };
            format!("{} ({}){mark}", md(first), md(second))
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_and_line_breaks_are_escaped() {
        assert_eq!(super::md("a\nb|c <b> *x*"), "a b\\|c &lt;b&gt; \\*x\\*");
    }

    #[test]
    fn a_document_is_written_as_markdown_without_what_only_a_page_draws() {
        let md = super::render(&crate::export::summary::document::sample());
        assert_eq!(
            md,
            "# Summary · Alby\n\n\
             ### Profiles · 4 notes\n\n\
             Participants: 5\n\n\
             | Family | All |  |\n|---|---:|---:|\n\
             | 1 Work | 3 (75 %) | ███████████████ |\n\
             | **Coded** | 4 |  |\n\n\
             - “a &lt;job&gt;” (Unga)\n\n\
             ---\n\nMade with spiral\n"
        );
    }
}
