//! Help: every key, from the same table the keymap uses, and SPIRAL's
//! coding rules.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::model::Lang;
use crate::text::pad;
use crate::tr;
use crate::tui::keymap::{Context, Keymap};
use crate::tui::overlay::HelpScroll;

/// SPIRAL's rules for assigning a note (method.md), in `lang`.
pub fn coding_rules(lang: Lang) -> [String; 5] {
    [
        tr!(lang, "help-rule-1"),
        tr!(lang, "help-rule-2"),
        tr!(lang, "help-rule-3"),
        tr!(lang, "help-rule-4"),
        tr!(lang, "help-rule-5"),
    ]
}

/// The lines of help, in order.
pub fn help_lines(keys: &Keymap, lang: Lang) -> Vec<Line<'static>> {
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let mut lines = Vec::new();
    let file = keys
        .file
        .as_ref()
        .map_or_else(|| "keys.ron".to_string(), |f| f.display().to_string());
    lines.push(Line::raw(match &keys.patched {
        Some((path, n)) => tr!(
            lang,
            "help-keys-file",
            file = path.display().to_string(),
            n = *n
        ),
        None if keys.refused => tr!(lang, "help-keys-refused", file = file),
        None => tr!(lang, "help-keys-none", file = file),
    }));
    lines.push(Line::raw(""));
    for context in Context::IN_HELP {
        lines.push(Line::styled(context.title(lang), bold));
        for b in keys.bindings.iter().filter(|b| b.context == context) {
            lines.push(Line::raw(format!(
                "  {} {}",
                pad(&b.keys_label_in(lang), 14),
                b.says(lang)
            )));
        }
        lines.push(Line::raw(""));
    }
    lines.push(Line::raw(format!("  {}", tr!(lang, "help-text-lines"))));
    lines.push(Line::raw(""));
    lines.push(Line::styled(tr!(lang, "help-rules"), bold));
    for (i, rule) in coding_rules(lang).iter().enumerate() {
        lines.push(Line::raw(format!("  {}. {rule}", i + 1)));
    }
    lines
}

/// Help as plain text, one string a line.
pub fn help_text(keys: &Keymap, lang: Lang) -> Vec<String> {
    help_lines(keys, lang)
        .iter()
        .map(|l| l.to_string())
        .collect()
}

/// Help over `area`, scrolled to `scroll.top` (kept within the lines), the
/// page's height and the last first line noted in `scroll` for the keys.
pub fn draw(scroll: &HelpScroll, keys: &Keymap, lang: Lang, frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
    let block = Block::bordered().title(format!(" {} ", tr!(lang, "help-title")));
    let inner = block.inner(area);
    let lines = wrapped(help_lines(keys, lang), usize::from(inner.width));
    let page = usize::from(inner.height).max(1);
    let last = lines.len().saturating_sub(page);
    scroll.page.set(page);
    scroll.last.set(last);
    let top = scroll.top.min(last);
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((u16::try_from(top).unwrap_or(u16::MAX), 0))
            .block(block),
        area,
    );
}

/// The lines cut to rows of `width` columns at spaces, each as full as it
/// goes (a word longer than a row is cut), each row in its line's style:
/// so the rows are counted. A row that goes on starts under its line's
/// text (`hanging`), not at the border.
fn wrapped(lines: Vec<Line<'static>>, width: usize) -> Vec<Line<'static>> {
    let width = width.max(1);
    let mut rows = Vec::with_capacity(lines.len());
    for line in lines {
        let text = line.to_string();
        if crate::text::width(&text) <= width {
            rows.push(line);
            continue;
        }
        let style = line.spans.first().map_or(line.style, |s| s.style);
        let indent = " ".repeat(hanging(&text, width));
        let first_fit = textwrap::Options::new(width)
            .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
            .subsequent_indent(&indent);
        for row in textwrap::wrap(&text, first_fit) {
            rows.push(Line::styled(row.into_owned(), style));
        }
    }
    rows
}

/// Where the rows that go on a line of help start: under a binding's
/// words (after its keys and the gap of two spaces or more that follows
/// them), else under the line's own start; at the border when that leaves
/// less than half the width.
fn hanging(text: &str, width: usize) -> usize {
    let lead = text.len() - text.trim_start().len();
    let column = match text[lead..].find("  ") {
        Some(gap) => {
            let after = lead + gap;
            let words = after + (text[after..].len() - text[after..].trim_start().len());
            crate::text::width(&text[..words])
        }
        None => lead,
    };
    if column * 2 > width { 0 } else { column }
}
