//! Capture and code in one motion (issue 14): in the capture line a note is
//! added and coded with one chord beyond its text (Alt and the family's
//! digit, or F1–F8 where Alt is taken), the line staying open; a note that
//! starts with a digit is text like any other; Tab changes the question
//! from inside the line; `f` goes to the group's first uncoded note.

mod common;

use common::app::{act, state, status, type_text};
#[cfg(unix)]
use common::{Tmux, wait_until};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use spiral::tui::State;
use spiral::tui::keymap::{Action, Context, action};

fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

#[test]
fn alt_or_a_function_key_with_a_digit_adds_and_codes_but_a_digit_is_text() {
    let line = Context::Capture;
    assert_eq!(
        action(line, &key(KeyCode::Char('3'), KeyModifiers::ALT)),
        Some(Action::AddAndCode(3))
    );
    assert_eq!(
        action(line, &key(KeyCode::F(8), KeyModifiers::NONE)),
        Some(Action::AddAndCode(8))
    );
    assert_eq!(
        action(line, &key(KeyCode::Char('3'), KeyModifiers::NONE)),
        None
    );
    assert_eq!(
        action(line, &key(KeyCode::Tab, KeyModifiers::NONE)),
        Some(Action::NextQuestion)
    );
    assert_eq!(
        action(line, &key(KeyCode::BackTab, KeyModifiers::SHIFT)),
        Some(Action::PrevQuestion)
    );
    assert_eq!(
        action(
            Context::Workshop,
            &key(KeyCode::Char('f'), KeyModifiers::NONE)
        ),
        Some(Action::FirstUncoded)
    );
}

/// The last note of the selected group: its text, family and question.
fn last(s: &State) -> (String, Option<String>, String) {
    let w = s.workshop().unwrap();
    let n = &w.session().notes[*common::app::group_notes(s).last().unwrap()];
    (n.text.clone(), n.family.clone(), n.question.clone())
}

#[test]
fn a_note_is_added_and_coded_with_one_chord_and_the_line_stays_open() {
    let mut s = state();
    let notes = s.workshop().unwrap().session().notes.len();
    act(&mut s, Action::Capture);
    type_text(&mut s, "Fotboll på planen");
    act(&mut s, Action::AddAndCode(4));
    assert_eq!(
        last(&s),
        (
            "Fotboll på planen".into(),
            Some("personal_relations".into()),
            "wellbeing".into()
        )
    );
    assert_eq!(status(&s), "Added, coded 4 Personal relations.");
    // The line is open and empty, for the next note.
    assert!(s.capture().is_some_and(|c| c.input.value().is_empty()));
    // A note that starts with a digit is text; Enter adds it uncoded, and
    // the chord on the empty line codes it.
    type_text(&mut s, "3 bussar i timmen");
    act(&mut s, Action::Submit);
    assert_eq!(
        last(&s),
        ("3 bussar i timmen".into(), None, "wellbeing".into())
    );
    act(&mut s, Action::AddAndCode(1));
    assert_eq!(
        last(&s),
        (
            "3 bussar i timmen".into(),
            Some("essential_resources".into()),
            "wellbeing".into()
        )
    );
    assert_eq!(
        status(&s),
        "Coded the note just added: 1 Essential resources."
    );
    assert_eq!(s.workshop().unwrap().session().notes.len(), notes + 2);
    // One change each: undo takes the coding back, then the note.
    act(&mut s, Action::Cancel);
    act(&mut s, Action::Undo);
    assert_eq!(last(&s).1, None);
}

#[test]
fn tab_changes_the_question_from_inside_the_line() {
    let mut s = state();
    act(&mut s, Action::Capture);
    act(&mut s, Action::NextQuestion);
    assert!(s.capture().is_some(), "the line stays open");
    type_text(&mut s, "Trångt");
    act(&mut s, Action::Submit);
    assert_eq!(last(&s).2, "illbeing");
    act(&mut s, Action::PrevQuestion);
    type_text(&mut s, "Parken");
    act(&mut s, Action::Submit);
    assert_eq!(last(&s).2, "wellbeing");
}

#[test]
fn f_goes_to_the_first_uncoded_note_of_the_group() {
    let mut s = state();
    act(&mut s, Action::Bottom);
    act(&mut s, Action::FirstUncoded);
    let w = s.workshop().unwrap();
    let notes = common::app::group_notes(&s);
    let first = notes
        .iter()
        .position(|&i| !w.session().notes[i].is_coded())
        .unwrap();
    assert_eq!(w.selected_note(), Some(notes[first]));
    assert!(status(&s).contains("uncoded"), "{}", status(&s));
}

/// In a real terminal (tmux sends Alt as an Escape before the digit, as
/// xterm-like terminals do): a note typed, Alt-2, and the next note, each
/// coded as it was typed.
#[cfg(unix)] // tmux: Unix only
#[test]
fn capture_and_code_with_alt_in_a_real_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("alby.ron");
    std::fs::copy("sessions/alby-2011.ron", &path).unwrap();
    let t = Tmux::start(
        "altcode",
        &format!(
            "{} {}; sleep 30",
            env!("CARGO_BIN_EXE_spiral"),
            path.display()
        ),
    );
    t.wait_for("Question 1/3");
    t.keys(&["a"]);
    t.wait_for("New note");
    t.text("3 bussar i timmen");
    t.keys(&["M-2"]);
    t.wait_for("Added, coded 2 Living environment.");
    t.text("Grannarna hjälper");
    t.keys(&["F4"]);
    t.wait_for("Added, coded 4 Personal relations.");
    // Apart: an Escape and a key at once read as Alt and that key.
    t.keys(&["Escape"]);
    t.wait_for("a add");
    t.keys(&["q"]);
    wait_until("the lock to go", || {
        !dir.path().join(".alby.ron.lock").exists()
    });
    let saved = spiral::store::load_session(&path).unwrap();
    let find = |text: &str| saved.notes.iter().find(|n| n.text == text).cloned();
    assert_eq!(
        find("3 bussar i timmen").and_then(|n| n.family),
        Some("living_environment".into())
    );
    assert_eq!(
        find("Grannarna hjälper").and_then(|n| n.family),
        Some("personal_relations".into())
    );
}
