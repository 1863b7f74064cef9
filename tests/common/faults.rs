//! Helpers shared by the tests of faults while a session is open
//! (`tests/faults*.rs`): a copy of the example session opened in the app,
//! a note typed there, the notes a file holds, another program's version.

use std::path::{Path, PathBuf};

use spiral::model::Framework;
use spiral::tui::State;
use spiral::tui::keymap::Action;

use super::app::{act, type_text};

pub fn open_copy(dir: &Path) -> (PathBuf, State) {
    let path = dir.join("alby.ron");
    std::fs::copy("sessions/alby-2011.ron", &path).unwrap();
    let state = State::open(Framework::default_framework(), &path);
    (path, state)
}

pub fn add_note(state: &mut State, text: &str) {
    act(state, Action::Capture);
    type_text(state, text);
    act(state, Action::Submit);
    act(state, Action::Cancel);
}

pub fn notes_in(path: &Path) -> Vec<String> {
    spiral::store::load_session(path)
        .unwrap()
        .notes
        .iter()
        .map(|n| n.text.clone())
        .collect()
}

/// Another program's version of the file (a sync engine bringing a
/// laptop's changes): a note added there, and a note recoded there later
/// than here.
pub fn their_version(path: &Path) -> String {
    let mut theirs = spiral::store::load_session(path).unwrap();
    let later = spiral::model::now() + jiff::SignedDuration::from_secs(60);
    let group = theirs.groups[0].id.clone();
    let mut added = spiral::model::Note::new(&group, "wellbeing", "Theirs, from laptop B", "Bo");
    added.created = later;
    added.modified = later;
    theirs.notes.push(added);
    let i = theirs
        .notes
        .iter()
        .position(|n| n.text == "Att ha familjen nära")
        .unwrap();
    theirs.notes[i].text = "Att ha familjen nära (their edit)".into();
    theirs.notes[i].coder = "Bo".into();
    theirs.notes[i].modified = later;
    spiral::store::session_to_ron(&theirs)
}
