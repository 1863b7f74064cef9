//! A first workshop as a new facilitator makes it, following only the
//! screen (issue 26): from `spiral` on an empty data folder to the first
//! coded note, each key pressed is one the screen named just before: nine
//! keys besides what is typed (n, Enter, Esc, g, Enter, n, Enter, a,
//! Alt-1), two of them for the participants.

mod common;

use common::app::{screen, status, type_text};

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use spiral::model::Framework;
use spiral::ops::coder::Sources;
use spiral::tui::app::State;

/// Presses a key the screen shows `named` for, first checking that the
/// screen (status line included) says it.
fn press(s: &mut State, named: &str, code: KeyCode, modifiers: KeyModifiers) {
    let shown = screen(s, 80, 24);
    assert!(
        shown.contains(named) || status(s).contains(named),
        "the screen does not say {named:?} before the key:\n{shown}"
    );
    s.handle_event(&Event::Key(KeyEvent::new(code, modifiers)));
}

#[test]
fn from_an_empty_data_folder_to_the_first_coded_note_each_key_is_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = State::list(Framework::default_framework(), dir.path());
    let none = KeyModifiers::NONE;

    press(&mut s, "n creates one", KeyCode::Char('n'), none);
    type_text(&mut s, "Fittja, autumn");
    press(&mut s, "Enter confirms", KeyCode::Enter, none);
    // Who writes is known, whatever the machine says of its user.
    s.workshop_mut().unwrap().set_coder_sources(Sources {
        spiral_coder: None,
        user: Some("Anna".into()),
    });
    // The details form opened by itself; leaving it names the next step.
    press(&mut s, "Esc when done", KeyCode::Esc, none);
    press(&mut s, "g adds one", KeyCode::Char('g'), none);
    type_text(&mut s, "Youth");
    press(&mut s, "Enter confirms", KeyCode::Enter, none);
    // Adding the group says how to give its participants, and the first
    // note: a new facilitator need not look for them in help.
    assert_eq!(
        status(&s),
        "Added group Youth. n sets how many take part; a writes its first note."
    );
    press(
        &mut s,
        "n sets how many take part",
        KeyCode::Char('n'),
        none,
    );
    type_text(&mut s, "9");
    press(&mut s, "Enter confirms", KeyCode::Enter, none);
    let shown = screen(&s, 80, 24);
    assert!(shown.contains("Youth") && shown.contains("9p"), "{shown}");
    press(&mut s, "a opens the capture line", KeyCode::Char('a'), none);
    type_text(&mut s, "A park near the school");
    press(
        &mut s,
        "Alt-1–8 add and code",
        KeyCode::Char('1'),
        KeyModifiers::ALT,
    );

    let w = s.workshop().expect("the session is open");
    let notes = &w.session().notes;
    assert_eq!(notes.len(), 1, "{}", status(&s));
    assert_eq!(notes[0].text, "A park near the school");
    assert_eq!(
        notes[0].family.as_deref(),
        Some("essential_resources"),
        "{}",
        status(&s)
    );
    assert_eq!(notes[0].coder, "Anna", "every note has a coder");
    assert!(dir.path().join("fittja-autumn.ron").exists());
}
