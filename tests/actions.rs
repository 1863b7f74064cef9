//! `spiral action` as a script uses it (issue 28): the new action's id
//! printed, every edit saved, refusals that say what and why, exit
//! non-zero and leave the file's bytes as they were; hostile text stays
//! data (no escape on the terminal, no formula in a CSV); a version 4
//! file is written as version 5 only when something changes.

mod common;

use std::path::{Path, PathBuf};

use common::{err, ok, spiral};
use spiral::cli::{Cli, Command, Ctx, action};
use spiral::model::{Clock, Framework, Lang};

/// A copy of the shipped example (before it had actions: the version 4
/// fixture) in a folder of the test's own.
fn copy(dir: &Path) -> PathBuf {
    let file = dir.join("alby.ron");
    std::fs::copy("tests/fixtures/v4/alby-2011.ron", &file).unwrap();
    file
}

fn run(args: &[&str]) -> std::process::Output {
    let mut command = common::bin();
    command.env_remove("SPIRAL_CODER").args(args);
    command.output().unwrap()
}

/// The first note of the example ("Att ha familjen nära").
const NOTE: &str = "50a35a63-e59b-420d-9b58-875bed88e994";

#[test]
fn an_action_is_added_its_id_printed_and_listed() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy(dir.path());
    let f = file.to_str().unwrap();
    let o = run(&[
        "action",
        "add",
        f,
        "--title",
        "Together for a more secure Alby",
        "--started",
        "2011-09",
        "--actor",
        "OPAD:association",
        "--actor",
        "The local Police:public_body",
        "--actor",
        "Night walkers",
        "--family",
        "7",
        "--family",
        "relations_with_institutions",
        "--criterion",
        "Ensamhet",
        "--note",
        &NOTE[..8],
        "--what",
        "Security is a crucial issue.",
        "--generalise",
        "Not by the police alone.",
    ]);
    let id = ok(&o).trim().to_string();
    assert!(uuid::Uuid::parse_str(&id).is_ok(), "{id}");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("    version: 5,\n"));
    let at = text
        .find(&format!("            id: \"{id}\","))
        .expect("the action written");
    let block = &text[at..];
    for line in [
        "            title: \"Together for a more secure Alby\",\n            started: \"2011-09\",\n            status: running,\n",
        "                (\n                    name: \"OPAD\",\n                    kind: association,\n                ),\n",
        "                (\n                    name: \"Night walkers\",\n                ),\n",
        "            families: [\n                \"social_balances\",\n                \"relations_with_institutions\",\n            ],\n",
        &format!("            notes: [\n                \"{NOTE}\",\n            ],\n"),
    ] {
        assert!(block.contains(line), "{line}\nnot in\n{block}");
    }
    let listed = ok(&run(&["action", "list", f]));
    assert_eq!(
        listed,
        format!(
            "{}  Together for a more secure Alby\n  running, since 2011-09\n  actors: OPAD (association or NGO), The local Police (public body), Night walkers\n  answers families 7 Social balances, 3 Relations with and between institutions · 1 criterion · 1 note\n",
            &id[..8]
        )
    );
}

#[test]
fn refusals_say_what_and_why_and_leave_the_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy(dir.path());
    let f = file.to_str().unwrap();
    let before = std::fs::read(&file).unwrap();
    let cases: [(&[&str], &str); 9] = [
        (&["--title", " "], "an action needs a title"),
        (
            &["--title", "T", "--started", "2011-9"],
            "`2011-9` is not a month (YYYY-MM) or a day (YYYY-MM-DD)",
        ),
        (
            &["--title", "T", "--started", "2011-02-30"],
            "`2011-02-30` is not a month (YYYY-MM) or a day (YYYY-MM-DD)",
        ),
        (
            &["--title", "T", "--status", "done"],
            "`done` is not a status; one of: planned, running, paused, ended",
        ),
        (
            &["--title", "T", "--actor", "OPAD:ngo"],
            "`ngo` is not a kind of actor; one of: municipal, association, public_body, residents, company",
        ),
        (
            &["--title", "T", "--family", "9"],
            "`9` is not a family: give its key (1-8), id or label (`spiral categories` lists them)",
        ),
        (
            &["--title", "T", "--criterion", "Safety"],
            "the session has no criterion `Safety`: give its id or its wording (`spiral synthesis` lists them)",
        ),
        (
            &["--title", "T", "--note", "ffffffff"],
            "the session has no note `ffffffff`: give its id, or its first characters (`spiral export --format csv-notes` lists them)",
        ),
        (
            &[
                "--title",
                "T",
                "--note",
                "00000000-0000-0000-0000-000000000000",
            ],
            "the session has no note `00000000-0000-0000-0000-000000000000`: give its id, or its first characters (`spiral export --format csv-notes` lists them)",
        ),
    ];
    for (extra, said) in cases {
        let mut args = vec!["action", "add", f];
        args.extend_from_slice(extra);
        assert_eq!(err(&run(&args)), format!("spiral: {said}\n"), "{extra:?}");
        assert_eq!(
            std::fs::read(&file).unwrap(),
            before,
            "{extra:?}: file untouched"
        );
    }
}

/// The other commands refuse as `add` does: the file as it was.
#[test]
fn refusals_of_the_other_commands_leave_the_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy(dir.path());
    let f = file.to_str().unwrap();
    let id = ok(&run(&["action", "add", f, "--title", "Intercultural Alby"]));
    let after_add = std::fs::read(&file).unwrap();
    let others: [(&[&str], &str); 5] = [
        (
            &[
                "report",
                f,
                "Intercultural",
                "--date",
                "2012-9-1",
                "--by",
                "Anna",
                "--",
                "x",
            ],
            "`2012-9-1` is not a day (YYYY-MM-DD)",
        ),
        (
            &["report", f, "Nowhere", "--by", "Anna", "--", "x"],
            "the session has no action `Nowhere`: give its id, its first characters or its title (`spiral action list` lists them)",
        ),
        (
            &["edit", f, id.trim(), "--status", "over"],
            "`over` is not a status; one of: planned, running, paused, ended",
        ),
        (
            &["unlink", f, &id[..6], "--note", NOTE],
            &format!("the action has no `{NOTE}` to take out"),
        ),
        (
            &["question", f, "Intercultural", "--remove", "1"],
            "the action has no `1` to take out",
        ),
    ];
    for (args, said) in others {
        let mut all = vec!["action"];
        all.extend_from_slice(args);
        assert_eq!(err(&run(&all)), format!("spiral: {said}\n"), "{args:?}");
        assert_eq!(
            std::fs::read(&file).unwrap(),
            after_add,
            "{args:?}: file untouched"
        );
    }
}

/// Opened by a command that changes nothing (a list, an edit to what it
/// is, a refusal), a version 4 file stays as it was; the first change
/// writes it as version 5.
#[test]
fn a_version_4_file_is_written_as_version_5_only_when_something_changes() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("old.ron");
    let old = std::fs::read("tests/fixtures/v4/alby-2011.ron").unwrap();
    std::fs::write(&file, &old).unwrap();
    let f = file.to_str().unwrap();
    assert_eq!(ok(&run(&["action", "list", f])), "no action yet\n");
    assert_eq!(std::fs::read(&file).unwrap(), old);
    let old_text = String::from_utf8(old).unwrap();
    ok(&run(&["action", "add", f, "--title", "A"]));
    let new = std::fs::read_to_string(&file).unwrap();
    assert!(new.contains("    version: 5,\n    title: \"Alby focus groups, autumn 2011\""));
    let id = ok(&run(&["action", "list", f, "--format", "json"]));
    assert!(id.contains("\"title\": \"A\""), "{id}");
    ok(&run(&["action", "remove", f, "A"]));
    let removed = std::fs::read_to_string(&file).unwrap();
    // The action gone, its tombstone kept: all else is the old file's.
    let tomb = removed.find("    deleted_actions: [").expect("a tombstone");
    let end = removed[tomb..].find("    ],\n").unwrap() + tomb + "    ],\n".len();
    let without = format!("{}{}", &removed[..tomb], &removed[end..]);
    assert_eq!(
        without,
        old_text.replacen("    version: 4,", "    version: 5,", 1)
    );
}

/// The report's date is today on the clock the command is given; its
/// author is decided as a note's coder is (here, with no SPIRAL_CODER:
/// the session's first facilitator).
#[test]
fn a_report_is_dated_today_and_signed_as_a_note_is() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy(dir.path());
    let f = file.to_str().unwrap();
    ok(&run(&[
        "action",
        "add",
        f,
        "--title",
        "Night patrols",
        "--started",
        "2011-09",
    ]));
    let at = jiff::Timestamp::from_second(1_347_000_000).unwrap(); // 2012-09-07
    let clock = Clock::fixed(at, jiff::tz::TimeZone::UTC);
    let Ok(Cli {
        command: Some(Command::Action(args)),
        ..
    }) = <Cli as clap::Parser>::try_parse_from([
        "spiral", "action", "report", f, "night", "--by", "Bo", "--", "35–40", "people", "patrol",
    ])
    else {
        panic!("parses")
    };
    let fw = Framework::default_framework();
    let ctx = Ctx {
        framework: &fw,
        lang: Lang::En,
    };
    let mut out = Vec::new();
    action::run_at(args, &ctx, &clock, &mut out).unwrap();
    let said = String::from_utf8(out).unwrap();
    assert!(
        said.starts_with("add a progress report: “Night patrols” ("),
        "{said}"
    );
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("                    date: \"2012-09-07\",\n                    by: \"Bo\",\n                    text: \"35–40 people patrol\",\n                    written: \"2012-09-07T06:40:00Z\",\n"),
        "{text}"
    );
    // Unsigned: the first facilitator signs (the binary, SPIRAL_CODER
    // left out of its environment).
    ok(&run(&[
        "action",
        "report",
        f,
        "night",
        "--date",
        "2012-09-08",
        "--",
        "Helped Fittja",
    ]));
    let listed = ok(&run(&["action", "list", f]));
    assert!(
        listed.ends_with("  latest report 2012-09-08 (Anna Lindqvist): Helped Fittja\n"),
        "{listed}"
    );
}

#[test]
fn edits_links_questions_and_removal_are_said_and_saved() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy(dir.path());
    let f = file.to_str().unwrap();
    ok(&run(&["action", "add", f, "--title", "Social economy"]));
    let said = ok(&run(&[
        "action",
        "edit",
        f,
        "social",
        "--status",
        "paused",
        "--started",
        "2011-01",
        "--title",
        "Social economy in Alby",
    ]));
    assert!(
        said.starts_with("edit action: “Social economy in Alby” ("),
        "{said}"
    );
    let said = ok(&run(&["action", "edit", f, "social", "--status", "paused"]));
    assert!(
        said.starts_with("nothing changed: “Social economy in Alby” ("),
        "{said}"
    );
    ok(&run(&[
        "action",
        "link",
        f,
        "social",
        "--family",
        "1",
        "--note",
        NOTE,
        "--actor",
        "The Public Housing Company:company",
    ]));
    ok(&run(&[
        "action", "question", f, "social", "--", "Who", "pays?",
    ]));
    ok(&run(&["action", "unlink", f, "social", "--note", NOTE]));
    let json = ok(&run(&["action", "list", f, "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let a = &v[0];
    assert_eq!(a["status"], "paused");
    assert_eq!(a["started"], "2011-01");
    assert_eq!(a["families"], serde_json::json!(["essential_resources"]));
    assert_eq!(a["notes"], serde_json::json!([]));
    assert_eq!(
        a["actors"],
        serde_json::json!([{"name": "The Public Housing Company", "kind": "company"}])
    );
    assert_eq!(a["questions"], serde_json::json!(["Who pays?"]));
    let said = ok(&run(&["action", "remove", f, "social"]));
    assert!(
        said.starts_with("remove action: “Social economy in Alby” ("),
        "{said}"
    );
    assert_eq!(ok(&run(&["action", "list", f])), "no action yet\n");
}

/// What a hostile file or user puts in an action stays data: no escape
/// reaches the terminal, no cell of the CSV reads as a formula.
#[test]
fn hostile_text_is_data_on_the_terminal_and_in_the_csv() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy(dir.path());
    let f = file.to_str().unwrap();
    ok(&run(&[
        "action",
        "add",
        f,
        "--title",
        "=HYPERLINK(\"http://x\")",
        "--actor",
        "\u{1b}[31mred:residents",
        "--what",
        "+1 \u{9b}2J",
    ]));
    let text = ok(&run(&["action", "list", f]));
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{9b}'),
        "{text:?}"
    );
    let csv = ok(&run(&["action", "list", f, "--format", "csv"]));
    assert!(!csv.contains('\u{1b}'), "{csv:?}");
    assert!(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","), "{csv}");
    assert!(csv.contains(",'+1 "), "{csv}");
    let _ = spiral; // (the shared helper speaks English too)
}

/// The CSV for spreadsheets: one row per action and one per thing it
/// holds, each repeating the action's id, title, status and start.
#[test]
fn the_csv_has_a_row_per_action_and_per_link() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy(dir.path());
    let f = file.to_str().unwrap();
    let id = ok(&run(&[
        "action",
        "add",
        f,
        "--title",
        "Intercultural Alby",
        "--started",
        "2011-02",
        "--actor",
        "Fanzingo:association",
        "--family",
        "7",
        "--note",
        NOTE,
        "--what",
        "More than 50 groups.",
    ]));
    ok(&run(&[
        "action",
        "report",
        f,
        "Intercultural",
        "--date",
        "2012-05-01",
        "--by",
        "Yusuf",
        "--",
        "A network for tolerance.",
    ]));
    let csv = ok(&run(&["action", "list", f, "--format", "csv"]));
    let id = id.trim();
    let report_id = {
        let json = ok(&run(&["action", "list", f, "--format", "json"]));
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        v[0]["reports"][0]["id"].as_str().unwrap().to_string()
    };
    let head =
        format!("\"Alby focus groups, autumn 2011\",{id},Intercultural Alby,running,2011-02");
    assert_eq!(
        csv,
        format!(
            "session,action,title,status,started,row,ref,text,kind,date,by\n\
             {head},action,,More than 50 groups.,,,\n\
             {head},actor,,Fanzingo,association,,\n\
             {head},family,social_balances,Social balans,,,\n\
             {head},note,{NOTE},Att ha familjen nära,,,\n\
             {head},report,{report_id},A network for tolerance.,,2012-05-01,Yusuf\n"
        )
    );
}

/// The shipped example carries the TOGETHER report's three pilot actions
/// of Alby, each linked to the citizens' notes and the criterion it
/// answers, so a new user sees them.
#[test]
fn the_example_carries_the_three_botkyrka_pilot_actions() {
    let s = spiral::store::load_session(Path::new("sessions/alby-2011.ron")).unwrap();
    let titles: Vec<&str> = s.actions.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Together for a more secure Alby",
            "Finding practical ways to implement social economy at the neighbourhood level",
            "Intercultural Alby"
        ]
    );
    let words = |a: &spiral::model::Action| -> Vec<String> {
        a.notes
            .iter()
            .map(|n| s.notes[s.note_index(*n).unwrap()].text.clone())
            .collect()
    };
    assert_eq!(
        words(&s.actions[0]),
        [
            "Skjutningar",
            "Otrygghet i tunnelbanan på kvällen",
            "Trygg skolgård"
        ]
    );
    assert_eq!(
        s.criterion(&s.actions[0].criteria[0]).unwrap().wording,
        "Trygghet i vardagen"
    );
    assert_eq!(
        s.actions[1].families,
        [
            "essential_resources",
            "personal_relations",
            "attitudes_and_initiatives"
        ],
        "as the report ties it"
    );
    assert_eq!(
        s.criterion(&s.actions[2].criteria[0]).unwrap().wording,
        "Rasism och diskriminering"
    );
    assert_eq!(s.actions[0].questions.len(), 3);
    assert_eq!(s.actions[0].started.unwrap().to_string(), "2011-09");
    assert!(
        s.actions
            .iter()
            .all(|a| !a.reports.is_empty() && !a.actors.is_empty())
    );
    assert!(s.problems().is_empty());
}

/// A note deleted in the app takes its link out of the action that
/// answered it, in the same step: the session stays whole (it saves and
/// opens again), and `u` brings the note and the link back.
#[test]
fn a_note_deleted_in_the_app_leaves_no_link_and_undo_brings_both_back() {
    use spiral::tui::keymap::Action as Key;
    let mut state = common::app::state();
    let before = state.workshop().unwrap().session().clone();
    common::app::select_where(&mut state, |n| n.text == "Skjutningar");
    let id = common::app::selected(&state).id;
    common::app::act(&mut state, Key::Delete);
    let s = state.workshop().unwrap().session();
    assert!(s.note_index(id).is_none());
    assert_eq!(s.actions[0].notes.len(), 2);
    assert!(!s.actions[0].notes.contains(&id));
    assert!(s.problems().is_empty(), "{:?}", s.problems());
    common::app::act(&mut state, Key::Undo);
    assert_eq!(common::app::status(&state), "Undone: delete note.");
    assert_eq!(state.workshop().unwrap().session(), &before);
}

/// An action's text with control sequences written into the file by hand
/// reaches no terminal as one: left out of the text and the CSV, escaped
/// in the JSON. A folder stands for the sessions in it.
#[test]
fn a_hostile_file_is_listed_without_its_escapes_and_a_folder_lists_its_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy(dir.path());
    let text = std::fs::read_to_string("sessions/alby-2011.ron").unwrap();
    let hostile = text.replacen(
        "title: \"Intercultural Alby\"",
        "title: \"Inter\\u{1b}]0;pwned\\u{7}\\u{9b}31mcultural\"",
        1,
    );
    std::fs::write(&file, hostile).unwrap();
    let f = file.to_str().unwrap();
    for format in ["text", "csv", "json"] {
        let out = ok(&run(&["action", "list", f, "--format", format]));
        assert!(
            !out.contains(['\u{1b}', '\u{7}', '\u{9b}']),
            "{format}: {out:?}"
        );
        assert!(out.contains("pwned"), "{format}: the words are kept");
    }
    let json = ok(&run(&["action", "list", f, "--format", "json"]));
    assert!(json.contains(r#""title": "Inter\u001b]0;pwned\u0007\u009b31mcultural""#));
    let folder = ok(&run(&["action", "list", dir.path().to_str().unwrap()]));
    assert!(
        folder.starts_with("ac7e0001  Together for a more secure Alby\n"),
        "{folder}"
    );
    assert_eq!(folder.matches("\nac7e000").count(), 2, "{folder}");
}
