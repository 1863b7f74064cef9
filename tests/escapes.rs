//! Text from a file never reaches the terminal as a control sequence
//! (issue 13): a hand-edited session whose group name holds an OSC title
//! sequence and `ESC[2J` changed the terminal's title and cleared the
//! screen under `spiral profile`, and the exports carried raw NUL, ESC, BS
//! and DEL bytes. Every human output drops them; JSON escapes them.

mod common;

use std::path::{Path, PathBuf};

use common::{err, ok, spiral};
use spiral::model::{Framework, Group, Lang, Note, Session};

/// The characters a terminal (or a reader of an export) would act on.
const HOSTILE: &[char] = &[
    '\u{1b}', '\u{7}', '\0', '\u{8}', '\u{7f}', '\u{9b}', '\u{202e}', '\r',
];

fn hostile_session(dir: &Path) -> PathBuf {
    let fw = Framework::default_framework();
    let mut s = Session::new("Alby \u{1b}[2J", &fw, Lang::En);
    let mut g = Group::new("Unga");
    g.name = "Unga\u{1b}]0;owned\u{7}\u{1b}[2J\u{9b}1m\u{202e}".into();
    g.id = "g".into();
    s.groups.push(g);
    for (text, family) in [
        (
            "Fotboll\u{0}\u{8}\u{7f} varje dag",
            Some("essential_resources"),
        ),
        ("Bussen \u{9b}31m\u{202e}sen", Some("living_environment")),
        ("Lugn\r", None),
    ] {
        let mut n = Note::new("g", "wellbeing", text, "Ana\u{1b}[5m");
        n.family = family.map(str::to_string);
        s.notes.push(n);
    }
    let path = dir.join("s.ron");
    spiral::store::save_new_session(&path, &s).unwrap();
    path
}

fn assert_clean(what: &str, text: &str) {
    for c in HOSTILE {
        assert!(
            !text.contains(*c),
            "{what} carries {c:?}: {:?}",
            text.chars().take(400).collect::<String>()
        );
    }
}

#[test]
fn human_outputs_carry_no_control_characters_from_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = hostile_session(dir.path());
    let p = path.to_str().unwrap();
    for args in [
        vec!["profile", p],
        vec!["profile", p, "--format", "csv"],
        vec!["compare", p],
        vec!["compare", p, "--format", "csv"],
        vec!["synthesis", p],
        vec!["check", p],
    ] {
        let out = ok(&spiral(&args));
        assert_clean(&format!("{args:?}"), &out);
    }
    // The group's name is shown, without what would act on the terminal.
    let out = ok(&spiral(&["profile", p]));
    assert!(out.contains("Unga]0;owned[2J1m"), "{out}");
    // Messages too: a group not found lists the session's groups.
    let said = err(&spiral(&[
        "add",
        p,
        "--group",
        "Nobody",
        "--question",
        "wellbeing",
        "x",
    ]));
    assert!(said.contains("its groups are: Unga]0;owned[2J1m"), "{said}");
    assert_clean("the error", &said);
}

#[test]
fn json_escapes_what_it_carries() {
    let dir = tempfile::tempdir().unwrap();
    let path = hostile_session(dir.path());
    let p = path.to_str().unwrap();
    for args in [
        vec!["profile", p, "--format", "json"],
        vec!["compare", p, "--format", "json"],
        vec!["synthesis", p, "--format", "json"],
    ] {
        let out = ok(&spiral(&args));
        assert_clean(&format!("{args:?}"), &out);
        let v: serde_json::Value = serde_json::from_str(&out).expect("still JSON");
        assert!(!v.is_null());
    }
    let out = ok(&spiral(&["profile", p, "--format", "json"]));
    assert!(
        out.contains(r"Unga\u001b]0;owned\u0007\u001b[2J\u009b1m\u202e"),
        "{out}"
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["sessions"][0]["groups"][0]["name"], "Unga\u{1b}]0;owned\u{7}\u{1b}[2J\u{9b}1m\u{202e}",
        "the JSON holds the name as it is"
    );
}

#[test]
fn exports_carry_no_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let path = hostile_session(dir.path());
    let p = path.to_str().unwrap();
    for (format, file) in [
        ("html", "s.html"),
        ("md", "s.md"),
        ("csv-notes", "notes.csv"),
        ("csv-matrix", "matrix.csv"),
        ("csv-binary", "binary.csv"),
    ] {
        let out = dir.path().join(file);
        ok(&spiral(&[
            "export",
            p,
            "--format",
            format,
            "-o",
            out.to_str().unwrap(),
        ]));
        let text = std::fs::read_to_string(&out).unwrap();
        // (CSV rows end in CRLF when the writer says so; a lone CR is not.)
        assert_clean(format, &text.replace("\r\n", "\n"));
        // (Markdown escapes the brackets.)
        let name = if format == "md" {
            r"Unga\]0;owned\[2J1m"
        } else {
            "Unga]0;owned[2J1m"
        };
        assert!(
            text.contains(name),
            "{format}: the group's name stays, less what acts on a terminal"
        );
        if format == "csv-notes" {
            assert!(text.contains("Fotboll varje dag"), "the note's words stay");
        }
    }
}
