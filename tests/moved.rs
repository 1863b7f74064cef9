//! A note moved to another group (issue 26, part 6): it takes its place
//! there by when it was written, and the time shown stays when it was
//! written; in the saved file and on the screen.

mod common;

use common::app::{act, screen, select_where, type_text};
use spiral::model::Framework;
use spiral::tui::State;
use spiral::tui::keymap::Action;

/// Moves "Rimlig arbetsbelastning" (the teachers', written 2011-10-13
/// 14:50, coded at 15:41) to the youth club, whose notes were all written
/// later (from 2011-10-18), with the picker (`m`).
fn move_to_the_youth_club(s: &mut State) {
    select_where(s, |n| n.text == "Rimlig arbetsbelastning");
    act(s, Action::Move);
    type_text(s, "youth club");
    act(s, Action::Submit);
}

#[test]
fn a_moved_note_is_saved_among_its_new_group_s_notes_by_when_it_was_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("alby.ron");
    std::fs::copy("sessions/alby-2011.ron", &path).unwrap();
    let mut s = State::open(Framework::default_framework(), &path);
    move_to_the_youth_club(&mut s);
    s.save_if_dirty();
    let text = std::fs::read_to_string(&path).unwrap();
    let at = |needle: &str| text.find(needle).unwrap_or_else(|| panic!("{needle}"));
    // After the teachers' last note, before the youth club's first.
    let moved = at("text: \"Rimlig arbetsbelastning\"");
    assert!(at("text: \"Visa eleverna att de har rätt") < moved);
    assert!(moved < at("text: \"Chilla med polarna\""));
    // Its time of writing is kept.
    let note = &text[moved..];
    assert!(
        note.contains(
            "coder: \"Anna Lindqvist\",\n            created: \"2011-10-13T14:50:39Z\",\n"
        ),
        "{}",
        &note[..400]
    );
    let saved = spiral::store::load_session(&path).unwrap();
    let youth = saved.groups[2].id.clone();
    let first = saved.notes.iter().find(|n| n.group == youth).unwrap();
    assert_eq!(first.text, "Rimlig arbetsbelastning");
}

#[test]
fn a_moved_note_shows_first_in_its_new_group_with_the_time_it_was_written() {
    let mut s = common::app::state();
    move_to_the_youth_club(&mut s);
    act(&mut s, Action::NextGroup);
    act(&mut s, Action::Top);
    let w = s.workshop().unwrap();
    assert_eq!(w.current_group().unwrap().name, "The Alby Youth Club");
    let shown = screen(&s, 120, 36);
    let lines: Vec<&str> = shown.lines().collect();
    assert!(lines[3].contains("Rimlig arbetsbelastning"), "{shown}");
    assert!(lines[4].contains("Chilla med polarna"), "{shown}");
    assert!(
        shown.contains("2011-10-13\u{a0}14:50\u{a0}UTC"),
        "the time it was written: {shown}"
    );
}
