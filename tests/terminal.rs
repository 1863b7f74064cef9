//! The real binary in a real terminal (tmux): keys typed, the screen read,
//! the file checked; and a terminal closed mid-note. `.ci/run` installs
//! tmux where it is missing.
#![cfg(unix)] // tmux: Unix only (scripts/test-windows counts it)

mod common;

use std::path::Path;

use common::{Tmux, wait_until};

fn session_copy(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("alby.ron");
    std::fs::copy("sessions/alby-2011.ron", &path).unwrap();
    path
}

fn command(path: &Path) -> String {
    format!("{} {}", env!("CARGO_BIN_EXE_spiral"), path.display())
}

fn saved_text(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn capture_code_and_quit_in_a_real_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_copy(dir.path());
    let t = Tmux::start("flow", &format!("{}; sleep 30", command(&path)));
    t.wait_for("Question 1/3 [W] Well-being");
    t.keys(&["a"]);
    t.wait_for("New note · Mothers at the Open Pre-school");
    t.text("Trygga gator på kvällen");
    t.keys(&["Enter"]);
    t.wait_for("Trygga gator på kvällen");
    // The capture line closes before the digit is typed: an Escape and a
    // 7 arriving together are Alt-7 to a terminal (add and code).
    t.keys(&["Escape"]);
    wait_until("the capture line to close", || {
        !t.screen().contains("Enter adds")
    });
    t.keys(&["7"]);
    t.wait_for("Coded Social balances.");
    t.keys(&["q"]);
    wait_until("the lock to go", || {
        !dir.path().join(".alby.ron.lock").exists()
    });
    let text = saved_text(&path);
    let at = text
        .find("text: \"Trygga gator på kvällen\"")
        .expect("the note is saved");
    assert!(text[at..].starts_with(
        "text: \"Trygga gator på kvällen\",\n            family: \"social_balances\","
    ));
    assert!(dir.path().join("alby.ron.bak").exists());
}

#[test]
fn a_closed_terminal_keeps_the_half_typed_note() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_copy(dir.path());
    let t = Tmux::start("hangup", &command(&path));
    t.wait_for("Question 1/3");
    t.keys(&["a"]);
    t.wait_for("New note");
    t.text("Halvskriven när fönstret stängdes");
    t.wait_for("Halvskriven när fönstret stängdes");
    // Closing the window hangs up the terminal (SIGHUP).
    t.kill();
    wait_until("the lock to go", || {
        !dir.path().join(".alby.ron.lock").exists()
    });
    assert!(saved_text(&path).contains("text: \"Halvskriven när fönstret stängdes\""));
}

#[test]
fn a_second_window_is_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_copy(dir.path());
    let first = Tmux::start("first", &command(&path));
    first.wait_for("Question 1/3");
    let second = Tmux::start("second", &format!("{}; sleep 30", command(&path)));
    second.wait_for("READ-ONLY");
    second.keys(&["a"]);
    second.wait_for("Read-only: notes cannot be added here.");
    second.keys(&["q"]);
    first.keys(&["q"]);
    wait_until("the lock to go", || {
        !dir.path().join(".alby.ron.lock").exists()
    });
    assert_eq!(
        saved_text(&path),
        saved_text(Path::new("sessions/alby-2011.ron"))
    );
}

/// A second window follows the first (issue 14): a note added there is
/// shown here within 2 s, the selection kept.
#[test]
fn a_second_window_shows_what_the_first_adds() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_copy(dir.path());
    let first = Tmux::start("writer", &format!("{}; sleep 30", command(&path)));
    first.wait_for("Question 1/3");
    let second = Tmux::start("viewer", &format!("{}; sleep 30", command(&path)));
    second.wait_for("READ-ONLY");
    second.keys(&["j"]);
    second.wait_for("Att barnen är friska");
    first.keys(&["a"]);
    first.wait_for("New note");
    first.text("Syns i andra fönstret");
    first.keys(&["Enter"]);
    first.wait_for("saved");
    // The group's count in the list's title (the note is at the end of the
    // list, below what a 30-row terminal shows).
    let start = std::time::Instant::now();
    second.wait_for("Mothers at the Open Pre-school · 23 notes");
    let took = start.elapsed();
    assert!(took < std::time::Duration::from_secs(2), "took {took:?}");
    second.keys(&["G"]);
    second.wait_for("Syns i andra fönstret");
    second.keys(&["q"]);
    first.keys(&["Escape"]);
    first.wait_for("a add");
    first.keys(&["q"]);
    wait_until("the lock to go", || {
        !dir.path().join(".alby.ron.lock").exists()
    });
}

#[test]
fn compare_two_files_then_merge_in_the_synthesis() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_copy(dir.path());
    let other = dir.path().join("fittja.ron");
    std::fs::write(
        &other,
        saved_text(&path).replace("Alby focus groups, autumn 2011", "Fittja 2012"),
    )
    .unwrap();
    // Two files: the comparison of their groups; b compares the sessions.
    let both = format!(
        "SPIRAL_DATA_DIR={} {} {} {}; sleep 30",
        dir.path().display(),
        env!("CARGO_BIN_EXE_spiral"),
        path.display(),
        other.display()
    );
    let t = Tmux::start("compare", &both);
    t.wait_for("Comparison · 8 groups · all questions · 172 coded notes");
    t.keys(&["b"]);
    t.wait_for("Comparison · 2 sessions");
    t.wait_for("χ² = 0.00, dof 7, p = 1.000");
    t.keys(&["q"]);
    drop(t);
    // One file: S opens the synthesis; mark two notes and merge them.
    let t = Tmux::start("synthesis", &format!("{}; sleep 30", command(&path)));
    t.wait_for("Question 1/3");
    t.keys(&["S"]);
    t.wait_for("Synthesis · 4 Personal relations");
    t.keys(&["Space", "Space", "m"]);
    t.wait_for("Wording of the criterion");
    t.keys(&["C-u"]);
    t.text("Grannar och mammor");
    t.keys(&["Enter"]);
    t.wait_for("Merged: 2 notes under “Grannar och mammor”.");
    t.keys(&["q"]);
    wait_until("the lock to go", || {
        !dir.path().join(".alby.ron.lock").exists()
    });
    let text = saved_text(&path);
    assert!(text.contains("wording: \"Grannar och mammor\","));
    assert_eq!(text.matches("criterion: ").count(), 28);
}

#[test]
fn resize_storms_and_a_tiny_terminal_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_copy(dir.path());
    let t = Tmux::start("resize", &format!("{}; sleep 30", command(&path)));
    t.wait_for("Question 1/3");
    // 20×5: the app asks for more room, keys still work.
    let _ = t
        .cmd(&["resize-window", "-t", "s", "-x", "20", "-y", "5"])
        .status();
    t.wait_for("spiral needs");
    t.keys(&["a"]);
    t.text("Skrivet i ett litet fönster");
    t.keys(&["Enter", "Escape"]);
    // A storm of sizes while notes are typed.
    for i in 0..60u16 {
        let (x, y) = (20 + (i * 37) % 140, 5 + (i * 13) % 50);
        let _ = t
            .cmd(&[
                "resize-window",
                "-t",
                "s",
                "-x",
                &x.to_string(),
                "-y",
                &y.to_string(),
            ])
            .status();
        if i % 20 == 0 {
            t.keys(&["a"]);
            t.text(&format!("Storm {i}"));
            t.keys(&["Enter", "Escape"]);
        }
    }
    let _ = t
        .cmd(&["resize-window", "-t", "s", "-x", "100", "-y", "30"])
        .status();
    t.wait_for("Storm 40");
    t.keys(&["q"]);
    wait_until("the lock to go", || {
        !dir.path().join(".alby.ron.lock").exists()
    });
    let text = saved_text(&path);
    for note in [
        "Skrivet i ett litet fönster",
        "Storm 0",
        "Storm 20",
        "Storm 40",
    ] {
        assert!(text.contains(&format!("text: \"{note}\"")), "{note} lost");
    }
    // The terminal is the shell's again: the app left the alternate screen.
    assert!(!t.screen().contains("Question 1/3"));
}

/// A bug that panics inside the app (injected: debug builds panic on
/// `SPIRAL_TEST_PANIC_ON`'s key): the terminal is restored, the message is
/// readable, and the session holds every note saved before.
#[test]
fn a_panic_restores_the_terminal_and_keeps_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_copy(dir.path());
    let t = Tmux::start(
        "panic",
        &format!(
            "RUST_BACKTRACE=0 SPIRAL_TEST_PANIC_ON=§ {}; echo exit=$?; sleep 30",
            command(&path)
        ),
    );
    t.wait_for("Question 1/3");
    t.keys(&["a"]);
    t.text("Före kraschen");
    t.keys(&["Enter", "Escape"]);
    t.wait_for("97 notes · saved");
    // A note half typed when the bug strikes is kept too.
    t.keys(&["a"]);
    t.text("Halvskriven vid kraschen");
    t.wait_for("Halvskriven vid kraschen");
    t.keys(&["§"]);
    t.wait_for("exit=");
    let screen = t.screen();
    assert!(screen.contains("a test asked for a panic"), "{screen}");
    // Raw mode and the alternate screen are off: the app's screen is gone
    // and the shell prints lines normally.
    assert!(!screen.contains("Question 1/3"), "{screen}");
    assert!(screen.contains("exit=101"), "{screen}");
    assert!(saved_text(&path).contains("text: \"Före kraschen\""));
    assert!(saved_text(&path).contains("text: \"Halvskriven vid kraschen\""));
    spiral::store::load_session(&path).unwrap();
}
