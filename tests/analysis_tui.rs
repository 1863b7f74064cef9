//! The coordinator's screens, driven by messages and drawn on a
//! TestBackend: the comparison (of the open session's groups, or of
//! sessions marked in the list) and the synthesis.
//!
//! Long: one test per behaviour of the coordinator's screens, each short,
//! with the helpers they share at the top.

mod common;

use common::app::{act, example, screen, state, status, type_text};

use std::path::Path;

use spiral::model::{Framework, Session};
use spiral::tui::Msg;
use spiral::tui::app::{Page, State};
use spiral::tui::keymap::Action;
use tui_input::InputRequest;

fn session(state: &State) -> &Session {
    state.workshop().expect("a workshop is open").session()
}

fn compare_screen(state: &State) -> &spiral::tui::compare::CompareScreen {
    match &state.page {
        Page::Compare(c) => c,
        _ => panic!("the comparison is not shown"),
    }
}

#[test]
fn snapshot_comparison_of_the_open_session() {
    let mut s = state();
    act(&mut s, Action::Compare);
    insta::assert_snapshot!("compare_100x30", screen(&s, 100, 30));
    insta::assert_snapshot!("compare_80x24", screen(&s, 80, 24));
    act(&mut s, Action::ToggleShares);
    act(&mut s, Action::NextQuestion);
    assert_eq!(compare_screen(&s).question.as_deref(), Some("wellbeing"));
    insta::assert_snapshot!("compare_shares_wellbeing_100x30", screen(&s, 100, 30));
    // The families no well-being note is in are named.
    assert!(
        screen(&s, 100, 30).contains("Left out: families with no note: Relations with and between"),
        "{}",
        screen(&s, 100, 30)
    );
    // One session: sessions cannot be compared with each other.
    act(&mut s, Action::ToggleBy);
    assert!(status(&s).starts_with("One session: its groups are compared"));
    // Back to the workshop as it was.
    act(&mut s, Action::Back);
    assert_eq!(session(&s).notes.len(), 96);
}

#[test]
fn the_comparison_numbers_are_the_command_lines() {
    let mut s = state();
    act(&mut s, Action::Compare);
    let r = &compare_screen(&s).report;
    assert_eq!(r.groups.len(), 4);
    assert_eq!(r.counts.iter().flatten().sum::<u64>(), 86);
    let chi2 = r.chi2.as_ref().unwrap();
    assert_eq!(chi2.dof, 21);
    assert!((chi2.statistic - 11.73).abs() < 0.005, "{}", chi2.statistic);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_spiral"))
        .env("SPIRAL_LANG", "en")
        .args(["compare", "sessions/alby-2011.ron", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // (JSON's decimal may differ in the last bit.)
    assert!((json["chi2"]["statistic"].as_f64().unwrap() - chi2.statistic).abs() < 1e-12);
    assert_eq!(json["groups"][0], r.groups[0].as_str());
}

#[test]
fn sessions_marked_in_the_list_are_compared() {
    // A folder name of fixed length, so the screen can be compared.
    let dir = tempfile::tempdir_in("target").unwrap();
    let relative = Path::new("target").join(dir.path().file_name().unwrap());
    // As the screen reads it (`/` for `\` on Windows: common::app::screen).
    let shown = common::app::slashes(&relative.display().to_string());
    let fixed = "target/.tmpXXXXXX";
    assert_eq!(shown.len(), fixed.len(), "{shown}");
    std::fs::copy("sessions/alby-2011.ron", dir.path().join("alby.ron")).unwrap();
    let text = std::fs::read_to_string("sessions/alby-2011.ron")
        .unwrap()
        .replace("Alby focus groups, autumn 2011", "Fittja 2012");
    std::fs::write(dir.path().join("fittja.ron"), text).unwrap();
    std::fs::write(dir.path().join("broken.ron"), "(").unwrap();
    let mut s = State::list(Framework::default_framework(), &relative);
    let names = |s: &State| match &s.page {
        Page::List(l) => l
            .shown
            .iter()
            .map(|&i| {
                l.entries[i]
                    .path
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect::<Vec<_>>(),
        _ => panic!("not the list"),
    };
    assert_eq!(names(&s), ["alby.ron", "broken.ron", "fittja.ron"]);
    act(&mut s, Action::Mark);
    assert_eq!(status(&s), "1 marked: C compares them.");
    act(&mut s, Action::Mark);
    assert_eq!(
        status(&s),
        "This file does not read; it cannot be compared."
    );
    act(&mut s, Action::Down);
    act(&mut s, Action::Mark);
    assert_eq!(status(&s), "2 marked: C compares them.");
    insta::assert_snapshot!(
        "list_marked_80x24",
        screen(&s, 80, 24).replace(&shown, fixed)
    );
    act(&mut s, Action::Compare);
    let c = compare_screen(&s);
    assert_eq!(c.report.groups.len(), 8);
    assert_eq!(
        c.report.groups[0],
        "Alby focus groups, autumn 2011 · Mothers at the Open Pre-school"
    );
    act(&mut s, Action::ToggleBy);
    let c = compare_screen(&s);
    assert_eq!(
        c.report.groups,
        ["Alby focus groups, autumn 2011", "Fittja 2012"]
    );
    // The same profiles: no difference at all.
    assert!(c.report.chi2.as_ref().unwrap().statistic.abs() < 1e-9);
    insta::assert_snapshot!("compare_sessions_80x24", screen(&s, 80, 24));
    act(&mut s, Action::Back);
    match &s.page {
        Page::List(l) => assert_eq!(l.marked.len(), 2, "the marks are kept"),
        _ => panic!("back to the list"),
    }
}

#[test]
fn autosave_and_quit_reach_a_workshop_behind_the_comparison() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("alby.ron");
    std::fs::copy("sessions/alby-2011.ron", &path).unwrap();
    let mut s = State::open(Framework::default_framework(), &path);
    act(&mut s, Action::Capture);
    type_text(&mut s, "Bibliotek");
    act(&mut s, Action::Cancel);
    // Esc closed the line without adding; type one and leave it half done:
    act(&mut s, Action::Capture);
    type_text(&mut s, "Ny not");
    act(&mut s, Action::Submit);
    act(&mut s, Action::Cancel);
    // The app's loop asks for the autosave after the frame, with the
    // comparison shown: the writer saves, and the loop sees it busy until
    // the report comes.
    act(&mut s, Action::Compare);
    s.autosave();
    assert!(s.busy(), "the save under way is seen behind the comparison");
    for _ in 0..500 {
        s.tick();
        if !s.busy() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(std::fs::read_to_string(&path).unwrap().contains("Ny not"));
    // A note not yet saved, then quit from the comparison: it is saved.
    act(&mut s, Action::Back);
    act(&mut s, Action::Capture);
    type_text(&mut s, "Sista noten");
    act(&mut s, Action::Submit);
    act(&mut s, Action::Cancel);
    act(&mut s, Action::Compare);
    act(&mut s, Action::Quit);
    assert!(s.quit);
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("Sista noten")
    );
}

fn open_synthesis_on(s: &mut State, family_key: u8) {
    act(s, Action::Synthesis);
    act(s, Action::Code(family_key));
}

fn criterion_of<'a>(session: &'a Session, text: &str) -> Option<&'a str> {
    let note = session.notes.iter().find(|n| n.text == text).unwrap();
    let id = note.criterion.as_deref()?;
    session.criterion(id).map(|c| c.wording.as_str())
}

#[test]
fn snapshot_synthesis() {
    let mut s = state();
    open_synthesis_on(&mut s, 4);
    insta::assert_snapshot!("synthesis_100x30", screen(&s, 100, 30));
    insta::assert_snapshot!("synthesis_80x24", screen(&s, 80, 24));
    // The criteria pane, a criterion's notes.
    act(&mut s, Action::SwitchPane);
    act(&mut s, Action::Down);
    insta::assert_snapshot!("synthesis_criterion_80x24", screen(&s, 80, 24));
}

#[test]
fn merge_add_split_take_out_reword_dissolve_undo() {
    let mut s = state();
    let original = session(&s).clone();
    open_synthesis_on(&mut s, 4);
    // Not merged, in session order: Öppna förskolan…, Hälsa på grannarna,
    // Kollegor som stöttar varandra, Chilla med polarna, …
    act(&mut s, Action::Mark); // Öppna förskolan – här träffar jag andra mammor
    act(&mut s, Action::Mark); // Hälsa på grannarna
    act(&mut s, Action::Merge);
    // The prompt starts from the first marked note's words.
    act(&mut s, Action::Submit);
    assert_eq!(
        status(&s),
        "Merged: 2 notes under “Öppna förskolan – här träffar jag andra mammor”."
    );
    // The cursor stays where it was; Kollegor… is now first.
    act(&mut s, Action::Top);
    act(&mut s, Action::Mark); // Kollegor som stöttar varandra
    act(&mut s, Action::SwitchPane);
    act(&mut s, Action::Down);
    act(&mut s, Action::Down);
    act(&mut s, Action::Down); // the new criterion, after the two shipped
    act(&mut s, Action::AddToCriterion);
    assert_eq!(
        status(&s),
        "Added 1 note to “Öppna förskolan – här träffar jag andra mammor”."
    );
    let wording = "Öppna förskolan – här träffar jag andra mammor";
    assert_eq!(
        criterion_of(session(&s), "Kollegor som stöttar varandra"),
        Some(wording)
    );
    // Reword it.
    act(&mut s, Action::Reword);
    state_clear_line(&mut s);
    type_text(&mut s, "Gemenskap  med andra");
    act(&mut s, Action::Submit);
    assert_eq!(
        criterion_of(session(&s), "Hälsa på grannarna"),
        Some("Gemenskap med andra")
    );
    // Split "Kollegor…" off under its own wording.
    act(&mut s, Action::SwitchPane);
    act(&mut s, Action::Down);
    act(&mut s, Action::Down); // third note of the criterion: Kollegor…
    act(&mut s, Action::Mark);
    act(&mut s, Action::Merge);
    state_clear_line(&mut s);
    type_text(&mut s, "Kollegor");
    act(&mut s, Action::Submit);
    assert_eq!(status(&s), "Split off: 1 note under “Kollegor”.");
    assert_eq!(
        criterion_of(session(&s), "Kollegor som stöttar varandra"),
        Some("Kollegor")
    );
    assert_eq!(
        criterion_of(session(&s), "Hälsa på grannarna"),
        Some("Gemenskap med andra")
    );
    // Take one note out; its criterion keeps the other.
    act(&mut s, Action::Up);
    act(&mut s, Action::TakeOut);
    assert!(
        status(&s).ends_with("1 note taken out of its criterion."),
        "{}",
        status(&s)
    );
    // Dissolve the selected criterion.
    act(&mut s, Action::SwitchPane);
    act(&mut s, Action::Dissolve);
    assert!(
        status(&s).starts_with("Dissolved “Gemenskap med andra”"),
        "{}",
        status(&s)
    );
    assert!(session(&s).problems().is_empty());
    // Undo everything: the session as shipped.
    for _ in 0..100 {
        if status(&s).starts_with("Nothing to undo") {
            break;
        }
        act(&mut s, Action::Undo);
    }
    assert!(status(&s).starts_with("Nothing to undo"), "{}", status(&s));
    assert_eq!(session(&s).criteria, original.criteria);
    assert_eq!(session(&s).notes, original.notes);
}

fn state_clear_line(s: &mut State) {
    s.update(Msg::Input(InputRequest::DeleteLine));
}

#[test]
fn similar_notes_are_suggested_while_marking() {
    let mut s = state();
    open_synthesis_on(&mut s, 4);
    act(&mut s, Action::SwitchPane);
    act(&mut s, Action::Down); // "Familj och vänner nära"
    act(&mut s, Action::Dissolve);
    act(&mut s, Action::Up); // "Not merged", now holding its five notes
    act(&mut s, Action::SwitchPane);
    // Find and mark "Att ha familjen nära".
    let w = s.workshop().unwrap();
    let v = s.synthesis().unwrap();
    let at = v
        .rows
        .iter()
        .position(|&i| w.session().notes[i].text == "Att ha familjen nära")
        .unwrap();
    for _ in 0..at {
        act(&mut s, Action::Down);
    }
    act(&mut s, Action::Mark);
    let w = s.workshop().unwrap();
    let v = s.synthesis().unwrap();
    let similar: Vec<&str> = v
        .similar
        .iter()
        .map(|id| {
            w.session().notes[w.session().note_index(*id).unwrap()]
                .text
                .as_str()
        })
        .collect();
    assert!(similar.contains(&"Familjen"), "{similar:?}");
    assert!(similar.contains(&"Familj och vänner"), "{similar:?}");
    assert!(!similar.contains(&"Chilla med polarna"), "{similar:?}");
    assert!(status(&s).contains("similar"), "{}", status(&s));
    act(&mut s, Action::NextSimilar);
    let w = s.workshop().unwrap();
    let v = s.synthesis().unwrap();
    let at = w.session().notes[v.rows[v.cursor]].id;
    assert!(v.similar.contains(&at));
    insta::assert_snapshot!("synthesis_similar_80x24", screen(&s, 80, 24));
    // Esc clears the marks first, then leaves.
    act(&mut s, Action::Back);
    assert!(s.synthesis().unwrap().marked.is_empty());
    act(&mut s, Action::Back);
    assert!(s.synthesis().is_none());
}

#[test]
fn merging_refuses_what_breaks_the_rules() {
    let mut s = state();
    open_synthesis_on(&mut s, 4);
    act(&mut s, Action::Merge);
    assert_eq!(status(&s), "Mark notes first (Space).");
    act(&mut s, Action::AddToCriterion);
    assert!(status(&s).starts_with("Select a criterion on the left"));
    act(&mut s, Action::Mark);
    act(&mut s, Action::Merge);
    state_clear_line(&mut s);
    act(&mut s, Action::Submit);
    assert_eq!(status(&s), "A criterion needs a wording.");
    assert_eq!(session(&s).criteria.len(), 6);
}

#[test]
fn recoding_in_the_workshop_takes_a_note_out_of_its_criterion() {
    let mut s = state();
    // The first note, "Att ha familjen nära", is in "Familj och vänner nära".
    assert_eq!(
        criterion_of(session(&s), "Att ha familjen nära"),
        Some("Familj och vänner nära")
    );
    act(&mut s, Action::Code(6));
    assert_eq!(criterion_of(session(&s), "Att ha familjen nära"), None);
    act(&mut s, Action::Undo);
    assert_eq!(
        criterion_of(session(&s), "Att ha familjen nära"),
        Some("Familj och vänner nära")
    );
}

/// Deleting a criterion's last note in the workshop takes the criterion
/// with it, in the same step: the saved session holds no empty criterion,
/// and one undo brings back the note and its criterion together.
#[test]
fn deleting_a_criterions_last_note_removes_the_criterion() {
    let dir = tempfile::tempdir_in("target").unwrap();
    let path = dir.path().join("alby.ron");
    std::fs::copy("sessions/alby-2011.ron", &path).unwrap();
    let mut s = State::open(Framework::default_framework(), &path);
    let id = session(&s)
        .criteria
        .iter()
        .find(|c| c.wording == "Ensamhet")
        .expect("the example's criterion")
        .id
        .clone();
    let texts: Vec<String> = session(&s)
        .notes
        .iter()
        .filter(|n| n.criterion.as_deref() == Some(id.as_str()))
        .map(|n| n.text.clone())
        .collect();
    assert_eq!(texts.len(), 3);
    for text in &texts {
        common::app::select_where(&mut s, |n| n.text == *text);
        act(&mut s, Action::Delete);
        assert!(status(&s).starts_with("Note deleted"), "{}", status(&s));
    }
    act(&mut s, Action::Quit);
    assert!(s.quit);
    let saved = spiral::store::load_session(&path).unwrap();
    assert!(
        saved.criteria.iter().all(|c| c.id != id),
        "no empty criterion is saved"
    );
    assert!(saved.problems().is_empty(), "{:?}", saved.problems());
    // One undo: the last note and its criterion come back together.
    let mut s = State::in_memory(Framework::default_framework(), example());
    for text in &texts {
        common::app::select_where(&mut s, |n| n.text == *text);
        act(&mut s, Action::Delete);
    }
    assert!(session(&s).criterion(&id).is_none());
    act(&mut s, Action::Undo);
    assert_eq!(
        criterion_of(session(&s), &texts[2]),
        Some("Ensamhet"),
        "the note is back in its criterion"
    );
}

#[test]
fn the_export_menu_writes_beside_the_session_and_says_where() {
    // A folder of fixed name length, so the menu's paths can be compared.
    let dir = tempfile::tempdir_in("target").unwrap();
    let relative = Path::new("target").join(dir.path().file_name().unwrap());
    let path = relative.join("alby.ron");
    std::fs::copy("sessions/alby-2011.ron", &path).unwrap();
    let mut s = State::open(Framework::default_framework(), &path);
    act(&mut s, Action::Export);
    // The menu's rows only (the note pane under it shows a local time).
    let menu: Vec<String> = screen(&s, 100, 30)
        .replace(
            &common::app::slashes(&relative.display().to_string()),
            "target/.tmpXXXXXX",
        )
        .lines()
        .skip(5)
        .take(18)
        .map(str::to_string)
        .collect();
    insta::assert_snapshot!("export_menu_100x30", menu.join("\n"));
    act(&mut s, Action::Down);
    act(&mut s, Action::Submit);
    let md = relative.join("alby.summary.md");
    assert!(
        status(&s).starts_with(&format!("Exported md: {} (", md.display())),
        "{}",
        status(&s)
    );
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.starts_with("# Sammanställning · Alby focus groups, autumn 2011\n"));
    // The menu closed; the session file is as it was.
    assert!(s.overlay.is_none());
    assert_eq!(
        std::fs::read(&path).unwrap(),
        std::fs::read("sessions/alby-2011.ron").unwrap()
    );
    // In memory, there is nowhere to write.
    let mut memory = state();
    act(&mut memory, Action::Export);
    assert!(status(&memory).starts_with("This session is not saved to a file"));
}

/// Two codings of the example: the second coder differs on three notes.
fn two_codings(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let a = dir.join("anna.ron");
    std::fs::copy("sessions/alby-2011.ron", &a).unwrap();
    let mut second = example();
    for n in &mut second.notes {
        n.coder = "Lisa".into();
    }
    // Notes 0, 1 and 2: Att ha familjen nära (4), Att barnen är friska (6),
    // En trygg och rymlig lägenhet (1).
    second.notes[0].set_family(Some("social_balances".into()));
    second.notes[1].set_family(None);
    second.notes[2].set_family(Some("living_environment".into()));
    for n in &mut second.notes[..3] {
        n.component = None;
    }
    let b = dir.join("lisa.ron");
    spiral::store::save_new_session(&b, &second).unwrap();
    (a, b)
}

#[test]
fn reconcile_two_codings_from_the_list() {
    let dir = tempfile::tempdir_in("target").unwrap();
    let relative = Path::new("target").join(dir.path().file_name().unwrap());
    let (a, b) = two_codings(&relative);
    let mut s = State::list(Framework::default_framework(), &relative);
    act(&mut s, Action::Reconcile);
    assert_eq!(
        status(&s),
        "Mark the two codings to reconcile (Space): 0 marked."
    );
    act(&mut s, Action::Mark);
    act(&mut s, Action::Mark);
    act(&mut s, Action::Reconcile);
    let made = relative.join("anna-reconciled.ron");
    assert_eq!(
        status(&s),
        format!(
            "Made {}: 96 shared notes: 93 coded alike by Yusuf Ahmed and Lisa, 3 to decide. 0 of 3 disagreements decided.",
            made.display()
        )
    );
    let screen_text = screen(&s, 100, 30);
    insta::assert_snapshot!(
        "reconcile_100x30",
        screen_text.replace(
            &common::app::slashes(&relative.display().to_string()),
            "target/.tmpXXXXXX"
        )
    );
    // Take Lisa's family for the first, the first coder's for the second,
    // and family 2 for the third.
    act(&mut s, Action::TakeSecond);
    assert_eq!(
        status(&s),
        "Decided: Social balances. 1 of 3 disagreements decided."
    );
    act(&mut s, Action::TakeFirst);
    act(&mut s, Action::Code(2));
    assert_eq!(
        status(&s),
        "Decided: Living environment. All 3 disagreements decided."
    );
    act(&mut s, Action::Undo);
    assert!(
        status(&s).starts_with("Undone: code note as 2 Living environment."),
        "{}",
        status(&s)
    );
    act(&mut s, Action::Code(2));
    s.save_if_dirty();
    let saved = spiral::store::load_session(&made).unwrap();
    let decided: Vec<(&str, Option<&str>, Option<&str>)> = saved.notes[..3]
        .iter()
        .map(|n| {
            let r = n.reconciled.as_ref().unwrap();
            (
                n.text.as_str(),
                n.family.as_deref(),
                r.decided_by.as_deref(),
            )
        })
        .collect();
    let who = spiral::tui::workshop::Workshop::new(
        spiral::live::SessionFile::in_memory(saved.clone()),
        Framework::default_framework(),
    )
    .coder()
    .to_string();
    assert_eq!(
        decided,
        [
            (
                "Att ha familjen nära",
                Some("social_balances"),
                Some(who.as_str())
            ),
            (
                "Att barnen är friska",
                Some("personal_balances"),
                Some(who.as_str())
            ),
            (
                "En trygg och rymlig lägenhet",
                Some("living_environment"),
                Some(who.as_str())
            ),
        ]
    );
    // Who coded what is kept on every shared note.
    let r = saved.notes[1].reconciled.as_ref().unwrap();
    assert_eq!(r.codings[0].coder, "Yusuf Ahmed");
    assert_eq!(r.codings[0].family.as_deref(), Some("personal_balances"));
    assert_eq!(r.codings[1].coder, "Lisa");
    assert_eq!(r.codings[1].family, None);
    assert!(
        saved.notes[3]
            .reconciled
            .as_ref()
            .unwrap()
            .decided_by
            .is_none()
    );
    // The inputs are untouched.
    assert_eq!(
        std::fs::read(&a).unwrap(),
        std::fs::read("sessions/alby-2011.ron").unwrap()
    );
    assert!(b.exists());
    // R in the workshop reopens it; Esc goes back.
    act(&mut s, Action::Back);
    act(&mut s, Action::Reconcile);
    assert_eq!(status(&s), "All 3 disagreements decided.");
}

#[test]
fn sessions_marked_in_the_list_are_merged_into_a_new_one() {
    let dir = tempfile::tempdir_in("target").unwrap();
    let relative = Path::new("target").join(dir.path().file_name().unwrap());
    let (_, b) = two_codings(&relative);
    // Lisa's file has a later change of the first note.
    let mut lisa = spiral::store::load_session(&b).unwrap();
    lisa.notes[0].text = "Att ha familjen nära, alltid".into();
    lisa.notes[0].modified = "2030-01-01T00:00:00Z".parse().unwrap();
    spiral::store::save_session(&b, &lisa).unwrap();
    let mut s = State::list(Framework::default_framework(), &relative);
    act(&mut s, Action::MergeSessions);
    assert_eq!(status(&s), "Mark the sessions to merge (Space): 0 marked.");
    act(&mut s, Action::Mark);
    act(&mut s, Action::Mark);
    act(&mut s, Action::MergeSessions);
    let merged = relative.join("merged.ron");
    let list = relative.join("merged.conflicts.txt");
    assert_eq!(
        status(&s),
        format!(
            "Merged 2 sessions into {}: 96 notes. 96 conflicts (the most recent change kept): listed in {}.",
            merged.display(),
            list.display()
        )
    );
    // The app opened the merged session; the latest change won.
    assert_eq!(session(&s).notes[0].text, "Att ha familjen nära, alltid");
    let report = std::fs::read_to_string(&list).unwrap();
    assert!(report.starts_with("conflict: note "), "{report}");
    assert!(report.contains("  kept: “Att ha familjen nära, alltid” (social_balances, Lisa, modified 2030-01-01T00:00:00Z)\n"));
}

#[test]
fn a_typed_title_never_escapes_the_sessions_folder() {
    let dir = tempfile::tempdir().unwrap();
    for title in [
        "../../etc/passwd",
        "/tmp/evil",
        "..",
        "C:\\Windows\\x",
        "~/.ssh/id",
    ] {
        let mut s = State::list(Framework::default_framework(), dir.path());
        act(&mut s, Action::NewSession);
        type_text(&mut s, title);
        act(&mut s, Action::Submit);
        assert!(
            matches!(s.page, Page::Workshop(_)),
            "{title}: {}",
            status(&s)
        );
        // The file the new session lives in, as the status line names it.
        let said = status(&s);
        let created = said
            .strip_prefix("Created ")
            .and_then(|r| r.split_once(". Its details"));
        let path = std::path::PathBuf::from(created.expect(&said).0);
        assert_eq!(
            path.parent(),
            Some(dir.path()),
            "{title} → {}",
            path.display()
        );
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            !name.starts_with('.') && !name.contains('/') && !name.contains('\\'),
            "{name}"
        );
    }
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ron"))
        .collect();
    assert_eq!(names.len(), 5, "{names:?}");
}

/// Deciding a disagreement into another family takes the note out of its
/// synthesis criterion; when it was the criterion's last note, the
/// criterion goes in the same step (as a recode in the workshop does), and
/// undo brings both back.
#[test]
fn a_decision_that_empties_a_criterion_removes_it_in_one_step() {
    use spiral::model::{Coding, Criterion, Reconciliation};
    let mut session = example();
    let note = &mut session.notes[0];
    let family = note.family.clone();
    note.criterion = Some("solo".into());
    note.reconciled = Some(Reconciliation {
        codings: vec![
            Coding {
                coder: "Anna".into(),
                family: family.clone(),
                component: None,
            },
            Coding {
                coder: "Lisa".into(),
                family: Some("social_balances".into()),
                component: None,
            },
        ],
        decided_by: None,
        decided: None,
    });
    let created = note.created;
    session.criteria.push(Criterion {
        id: "solo".into(),
        family: family.clone().unwrap(),
        wording: "Only this note".into(),
        created,
    });
    let original = session.clone();
    let mut s = State::in_memory(Framework::default_framework(), session);
    act(&mut s, Action::Reconcile);
    act(&mut s, Action::TakeSecond);
    assert!(status(&s).starts_with("Decided: "), "{}", status(&s));
    let now = self::session(&s);
    assert_eq!(now.notes[0].family.as_deref(), Some("social_balances"));
    assert_eq!(now.notes[0].criterion, None);
    assert!(
        now.criterion_index("solo").is_none(),
        "the emptied criterion is gone"
    );
    assert!(now.problems().is_empty());
    act(&mut s, Action::Undo);
    assert_eq!(self::session(&s).criteria, original.criteria);
    assert_eq!(
        self::session(&s).notes[0].criterion.as_deref(),
        Some("solo")
    );
}
