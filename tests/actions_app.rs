//! Co-responsibility actions in the app (issue 28, "In the app"): the
//! actions screen (`A`, from the workshop and the profile), its form (each
//! edit one change, undone by `u`, autosaved), the progress report line,
//! the note linked to an action from the workshop in two keys, and the
//! families named most that no action answers yet. Snapshots at 80×24 and
//! 120×36, in Swedish and English; the saved file's bytes where a refusal
//! must write nothing.

mod common;

use common::app::{act, example, screen, status, type_text};
use spiral::i18n::Tongue;
use spiral::model::{Clock, Framework, Lang};
use spiral::ops::coder::Sources;
use spiral::tui::Msg;
use spiral::tui::app::{Prefs, State};
use spiral::tui::keymap::Action;
use spiral::tui::theme::Theme;
use tui_input::InputRequest;

fn prefs(lang: Lang) -> Prefs {
    Prefs {
        framework: Framework::default_framework(),
        tongue: Tongue::forced(lang),
        theme: Theme::Default,
        keys: Default::default(),
        refused: None,
    }
}

/// Anna writes, on 2012-09-01 at noon (UTC).
fn settle(s: &mut State) {
    let w = s.workshop_mut().unwrap();
    w.set_coder_sources(Sources {
        spiral_coder: Some("Anna".into()),
        user: None,
    });
    let at = "2012-09-01T12:00:00Z".parse().unwrap();
    w.set_clock(Clock::fixed(at, jiff::tz::TimeZone::UTC));
    s.status = None;
}

/// The example without actions of its own (the screen as a coordinator
/// starts it: these tests make theirs), in `lang`.
fn example_in(lang: Lang) -> State {
    let mut session = example();
    session.actions.clear();
    session.language = lang;
    let mut s = State::in_memory(prefs(lang), session);
    settle(&mut s);
    s
}

/// A copy of the example in a folder of its own, opened as a file.
fn file_in(dir: &std::path::Path) -> (State, std::path::PathBuf) {
    let path = dir.join("alby.ron");
    let mut session = example();
    session.actions.clear();
    spiral::store::save_new_session(&path, &session).unwrap();
    let mut s = State::open(prefs(Lang::En), &path);
    settle(&mut s);
    (s, path)
}

/// A line typed and confirmed (the line opened by the key before).
fn enter_line(s: &mut State, text: &str) {
    s.update(Msg::Input(InputRequest::DeleteLine));
    type_text(s, text);
    act(s, Action::Submit);
}

fn form_row(s: &mut State, row: usize) {
    for _ in 0..20 {
        act(s, Action::Up);
    }
    for _ in 0..row {
        act(s, Action::Down);
    }
}

/// Two actions made as a coordinator does, through the screen's keys:
/// the first with its start, status, what and why, actors, a family and
/// an open question, and a report; the second with its title only.
fn two_actions(s: &mut State) {
    act(s, Action::Actions);
    act(s, Action::NewAction);
    enter_line(s, "Tillsammans för ett tryggare Alby");
    form_row(s, 1);
    act(s, Action::Submit);
    enter_line(s, "2011-09");
    form_row(s, 2);
    act(s, Action::Submit);
    form_row(s, 3);
    act(s, Action::Submit);
    enter_line(
        s,
        "Boende går nattvandringar med polisen, eftersom unga och vuxna känner sig otrygga i centrum.",
    );
    form_row(s, 5);
    act(s, Action::Submit);
    enter_line(s, "Lokalpolisen:public_body");
    form_row(s, 6);
    act(s, Action::Submit);
    enter_line(s, "Alby föreningsråd:association");
    form_row(s, 8);
    act(s, Action::Submit);
    enter_line(s, "4");
    form_row(s, 10);
    act(s, Action::Submit);
    enter_line(s, "Familj och vänner nära");
    form_row(s, 12);
    act(s, Action::Submit);
    enter_line(s, "Hur håller vi nattvandringarna vid liv?");
    act(s, Action::Back);
    act(s, Action::AddReport);
    enter_line(s, "Antalet nattvandrare har ökat från 8–10 till 35–40.");
    act(s, Action::NewAction);
    enter_line(s, "Läxhjälp på biblioteket");
    act(s, Action::Back);
    act(s, Action::Up);
    s.status = None;
}

fn name(what: &str, lang: Lang, (w, h): (u16, u16)) -> String {
    format!("{what}_{}_{w}x{h}", lang.code())
}

#[test]
fn the_actions_screen_lists_each_action_and_shows_the_selected_one() {
    for lang in [Lang::Sv, Lang::En] {
        let mut s = example_in(lang);
        act(&mut s, Action::Actions);
        assert!(s.workshop().is_some());
        insta::assert_snapshot!(name("actions_none", lang, (80, 24)), screen(&s, 80, 24));
        act(&mut s, Action::Back);
        two_actions(&mut s);
        for size in [(80, 24), (120, 36)] {
            insta::assert_snapshot!(name("actions", lang, size), screen(&s, size.0, size.1));
        }
        act(&mut s, Action::Edit);
        for size in [(80, 24), (120, 36)] {
            insta::assert_snapshot!(name("action_form", lang, size), screen(&s, size.0, size.1));
        }
        act(&mut s, Action::Back);
        // A month and a half later.
        let at = "2012-10-15T09:00:00Z".parse().unwrap();
        let clock = Clock::fixed(at, jiff::tz::TimeZone::UTC);
        s.workshop_mut().unwrap().set_clock(clock);
        act(&mut s, Action::AddReport);
        type_text(&mut s, "Ny");
        insta::assert_snapshot!(name("action_report", lang, (80, 24)), screen(&s, 80, 24));
        // Two reports: the details go on below (↓ PgDn says so), PgDn shows them.
        act(&mut s, Action::Submit);
        s.status = None;
        insta::assert_snapshot!(name("actions_more", lang, (80, 24)), screen(&s, 80, 24));
        act(&mut s, Action::PageDown);
        act(&mut s, Action::PageDown);
        insta::assert_snapshot!(name("actions_below", lang, (80, 24)), screen(&s, 80, 24));
    }
}

#[test]
fn the_actions_open_from_the_workshop_and_the_profile_and_go_back() {
    let mut s = example_in(Lang::En);
    act(&mut s, Action::Profile);
    act(&mut s, Action::Actions);
    let shown = screen(&s, 80, 24);
    assert!(
        shown.contains("Co-responsibility actions · 0 actions"),
        "{shown}"
    );
    let page = s.workshop().map(|_| ());
    assert!(page.is_some());
    act(&mut s, Action::Back);
    assert!(screen(&s, 80, 24).contains("Alby focus groups"));
}

#[test]
fn the_families_named_most_with_no_action_are_said_above_the_actions() {
    let mut s = example_in(Lang::En);
    act(&mut s, Action::Actions);
    let shown = screen(&s, 80, 24);
    assert!(
        shown.contains("Named most, no action yet: 1 Essential resources, 4 Personal relations, 7"),
        "{shown}"
    );
    act(&mut s, Action::Back);
    two_actions(&mut s);
    let shown = screen(&s, 80, 24);
    assert!(
        shown.contains("Named most, no action yet: 1 Essential resources, 7 Social balances"),
        "{shown}"
    );
}

#[test]
fn each_edit_of_the_form_is_one_change_undone_by_u_and_saved() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = file_in(dir.path());
    act(&mut s, Action::Actions);
    act(&mut s, Action::NewAction);
    enter_line(&mut s, "Together for a more secure Alby");
    assert_eq!(
        status(&s),
        "Action added: “Together for a more secure Alby”."
    );
    s.save_if_dirty();
    let before = std::fs::read(&path).unwrap();
    // The title, edited in its line.
    act(&mut s, Action::Submit);
    enter_line(&mut s, "Together for a safer Alby");
    assert_eq!(status(&s), "Title: Together for a safer Alby.");
    s.save_if_dirty();
    let saved = spiral::store::load_session(&path).unwrap();
    assert_eq!(saved.actions[0].title, "Together for a safer Alby");
    // u undoes it, and the file is as it was, byte for byte.
    act(&mut s, Action::Undo);
    s.save_if_dirty();
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(screen(&s, 80, 24).contains("Together for a more secure Alby"));
    // d removes the action (on the list); u brings it back.
    act(&mut s, Action::Back);
    act(&mut s, Action::Delete);
    assert_eq!(
        status(&s),
        "Action removed: “Together for a more secure Alby” (u brings it back)."
    );
    assert!(screen(&s, 80, 24).contains("0 actions"));
    act(&mut s, Action::Undo);
    s.save_if_dirty();
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_synthesis_criterion_is_linked_in_the_form_and_taken_out_with_d() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = file_in(dir.path());
    act(&mut s, Action::Actions);
    act(&mut s, Action::NewAction);
    enter_line(&mut s, "Together for a more secure Alby");
    s.save_if_dirty();
    let before = std::fs::read(&path).unwrap();
    // Title, started, status, what, generalise, + actor, + family, + criterion.
    form_row(&mut s, 7);
    act(&mut s, Action::Submit);
    enter_line(&mut s, "No such criterion");
    assert_eq!(
        status(&s),
        "the session has no criterion `No such criterion`: give its id or its wording (`spiral \
         synthesis` lists them)"
    );
    s.save_if_dirty();
    assert_eq!(std::fs::read(&path).unwrap(), before);
    enter_line(&mut s, "Ensamhet");
    assert_eq!(status(&s), "Criteria: Ensamhet.");
    s.save_if_dirty();
    let saved = spiral::store::load_session(&path).unwrap();
    let id = &saved
        .criteria
        .iter()
        .find(|c| c.wording == "Ensamhet")
        .unwrap()
        .id;
    assert_eq!(saved.actions[0].criteria, std::slice::from_ref(id));
    let shown = screen(&s, 80, 24);
    assert!(
        (shown.lines()).any(|l| l.contains("Criteria") && l.contains("Ensamhet")),
        "{shown}"
    );
    form_row(&mut s, 7);
    act(&mut s, Action::Delete);
    s.save_if_dirty();
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_refused_title_or_start_is_said_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = file_in(dir.path());
    let before = std::fs::read(&path).unwrap();
    act(&mut s, Action::Actions);
    act(&mut s, Action::NewAction);
    act(&mut s, Action::Submit);
    assert_eq!(status(&s), "an action needs a title");
    // The line stays open, as typed.
    assert!(screen(&s, 80, 24).contains("The new action's title"));
    s.save_if_dirty();
    assert_eq!(std::fs::read(&path).unwrap(), before);
    act(&mut s, Action::Cancel);
    act(&mut s, Action::NewAction);
    enter_line(&mut s, "Läxhjälp");
    s.save_if_dirty();
    let before = std::fs::read(&path).unwrap();
    form_row(&mut s, 1);
    act(&mut s, Action::Submit);
    enter_line(&mut s, "sept 2011");
    assert_eq!(
        status(&s),
        "`sept 2011` is not a month (YYYY-MM) or a day (YYYY-MM-DD)"
    );
    form_row(&mut s, 0);
    s.save_if_dirty();
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn the_selected_note_is_linked_to_an_action_in_two_keys_and_undo_unlinks() {
    let mut s = example_in(Lang::En);
    act(&mut s, Action::LinkToAction);
    assert_eq!(
        status(&s),
        "The session has no action yet: A opens the actions, n adds one."
    );
    act(&mut s, Action::Actions);
    act(&mut s, Action::NewAction);
    enter_line(&mut s, "Together for a more secure Alby");
    act(&mut s, Action::Back);
    act(&mut s, Action::Back);
    let note = common::app::selected(&s);
    // Two keys: t, Enter.
    act(&mut s, Action::LinkToAction);
    act(&mut s, Action::Submit);
    assert_eq!(status(&s), "Linked to “Together for a more secure Alby”.");
    let linked = |s: &State| s.workshop().unwrap().session().actions[0].notes.clone();
    assert_eq!(linked(&s), [note.id]);
    act(&mut s, Action::Actions);
    assert!(screen(&s, 80, 24).contains(&format!("“{}”", note.text)));
    act(&mut s, Action::Back);
    act(&mut s, Action::Undo);
    assert!(linked(&s).is_empty());
}

#[test]
fn a_deleted_note_takes_its_links_with_it_and_says_which_actions_lost_one() {
    let mut s = example_in(Lang::En);
    act(&mut s, Action::Actions);
    act(&mut s, Action::NewAction);
    enter_line(&mut s, "Together for a more secure Alby");
    act(&mut s, Action::Back);
    act(&mut s, Action::Back);
    let note = common::app::selected(&s);
    act(&mut s, Action::LinkToAction);
    act(&mut s, Action::Submit);
    act(&mut s, Action::Delete);
    assert_eq!(
        status(&s),
        "Note deleted; the action “Together for a more secure Alby” no longer links to it (u \
         brings both back)."
    );
    let linked = |s: &State| s.workshop().unwrap().session().actions[0].notes.clone();
    assert!(linked(&s).is_empty());
    act(&mut s, Action::Undo);
    assert_eq!(linked(&s), [note.id]);
    // A note no action answers is deleted as before.
    act(&mut s, Action::Down);
    act(&mut s, Action::Delete);
    assert_eq!(status(&s), "Note deleted (u brings it back).");
}

#[test]
fn a_report_is_dated_today_and_signed_by_who_writes_the_notes() {
    let mut s = example_in(Lang::En);
    two_actions(&mut s);
    let a = &s.workshop().unwrap().session().actions[0];
    let r = a.latest_report().unwrap();
    assert_eq!(r.date.to_string(), "2012-09-01");
    assert_eq!(r.by, "Anna");
    assert_eq!(
        r.text,
        "Antalet nattvandrare har ökat från 8–10 till 35–40."
    );
}

/// The details quote the criteria and the citizens' notes an action
/// answers (linked on the command line, or by `t` for a note); a refusal
/// is said in the screen's language.
#[test]
fn the_details_quote_the_criteria_and_notes_an_action_answers() {
    let mut session = example();
    session.actions.clear();
    session.language = Lang::Sv;
    let at = "2011-11-02T10:00:00Z".parse().unwrap();
    let mut action = spiral::model::Action::new("Tillsammans för ett tryggare Alby", at);
    action.criteria.push(session.criteria[0].id.clone());
    action.notes.push(session.notes[0].id);
    let (criterion, note) = (
        session.criteria[0].wording.clone(),
        session.notes[0].text.clone(),
    );
    session.actions.push(action);
    let mut s = State::in_memory(prefs(Lang::Sv), session);
    settle(&mut s);
    act(&mut s, Action::Actions);
    let shown = screen(&s, 120, 36);
    assert!(shown.contains("Kriterier"), "{shown}");
    assert!(shown.contains(&format!("”{criterion}”")), "{shown}");
    assert!(shown.contains("Invånarnas ord"), "{shown}");
    assert!(shown.contains(&format!("”{note}”")), "{shown}");
    act(&mut s, Action::NewAction);
    act(&mut s, Action::Submit);
    assert_eq!(status(&s), "en åtgärd behöver en titel");
    act(&mut s, Action::Cancel);
    act(&mut s, Action::Edit);
    act(&mut s, Action::Down);
    act(&mut s, Action::Submit);
    let shown = screen(&s, 80, 24);
    assert!(
        shown.contains("Startade: en månad (ÅÅÅÅ-MM) eller en dag"),
        "{shown}"
    );
    enter_line(&mut s, "hösten 2011");
    assert_eq!(
        status(&s),
        "`hösten 2011` är inte en månad (ÅÅÅÅ-MM) eller en dag (ÅÅÅÅ-MM-DD)"
    );
}

/// Hostile text in an action (a hand-edited file) reaches the screen as
/// every note's text does: without what a terminal would act on.
#[test]
fn an_actions_hostile_text_never_reaches_the_terminal() {
    let mut session = example();
    session.actions.clear();
    let at = "2011-11-02T10:00:00Z".parse().unwrap();
    let mut action = spiral::model::Action::new("x", at);
    action.title = "Alby\u{1b}]0;owned\u{7}\u{1b}[2J\u{9b}1m\u{202e}".into();
    action.what = "Fotboll\u{0}\u{8}\u{7f} varje dag".into();
    action.actors.push(spiral::model::Actor {
        name: "OPAD\u{1b}[31m".into(),
        kind: None,
    });
    session.actions.push(action);
    let mut s = State::in_memory(prefs(Lang::En), session);
    settle(&mut s);
    act(&mut s, Action::Actions);
    for size in [(80, 24), (120, 36)] {
        let shown = screen(&s, size.0, size.1);
        for c in [
            '\u{1b}', '\u{7}', '\0', '\u{8}', '\u{7f}', '\u{9b}', '\u{202e}',
        ] {
            assert!(!shown.contains(c), "{c:?} in {shown}");
        }
        assert!(shown.contains("Fotboll varje dag"), "{shown}");
    }
    act(&mut s, Action::Edit);
    let shown = screen(&s, 80, 24);
    assert!(!shown.contains('\u{1b}'), "{shown}");
}
