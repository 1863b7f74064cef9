//! The page's tables: a heading row (a column of counts and shares is two
//! columns here, its heading over both), the rows (a group's name heads its
//! row), then the totals; a groups × families cell holds its two numbers
//! on two lines, marked + / − (and bold or italic) where the group differs
//! from the others, shaded in the heat map.

use std::fmt::Write;

use super::{esc, inlines};
use crate::export::summary::document::{Cell, ColumnKind, Row, Table, TableKind};

pub(super) fn table(t: &Table, out: &mut String) {
    let class = match t.kind {
        TableKind::Plain => "",
        TableKind::Heat => " class=\"heat\"",
        TableKind::Compare => " class=\"compare\"",
    };
    let _ = write!(out, "<table{class}><thead><tr>");
    let width = |kind: ColumnKind| if kind == ColumnKind::CountShare { 2 } else { 1 };
    for (i, column) in t.columns.iter().enumerate() {
        let Some(head) = &column.head else {
            continue;
        };
        let spanned: usize = t.columns[i + 1..]
            .iter()
            .take_while(|c| c.head.is_none())
            .map(|c| width(c.kind))
            .sum();
        let span = width(column.kind) + spanned;
        let class = if column.kind == ColumnKind::Text {
            ""
        } else {
            " class=\"n\""
        };
        let colspan = if span > 1 {
            format!(" colspan=\"{span}\"")
        } else {
            String::new()
        };
        let _ = write!(out, "<th{class}{colspan}>{}</th>", inlines(head));
    }
    out.push_str("</tr></thead><tbody>\n");
    for r in &t.rows {
        row(t, r, false, out);
        out.push('\n');
    }
    for r in &t.totals {
        row(t, r, true, out);
    }
    out.push_str("</tbody></table>\n");
}

/// A row (`total`: one of the totals, headed by its label, its numbers
/// as headings when it is strong).
fn row(t: &Table, r: &Row, total: bool, out: &mut String) {
    out.push_str("<tr>");
    for (i, (cell, column)) in r.cells.iter().zip(&t.columns).enumerate() {
        let tag = if r.strong { "th" } else { "td" };
        match cell {
            Cell::Text(text) if i == 0 && t.row_heads => {
                let _ = write!(out, "<th scope=\"row\">{}</th>", inlines(text));
            }
            Cell::Text(text) if i == 0 && total => {
                let _ = write!(out, "<th>{}</th>", inlines(text));
            }
            Cell::Text(text) => {
                let _ = write!(out, "<td>{}</td>", inlines(text));
            }
            Cell::Number(n) => {
                let _ = write!(out, "<{tag} class=\"n\">{}</{tag}>", esc(n));
                if column.kind == ColumnKind::CountShare {
                    let _ = write!(out, "<{tag}></{tag}>");
                }
            }
            Cell::CountShare(count, share) => {
                let _ = write!(
                    out,
                    "<td class=\"n\">{}</td><td class=\"n\">{}</td>",
                    esc(count),
                    esc(share)
                );
            }
            Cell::Pair {
                first,
                second,
                mark,
                shade,
            } => {
                let (mark_class, mark) = match mark {
                    Some(true) => (" more", " +"),
                    Some(false) => (" less", " −"),
                    None => ("", ""),
                };
                let (style, second) = match shade {
                    Some(grey) => (
                        format!(" style=\"background:#{grey:02x}{grey:02x}{grey:02x}\""),
                        format!("<small>({})</small>", esc(second)),
                    ),
                    None => (String::new(), esc(second)),
                };
                let _ = write!(
                    out,
                    "<td class=\"n{mark_class}\"{style}>{}{mark}<br>{second}</td>",
                    esc(first)
                );
            }
        }
    }
    out.push_str("</tr>");
}
