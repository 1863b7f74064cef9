//! Helpers for the tests that drive the app by messages and draw it on a
//! TestBackend.

use std::path::Path;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use spiral::model::{Framework, Session};
use spiral::tui::keymap::Action;
use spiral::tui::{Msg, State, view};
use tui_input::InputRequest;

/// The shipped example session.
pub fn example() -> Session {
    spiral::store::load_session(Path::new("sessions/alby-2011.ron")).expect("the example loads")
}

/// The app on the example, in memory.
pub fn state() -> State {
    State::in_memory(Framework::default_framework(), example())
}

/// The screen as text, at a size. On Windows the app writes a path with
/// `\` between its folders (docs/windows.md); the snapshots are Linux's, so
/// there a `\` reads as `/` (no snapshot holds a `\` of its own).
pub fn screen(state: &State, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| view::draw(state, f)).unwrap();
    slashes(&terminal.backend().to_string())
}

/// A text as a snapshot holds it: on Windows, each `\\` as `/` (see
/// `screen`); elsewhere as it is.
pub fn slashes(text: &str) -> String {
    if cfg!(windows) {
        text.replace('\\', "/")
    } else {
        text.to_string()
    }
}

pub fn act(state: &mut State, action: Action) {
    state.update(Msg::Action(action));
}

pub fn type_text(state: &mut State, text: &str) {
    for c in text.chars() {
        state.update(Msg::Input(InputRequest::InsertChar(c)));
    }
}

/// The status line's text (empty when there is none).
pub fn status(state: &State) -> String {
    state
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

/// The selected group's notes (indices into the session's notes), in the
/// order the list shows them: the session's.
pub fn group_notes(state: &State) -> Vec<usize> {
    let w = state.workshop().expect("a session is open");
    let Some(group) = w.current_group() else {
        return Vec::new();
    };
    (0..w.session().notes.len())
        .filter(|&i| w.session().notes[i].group == group.id)
        .collect()
}

/// Selects the group's note at `at` in its list, as a user does: Home,
/// then Down.
pub fn select_at(state: &mut State, at: usize) {
    act(state, Action::Top);
    for _ in 0..at {
        act(state, Action::Down);
    }
}

/// Selects the first note `pick` takes, as a user does: from the first
/// group on (PrevGroup, NextGroup), Home and Down in its list.
pub fn select_where(state: &mut State, pick: impl Fn(&spiral::model::Note) -> bool) {
    let groups = state
        .workshop()
        .expect("a session is open")
        .session()
        .groups
        .len();
    for _ in 0..groups {
        act(state, Action::PrevGroup);
    }
    for _ in 0..groups {
        let session = state.workshop().unwrap().session();
        if let Some(at) = group_notes(state)
            .iter()
            .position(|&i| pick(&session.notes[i]))
        {
            select_at(state, at);
            return;
        }
        act(state, Action::NextGroup);
    }
    panic!("no such note");
}

/// The selected note, as the session holds it.
pub fn selected(state: &State) -> spiral::model::Note {
    let w = state.workshop().expect("a session is open");
    w.session().notes[w.selected_note().expect("a note is selected")].clone()
}
