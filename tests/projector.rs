//! The projector view (issue 14): `spiral FILE --view` shows the group's
//! notes by family for the wall of the room, follows the facilitator's
//! window live, takes no lock and never writes.

mod common;

use std::path::Path;

use common::app::{act, screen};
use common::{Tmux, wait_until};
use spiral::model::{Framework, Lang};
use spiral::tui::State;
use spiral::tui::keymap::Action;

fn copy(dir: &Path, lang: Lang) -> std::path::PathBuf {
    let path = dir.join("alby.ron");
    let mut s = common::app::example();
    s.language = lang;
    spiral::store::save_new_session(&path, &s).unwrap();
    path
}

#[test]
fn the_view_shows_the_group_s_notes_by_family_and_takes_no_lock() {
    for lang in [Lang::Sv, Lang::En] {
        let dir = tempfile::tempdir().unwrap();
        let path = copy(dir.path(), lang);
        let before = std::fs::read(&path).unwrap();
        // The wall speaks the session's language, its labels too.
        let speaks = spiral::tui::app::Prefs {
            tongue: spiral::i18n::Tongue::forced(lang),
            ..Framework::default_framework().into()
        };
        let mut view = State::view(speaks, &path);
        view.status = None;
        assert!(!dir.path().join(".alby.ron.lock").exists(), "no lock taken");
        let writer = State::open(Framework::default_framework(), &path);
        assert!(writer.workshop().unwrap().read_only().is_none());
        insta::assert_snapshot!(
            format!("projector_{}_160x48", lang.code()),
            screen(&view, 160, 48)
        );
        insta::assert_snapshot!(
            format!("projector_{}_80x24", lang.code()),
            screen(&view, 80, 24)
        );
        // Tab: the next question, then every one; → the next group.
        act(&mut view, Action::NextQuestion);
        act(&mut view, Action::NextQuestion);
        act(&mut view, Action::NextQuestion);
        act(&mut view, Action::NextGroup);
        let shown = screen(&view, 160, 48);
        let group = &view.workshop().unwrap().session().groups[1].name;
        assert!(shown.contains(group.as_str()), "{shown}");
        drop(view);
        drop(writer);
        assert_eq!(std::fs::read(&path).unwrap(), before, "never written");
    }
}

/// On a second screen: the facilitator codes a note as it is typed, and
/// the wall shows it in its family within 2 s.
#[test]
fn the_view_follows_the_facilitator_s_window() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy(dir.path(), Lang::Sv);
    let spiral = env!("CARGO_BIN_EXE_spiral");
    let writer = Tmux::start(
        "wall-writer",
        &format!("{spiral} {}; sleep 30", path.display()),
    );
    writer.wait_for("Question 1/3");
    let wall = Tmux::start(
        "wall",
        &format!("{spiral} {} --view; sleep 30", path.display()),
    );
    wall.wait_for("Mothers at the Open Pre-school · 8 notes");
    wall.wait_for("4◆ Relations · 3");
    writer.keys(&["a"]);
    writer.wait_for("New note");
    writer.text("Grannarna hälsar");
    writer.keys(&["M-4"]);
    writer.wait_for("Added, coded 4");
    // Shown without a key pressed on the wall: the watch wakes it (notify,
    // or its poll every half second). `wait_for` has a deadline; how fast
    // the machine is, is the benchmarks' business, not this test's.
    wall.wait_for("4◆ Relations · 4");
    wall.wait_for("Grannarna hälsar");
    wall.keys(&["q"]);
    writer.keys(&["Escape"]);
    writer.wait_for("a add");
    writer.keys(&["q"]);
    wait_until("the lock to go", || {
        !dir.path().join(".alby.ron.lock").exists()
    });
}
