//! Every way a session file can be broken: each gives one clear message
//! naming the place (path:line:col), none panics, and the file is left as
//! it was.

use std::path::Path;

use spiral::store;

fn example() -> String {
    std::fs::read_to_string("sessions/alby-2011.ron").unwrap()
}

/// (what, the file's bytes, the exact error).
fn cases() -> Vec<(&'static str, Vec<u8>, String)> {
    let ex = example();
    let second_group = "            id: \"bf9c25f0-62b1-4ef0-97c8-ad6062c4e42a\",";
    let first_group = "            id: \"ddd3589d-211c-4892-bf07-8f3eb266db53\",";
    let mut not_utf8 = ex.as_bytes()[..300].to_vec();
    not_utf8.extend_from_slice(b"\xff\xfe");
    not_utf8.extend_from_slice(&ex.as_bytes()[300..]);
    vec![
        (
            "truncated",
            ex.as_bytes()[..2000].to_vec(),
            "59:21: Expected end of string".into(),
        ),
        (
            "empty",
            Vec::new(),
            "1:1: Expected opening `(` for struct `Session`".into(),
        ),
        (
            "wrong type",
            ex.replacen("    version: 5,", "    version: \"three\",", 1).into_bytes(),
            "3:13: Expected integer".into(),
        ),
        (
            "duplicate group id",
            ex.replacen(second_group, first_group, 1).into_bytes(),
            "71:13: duplicate group id `ddd3589d-211c-4892-bf07-8f3eb266db53`".into(),
        ),
        (
            "unknown field",
            ex.replacen(
                "    place: \"Alby, Botkyrka\",",
                "    place: \"Alby, Botkyrka\",\n    mood: \"sunny\",",
                1,
            )
            .into_bytes(),
            "6:5: Unexpected field named `mood` in `Session`, expected one of `version`, `title`, `place`, `date`, `facilitators`, `language`, `framework`, `questions`, `groups`, `criteria`, `actions`, `deleted_actions`, `deleted`, or `notes` instead".into(),
        ),
        (
            "note in a missing group",
            ex.replacen(
                "            group: \"ddd3589d-211c-4892-bf07-8f3eb266db53\",\n            question: \"wellbeing\",\n            text: \"Att ha familjen nära\"",
                "            group: \"nowhere\",\n            question: \"wellbeing\",\n            text: \"Att ha familjen nära\"",
                1,
            )
            .into_bytes(),
            "304:13: note `50a35a63-e59b-420d-9b58-875bed88e994` names group `nowhere`, which the session does not have".into(),
        ),
        (
            "invalid UTF-8",
            not_utf8,
            "14:22: the file is not UTF-8 text".into(),
        ),
        (
            "RON bomb (deep nesting)",
            "(".repeat(100_000).into_bytes(),
            "1:2: Expected identifier".into(),
        ),
        (
            "nesting bomb in a note",
            ex.replacen(
                "text: \"Att ha familjen nära\"",
                &format!("text: {}", "[".repeat(50_000)),
                1,
            )
            .into_bytes(),
            "307:18: Expected string".into(),
        ),
        (
            "a newer format",
            ex.replacen("    version: 5,", "    version: 9,\n    mood: \"new\",", 1)
                .into_bytes(),
            "3:5: this session has format version 9, from a newer spiral; this one reads versions up to 5. Update spiral to open it".into(),
        ),
    ]
}

#[test]
fn every_broken_file_gets_one_clear_message_and_stays_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    for (what, bytes, expected) in cases() {
        let path = dir.path().join("broken.ron");
        std::fs::write(&path, &bytes).unwrap();
        let err = store::load_session(&path)
            .err()
            .unwrap_or_else(|| panic!("{what}: loaded"));
        assert_eq!(
            err.to_string(),
            format!("{}:{expected}", path.display()),
            "{what}"
        );
        // The app shows it, and never writes the file.
        let state = spiral::tui::State::open(spiral::model::Framework::default_framework(), &path);
        assert!(
            matches!(state.page, spiral::tui::app::Page::Failed { .. }),
            "{what}"
        );
        drop(state);
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{what}");
        // The command line says the same, on one line per file.
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_spiral"))
            .env("SPIRAL_LANG", "en")
            .args(["check", path.to_str().unwrap()])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{what}");
        assert_eq!(
            String::from_utf8_lossy(&o.stdout),
            format!("{}:{expected}\n", path.display()),
            "{what}"
        );
    }
}

#[test]
fn an_enormous_line_is_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    let long = "x".repeat(5_000_000);
    std::fs::write(
        &path,
        example().replacen(
            "text: \"Att ha familjen nära\"",
            &format!("text: \"{long}\""),
            1,
        ),
    )
    .unwrap();
    let session = store::load_session(&path).unwrap();
    assert_eq!(session.notes[0].text.len(), 5_000_000);
}

#[test]
fn a_file_that_is_not_there_or_a_folder_is_named() {
    let missing = Path::new("no/such/session.ron");
    let err = store::load_session(missing).unwrap_err();
    // The system's own words ("No such file or directory (os error 2)" on
    // Linux, "The system cannot find the path specified. (os error 3)" on
    // Windows), after the path as given.
    let system = std::fs::File::open(missing).unwrap_err();
    assert!(
        err.to_string()
            .starts_with(&format!("no/such/session.ron: {system}")),
        "{err}"
    );
    let err = store::load_session(Path::new("sessions")).unwrap_err();
    assert!(err.to_string().starts_with("sessions: "), "{err}");
}
