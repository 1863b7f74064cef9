//! `spiral compare`, as a coordinator's script would use it: the JSON's
//! numbers, what is left out and why, and the errors.

mod common;

use common::spiral;

use std::path::{Path, PathBuf};
use std::process::Output;

use spiral::model::{Framework, Group, Lang, Note, Session};

fn json(o: &Output) -> serde_json::Value {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).expect("the output is JSON")
}

/// `(question, family, how many)`.
type Notes<'a> = &'a [(&'a str, Option<&'a str>, usize)];

/// A session of groups, each with `(question, family, how many)` notes.
fn write_session(dir: &Path, file: &str, title: &str, groups: &[(&str, Notes)]) -> PathBuf {
    let fw = Framework::default_framework();
    let mut s = Session::new(title, &fw, Lang::En);
    for (name, notes) in groups {
        let g = Group::new(name);
        for (question, family, n) in *notes {
            for i in 0..*n {
                let mut note = Note::new(&g.id, question, &format!("note {i}"), "");
                note.family = family.map(str::to_string);
                s.notes.push(note);
            }
        }
        s.groups.push(g);
    }
    let path = dir.join(file);
    spiral::store::save_new_session(&path, &s).unwrap();
    path
}

/// Agresti's party identification by gender (Categorical Data Analysis,
/// 2nd ed., Table 3.2) as two groups' notes in three families; X² = 30.07.
fn agresti(dir: &Path) -> PathBuf {
    write_session(
        dir,
        "agresti.ron",
        "Agresti",
        &[
            (
                "Women",
                &[
                    ("wellbeing", Some("essential_resources"), 762),
                    ("wellbeing", Some("personal_relations"), 327),
                    ("illbeing", Some("social_balances"), 468),
                    ("action", None, 5),
                ],
            ),
            (
                "Men",
                &[
                    ("wellbeing", Some("essential_resources"), 484),
                    ("wellbeing", Some("personal_relations"), 239),
                    ("illbeing", Some("social_balances"), 477),
                ],
            ),
            ("Absent", &[("action", None, 2)]),
        ],
    )
}

#[test]
fn json_has_the_documented_keys_and_the_published_values() {
    let dir = tempfile::tempdir().unwrap();
    let file = agresti(dir.path());
    let v = json(&spiral(&[
        "compare",
        file.to_str().unwrap(),
        "--format",
        "json",
    ]));
    assert_eq!(v["groups"], serde_json::json!(["Women", "Men"]));
    assert_eq!(
        v["families"],
        serde_json::json!([
            "essential_resources",
            "personal_relations",
            "social_balances"
        ])
    );
    assert_eq!(
        v["counts"],
        serde_json::json!([[762, 327, 468], [484, 239, 477]])
    );
    let chi2 = &v["chi2"];
    assert!((chi2["statistic"].as_f64().unwrap() - 30.07).abs() < 0.005);
    assert_eq!(chi2["dof"], 2);
    assert!((chi2["p"].as_f64().unwrap() - 2.954e-7).abs() < 0.0005e-7);
    assert!((v["cramers_v"].as_f64().unwrap() - 0.1044).abs() < 0.0001);
    let z = v["adjusted_residuals"][0].as_array().unwrap();
    let z: Vec<f64> = z.iter().map(|x| x.as_f64().unwrap()).collect();
    for (got, want) in z.iter().zip([4.5020535, 0.6994517, -5.3159455]) {
        assert!((got - want).abs() < 1e-6, "{got} vs {want}");
    }
    assert_eq!(v["low_expected_share"], 0.0);
    // The test's numbers are also found together under `chi2`.
    assert_eq!(v["chi2"]["cramers_v"], v["cramers_v"]);
    assert_eq!(v["chi2"]["adjusted_residuals"], v["adjusted_residuals"]);
    assert_eq!(v["chi2"]["low_expected_share"], 0.0);
    assert_eq!(v["left_out_groups"], serde_json::json!(["Absent"]));
    assert_eq!(
        v["left_out_families"],
        serde_json::json!([
            "living_environment",
            "relations_with_institutions",
            "attitudes_and_initiatives",
            "personal_balances",
            "relations_with_organisations"
        ])
    );
    assert_eq!(v["uncoded_notes"], 7);
    assert_eq!(v["distances"][0]["group"], "Men");
}

#[test]
fn the_table_says_what_a_reader_needs() {
    let dir = tempfile::tempdir().unwrap();
    let file = agresti(dir.path());
    let o = spiral(&["compare", file.to_str().unwrap()]);
    assert!(o.status.success());
    let text = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "Comparison of 2 groups, question: all questions (2757 coded notes)"
    );
    assert_eq!(
        lines[2],
        "                                    1        4        7    coded"
    );
    assert_eq!(
        lines[3],
        "Women                        762 49%+ 327 21%  468 30%−     1557"
    );
    assert_eq!(
        lines[4],
        "Men                          484 40%− 239 20%  477 40%+     1200"
    );
    assert!(text.contains(
        "Chi-square test of homogeneity: χ² = 30.07, dof = 2, p < 0.001; Cramér's V = 0.104\n"
    ));
    assert!(text.contains(
        "The 2 groups' profiles differ little (V = 0.10), and differences this large are \
         unlikely to be chance (p < 0.001). Women mention Social balances notably less than \
         the others (residual −5.3).\n"
    ));
    assert!(text.ends_with(
        "Left out: groups with no coded note: Absent; families with no note: Living environment, \
         Relations with and between institutions, Attitudes and initiatives, Personal balances, \
         Relations with and between organisations; 7 uncoded notes.\n"
    ));
}

/// A Swedish run says its table in Swedish, to the last sentence: the
/// question by its name, never its id, and numbers with a decimal comma
/// (issue 26: "fråga: all" and an English closing sentence with decimal
/// points). JSON keeps the ids.
#[test]
fn the_table_speaks_the_language_of_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let file = agresti(dir.path());
    let f = file.to_str().unwrap();
    let run = |args: &[&str]| {
        let o = common::bin()
            .env("SPIRAL_LANG", "sv")
            .args(args)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).unwrap()
    };
    let all = run(&["compare", f]);
    assert_eq!(
        all.lines().next(),
        Some("Jämförelse av 2 grupper, fråga: alla frågor (2757 kodade lappar)")
    );
    assert!(
        all.contains(
            "Profilerna för de 2 grupper som jämförs skiljer sig lite åt (V = 0,10), \
             och så stora skillnader beror knappast på slumpen (p < 0,001)."
        ),
        "{all}"
    );
    for english in ["groups' profiles", "differ", "p = 0.", "question", " all "] {
        assert!(
            !all.contains(english),
            "{english:?} in a Swedish table:\n{all}"
        );
    }
    let one = run(&["compare", f, "--question", "wellbeing"]);
    assert_eq!(
        one.lines().next(),
        Some("Jämförelse av 2 grupper, fråga: Välbefinnande (1812 kodade lappar)")
    );
    let json = run(&["compare", f, "--question", "wellbeing", "--format", "json"]);
    assert!(json.contains("\"question\": \"wellbeing\""), "{json}");
}

#[test]
fn one_question_only() {
    let dir = tempfile::tempdir().unwrap();
    let file = agresti(dir.path());
    let f = file.to_str().unwrap();
    let v = json(&spiral(&[
        "compare",
        f,
        "--question",
        "wellbeing",
        "--format",
        "json",
    ]));
    assert_eq!(v["question"], "wellbeing");
    assert_eq!(v["counts"], serde_json::json!([[762, 327], [484, 239]]));
    assert_eq!(v["uncoded_notes"], 0);
    let o = spiral(&["compare", f, "--question", "hope"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "spiral: no session has question `hope`; use all or one of: action, illbeing, wellbeing\n"
    );
}

#[test]
fn one_group_alone_is_not_tested_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_session(
        dir.path(),
        "one.ron",
        "One",
        &[("Youth", &[("wellbeing", Some("personal_balances"), 3)])],
    );
    let v = json(&spiral(&[
        "compare",
        file.to_str().unwrap(),
        "--format",
        "json",
    ]));
    assert_eq!(v["chi2"], serde_json::Value::Null);
    assert_eq!(v["cramers_v"], serde_json::Value::Null);
    assert_eq!(
        v["no_test"],
        "no test: only “Youth” has coded notes, and a profile needs another to be compared with"
    );
}

#[test]
fn many_files_by_session_and_by_group() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_session(
        dir.path(),
        "alby.ron",
        "Territory",
        &[
            ("Youth", &[("wellbeing", Some("personal_balances"), 3)]),
            ("Elders", &[("wellbeing", Some("essential_resources"), 2)]),
        ],
    );
    let b = write_session(
        dir.path(),
        "fittja.ron",
        "Territory",
        &[("Youth", &[("wellbeing", Some("essential_resources"), 4)])],
    );
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let v = json(&spiral(&[
        "compare", a, b, "--by", "session", "--format", "json",
    ]));
    // The titles are the same, so the files name the sessions.
    assert_eq!(v["groups"], serde_json::json!(["alby", "fittja"]));
    assert_eq!(v["by"], "session");
    assert_eq!(v["counts"], serde_json::json!([[2, 3], [4, 0]]));
    let v = json(&spiral(&["compare", a, b, "--format", "json"]));
    assert_eq!(
        v["groups"],
        serde_json::json!(["alby · Youth", "alby · Elders", "fittja · Youth"])
    );
    let o = spiral(&["compare", a, b, "--format", "csv"]);
    let csv = String::from_utf8(o.stdout).unwrap();
    assert!(
        csv.starts_with(
            "group,family,count,share,expected,adjusted_residual\n\
         alby · Youth,essential_resources,0,0.0000,2.0000,-3.0000\n"
        ),
        "{csv}"
    );
}

#[test]
fn a_broken_file_stops_the_comparison_and_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let good = agresti(dir.path());
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(\n    version: 1,\n    title: oops\n)\n").unwrap();
    let o = spiral(&["compare", good.to_str().unwrap(), bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err == format!(
            "spiral: {}:3:11: Expected string\n\
             spiral: 1 of 2 files could not be read; nothing was compared\n",
            bad.display()
        ),
        "{err}"
    );
}

/// The comparison screen and `spiral compare` say what was left out in the
/// same words (they were built twice, and had drifted apart).
#[test]
fn the_screen_and_the_command_line_say_the_same_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(
        dir.path(),
        "s.ron",
        "Alby",
        &[
            (
                "Young",
                &[
                    ("wellbeing", Some("personal_relations"), 6),
                    ("wellbeing", Some("not_a_family"), 2),
                    ("wellbeing", None, 3),
                ],
            ),
            ("Old", &[("wellbeing", Some("essential_resources"), 5)]),
        ],
    );
    let out = spiral(&["compare", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let said = text
        .lines()
        .find(|l| l.starts_with("Left out: "))
        .expect("the command line says what was left out")
        .to_string();
    assert!(
        said.ends_with("3 uncoded notes; 2 notes coded with a family the framework does not know."),
        "{said}"
    );
    let mut state = spiral::tui::State::open(Framework::default_framework(), &path);
    state.update(spiral::tui::Msg::Action(
        spiral::tui::keymap::Action::Compare,
    ));
    let spiral::tui::app::Page::Compare(screen) = &state.page else {
        panic!("the comparison is shown");
    };
    assert_eq!(
        screen.report.left_out(spiral::model::Lang::En).as_deref(),
        Some(said.as_str())
    );
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(200, 40)).unwrap();
    terminal
        .draw(|f| spiral::tui::view::draw(&state, f))
        .unwrap();
    let screen: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    // (The box wraps the sentence: its words are looked for within a line.)
    assert!(
        screen.contains("2 notes coded with a family"),
        "the screen says it as the command line does"
    );
}

#[test]
fn csv_names_that_read_as_formulas_get_a_leading_quote() {
    let dir = tempfile::tempdir().unwrap();
    let notes: Notes = &[("wellbeing", Some("essential_resources"), 1)];
    let a = write_session(
        dir.path(),
        "a.ron",
        "=HYPERLINK(\"http://x\")",
        &[("+A", notes), ("-B", notes), ("@C", notes), ("E", notes)],
    );
    let b = write_session(dir.path(), "b.ron", "-1+1", &[("F", notes)]);
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let o = spiral(&["compare", a, "--format", "csv"]);
    let csv = String::from_utf8(o.stdout).unwrap();
    let groups: Vec<&str> = csv
        .lines()
        .skip(1)
        .filter(|l| l.contains(",essential_resources,"))
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(groups, ["'+A", "'-B", "'@C", "E"], "{csv}");
    let o = spiral(&["compare", a, b, "--by", "session", "--format", "csv"]);
    let csv = String::from_utf8(o.stdout).unwrap();
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\",essential_resources,4,1.0000,"),
        "{csv}"
    );
    assert!(
        csv.contains("\n'-1+1,essential_resources,1,1.0000,"),
        "{csv}"
    );
}
