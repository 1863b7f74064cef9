//! The looks the drawings share (the selected row, a bar of a share),
//! for the views here and the screens that draw themselves (`screen/`).

use ratatui::style::{Modifier, Style};

/// A horizontal bar of `share` (0–1) in `cols` columns, to the eighth.
pub fn bar(share: f64, cols: usize) -> String {
    const EIGHTHS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let eighths = (share.clamp(0.0, 1.0) * cols as f64 * 8.0).round() as usize;
    let mut s: String = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        s.push(EIGHTHS[eighths % 8]);
    }
    crate::text::pad(&s, cols)
}

/// The style of the selected row.
pub fn selected_style() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}
