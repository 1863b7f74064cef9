//! One screen, one language (issue 26, part 4): what the app speaks
//! (`--lang`, `SPIRAL_LANG`, else the session's language), the whole
//! screen speaks: the frame, the family labels, the method's questions,
//! the projector, the status line (undo and redo name the family). The session's own language stays what its header names
//! and its exports speak; a question of the session's own keeps its words.

mod common;

use std::path::Path;

use common::app::{example, screen};
use spiral::i18n::Tongue;
use spiral::model::{Framework, Lang, Session};
use spiral::tui::app::{Prefs, State};

fn prefs(tongue: Tongue) -> Prefs {
    Prefs {
        framework: Framework::default_framework(),
        tongue,
        theme: spiral::tui::theme::Theme::Default,
        keys: Default::default(),
        refused: None,
    }
}

/// The example session made in `lang` (its notes are the people's words,
/// in Swedish, whatever the language).
fn session_in(lang: Lang) -> Session {
    let mut s = example();
    s.language = lang;
    s
}

/// The workshop of a session in `session`, the app asked to speak `app`.
fn workshop(session: Lang, app: Lang) -> State {
    let mut s = State::in_memory(prefs(Tongue::forced(app)), session_in(session));
    s.status = None;
    s
}

/// The projector view of a session file in `session`, the app asked to
/// speak `app`.
fn projector(dir: &Path, session: Lang, app: Lang) -> State {
    let path = dir.join("alby.ron");
    spiral::store::save_new_session(&path, &session_in(session)).unwrap();
    let mut s = State::view(prefs(Tongue::forced(app)), &path);
    s.status = None;
    s
}

/// Words of one language that must not be on the other's screen: the
/// question, a family's label and short label, the frame.
fn assert_speaks(shown: &str, lang: Lang, what: &str) {
    let (says, never): (&[&str], &[&str]) = match lang {
        Lang::Sv => (
            &["Fråga 1/3 [V] Välbefinnande", "3■ Institutioner"],
            &["Well-being", "Institutions", "Question", "Relations"],
        ),
        _ => (
            &["Question 1/3 [W] Well-being", "3■ Institutions"],
            &["Välbefinnande", "Institutioner", "Fråga", "Relationer"],
        ),
    };
    for s in says {
        assert!(shown.contains(s), "{what}: `{s}` is not shown:\n{shown}");
    }
    for s in never {
        assert!(!shown.contains(s), "{what}: `{s}` is shown:\n{shown}");
    }
}

#[test]
fn the_workshop_speaks_the_app_s_language_around_a_session_in_another() {
    for (session, app) in [(Lang::En, Lang::Sv), (Lang::Sv, Lang::En)] {
        let s = workshop(session, app);
        for (w, h) in [(80, 24), (120, 36)] {
            let shown = screen(&s, w, h);
            let name = format!("workshop_{}_in_{}_{w}x{h}", session.code(), app.code());
            assert_speaks(&shown, app, &name);
            // The header names the session's own language (its exports').
            assert!(
                shown.contains(&format!(" {} · ", session.code())),
                "{name}:\n{shown}"
            );
            insta::assert_snapshot!(name, shown);
        }
    }
}

#[test]
fn the_projector_speaks_the_app_s_language_around_a_session_in_another() {
    for (session, app) in [(Lang::En, Lang::Sv), (Lang::Sv, Lang::En)] {
        let dir = tempfile::tempdir().unwrap();
        let s = projector(dir.path(), session, app);
        for (w, h) in [(80, 24), (120, 36)] {
            let shown = screen(&s, w, h);
            let name = format!("projector_{}_in_{}_{w}x{h}", session.code(), app.code());
            let (question, family) = match app {
                Lang::Sv => ("Välbefinnande", "Institutioner"),
                _ => ("Well-being", "Institutions"),
            };
            assert!(shown.contains(question), "{name}:\n{shown}");
            assert!(shown.contains(family), "{name}:\n{shown}");
            insta::assert_snapshot!(name, shown);
        }
    }
}

/// With no language asked for, the session's speaks: a Swedish system on
/// an English session shows it all in English.
#[test]
fn with_no_language_asked_for_the_session_s_speaks_everywhere() {
    let swedish_system = Tongue {
        forced: None,
        system: Lang::Sv,
    };
    let mut s = State::in_memory(prefs(swedish_system), session_in(Lang::En));
    s.status = None;
    assert_speaks(&screen(&s, 80, 24), Lang::En, "a Swedish system");
}

/// A question of the session's own has its own words on any screen.
#[test]
fn a_question_of_the_session_s_own_keeps_its_words() {
    let mut session = session_in(Lang::En);
    let change = spiral::ops::details::add_question(&session, "What do we do in Alby?").unwrap();
    change.apply(&mut session);
    let mut s = State::in_memory(prefs(Tongue::forced(Lang::Sv)), session);
    for _ in 0..3 {
        common::app::act(&mut s, spiral::tui::keymap::Action::NextQuestion);
    }
    let shown = screen(&s, 120, 36);
    assert!(
        shown.contains("Fråga 4/4 [W] What do we do in Alby?"),
        "{shown}"
    );
}

/// The comparison of sessions made in English, the app asked to speak
/// Swedish: its families too; `L` shows it all in the next language.
#[test]
fn the_comparison_speaks_the_app_s_language_around_sessions_in_another() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("alby.ron");
    spiral::store::save_new_session(&path, &session_in(Lang::En)).unwrap();
    let mut s = State::compare(prefs(Tongue::forced(Lang::Sv)), dir.path(), vec![path]).unwrap();
    let shown = screen(&s, 100, 30);
    assert!(shown.contains("1 Grundläggande resurser"), "{shown}");
    assert!(!shown.contains("Essential resources"), "{shown}");
    common::app::act(&mut s, spiral::tui::keymap::Action::Language);
    let shown = screen(&s, 100, 30);
    assert!(shown.contains("1 Grundlæggende ressourcer"), "{shown}");
    assert!(shown.contains("Etiketter på dansk."), "{shown}");
}

/// A session made in the app takes the language the app speaks: the one
/// asked for, else the system's; its details form says so.
#[test]
fn a_session_made_in_the_app_takes_the_app_s_language() {
    let swedish_system = Tongue {
        forced: None,
        system: Lang::Sv,
    };
    let danish_asked = Tongue {
        forced: Some(Lang::Da),
        system: Lang::Fr,
    };
    for (tongue, lang, row) in [
        (swedish_system, Lang::Sv, "svenska (sv)"),
        (danish_asked, Lang::Da, "dansk (da)"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut s = State::list(prefs(tongue), dir.path());
        common::app::act(&mut s, spiral::tui::keymap::Action::NewSession);
        common::app::type_text(&mut s, "Fittja våren 2027");
        common::app::act(&mut s, spiral::tui::keymap::Action::Submit);
        let w = s.workshop().unwrap();
        assert_eq!(w.session().language, lang);
        let shown = screen(&s, 120, 36);
        assert!(shown.contains(row), "{shown}");
        let saved = spiral::store::load_session(&dir.path().join("fittja-varen-2027.ron")).unwrap();
        assert_eq!(saved.language, lang);
    }
}

/// Help's headings are said in each language: none is left in English
/// ('Workshop' was, in Swedish and Danish).
#[test]
fn help_s_headings_are_in_the_screen_s_language() {
    use spiral::tui::keymap::Context;
    for lang in [Lang::Sv, Lang::Da, Lang::Fr] {
        for context in Context::IN_HELP {
            let (here, english) = (context.title(lang), context.title(Lang::En));
            assert_ne!(here, english, "{lang:?}: {context:?}'s heading");
        }
    }
    let mut s = workshop(Lang::Sv, Lang::Sv);
    common::app::act(&mut s, spiral::tui::keymap::Action::Help);
    let shown = screen(&s, 80, 24);
    assert!(shown.contains("│Lappar och kodning"), "{shown}");
}

/// A group's participants, after its count of notes, are said in the
/// language: '9 pers' in Swedish (was the English '9p').
#[test]
fn a_group_s_participants_are_said_in_the_language() {
    for (lang, nine) in [
        (Lang::Sv, "22 9\u{a0}pers"),
        (Lang::Da, "22 9\u{a0}pers."),
        (Lang::Fr, "22 9\u{a0}pers."),
        (Lang::En, "22 9p"),
    ] {
        let s = workshop(Lang::Sv, lang);
        for (w, h) in [(80, 24), (120, 36)] {
            let shown = screen(&s, w, h);
            let first = shown.lines().nth(3).unwrap_or_default();
            assert!(first.contains(nine), "{lang:?} {w}x{h}: {first}");
        }
    }
}

/// The legend's counts are for the current question, and say so at any
/// width: the strip under the notes starts with the question's letter
/// (as the question line and the notes list show it), the box of a wide
/// screen names it in its title.
#[test]
fn the_legend_says_which_question_its_counts_are_for() {
    for (app, first, second, column) in [
        (
            Lang::Sv,
            "[V] 1● Resurser",
            "[I] 1● Resurser",
            "Familjer · Välbefinnande",
        ),
        (
            Lang::En,
            "[W] 1● Resources",
            "[I] 1● Resources",
            "Families · Well-being",
        ),
    ] {
        let mut s = workshop(Lang::Sv, app);
        let strip_starts = |s: &State, w: u16, h: u16, with: &str| {
            let shown = screen(s, w, h);
            let row = shown.lines().find(|l| l.starts_with(&format!("\"{with}")));
            assert!(
                row.is_some(),
                "{app:?} {w}x{h}: no row starts `{with}`:\n{shown}"
            );
        };
        strip_starts(&s, 80, 24, first);
        strip_starts(&s, 100, 30, first);
        let wide = screen(&s, 120, 36);
        assert!(wide.contains(column), "{wide}");
        common::app::act(&mut s, spiral::tui::keymap::Action::NextQuestion);
        strip_starts(&s, 80, 24, second);
    }
}

/// Counts of two digits keep the strip in two rows at 80 columns, a space
/// before every count.
#[test]
fn the_strip_keeps_its_rows_with_counts_of_two_digits() {
    let mut session = session_in(Lang::Sv);
    let group = session.groups[0].id.clone();
    let coded: Vec<_> = session
        .notes
        .iter()
        .filter(|n| n.group == group && n.question == "wellbeing" && n.family.is_some())
        .cloned()
        .collect();
    for _ in 0..4 {
        for n in &coded {
            let mut copy = n.clone();
            copy.id = uuid::Uuid::new_v4();
            session.notes.push(copy);
        }
    }
    let mut s = State::in_memory(prefs(Tongue::forced(Lang::Sv)), session);
    s.status = None;
    let shown = screen(&s, 80, 24);
    let rows: Vec<&str> = shown.lines().collect();
    assert!(rows[20].starts_with("\"[V] 1● Resurser"), "{shown}");
    assert!(rows[21].contains("8◼"), "{shown}");
    assert!(rows[20].contains(" 15 "), "{shown}");
    for row in &rows[20..22] {
        let chars: Vec<char> = row.chars().collect();
        for pair in chars.windows(2) {
            assert!(
                !(pair[0].is_alphabetic() && pair[1].is_ascii_digit()),
                "a count runs into its label:\n{shown}"
            );
        }
    }
}

/// The territory's feed names families in the app's language, whatever
/// the sessions'.
#[test]
fn the_territory_speaks_the_app_s_language_around_sessions_in_another() {
    for (session, app, family, never) in [
        (Lang::En, Lang::Sv, "1 Resurser", "Resources"),
        (Lang::Sv, Lang::En, "1 Resources", "Resurser"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        spiral::store::save_new_session(&dir.path().join("alby.ron"), &session_in(session))
            .unwrap();
        let s = State::territory(prefs(Tongue::forced(app)), dir.path());
        let shown = screen(&s, 120, 36);
        assert!(shown.contains(family), "{app:?}:\n{shown}");
        assert!(!shown.contains(never), "{app:?}:\n{shown}");
    }
}

/// Undo and redo say what they took back in the screen's language: an
/// English session shown in Swedish names the Swedish family.
#[test]
fn undo_and_redo_name_the_family_in_the_screen_s_language() {
    use spiral::tui::keymap::Action;
    for (session, app, family) in [
        (
            Lang::En,
            Lang::Sv,
            "som 3 Relationer med och mellan institutioner.",
        ),
        (
            Lang::Sv,
            Lang::En,
            "as 3 Relations with and between institutions.",
        ),
    ] {
        let mut s = workshop(session, app);
        let key = |s: &mut State, a: Action| common::app::act(s, a);
        key(&mut s, Action::Code(3));
        key(&mut s, Action::Undo);
        let undone = common::app::status(&s);
        assert!(undone.contains(family), "{app:?}: {undone}");
        key(&mut s, Action::Redo);
        let redone = common::app::status(&s);
        assert!(redone.contains(family), "{app:?}: {redone}");
        let never = match app {
            Lang::Sv => "Relations",
            _ => "Relationer",
        };
        assert!(!undone.contains(never), "{undone}");
    }
}
