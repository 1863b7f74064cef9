//! Coded notes are safe (issue 14): recoding a coded note says what
//! changed and how to undo it; a coded note shows no suggestion unless
//! asked (`s`), and then only a second `s` recodes it.

mod common;

use common::app::{act, screen, state, status, type_text};
use spiral::tui::State;
use spiral::tui::keymap::Action;

/// Selects the first note of the group coded in `family`.
fn select_coded(s: &mut State, family: &str) {
    let w = s.workshop().unwrap();
    let at = common::app::group_notes(s)
        .iter()
        .position(|&i| w.session().notes[i].family.as_deref() == Some(family))
        .expect("a note of that family");
    common::app::select_at(s, at);
}

fn selected_family(s: &State) -> Option<String> {
    let w = s.workshop().unwrap();
    w.session().notes[w.selected_note().unwrap()].family.clone()
}

#[test]
fn recoding_a_coded_note_says_what_changed() {
    let mut s = state();
    select_coded(&mut s, "personal_relations");
    let w = s.workshop().unwrap();
    let id = w.session().notes[w.selected_note().unwrap()].id;
    act(&mut s, Action::Code(1));
    assert_eq!(
        status(&s),
        "Recoded: 4 Personal relations → 1 Essential resources · u undoes."
    );
    let w = s.workshop().unwrap();
    let note = &w.session().notes[w.session().note_index(id).unwrap()];
    assert_eq!(note.family.as_deref(), Some("essential_resources"));
    act(&mut s, Action::Undo);
    let w = s.workshop().unwrap();
    let note = &w.session().notes[w.session().note_index(id).unwrap()];
    assert_eq!(note.family.as_deref(), Some("personal_relations"));
}

#[test]
fn a_coded_note_shows_no_suggestion_unless_asked() {
    let mut s = state();
    // A note that has a suggestion while uncoded…
    act(&mut s, Action::Capture);
    type_text(&mut s, "Bussen går för sällan");
    act(&mut s, Action::Submit);
    act(&mut s, Action::Cancel);
    assert!(screen(&s, 120, 36).contains("Suggested:"));
    // …coded in another family, shows none.
    act(&mut s, Action::Code(4));
    act(&mut s, Action::Up);
    act(&mut s, Action::Bottom);
    assert_eq!(selected_family(&s).as_deref(), Some("personal_relations"));
    assert!(!screen(&s, 120, 36).contains("Suggested:"));
    // Asked: it is shown, and nothing changes yet.
    act(&mut s, Action::AcceptSuggestion);
    assert_eq!(selected_family(&s).as_deref(), Some("personal_relations"));
    assert!(
        status(&s).starts_with("Coded 4 Personal relations; suggested: 1 Essential resources ("),
        "{}",
        status(&s)
    );
    assert!(
        status(&s).ends_with("). s again recodes it."),
        "{}",
        status(&s)
    );
    assert!(screen(&s, 120, 36).contains("Suggested:"));
    // A second s recodes.
    act(&mut s, Action::AcceptSuggestion);
    assert_eq!(selected_family(&s).as_deref(), Some("essential_resources"));
    assert!(status(&s).starts_with("Recoded: 4 Personal relations → 1"));
}
