//! A second window shows what arrives (issue 26, part 2): a read-only
//! window on the same group as the writing one shows a note added there
//! without a key where its list showed the newest notes, and, where the
//! reader scrolled up, stays and says how many arrived below.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::app::{act, screen, type_text};
#[cfg(unix)]
use common::{Tmux, wait_until};
use spiral::i18n::Tongue;
use spiral::model::{Framework, Lang};
use spiral::tui::keymap::Action;
use spiral::tui::theme::Theme;
use spiral::tui::{Prefs, State};

fn prefs(lang: Lang) -> Prefs {
    Prefs {
        framework: Framework::default_framework(),
        tongue: Tongue::forced(lang),
        theme: Theme::Default,
        keys: Default::default(),
        refused: None,
    }
}

fn session_copy(dir: &Path) -> PathBuf {
    let path = dir.join("alby.ron");
    std::fs::copy("sessions/alby-2011.ron", &path).unwrap();
    path
}

/// A note added in the writing window, and saved.
fn add(writer: &mut State, text: &str) {
    act(writer, Action::Capture);
    type_text(writer, text);
    act(writer, Action::Submit);
    act(writer, Action::Cancel);
    writer.save_if_dirty();
}

/// Waits until the reader, its news taken, shows `text` at 80x24 (a
/// deadline for a screen that never comes, not a bound on speed).
fn shows(reader: &mut State, text: &str) -> String {
    let start = Instant::now();
    loop {
        reader.tick();
        let shown = screen(reader, 80, 24);
        if shown.contains(text) {
            return shown;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "never showed {text:?}:\n{shown}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn selected_text(s: &State) -> String {
    let w = s.workshop().unwrap();
    w.session().notes[w.selected_note().unwrap()].text.clone()
}

#[test]
fn the_newest_stay_in_view_and_what_arrived_below_is_counted() {
    for (lang, below_2, below_1) in [
        (Lang::En, "2 new below — End", "1 new below — End"),
        (Lang::Sv, "2 nya nedanför — End", "1 ny nedanför — End"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = session_copy(dir.path());
        let mut writer = State::open(prefs(lang), &path);
        let mut reader = State::open(prefs(lang), &path);
        let read_only = spiral::i18n::say(lang, "workshop-read-only", &[]);
        assert!(
            screen(&reader, 80, 24)
                .lines()
                .next()
                .unwrap()
                .contains(&read_only)
        );
        let count = |n: usize| match lang {
            Lang::Sv => format!("Mothers at the Open Pre-school · {n} lappar"),
            _ => format!("Mothers at the Open Pre-school · {n} notes"),
        };
        shows(&mut reader, &count(22));
        // Scrolled to the newest (End): a note arrives, and is shown, the
        // selection on it, without a key.
        act(&mut reader, Action::Bottom);
        screen(&reader, 80, 24);
        add(&mut writer, "Arrived at the end");
        let shown = shows(&mut reader, "Arrived at the end");
        assert!(shown.contains(&count(23)), "{shown}");
        assert!(!shown.contains(below_1), "{shown}");
        assert_eq!(selected_text(&reader), "Arrived at the end");
        add(&mut writer, "Next at the end");
        shows(&mut reader, "Next at the end");
        assert_eq!(selected_text(&reader), "Next at the end");
        // The newest in view, the selection on another note: it stays on
        // that note, and the list moves down to show the new one.
        act(&mut reader, Action::Up);
        screen(&reader, 80, 24);
        let kept = selected_text(&reader);
        assert_eq!(kept, "Arrived at the end");
        add(&mut writer, "Arrived with the end in view");
        let shown = shows(&mut reader, "Arrived with the end in view");
        assert_eq!(selected_text(&reader), kept);
        assert!(!shown.contains(below_1), "{shown}");
        // Scrolled up (Home): the list stays, and says what arrived below.
        act(&mut reader, Action::Top);
        let top = screen(&reader, 80, 24);
        let first = selected_text(&reader);
        add(&mut writer, "First below");
        add(&mut writer, "Second below");
        let shown = shows(&mut reader, below_2);
        assert!(shown.contains(&count(27)), "{shown}");
        assert!(!shown.contains("Second below"), "{shown}");
        assert_eq!(selected_text(&reader), first);
        // The same rows of notes as before they came.
        // (the notes pane: right of the groups, whose counts grow).
        let rows = |s: &str| -> Vec<String> {
            s.lines()
                .skip(3)
                .take(8)
                .map(|l| l.split("││").last().unwrap_or("").to_string())
                .collect()
        };
        assert_eq!(rows(&shown), rows(&top));
        // End: the newest, and nothing left to say.
        act(&mut reader, Action::Bottom);
        let shown = screen(&reader, 80, 24);
        assert!(shown.contains("Second below"), "{shown}");
        assert!(
            !shown.contains(below_1) && !shown.contains(below_2),
            "{shown}"
        );
        drop(reader);
        drop(writer);
    }
}

/// On two screens: the reader at the newest sees an arrived note without
/// a key within 2 s; scrolled up, it is told within 2 s.
#[cfg(unix)] // tmux: Unix only
#[test]
fn a_second_window_shows_an_arrived_note_within_two_seconds() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_copy(dir.path());
    let run = format!(
        "{} {}; sleep 30",
        env!("CARGO_BIN_EXE_spiral"),
        path.display()
    );
    let writer = Tmux::start("arrive-writer", &run);
    writer.wait_for("Question 1/3");
    let reader = Tmux::start("arrive-reader", &run);
    reader.wait_for("READ-ONLY");
    reader.keys(&["End"]);
    reader.wait_for("Question 1/3");
    let within = |text: &str| {
        let start = Instant::now();
        loop {
            let shown = reader.screen();
            if shown.contains(text) {
                return shown;
            }
            assert!(
                start.elapsed() < Duration::from_secs(2),
                "the second window did not show {text:?} within 2 s:\n{shown}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    writer.keys(&["a"]);
    writer.wait_for("New note");
    writer.text("Seen in the second window");
    writer.keys(&["Enter"]);
    writer.wait_for("saved");
    within("Seen in the second window");
    // Scrolled up: told, not moved.
    reader.keys(&["Home"]);
    reader.wait_for("Mothers at the Open Pre-school · 23 notes");
    writer.text("Below the reader");
    writer.keys(&["Enter"]);
    writer.wait_for("24 notes");
    let shown = within("1 new below — End");
    assert!(!shown.contains("Below the reader"), "{shown}");
    reader.keys(&["End"]);
    reader.wait_for("Below the reader");
    reader.keys(&["q"]);
    writer.keys(&["Escape"]);
    writer.wait_for("a add");
    writer.keys(&["q"]);
    wait_until("the lock to go", || {
        !dir.path().join(".alby.ron.lock").exists()
    });
}
