//! Every note has a coder (issue 26, part 5): decided when the note is
//! made, from `SPIRAL_CODER`, the session's first facilitator as it is
//! now, the user's name; when none is known the app asks once, and
//! `spiral add` refuses. In the app (driven by its actions, drawn on a
//! TestBackend) and on the command line.

mod common;

use common::app::{act, screen, status, type_text};
use spiral::i18n::Tongue;
use spiral::model::{Framework, Lang};
use spiral::ops::coder::Sources;
use spiral::tui::app::Prefs;
use spiral::tui::keymap::Action;
use spiral::tui::theme::Theme;
use spiral::tui::{Msg, State};
use tui_input::InputRequest;

fn go_to(s: &mut State, label: &str) {
    let row = s
        .details_rows()
        .iter()
        .position(|r| r.starts_with(label))
        .unwrap_or_else(|| panic!("no row {label}: {:?}", s.details_rows()));
    while s.details_selected().unwrap() < row {
        act(s, Action::Down);
    }
}

/// The user's name is known here (so the facilitator is seen to come
/// before it); `SPIRAL_CODER` is not set.
fn known_user() -> Sources {
    Sources {
        spiral_coder: None,
        user: Some("login".into()),
    }
}

#[test]
fn a_session_made_in_the_app_writes_its_notes_as_the_facilitator_entered() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = State::list(Framework::default_framework(), dir.path());
    act(&mut s, Action::NewSession);
    type_text(&mut s, "Fittja");
    act(&mut s, Action::Submit);
    s.workshop_mut().unwrap().set_coder_sources(known_user());
    // The details form opens at once: the facilitators, entered there.
    go_to(&mut s, "Facilitators");
    act(&mut s, Action::Submit);
    type_text(&mut s, "Anna Lindqvist, Yusuf Ahmed");
    act(&mut s, Action::Submit);
    act(&mut s, Action::Back);
    act(&mut s, Action::NewGroup);
    type_text(&mut s, "Unga");
    act(&mut s, Action::Submit);
    act(&mut s, Action::Capture);
    type_text(&mut s, "Fotboll i parken");
    act(&mut s, Action::Submit);
    act(&mut s, Action::Cancel);
    s.save_if_dirty();
    let path = dir.path().join("fittja.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("            text: \"Fotboll i parken\",\n")
            && text.contains("            coder: \"Anna Lindqvist\",\n"),
        "{text}"
    );
    let shown = screen(&s, 120, 36);
    assert!(shown.contains("Well-being · Anna Lindqvist"), "{shown}");
    assert!(!shown.contains("no coder"), "{shown}");
}

/// The example without its facilitators, on a computer that names no one.
fn nobody_known(lang: Lang) -> State {
    let mut session = common::app::example();
    session.facilitators.clear();
    session.language = lang;
    let prefs = Prefs {
        framework: Framework::default_framework(),
        tongue: Tongue {
            forced: Some(lang),
            system: lang,
        },
        theme: Theme::Default,
        keys: Default::default(),
        refused: None,
    };
    let mut s = State::in_memory(prefs, session);
    s.workshop_mut()
        .unwrap()
        .set_coder_sources(Sources::default());
    s.status = None;
    s
}

fn notes(s: &State) -> usize {
    s.workshop().unwrap().session().notes.len()
}

#[test]
fn when_no_one_is_known_the_app_asks_once_and_adds_the_note_then() {
    let mut s = nobody_known(Lang::En);
    let before = notes(&s);
    act(&mut s, Action::Capture);
    type_text(&mut s, "Fotboll");
    act(&mut s, Action::Submit);
    assert_eq!(notes(&s), before, "no note without a coder");
    assert_eq!(
        status(&s),
        "Who writes these notes? Type your name and press Enter."
    );
    insta::assert_snapshot!("coder_prompt_en_80x24", screen(&s, 80, 24));
    // Esc: nothing added, the line keeps the note.
    act(&mut s, Action::Cancel);
    assert_eq!(notes(&s), before);
    assert_eq!(s.capture().as_ref().unwrap().input.value(), "Fotboll");
    // Asked again; an empty answer adds nothing and says why.
    act(&mut s, Action::Submit);
    act(&mut s, Action::Submit);
    assert_eq!(notes(&s), before);
    assert_eq!(
        status(&s),
        "A note is saved with the name of who wrote it: no note was added."
    );
    // A name: the waiting note is added with it.
    act(&mut s, Action::Submit);
    type_text(&mut s, " Bo\u{7} ");
    act(&mut s, Action::Submit);
    assert_eq!(notes(&s), before + 1);
    assert_eq!(status(&s), "Notes are written by Bo.");
    let w = s.workshop().unwrap();
    let last = w.session().notes.last().unwrap();
    assert_eq!((last.text.as_str(), last.coder.as_str()), ("Fotboll", "Bo"));
    assert_eq!(s.capture().as_ref().unwrap().input.value(), "");
    // Once: the next note, and a coding, are written by Bo unasked.
    type_text(&mut s, "Parken");
    act(&mut s, Action::AddAndCode(4));
    assert!(s.overlay.is_none());
    let last = s
        .workshop()
        .unwrap()
        .session()
        .notes
        .last()
        .unwrap()
        .clone();
    assert_eq!((last.text.as_str(), last.coder.as_str()), ("Parken", "Bo"));
    act(&mut s, Action::Cancel);
    act(&mut s, Action::Code(1));
    assert!(s.overlay.is_none());
    let shown = screen(&s, 120, 36);
    assert!(!shown.contains("no coder"), "{shown}");
}

#[test]
fn a_coding_with_no_one_known_asks_too_in_the_app_s_language() {
    let mut s = nobody_known(Lang::Sv);
    let w = s.workshop().unwrap();
    let uncoded = w.session().notes.iter().filter(|n| !n.is_coded()).count();
    act(&mut s, Action::Code(4));
    assert_eq!(
        status(&s),
        "Vem skriver lapparna? Skriv ditt namn och tryck Enter."
    );
    insta::assert_snapshot!("coder_prompt_sv_80x24", screen(&s, 80, 24));
    let w = s.workshop().unwrap();
    let still = w.session().notes.iter().filter(|n| !n.is_coded()).count();
    assert_eq!(still, uncoded, "nothing coded without a coder");
    type_text(&mut s, "Åsa");
    s.update(Msg::Input(InputRequest::GoToEnd));
    act(&mut s, Action::Submit);
    let w = s.workshop().unwrap();
    let coded = w
        .session()
        .notes
        .iter()
        .filter(|n| n.coder == "Åsa" && n.family.as_deref() == Some("personal_relations"))
        .count();
    assert_eq!(coded, 1, "the waiting coding was made by Åsa");
}

mod command_line {
    use std::path::{Path, PathBuf};
    use std::process::{Command, Output};

    /// `spiral add`, with nothing of the environment naming a coder
    /// unless `env` says it.
    fn add(file: &Path, env: &[(&str, &str)], extra: &[&str], text: &str) -> Output {
        let mut c = Command::new(env!("CARGO_BIN_EXE_spiral"));
        c.env("SPIRAL_LANG", "en")
            .env_remove("SPIRAL_CODER")
            .env_remove("USER")
            .env_remove("USERNAME")
            .env_remove("LOGNAME");
        for (k, v) in env {
            c.env(k, v);
        }
        c.args(["add", file.to_str().unwrap(), "--group", "Unga"])
            .args(["--question", "wellbeing"])
            .args(extra)
            .arg(text);
        c.output().unwrap()
    }

    fn new_session(dir: &Path, facilitators: &[&str]) -> PathBuf {
        let file = dir.join("s.ron");
        let mut args = vec!["new", file.to_str().unwrap(), "--title", "Fittja"];
        args.extend(["--group", "Unga"]);
        for f in facilitators {
            args.extend(["--facilitator", f]);
        }
        common_ok(&crate::common::spiral(&args));
        file
    }

    fn common_ok(o: &Output) {
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }

    fn coders(file: &Path) -> Vec<String> {
        let s = spiral::store::load_session(file).unwrap();
        s.notes.into_iter().map(|n| n.coder).collect()
    }

    #[test]
    fn spiral_add_writes_the_note_as_its_coder_in_the_same_order_of_sources() {
        let dir = tempfile::tempdir().unwrap();
        let file = new_session(dir.path(), &["Anna Lindqvist", "Yusuf Ahmed"]);
        common_ok(&add(&file, &[("USER", "login")], &[], "Första"));
        common_ok(&add(
            &file,
            &[("SPIRAL_CODER", "Lisa"), ("USER", "login")],
            &[],
            "Andra",
        ));
        common_ok(&add(
            &file,
            &[("SPIRAL_CODER", "Lisa")],
            &["--coder", "Bo"],
            "Tredje",
        ));
        assert_eq!(coders(&file), ["Anna Lindqvist", "Lisa", "Bo"]);
    }

    #[test]
    fn spiral_add_with_no_facilitator_writes_the_user_s_name() {
        let dir = tempfile::tempdir().unwrap();
        let file = new_session(dir.path(), &[]);
        common_ok(&add(&file, &[("USERNAME", "anna")], &[], "Första"));
        assert_eq!(coders(&file), ["anna"]);
        // Nothing in the environment: the system's record of the user.
        #[cfg(unix)]
        {
            let id = Command::new("id").arg("-un").output().unwrap();
            let login = String::from_utf8_lossy(&id.stdout).trim().to_string();
            common_ok(&add(&file, &[], &[], "Andra"));
            assert_eq!(coders(&file), ["anna", login.as_str()]);
        }
    }
}

/// A family picked in the picker (`c`) waits for the name too, and is
/// made once it is given.
#[test]
fn a_component_picked_with_no_one_known_asks_then_codes() {
    let mut s = nobody_known(Lang::En);
    let index = s.workshop().unwrap().selected_note().unwrap();
    act(&mut s, Action::PickComponent);
    type_text(&mut s, "grannar");
    act(&mut s, Action::Submit);
    assert_eq!(
        status(&s),
        "Who writes these notes? Type your name and press Enter."
    );
    assert!(matches!(
        s.overlay,
        Some(spiral::tui::overlay::Overlay::Prompt { .. })
    ));
    type_text(&mut s, "Bo");
    act(&mut s, Action::Submit);
    let note = s.workshop().unwrap().session().notes[index].clone();
    assert_eq!(
        (note.component.as_deref(), note.coder.as_str()),
        (Some("neighbours"), "Bo")
    );
}
