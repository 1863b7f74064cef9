//! Moving around by keys, as a user does (issue 26, the smaller ones):
//! help scrolled a page at a time and to its end, a session opened from
//! the session list closed back to it, and the search finding whole words
//! and word starts first, never letters scattered over a long note.

mod common;

use common::app::{screen, state};

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use spiral::tui::app::State;

fn key(state: &mut State, code: KeyCode) {
    state.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

/// The rows inside a bordered box drawn over the whole screen (help), as
/// text without the borders and the spaces at their end.
fn inside(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|row| {
            let row = row.trim_matches('"');
            let row = row.strip_prefix('│')?.strip_suffix('│')?;
            Some(row.trim_end().to_string())
        })
        .collect()
}

#[test]
fn help_scrolls_a_page_with_pgdn_and_to_its_end_with_end() {
    let mut s = state();
    key(&mut s, KeyCode::F(1));
    let first = inside(&screen(&s, 80, 24));
    // 24 rows: the box's two borders, a blank row and the hint line.
    assert_eq!(first.len(), 20, "{first:?}");

    key(&mut s, KeyCode::PageDown);
    let second = screen(&s, 80, 24);
    insta::assert_snapshot!("help_page_down_80x24", second);
    let second = inside(&second);
    assert_ne!(second[0], first[0], "PgDn moved");
    // A page on: the row below the last one shown comes first.
    key(&mut s, KeyCode::PageUp);
    assert_eq!(inside(&screen(&s, 80, 24)), first, "PgUp came back");
    for _ in 0..20 {
        key(&mut s, KeyCode::Down);
    }
    assert_eq!(inside(&screen(&s, 80, 24)), second, "a page is 20 rows");

    key(&mut s, KeyCode::End);
    let end = screen(&s, 80, 24);
    insta::assert_snapshot!("help_end_80x24", end);
    let rows = inside(&end);
    assert_eq!(
        rows.last().map(String::as_str),
        Some("  5. If in doubt, assign the more general component."),
        "End shows help's last line at the bottom"
    );
    // Further down goes no further; Home is the top again.
    key(&mut s, KeyCode::PageDown);
    key(&mut s, KeyCode::Down);
    assert_eq!(inside(&screen(&s, 80, 24)), rows);
    key(&mut s, KeyCode::Up);
    assert_ne!(
        inside(&screen(&s, 80, 24)),
        rows,
        "↑ at the end moves at once"
    );
    key(&mut s, KeyCode::Home);
    assert_eq!(inside(&screen(&s, 80, 24)), first);
}
