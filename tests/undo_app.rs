//! Undo and redo as a facilitator meets them: random sequences of keys on
//! the app (notes typed and pasted, coded, deleted, moved between groups
//! and questions, groups added, participants set, the language changed,
//! notes merged into a criterion in the synthesis, undos and redos among
//! them), then undo until there is nothing to undo gives the session back
//! byte for byte, and redo until there is nothing to redo gives the end
//! state byte for byte. Unlike `tests/undo.rs`, which drives `History`
//! directly, this goes through the workshop, its session file and every
//! screen's own rules.

mod common;

use common::app::{act, example, status, type_text};

use proptest::prelude::*;
use spiral::model::{Framework, Session};
use spiral::store::session_to_ron;
use spiral::tui::keymap::Action;
use spiral::tui::{Msg, State};
use tui_input::InputRequest;

#[derive(Debug, Clone)]
enum Key {
    Add(String),
    Paste(Vec<String>),
    Code(u8),
    Uncode,
    Delete,
    Down(u8),
    Up(u8),
    NextGroup,
    PrevGroup,
    NextQuestion,
    Language,
    NewGroup(String),
    Participants(u16),
    Merge(String),
    Undo,
    Redo,
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zåäöA-Z ]{1,20}",
        Just("Trygghet \"på\" kvällarna \\ r#\"x\"#".to_string()),
        Just("Café 😊 الصحة 日本語".to_string()),
    ]
}

fn key() -> impl Strategy<Value = Key> {
    prop_oneof![
        4 => text().prop_map(Key::Add),
        1 => prop::collection::vec(text(), 2..4).prop_map(Key::Paste),
        3 => (1u8..=8).prop_map(Key::Code),
        1 => Just(Key::Uncode),
        1 => Just(Key::Delete),
        2 => (1u8..5).prop_map(Key::Down),
        1 => (1u8..5).prop_map(Key::Up),
        1 => Just(Key::NextGroup),
        1 => Just(Key::PrevGroup),
        1 => Just(Key::NextQuestion),
        1 => Just(Key::Language),
        1 => "[A-Z][a-z]{2,8}".prop_map(Key::NewGroup),
        1 => (0u16..30).prop_map(Key::Participants),
        1 => "[a-z ]{1,12}".prop_map(Key::Merge),
        2 => Just(Key::Undo),
        1 => Just(Key::Redo),
    ]
}

fn press(s: &mut State, key: &Key) {
    match key {
        Key::Add(text) => {
            act(s, Action::Capture);
            type_text(s, text);
            act(s, Action::Submit);
            act(s, Action::Cancel);
        }
        Key::Paste(lines) => {
            s.update(Msg::Paste(lines.join("\n")));
            act(s, Action::Submit);
            act(s, Action::Cancel);
        }
        Key::Code(k) => act(s, Action::Code(*k)),
        Key::Uncode => act(s, Action::Uncode),
        Key::Delete => act(s, Action::Delete),
        Key::Down(n) => (0..*n).for_each(|_| act(s, Action::Down)),
        Key::Up(n) => (0..*n).for_each(|_| act(s, Action::Up)),
        Key::NextGroup => act(s, Action::NextGroup),
        Key::PrevGroup => act(s, Action::PrevGroup),
        Key::NextQuestion => act(s, Action::NextQuestion),
        Key::Language => act(s, Action::Language),
        Key::NewGroup(name) => {
            act(s, Action::NewGroup);
            type_text(s, name);
            act(s, Action::Submit);
        }
        Key::Participants(n) => {
            act(s, Action::Participants);
            s.update(Msg::Input(InputRequest::DeleteLine));
            type_text(s, &n.to_string());
            act(s, Action::Submit);
        }
        Key::Merge(wording) => {
            act(s, Action::Synthesis);
            act(s, Action::Mark);
            act(s, Action::Mark);
            act(s, Action::Merge);
            s.update(Msg::Input(InputRequest::DeleteLine));
            type_text(s, wording);
            act(s, Action::Submit);
            // Clears what is still marked, then leaves the synthesis.
            act(s, Action::Back);
            act(s, Action::Back);
        }
        Key::Undo => act(s, Action::Undo),
        Key::Redo => act(s, Action::Redo),
    }
}

fn bytes(s: &State) -> String {
    session_to_ron(s.workshop().expect("a session is open").session())
}

/// Presses `action` until the status says `done` (a message, in the
/// screen's language), at most `limit` times; how many times it did
/// something.
fn until(s: &mut State, action: Action, done: &str, limit: usize) -> usize {
    for n in 0..limit {
        act(s, action);
        if status(s) == spiral::i18n::say(s.lang(), done, &[]) {
            return n;
        }
    }
    panic!("{action:?} still did something after {limit} presses");
}

fn run(start: Session, keys: &[Key]) -> Result<(), TestCaseError> {
    let mut s = State::in_memory(Framework::default_framework(), start);
    let first = bytes(&s);
    for key in keys {
        press(&mut s, key);
        prop_assert!(s.capture().is_none() && s.synthesis().is_none());
    }
    // The furthest state reached: what redo goes back to.
    until(&mut s, Action::Redo, "workshop-nothing-to-redo", 2_000);
    let end = bytes(&s);
    let undone = until(&mut s, Action::Undo, "workshop-nothing-to-undo", 2_000);
    prop_assert_eq!(&bytes(&s), &first, "after {} undos", undone);
    let redone = until(&mut s, Action::Redo, "workshop-nothing-to-redo", 2_000);
    prop_assert_eq!(redone, undone);
    prop_assert_eq!(&bytes(&s), &end, "after {} redos", redone);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn undo_and_redo_through_the_app_give_back_the_example(
        keys in prop::collection::vec(key(), 0..=30)
    ) {
        run(example(), &keys)?;
    }

    #[test]
    fn undo_and_redo_through_the_app_give_back_a_new_session(
        keys in prop::collection::vec(key(), 0..=30)
    ) {
        let mut session = Session::new(
            "Ny session",
            &Framework::default_framework(),
            spiral::model::Lang::Sv,
        );
        session.groups.push(spiral::model::Group::new("Unga"));
        run(session, &keys)?;
    }
}
