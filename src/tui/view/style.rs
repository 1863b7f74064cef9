//! The looks the drawings share (the selected row, a bar of a share, a
//! box's border joined to the lines around it), for the views here and
//! the screens that draw themselves (`screen/`).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
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

/// The light box-drawing lines, each with the sides it reaches: up, down,
/// left, right.
const LINES: [(&str, [bool; 4]); 11] = [
    ("│", [true, true, false, false]),
    ("─", [false, false, true, true]),
    ("┌", [false, true, false, true]),
    ("┐", [false, true, true, false]),
    ("└", [true, false, false, true]),
    ("┘", [true, false, true, false]),
    ("├", [true, true, false, true]),
    ("┤", [true, true, true, false]),
    ("┬", [false, true, true, true]),
    ("┴", [true, false, true, true]),
    ("┼", [true, true, true, true]),
];

fn reaches(symbol: &str) -> [bool; 4] {
    LINES
        .iter()
        .find(|(s, _)| *s == symbol)
        .map_or([false; 4], |(_, r)| *r)
}

/// The border of the box drawn at `rect`, joined to the lines that meet
/// it from outside (a pane's border above its top: `┴`; below its
/// bottom: `┬`; beside it: `├`, `┤`), so no line ends against it. Its
/// title and anything not a line are left as they are.
pub fn join_border(buffer: &mut Buffer, rect: Rect) {
    let area = buffer.area;
    let (left, right) = (rect.left(), rect.right().saturating_sub(1));
    let (top, bottom) = (rect.top(), rect.bottom().saturating_sub(1));
    let outside = |x: i32, y: i32, side: usize, buffer: &Buffer| {
        let inside = x >= area.left() as i32
            && y >= area.top() as i32
            && x < area.right() as i32
            && y < area.bottom() as i32;
        inside && reaches(buffer[(x as u16, y as u16)].symbol())[side]
    };
    for y in top..=bottom {
        for x in left..=right {
            if !(y == top || y == bottom || x == left || x == right) {
                continue;
            }
            let mut sides = reaches(buffer[(x, y)].symbol());
            if sides == [false; 4] {
                continue;
            }
            let (xi, yi) = (x as i32, y as i32);
            sides[0] |= y == top && outside(xi, yi - 1, 1, buffer);
            sides[1] |= y == bottom && outside(xi, yi + 1, 0, buffer);
            sides[2] |= x == left && outside(xi - 1, yi, 3, buffer);
            sides[3] |= x == right && outside(xi + 1, yi, 2, buffer);
            if let Some((symbol, _)) = LINES.iter().find(|(_, r)| *r == sides) {
                buffer[(x, y)].set_symbol(symbol);
            }
        }
    }
}
