//! Where you were is kept (issue 14): the group and the question shown
//! survive quitting, and a kill mid-workshop, so new notes go on to the
//! question they were taking. Kept in the user's state folder
//! (`$SPIRAL_STATE_DIR` here), not in the session file.
#![cfg(unix)] // tmux: Unix only (scripts/test-windows counts it)

mod common;

use std::path::Path;

use common::{Tmux, wait_until};

fn command(state: &Path, session: &Path) -> String {
    format!(
        "SPIRAL_STATE_DIR={} {} {}; sleep 30",
        state.display(),
        env!("CARGO_BIN_EXE_spiral"),
        session.display()
    )
}

#[test]
fn the_question_and_group_survive_a_quit_and_a_kill() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("alby.ron");
    std::fs::copy("sessions/alby-2011.ron", &session).unwrap();
    let before = std::fs::read(&session).unwrap();
    let state = dir.path().join("state");
    let t = Tmux::start("position", &command(&state, &session));
    t.wait_for("Question 1/3");
    // Question 2, the second group, then quit.
    t.keys(&["Tab"]);
    t.wait_for("Question 2/3");
    t.keys(&["l"]);
    t.wait_for("Teachers at the Grindtorp school in Alby ·");
    t.keys(&["q"]);
    wait_until("the lock to go", || {
        !dir.path().join(".alby.ron.lock").exists()
    });
    // Moving about changes nothing in the session file.
    assert_eq!(std::fs::read(&session).unwrap(), before);
    t.kill();
    let t = Tmux::start("position2", &command(&state, &session));
    t.wait_for("Question 2/3 [I] Ill-being");
    t.wait_for("Teachers at the Grindtorp school in Alby ·");
    t.wait_for(
        "Back where you were: Teachers at the Grindtorp school in Alby, question 2/3 Ill-being.",
    );
    // A note typed now takes question 2; then a kill (no quit).
    t.keys(&["Tab"]);
    t.wait_for("Question 3/3");
    t.keys(&["a"]);
    t.wait_for("New note");
    t.text("Hjälpa grannen");
    t.keys(&["Enter"]);
    t.wait_for("saved");
    let pid = std::fs::read_to_string(dir.path().join(".alby.ron.lock")).unwrap();
    let pid: String = pid
        .trim_start_matches("spiral pid ")
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    assert!(
        std::process::Command::new("kill")
            .args(["-9", &pid])
            .status()
            .unwrap()
            .success()
    );
    t.kill();
    let t = Tmux::start("position3", &command(&state, &session));
    t.wait_for("Question 3/3");
    t.keys(&["q"]);
    t.kill();
}

/// Issue 26: reopening comes back to the note one was on (kept by its id),
/// shown in the note pane; a note gone since falls back to its group and
/// question.
#[test]
fn reopening_comes_back_to_the_note_one_was_on() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("alby.ron");
    std::fs::copy("sessions/alby-2011.ron", &session).unwrap();
    let state = dir.path().join("state");
    let t = Tmux::start("position-note", &command(&state, &session));
    t.wait_for("Question 1/3");
    // The second group, its fifth note ("God hälsa"), then quit.
    t.keys(&["l"]);
    t.wait_for("Teachers at the Grindtorp school in Alby ·");
    t.keys(&["j", "j", "j", "j"]);
    t.wait_for("││God hälsa ");
    t.keys(&["q"]);
    wait_until("the lock to go", || {
        !dir.path().join(".alby.ron.lock").exists()
    });
    t.kill();
    let t = Tmux::start("position-note2", &command(&state, &session));
    t.wait_for("Back where you were: Teachers at the Grindtorp school in Alby");
    // The note pane shows the note one was on, not the group's first.
    t.wait_for("││God hälsa ");
    assert!(!t.screen().contains("││Elever som känner sig sedda "));
    t.keys(&["q"]);
    wait_until("the lock to go", || {
        !dir.path().join(".alby.ron.lock").exists()
    });
    t.kill();
    // The note gone (its id no longer in the session): its group and
    // question still, at the group's first note.
    let file = state.join("positions.ron");
    let kept = std::fs::read_to_string(&file).unwrap();
    let id = kept.split("note: Some(\"").nth(1).unwrap();
    let id = &id[..36];
    std::fs::write(
        &file,
        kept.replace(id, "00000000-0000-4000-8000-000000000000"),
    )
    .unwrap();
    let t = Tmux::start("position-note3", &command(&state, &session));
    t.wait_for("Back where you were: Teachers at the Grindtorp school in Alby");
    t.wait_for("││Elever som känner sig sedda ");
    t.keys(&["q"]);
    t.kill();
}
