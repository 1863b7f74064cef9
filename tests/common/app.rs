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

/// The screen as text, at a size.
pub fn screen(state: &State, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| view::draw(state, f)).unwrap();
    terminal.backend().to_string()
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
