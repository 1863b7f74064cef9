//! The profile charts of the details, drawn from the document's
//! [`Chart`]s: horizontal bars, one per family (one per series and family
//! with two series), each with its number beside it, on one scale for the
//! whole page (the chart's `scale`, the builder's). A chart is drawn at its own size (at
//! most 680 px wide, which an A4 page holds), so its 13 px text prints at
//! 9.75 pt, never shrunk; its numbers are in the table that follows it.

use std::fmt::Write;

use super::esc;
use crate::export::family_rgb;
use crate::export::summary::document::Chart;

pub fn bar_chart(chart: &Chart) -> String {
    let (families, series, caption) = (&chart.families, &chart.series, &chart.caption);
    let scale = chart.scale;
    // Room for the longest label at about 7.4 px a character.
    let longest = families
        .iter()
        .map(|f| f.label.chars().count() + 2)
        .max()
        .unwrap_or(10) as f64;
    let label_w = (longest * 7.4 + 12.0).clamp(120.0, 340.0);
    let bar_w = 250.0;
    let row_h = 20.0;
    let per_family = series.len() as f64;
    let block = row_h * per_family + 6.0;
    let legend_h = if series.len() > 1 { 22.0 } else { 0.0 };
    let height = families.len() as f64 * block + 8.0 + legend_h;
    let width = label_w + bar_w + 90.0;
    let mut svg = format!(
        "<figure><svg class=\"chart\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" \
         role=\"img\" aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\">\n",
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
        for (k, one) in series.iter().enumerate() {
            let share = one.shares.get(f).copied().flatten();
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
            let value = one.values.get(f).map_or("–", String::as_str);
            let _ = writeln!(
                svg,
                "<text x=\"{}\" y=\"{}\">{}</text>",
                label_w + len + 5.0,
                y + row_h - 7.0,
                esc(value)
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
        for (k, one) in series.iter().enumerate() {
            let fill = if k == 0 { "#777" } else { "url(#hatch)" };
            let _ = writeln!(
                svg,
                "<rect class=\"legend\" x=\"{x}\" y=\"{y}\" width=\"14\" height=\"12\" fill=\"{fill}\" stroke=\"#000\"/>\
                 <text x=\"{}\" y=\"{}\">{}</text>",
                x + 18.0,
                y + 10.0,
                esc(&one.name)
            );
            x += 170.0;
        }
    }
    svg.push_str("</svg>");
    let _ = writeln!(svg, "<figcaption>{}</figcaption></figure>", esc(caption));
    svg
}
