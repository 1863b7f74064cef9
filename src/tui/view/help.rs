//! Help: every key, from the same table the keymap uses, and SPIRAL's
//! coding rules.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use crate::text::pad;
use crate::tui::keymap::{BINDINGS, Context, keys_label};

/// SPIRAL's rules for assigning a note (method.md).
pub const CODING_RULES: [&str; 5] = [
    "Take the explicit meaning, without over-interpreting or adding your own cultural references.",
    "Identify its purpose: who acts, and for whom.",
    "Consider which question it answers.",
    "Assign the family first, then the component.",
    "If in doubt, assign the more general component.",
];

/// The lines of help, in order.
pub fn help_lines() -> Vec<Line<'static>> {
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let mut lines = Vec::new();
    let contexts = [
        Context::Workshop,
        Context::Capture,
        Context::Details,
        Context::Projector,
        Context::Territory,
        Context::TextLine,
        Context::Finder,
        Context::Profile,
        Context::Compare,
        Context::Synthesis,
        Context::Reconcile,
        Context::Menu,
        Context::List,
        Context::Help,
    ];
    for context in contexts {
        lines.push(Line::styled(context.title().to_string(), bold));
        for b in BINDINGS.iter().filter(|b| b.context == context) {
            lines.push(Line::raw(format!(
                "  {} {}",
                pad(&keys_label(b), 14),
                b.help
            )));
        }
        lines.push(Line::raw(""));
    }
    lines.push(Line::raw("  Text lines also take ←/→, Home/End, Ctrl-a/e, Ctrl-w (word), Ctrl-u (line). Ctrl-c quits anywhere."));
    lines.push(Line::raw(""));
    lines.push(Line::styled("Coding rules (SPIRAL)", bold));
    for (i, rule) in CODING_RULES.iter().enumerate() {
        lines.push(Line::raw(format!("  {}. {rule}", i + 1)));
    }
    lines
}

/// Help as plain text, one string a line.
pub fn help_text() -> Vec<String> {
    help_lines().iter().map(|l| l.to_string()).collect()
}

pub fn draw(scroll: usize, frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
    let lines = help_lines();
    let scroll = scroll.min(lines.len().saturating_sub(1));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll as u16, 0))
            .block(Block::bordered().title(" Help · ↑↓ scroll · Esc closes ")),
        area,
    );
}
