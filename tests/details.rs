//! A session's details (issue 14): on the command line (`spiral new
//! --question`, `spiral set`) and in the app's details form (`i`): title,
//! place, date, facilitators, language, questions, and a group's name,
//! description and participants, each change undoable and saved.

mod common;

use common::app::{act, screen, status, type_text};
use common::{err, ok, spiral};
use spiral::model::{Framework, Lang};
use spiral::tui::keymap::Action;
use spiral::tui::{Msg, State};
use tui_input::InputRequest;

fn new_session(dir: &std::path::Path) -> std::path::PathBuf {
    let file = dir.join("s.ron");
    ok(&spiral(&[
        "new",
        file.to_str().unwrap(),
        "--title",
        "Fittja",
        "--lang",
        "sv",
        "--group",
        "Unga",
        "--question",
        "Vad gör ni i Fittja?",
    ]));
    file
}

#[test]
fn spiral_new_takes_a_question_of_the_session_s_own() {
    let dir = tempfile::tempdir().unwrap();
    let file = new_session(dir.path());
    let s = spiral::store::load_session(&file).unwrap();
    let ids: Vec<&str> = s.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["wellbeing", "illbeing", "action", "q4"]);
    assert_eq!(s.questions[3].prompt.get(Lang::Sv), "Vad gör ni i Fittja?");
}

#[test]
fn spiral_set_changes_the_details_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = new_session(dir.path());
    let f = file.to_str().unwrap();
    let said = ok(&spiral(&[
        "set",
        f,
        "--place",
        "Fittja, Botkyrka",
        "--date",
        "2026-11-23",
        "--facilitator",
        "Anna Lindqvist",
        "--facilitator",
        "Yusuf Ahmed",
        "--word-question",
        "wellbeing=Vad är ett gott liv för dig?",
        "--group",
        "unga",
        "--description",
        "Fritidsgården, tisdagar",
        "--participants",
        "11",
    ]));
    assert_eq!(
        said,
        format!("changed {f}: details, question wellbeing, group unga\n")
    );
    let s = spiral::store::load_session(&file).unwrap();
    assert_eq!(s.place, "Fittja, Botkyrka");
    assert_eq!(s.date.unwrap().to_string(), "2026-11-23");
    assert_eq!(s.facilitators, ["Anna Lindqvist", "Yusuf Ahmed"]);
    assert_eq!(s.questions[0].prompt.sv, "Vad är ett gott liv för dig?");
    assert_eq!(s.groups[0].description, "Fritidsgården, tisdagar");
    assert_eq!(s.groups[0].participants, Some(11));
    // A mistake anywhere changes nothing.
    let before = std::fs::read(&file).unwrap();
    let o = spiral(&["set", f, "--title", "Ny titel", "--date", "23/11/2026"]);
    assert_eq!(
        err(&o),
        "spiral: “23/11/2026” is not a date: write it YYYY-MM-DD (2026-11-23).\n"
    );
    let o = spiral(&["set", f, "--title", "Ny titel", "--word-question", "nope=x"]);
    assert!(err(&o).starts_with("spiral: no question `nope`; the session's questions are: "));
    assert_eq!(std::fs::read(&file).unwrap(), before);
    assert_eq!(
        ok(&spiral(&["set", f])),
        format!("{f}: nothing to change\n")
    );
}

fn state() -> State {
    let fw = Framework::default_framework();
    let mut session = common::app::example();
    session.language = Lang::Sv;
    let mut s = State::in_memory(fw, session);
    s.status = None;
    s
}

/// The form: a row per detail; Enter edits the selected one in a line,
/// Enter again makes the change (undone by u like any).
#[test]
fn the_details_form_edits_the_place_a_question_and_the_group() {
    let mut s = state();
    act(&mut s, Action::Details);
    insta::assert_snapshot!("details_sv_80x24", screen(&s, 80, 24));
    insta::assert_snapshot!("details_sv_160x48", screen(&s, 160, 48));
    // Place: the second row.
    act(&mut s, Action::Down);
    act(&mut s, Action::Submit);
    s.update(Msg::Input(InputRequest::DeleteLine));
    type_text(&mut s, "Alby centrum");
    act(&mut s, Action::Submit);
    assert_eq!(s.workshop().unwrap().session().place, "Alby centrum");
    assert_eq!(status(&s), "Place: Alby centrum.");
    // A question of the session's own.
    go_to(&mut s, "+ Add a question");
    act(&mut s, Action::Submit);
    type_text(&mut s, "Vad gör ni i Alby?");
    act(&mut s, Action::Submit);
    let w = s.workshop().unwrap();
    assert_eq!(w.session().questions.len(), 4);
    // The group's participants.
    go_to(&mut s, "Participants");
    act(&mut s, Action::Submit);
    s.update(Msg::Input(InputRequest::DeleteLine));
    type_text(&mut s, "12");
    act(&mut s, Action::Submit);
    let w = s.workshop().unwrap();
    assert_eq!(w.current_group().unwrap().participants, Some(12));
    // Each was one change.
    act(&mut s, Action::Back);
    act(&mut s, Action::Undo);
    act(&mut s, Action::Undo);
    act(&mut s, Action::Undo);
    let w = s.workshop().unwrap();
    assert_eq!(w.session().questions.len(), 3);
    assert_eq!(w.session().place, "Alby, Botkyrka");
    let mut english = common::app::example();
    english.language = Lang::En;
    let mut en = State::in_memory(Framework::default_framework(), english);
    act(&mut en, Action::Details);
    insta::assert_snapshot!("details_en_80x24", screen(&en, 80, 24));
    insta::assert_snapshot!("details_en_160x48", screen(&en, 160, 48));
}

/// Moves the form's selection down to the row whose label starts with
/// `label`.
fn go_to(s: &mut State, label: &str) {
    let row = s
        .details_rows()
        .iter()
        .position(|r| r.starts_with(label))
        .unwrap_or_else(|| panic!("no row {label}: {:?}", s.details_rows()));
    while s.details_selected().unwrap() < row {
        act(s, Action::Down);
    }
    assert_eq!(s.details_selected(), Some(row));
}
