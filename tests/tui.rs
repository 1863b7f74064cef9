//! The terminal app, driven by messages and drawn on a TestBackend: what a
//! facilitator sees and what the session holds after each step.
//!
//! Long: one test per behaviour of the workshop screen, each short, with
//! the helpers they share at the top.

mod common;

use common::app::{act, example, screen, state, status, type_text};

use std::path::Path;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use spiral::model::{Framework, Group, Note, Session};
use spiral::store;
use spiral::tui::Msg;
use spiral::tui::app::{Page, State};
use spiral::tui::keymap::Action;
use tui_input::InputRequest;

fn key(state: &mut State, code: KeyCode) {
    state.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn workshop(state: &State) -> &spiral::tui::workshop::Workshop {
    state.workshop().expect("a workshop is open")
}

fn selected_text(state: &State) -> String {
    let w = workshop(state);
    w.session().notes[w.selected_note().unwrap()].text.clone()
}

/// A session with notes in several scripts, for the screens.
fn scripts_session() -> Session {
    let fw = Framework::default_framework();
    let mut s = Session::new("Scripts", &fw, spiral::model::Lang::En);
    s.date = "2026-11-23".parse().ok();
    let mut g = Group::new("Blandad grupp");
    g.id = "g".into();
    g.participants = Some(8);
    s.groups.push(g);
    let t: jiff::Timestamp = "2026-11-23T10:00:00Z".parse().unwrap();
    for (text, family) in [
        (
            "Hälsa är viktigast för mig och min familj",
            Some("personal_balances"),
        ),
        ("الصحة والعائلة", Some("personal_relations")),
        ("Trygghet 😊 på kvällarna", Some("social_balances")),
        ("Cafe\u{301} i centrum", None),
        ("日本語のメモ: 仕事がある", Some("essential_resources")),
        ("Ærlighed og tillid på Østerbro", Some("feelings")),
    ] {
        let mut n = Note::new("g", "wellbeing", text, "Anna");
        n.family = family.map(str::to_string);
        n.created = t;
        n.modified = t;
        s.notes.push(n);
    }
    s
}

// ----- screens -----

#[test]
fn snapshot_workshop() {
    let s = state();
    insta::assert_snapshot!("workshop_80x24", screen(&s, 80, 24));
    insta::assert_snapshot!("workshop_160x48", screen(&s, 160, 48));
}

#[test]
fn snapshot_workshop_scripts_and_capture() {
    let mut s = State::in_memory(Framework::default_framework(), scripts_session());
    act(&mut s, Action::Bottom);
    insta::assert_snapshot!("scripts_80x24", screen(&s, 80, 24));
    insta::assert_snapshot!("scripts_160x48", screen(&s, 160, 48));
    act(&mut s, Action::Capture);
    type_text(&mut s, "Att få säga sitt – أن يُسمع صوتك");
    insta::assert_snapshot!("capture_80x24", screen(&s, 80, 24));
    insta::assert_snapshot!("capture_160x48", screen(&s, 160, 48));
}

#[test]
fn snapshot_profile() {
    let mut s = state();
    act(&mut s, Action::Profile);
    insta::assert_snapshot!("profile_80x24", screen(&s, 80, 24));
    insta::assert_snapshot!("profile_160x48", screen(&s, 160, 48));
    act(&mut s, Action::NextQuestion);
    insta::assert_snapshot!("profile_wellbeing_80x24", screen(&s, 80, 24));
    insta::assert_snapshot!("profile_wellbeing_160x48", screen(&s, 160, 48));
}

#[test]
fn snapshot_help() {
    let mut s = state();
    act(&mut s, Action::Help);
    insta::assert_snapshot!("help_80x24", screen(&s, 80, 24));
    insta::assert_snapshot!("help_160x48", screen(&s, 160, 48));
}

#[test]
fn snapshot_search_and_picker() {
    let mut s = state();
    act(&mut s, Action::Search);
    type_text(&mut s, "halsa");
    insta::assert_snapshot!("search_80x24", screen(&s, 80, 24));
    insta::assert_snapshot!("search_160x48", screen(&s, 160, 48));
    act(&mut s, Action::Cancel);
    act(&mut s, Action::PickComponent);
    type_text(&mut s, "familj");
    insta::assert_snapshot!("picker_80x24", screen(&s, 80, 24));
    insta::assert_snapshot!("picker_160x48", screen(&s, 160, 48));
}

/// A session large enough that the search ranks off the input path: the
/// keystroke returns with the previous results and "searching…" shown; the
/// results come in `tick`; Enter right after typing takes what was typed.
#[test]
fn the_search_of_a_large_session_ranks_off_the_input_path() {
    let mut session = example();
    let template = session.notes[0].clone();
    for i in 0..3_000 {
        let mut n = Note::new(
            &template.group,
            &template.question,
            &format!("Bussen {i} går sent"),
            "",
        );
        n.family = template.family.clone();
        session.notes.push(n);
    }
    session.notes.push(Note::new(
        &template.group,
        &template.question,
        "Zebra crossing near the school",
        "",
    ));
    let total = session.notes.len();
    let mut s = State::in_memory(Framework::default_framework(), session);
    act(&mut s, Action::Search);
    type_text(&mut s, "zebra");
    let shown = screen(&s, 100, 30);
    let title = shown
        .lines()
        .find(|l| l.contains("Search notes"))
        .unwrap_or_else(|| panic!("{shown}"));
    assert!(
        title.contains(&format!("{total} of {total} · searching…")),
        "{title}"
    );
    let mut waited = 0;
    while s.busy() {
        s.tick();
        std::thread::sleep(std::time::Duration::from_millis(5));
        waited += 1;
        assert!(waited < 1000, "no results in 5 s");
    }
    let shown = screen(&s, 100, 30);
    assert!(
        shown.contains(&format!("Search notes · 1 of {total} · ↑↓")),
        "{shown}"
    );
    assert!(shown.contains("Zebra crossing near the school"), "{shown}");
    // Typed and taken at once: Enter waits for the ranking of what was
    // typed, not the previous results.
    act(&mut s, Action::Cancel);
    act(&mut s, Action::Search);
    type_text(&mut s, "bussen 2999");
    act(&mut s, Action::Submit);
    assert_eq!(selected_text(&s), "Bussen 2999 går sent");
}

#[test]
fn snapshot_session_list_and_failed_file() {
    let mut s = State::list(Framework::default_framework(), Path::new("tests/fixtures"));
    insta::assert_snapshot!("list_80x24", screen(&s, 80, 24));
    insta::assert_snapshot!("list_160x48", screen(&s, 160, 48));
    act(&mut s, Action::Filter);
    type_text(&mut s, "autumn");
    insta::assert_snapshot!("list_filtered_80x24", screen(&s, 80, 24));
    insta::assert_snapshot!("list_filtered_160x48", screen(&s, 160, 48));
    let failed = State::open(
        Framework::default_framework(),
        Path::new("tests/fixtures/broken-syntax.ron"),
    );
    insta::assert_snapshot!("failed_80x24", screen(&failed, 80, 24));
    insta::assert_snapshot!("failed_160x48", screen(&failed, 160, 48));
}

#[test]
fn a_small_terminal_says_to_enlarge_it() {
    let s = state();
    let text = screen(&s, 60, 20);
    // The message wraps at the terminal's width.
    assert!(
        text.contains("spiral needs a terminal of at least 80×24; this one is"),
        "{text}"
    );
    assert!(
        text.contains("60×20. Enlarge it: your work is saved."),
        "{text}"
    );
}

// ----- behaviour -----

#[test]
fn capture_code_undo_redo() {
    let mut s = state();
    let before = workshop(&s).session().notes.len();
    act(&mut s, Action::Capture);
    type_text(&mut s, "Hälsan är viktigast");
    act(&mut s, Action::Submit);
    type_text(&mut s, "Bussen går för sällan");
    act(&mut s, Action::Submit);
    // The line stays open and empty after each note.
    assert!(s.capture().as_ref().unwrap().input.value().is_empty());
    act(&mut s, Action::Cancel);
    assert!(s.capture().is_none());
    assert_eq!(workshop(&s).session().notes.len(), before + 2);
    // Esc selects the last note added; both took the current question.
    assert_eq!(selected_text(&s), "Bussen går för sällan");
    let n = workshop(&s).selected_note().unwrap();
    assert_eq!(workshop(&s).session().notes[n].question, "wellbeing");
    assert_eq!(
        workshop(&s).session().notes[n].group,
        workshop(&s).session().groups[0].id
    );

    act(&mut s, Action::Up);
    assert_eq!(selected_text(&s), "Hälsan är viktigast");
    act(&mut s, Action::Code(6));
    let w = workshop(&s);
    let coded = w
        .session()
        .notes
        .iter()
        .find(|n| n.text == "Hälsan är viktigast")
        .unwrap();
    assert_eq!(coded.family.as_deref(), Some("personal_balances"));
    // The selection moved down to the next uncoded note.
    assert_eq!(selected_text(&s), "Bussen går för sällan");

    act(&mut s, Action::Undo);
    let w = workshop(&s);
    let undone = w
        .session()
        .notes
        .iter()
        .find(|n| n.text == "Hälsan är viktigast")
        .unwrap();
    assert_eq!(undone.family, None);
    assert_eq!(selected_text(&s), "Hälsan är viktigast");
    act(&mut s, Action::Redo);
    let w = workshop(&s);
    let redone = w
        .session()
        .notes
        .iter()
        .find(|n| n.text == "Hälsan är viktigast")
        .unwrap();
    assert_eq!(redone.family.as_deref(), Some("personal_balances"));

    // Undo all the way: the session is as it was loaded.
    for _ in 0..3 {
        act(&mut s, Action::Undo);
    }
    assert_eq!(*workshop(&s).session(), example());
    act(&mut s, Action::Undo);
    assert_eq!(s.status.as_ref().unwrap().text, "Nothing to undo.");
}

#[test]
fn coding_stays_when_no_uncoded_note_is_below() {
    let mut s = state();
    act(&mut s, Action::Bottom);
    let last = selected_text(&s);
    act(&mut s, Action::Code(2));
    assert_eq!(selected_text(&s), last);
    act(&mut s, Action::Uncode);
    let w = workshop(&s);
    assert_eq!(w.session().notes[w.selected_note().unwrap()].family, None);
}

#[test]
fn keys_reach_the_same_actions() {
    let mut s = state();
    key(&mut s, KeyCode::Char('a'));
    for c in "q j k 1".chars() {
        key(&mut s, KeyCode::Char(c));
    }
    // In the capture line every key is text, `q` included.
    assert_eq!(s.capture().as_ref().unwrap().input.value(), "q j k 1");
    key(&mut s, KeyCode::Enter);
    key(&mut s, KeyCode::Esc);
    assert_eq!(selected_text(&s), "q j k 1");
    key(&mut s, KeyCode::Char('4'));
    let w = workshop(&s);
    let note = w
        .session()
        .notes
        .iter()
        .find(|n| n.text == "q j k 1")
        .unwrap();
    assert_eq!(note.family.as_deref(), Some("personal_relations"));
    key(&mut s, KeyCode::Char('u'));
    key(&mut s, KeyCode::Char('q'));
    assert!(s.quit);
}

#[test]
fn empty_notes_are_not_added() {
    let mut s = state();
    let before = workshop(&s).session().notes.len();
    act(&mut s, Action::Capture);
    type_text(&mut s, "   \t ");
    act(&mut s, Action::Submit);
    assert_eq!(workshop(&s).session().notes.len(), before);
    assert_eq!(
        s.status.as_ref().unwrap().text,
        "Empty note: nothing added."
    );
}

#[test]
fn text_is_cleaned_kept_whole_and_normalized() {
    let mut s = state();
    act(&mut s, Action::Capture);
    let long: String = "Lång anteckning om allt som är viktigt. ".repeat(250);
    assert!(long.chars().count() >= 10_000);
    s.update(Msg::Paste(long.clone()));
    act(&mut s, Action::Submit);
    s.update(Msg::Paste("bell\u{7} and \u{1b}[31m escape".into()));
    act(&mut s, Action::Submit);
    s.update(Msg::Paste("Cafe\u{301} 😊 الصحة".into()));
    act(&mut s, Action::Submit);
    let notes = &workshop(&s).session().notes;
    let n = notes.len();
    assert_eq!(notes[n - 3].text, long.trim_end());
    assert_eq!(notes[n - 2].text, "bell and [31m escape");
    assert_eq!(notes[n - 1].text, "Café 😊 الصحة");
    assert_eq!(notes[n - 1].text.chars().filter(|c| *c == 'é').count(), 1);
    // The long note wraps in the detail pane instead of running off.
    act(&mut s, Action::Cancel);
    act(&mut s, Action::Up);
    act(&mut s, Action::Up);
    let text = screen(&s, 160, 48);
    assert!(text.matches("Lång anteckning").count() >= 10, "{text}");
}

#[test]
fn a_multi_line_paste_waits_for_a_choice() {
    let mut s = state();
    let before = workshop(&s).session().notes.len();
    act(&mut s, Action::Capture);
    s.update(Msg::Paste("Trygghet\n\nRespekt\r\nGemenskap\n".into()));
    assert_eq!(
        workshop(&s).session().notes.len(),
        before,
        "nothing added yet"
    );
    assert_eq!(
        s.status.as_ref().unwrap().text,
        "Pasted 3 lines: Enter adds 3 notes, Ctrl-j joins them into the line, Esc drops the paste."
    );
    act(&mut s, Action::Submit);
    let notes = &workshop(&s).session().notes;
    assert_eq!(notes.len(), before + 3);
    assert_eq!(notes[before + 2].text, "Gemenskap");
    // One undo takes the whole paste back.
    act(&mut s, Action::Cancel);
    act(&mut s, Action::Undo);
    assert_eq!(workshop(&s).session().notes.len(), before);

    // As a real terminal sends it: line breaks as carriage returns.
    act(&mut s, Action::Capture);
    s.update(Msg::Paste("Trygghet\rRespekt".into()));
    act(&mut s, Action::Submit);
    assert_eq!(workshop(&s).session().notes.len(), before + 2);
    assert_eq!(workshop(&s).session().notes[before].text, "Trygghet");
    act(&mut s, Action::Cancel);
    act(&mut s, Action::Undo);

    act(&mut s, Action::Capture);
    s.update(Msg::Paste("ett\ntvå".into()));
    act(&mut s, Action::JoinPaste);
    assert_eq!(s.capture().as_ref().unwrap().input.value(), "ett två");
    assert_eq!(workshop(&s).session().notes.len(), before);
}

#[test]
fn edit_delete_move_and_questions() {
    let mut s = state();
    act(&mut s, Action::Edit);
    type_text(&mut s, " och kusiner");
    act(&mut s, Action::Submit);
    assert_eq!(selected_text(&s), "Att ha familjen nära och kusiner");
    let id = {
        let w = workshop(&s);
        w.session().notes[w.selected_note().unwrap()].id
    };
    // Move it to the second group with the picker.
    act(&mut s, Action::Move);
    type_text(&mut s, "teachers");
    act(&mut s, Action::Submit);
    let w = workshop(&s);
    let moved = &w.session().notes[w.session().note_index(id).unwrap()];
    assert_eq!(moved.group, w.session().groups[1].id);
    // Delete, and undo brings it back where it was.
    let count = w.session().notes.len();
    let before_delete = w.session().clone();
    act(&mut s, Action::Delete);
    assert_eq!(workshop(&s).session().notes.len(), count - 1);
    act(&mut s, Action::Undo);
    assert_eq!(*workshop(&s).session(), before_delete);
    // Tab switches the question new notes take.
    act(&mut s, Action::NextQuestion);
    assert_eq!(
        s.status.as_ref().unwrap().text,
        "Now collecting: Ill-being."
    );
    act(&mut s, Action::Capture);
    type_text(&mut s, "Ensamhet");
    act(&mut s, Action::Submit);
    act(&mut s, Action::Cancel);
    let w = workshop(&s);
    assert_eq!(w.session().notes.last().unwrap().question, "illbeing");
}

#[test]
fn groups_are_added_renamed_and_counted() {
    let mut s = state();
    act(&mut s, Action::NewGroup);
    type_text(&mut s, "Fanzingo");
    act(&mut s, Action::Submit);
    assert_eq!(workshop(&s).current_group().unwrap().name, "Fanzingo");
    act(&mut s, Action::Participants);
    type_text(&mut s, "11");
    act(&mut s, Action::Submit);
    assert_eq!(workshop(&s).current_group().unwrap().participants, Some(11));
    act(&mut s, Action::RenameGroup);
    s.update(Msg::Input(InputRequest::DeleteLine));
    type_text(&mut s, "Fanzingo media centre");
    act(&mut s, Action::Submit);
    assert_eq!(
        workshop(&s).current_group().unwrap().name,
        "Fanzingo media centre"
    );
    act(&mut s, Action::NewGroup);
    type_text(&mut s, "fanzingo MEDIA centre");
    act(&mut s, Action::Submit);
    assert_eq!(
        s.status.as_ref().unwrap().text,
        "There is a group named fanzingo MEDIA centre already."
    );
    act(&mut s, Action::Participants);
    s.update(Msg::Input(InputRequest::DeleteLine));
    type_text(&mut s, "many");
    act(&mut s, Action::Submit);
    assert_eq!(
        s.status.as_ref().unwrap().text,
        "`many` is not a number of participants."
    );
}

#[test]
fn search_jumps_to_the_note_in_its_group() {
    let mut s = state();
    act(&mut s, Action::Search);
    type_text(&mut s, "diskrim");
    act(&mut s, Action::Submit);
    assert!(s.overlay.is_none());
    assert_eq!(selected_text(&s), "Diskriminering på arbetsmarknaden");
    assert_eq!(
        workshop(&s).current_group().unwrap().name,
        "OPAD, Organisation for poverty alleviation and development"
    );
}

#[test]
fn the_picker_sets_family_and_component() {
    let mut s = state();
    act(&mut s, Action::Bottom);
    act(&mut s, Action::PickComponent);
    type_text(&mut s, "grannar");
    act(&mut s, Action::Submit);
    let w = workshop(&s);
    let note = &w.session().notes[*common::app::group_notes(&s).last().unwrap()];
    assert_eq!(note.family.as_deref(), Some("personal_relations"));
    assert_eq!(note.component.as_deref(), Some("neighbours"));
}

#[test]
fn the_suggestion_is_accepted_with_one_key() {
    let mut s = state();
    act(&mut s, Action::Capture);
    type_text(&mut s, "Bussen går för sällan");
    act(&mut s, Action::Submit);
    act(&mut s, Action::Cancel);
    // The suggestion shown: 1, essential resources.
    let shown = screen(&s, 120, 36);
    assert!(
        shown.contains("Suggested: 1 Essential resources"),
        "{shown}"
    );
    act(&mut s, Action::AcceptSuggestion);
    let w = workshop(&s);
    assert_eq!(
        w.session().notes.last().unwrap().family.as_deref(),
        Some("essential_resources")
    );
}

#[test]
fn a_file_that_fails_to_load_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    std::fs::copy("tests/fixtures/broken-syntax.ron", &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut s = State::open(Framework::default_framework(), &path);
    assert!(matches!(s.page, Page::Failed { .. }));
    let text = screen(&s, 120, 30);
    assert!(text.contains("broken.ron:9:5: Expected comma"), "{text}");
    for a in [Action::Capture, Action::Code(1), Action::Save, Action::Quit] {
        act(&mut s, a);
    }
    s.save_if_dirty();
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!store::backup_path(&path).exists());
}

#[test]
fn autosave_writes_every_change_and_keeps_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("alby.ron");
    std::fs::copy("sessions/alby-2011.ron", &path).unwrap();
    let original = std::fs::read(&path).unwrap();
    let mut s = State::open(Framework::default_framework(), &path);
    act(&mut s, Action::Capture);
    type_text(&mut s, "Sparad direkt");
    act(&mut s, Action::Submit);
    s.save_if_dirty();
    let saved = store::load_session(&path).unwrap();
    assert_eq!(saved.notes.last().unwrap().text, "Sparad direkt");
    assert_eq!(std::fs::read(store::backup_path(&path)).unwrap(), original);
    assert_eq!(saved, *workshop(&s).session());
}

#[test]
fn a_second_spiral_opens_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("alby.ron");
    std::fs::copy("sessions/alby-2011.ron", &path).unwrap();
    let first = State::open(Framework::default_framework(), &path);
    assert!(!screen(&first, 80, 24).contains("READ-ONLY"));
    let mut second = State::open(Framework::default_framework(), &path);
    assert!(
        second
            .status
            .as_ref()
            .unwrap()
            .text
            .starts_with("Read-only: this session is open in another spiral (spiral pid ")
    );
    assert!(screen(&second, 80, 24).contains("READ-ONLY"));
    act(&mut second, Action::Code(1));
    assert!(
        second
            .status
            .as_ref()
            .unwrap()
            .text
            .starts_with("Read-only")
    );
    second.save_if_dirty();
    assert_eq!(
        std::fs::read(&path).unwrap(),
        std::fs::read("sessions/alby-2011.ron").unwrap()
    );
    drop(first);
    let third = State::open(Framework::default_framework(), &path);
    assert!(
        !screen(&third, 80, 24).contains("READ-ONLY"),
        "the lock goes with its holder"
    );
}

#[test]
fn an_unknown_family_is_shown_and_kept() {
    let s = State::open(
        Framework::default_framework(),
        Path::new("tests/fixtures/unknown-family.ron"),
    );
    let w = workshop(&s);
    assert_eq!(w.session().notes[0].family.as_deref(), Some("feelings"));
    let text = screen(&s, 160, 30);
    assert!(text.contains("? feelings"), "{text}");
    assert!(
        text.contains("unknown family `feelings` (kept as it is)"),
        "{text}"
    );
    assert!(
        s.status
            .as_ref()
            .unwrap()
            .text
            .contains("coded with framework `spiral-variant`")
    );
}

#[test]
fn help_lists_every_binding_under_its_screen() {
    for lang in spiral::model::Lang::ALL {
        // Each help line as (the heading it stands under, the line).
        let mut heading = String::new();
        let mut lines: Vec<(String, String)> = Vec::new();
        for line in spiral::tui::view::help_text(&Default::default(), lang) {
            if !line.is_empty() && !line.starts_with(' ') {
                heading = line.clone();
            }
            lines.push((heading.clone(), line));
        }
        for b in spiral::tui::keymap::BINDINGS {
            // The keys as the language's keyboard names them (issue 26).
            let keys = spiral::tui::keymap::keys_label_in(b, lang);
            let says = b.says(lang);
            assert!(
                !says.is_empty() && says != b.help,
                "{lang:?}: `{}` has no words",
                b.help
            );
            assert!(
                lines.iter().any(|(h, l)| *h == b.context.title(lang)
                    && l.trim_start().starts_with(&keys)
                    && l.ends_with(&says)),
                "{lang:?}: help shows `{keys}  {says}` under {}",
                b.context.title(lang)
            );
        }
    }
}

#[test]
fn new_session_from_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = State::list(Framework::default_framework(), dir.path());
    act(&mut s, Action::NewSession);
    type_text(&mut s, "Fittja våren 2027");
    act(&mut s, Action::Submit);
    let path = dir.path().join("fittja-varen-2027.ron");
    assert!(path.exists());
    assert_eq!(workshop(&s).session().title, "Fittja våren 2027");
    // Its details at once (issue 14): place, date, facilitators… for the
    // summary to say.
    assert_eq!(s.details_selected(), Some(0));
    assert!(status(&s).contains("Its details"), "{}", status(&s));
}

#[test]
fn quitting_keeps_a_half_typed_note() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("alby.ron");
    std::fs::copy("sessions/alby-2011.ron", &path).unwrap();
    let mut s = State::open(Framework::default_framework(), &path);
    act(&mut s, Action::Capture);
    type_text(&mut s, "Halvskriven");
    s.handle_event(&Event::Key(KeyEvent::new(
        KeyCode::Char('c'),
        KeyModifiers::CONTROL,
    )));
    assert!(s.quit);
    s.save_if_dirty();
    let saved = store::load_session(&path).unwrap();
    assert_eq!(saved.notes.last().unwrap().text, "Halvskriven");
}

#[test]
fn quitting_keeps_an_edit_and_a_waiting_paste() {
    let mut s = state();
    act(&mut s, Action::Edit);
    type_text(&mut s, "!");
    act(&mut s, Action::Quit);
    assert!(s.quit);
    assert_eq!(selected_text(&s), "Att ha familjen nära!");

    let mut s = state();
    let before = workshop(&s).session().notes.len();
    act(&mut s, Action::Capture);
    s.update(Msg::Paste("Ett\nTvå".into()));
    s.flush();
    assert_eq!(workshop(&s).session().notes.len(), before + 2);
}

#[test]
fn save_now_says_what_it_did() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("alby.ron");
    std::fs::copy("sessions/alby-2011.ron", &path).unwrap();
    let mut s = State::open(Framework::default_framework(), &path);
    act(&mut s, Action::Save);
    assert_eq!(
        s.status.as_ref().unwrap().text,
        "Already saved: nothing changed since."
    );
    assert!(
        !store::backup_path(&path).exists(),
        "no save, so no backup pushed"
    );
    act(&mut s, Action::Code(3));
    act(&mut s, Action::Save);
    assert_eq!(s.status.as_ref().unwrap().text, "Saved.");
    let other = State::open(Framework::default_framework(), &path);
    let mut other = other;
    act(&mut other, Action::Save);
    assert!(
        other
            .status
            .as_ref()
            .unwrap()
            .text
            .starts_with("Read-only: this session is open in another spiral"),
        "{:?}",
        other.status
    );
}

#[test]
fn a_change_that_changes_nothing_is_not_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("alby.ron");
    std::fs::copy("sessions/alby-2011.ron", &path).unwrap();
    let mut s = State::open(Framework::default_framework(), &path);
    act(&mut s, Action::RenameGroup);
    act(&mut s, Action::Submit);
    act(&mut s, Action::Participants);
    act(&mut s, Action::Submit);
    // Nothing to save (Ctrl-s), nothing written.
    act(&mut s, Action::Save);
    assert_eq!(status(&s), "Already saved: nothing changed since.");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        std::fs::read("sessions/alby-2011.ron").unwrap()
    );
    act(&mut s, Action::Undo);
    assert_eq!(s.status.as_ref().unwrap().text, "Nothing to undo.");
}

#[test]
fn a_session_of_another_framework_is_not_coded_with_this_one() {
    let mut s = State::open(
        Framework::default_framework(),
        Path::new("tests/fixtures/unknown-family.ron"),
    );
    act(&mut s, Action::Code(4));
    assert_eq!(
        s.status.as_ref().unwrap().text,
        "This session is coded with framework `spiral-variant`: open it with that framework (--framework FILE) to code."
    );
    assert_eq!(
        workshop(&s).session().notes[0].family.as_deref(),
        Some("feelings")
    );
}
