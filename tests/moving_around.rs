//! Moving around by keys, as a user does (issue 26, the smaller ones):
//! help scrolled a page at a time and to its end, a session opened from
//! the session list closed back to it, and the search finding whole words
//! and word starts first, never letters scattered over a long note.

mod common;

use common::app::{screen, state, status, type_text};

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use spiral::model::Framework;
use spiral::tui::app::{Page, State};

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

/// `spiral` on a data folder holding a copy of the example.
fn list_of_example() -> (tempfile::TempDir, std::path::PathBuf, State) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("alby-2011.ron");
    std::fs::copy("sessions/alby-2011.ron", &path).unwrap();
    let s = State::list(Framework::default_framework(), dir.path());
    (dir, path, s)
}

#[test]
fn q_in_a_session_opened_from_the_list_comes_back_to_the_list() {
    let (_dir, path, mut s) = list_of_example();
    let list = screen(&s, 80, 24);
    assert!(list.contains("Alby"), "{list}");
    key(&mut s, KeyCode::Enter);
    assert!(matches!(s.page, Page::Workshop(_)));
    key(&mut s, KeyCode::Char('j'));
    key(&mut s, KeyCode::Char('3'));
    key(&mut s, KeyCode::Char('q'));
    assert!(!s.quit, "q went back to the list, the app goes on");
    assert!(matches!(s.page, Page::List(_)));
    let shown = screen(&s, 80, 24);
    let closed = format!("Closed {}; back to the session list.", path.display());
    // As the screen reads it (`/` for `\` on Windows: common::app::screen).
    assert!(
        shown.contains(&common::app::slashes(&closed)[..40]),
        "{shown}"
    );
    assert_eq!(
        status(&s),
        closed,
        "the status line says which session was closed"
    );
    // The list, read anew, has the session selected: Enter opens it again,
    // its lock let go when it closed.
    key(&mut s, KeyCode::Enter);
    assert!(matches!(s.page, Page::Workshop(_)), "{}", status(&s));
    assert!(!screen(&s, 80, 24).contains("READ-ONLY"), "writable");
    key(&mut s, KeyCode::Char('q'));
    assert!(matches!(s.page, Page::List(_)));
    key(&mut s, KeyCode::Char('q'));
    assert!(s.quit, "q on the list quits");
}

#[test]
fn q_in_a_session_opened_directly_quits() {
    let (_dir, path, _list) = list_of_example();
    let mut direct = State::open(Framework::default_framework(), &path);
    key(&mut direct, KeyCode::Char('q'));
    assert!(direct.quit, "spiral FILE: q quits");
}

#[test]
fn a_new_session_made_in_the_list_closes_back_to_it() {
    let (dir, _path, mut s) = list_of_example();
    key(&mut s, KeyCode::Char('n'));
    type_text(&mut s, "Fittja");
    key(&mut s, KeyCode::Enter);
    key(&mut s, KeyCode::Esc);
    key(&mut s, KeyCode::Char('q'));
    assert!(matches!(s.page, Page::List(_)), "{}", status(&s));
    let shown = screen(&s, 80, 24);
    assert!(shown.contains("Fittja"), "{shown}");
    assert!(dir.path().join("fittja.ron").exists());
}

/// A session of one group whose notes the search tells apart.
fn park_session() -> spiral::model::Session {
    use spiral::model::{Group, Lang, Note, Session};
    let fw = Framework::default_framework();
    let mut s = Session::new("Fittja", &fw, Lang::Sv);
    s.date = "2026-11-23".parse().ok();
    let mut g = Group::new("Mammor");
    g.id = "g".into();
    s.groups.push(g);
    let t: jiff::Timestamp = "2026-11-23T10:00:00Z".parse().unwrap();
    for text in [
        "Vi startar en mammagrupp på förskolan",
        "Vi träffas i badparken på lördagar",
        "Parkeringen vid skolan är full",
        "Parken är stängd på vintern",
        "En park nära skolan vore bra",
        "Bibliotekets paark saknar lampor",
    ] {
        let mut n = Note::new("g", "wellbeing", text, "Anna");
        n.created = t;
        n.modified = t;
        s.notes.push(n);
    }
    s
}

#[test]
fn the_search_finds_whole_words_and_word_starts_first_and_no_scattered_letters() {
    let mut s = State::in_memory(Framework::default_framework(), park_session());
    key(&mut s, KeyCode::Char('/'));
    for c in "park".chars() {
        key(&mut s, KeyCode::Char(c));
    }
    let shown = screen(&s, 80, 24);
    insta::assert_snapshot!("search_park_80x24", shown);
    let rows: Vec<usize> = [
        "En park nära skolan",
        "Parken är stängd",
        "Parkeringen vid skolan",
        "badparken",
        "paark",
    ]
    .iter()
    .map(|t| {
        shown
            .find(t)
            .unwrap_or_else(|| panic!("{t:?} shown:\n{shown}"))
    })
    .collect();
    assert!(
        rows.is_sorted(),
        "whole word, word starts, inside, near:\n{shown}"
    );
    assert!(!shown.contains("mammagrupp"), "{shown}");
}
