//! The command line, as a script would use it: exit status, output, the
//! bytes written, and the exact errors.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn spiral(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_spiral"))
        .env("SPIRAL_LANG", "en")
        .args(args)
        .env_remove("SPIRAL_CODER")
        .output()
        .expect("spiral runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/alby-2011.ron")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn new_session(dir: &Path) -> PathBuf {
    let file = dir.join("s.ron");
    let o = spiral(&[
        "new",
        file.to_str().unwrap(),
        "--title",
        "Test workshop",
        "--group",
        "Mothers",
        "--group",
        "Youth club",
        "--lang",
        "sv",
        "--date",
        "2026-11-23",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    file
}

#[test]
fn new_writes_a_session_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let file = new_session(dir.path());
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.starts_with(
            "#![enable(implicit_some)]\n(\n    version: 5,\n    title: \"Test workshop\",\n"
        ),
        "{text}"
    );
    assert!(text.contains("    date: \"2026-11-23\",\n"));
    assert!(text.contains("    language: sv,\n"));
    assert!(text.contains("            name: \"Youth club\",\n"));
    let before = std::fs::read(&file).unwrap();
    let o = spiral(&["new", file.to_str().unwrap(), "--title", "Other"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!(
            "spiral: {} already exists; spiral never writes over a session\n",
            file.display()
        )
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn add_prints_the_id_and_codes_by_key_id_or_label() {
    let dir = tempfile::tempdir().unwrap();
    let file = new_session(dir.path());
    let f = file.to_str().unwrap();
    let o = spiral(&[
        "add",
        f,
        "--group",
        "mothers",
        "--question",
        "wellbeing",
        "--family",
        "4",
        "--coder",
        "Anna",
        "Att ha familjen nära",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let id = stdout(&o).trim().to_string();
    assert_eq!(id.len(), 36, "a UUID: {id}");
    let o = spiral(&[
        "add",
        f,
        "--group",
        "Youth club",
        "--question",
        "illbeing",
        "--family",
        "personal_balances",
        "Stress",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = spiral(&[
        "add",
        f,
        "--group",
        "Youth club",
        "--question",
        "action",
        "--family",
        "Social balans",
        "Respekt",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = spiral(&[
        "add",
        f,
        "--group",
        "Youth club",
        "--question",
        "action",
        "Uncoded one",
    ]);
    assert!(o.status.success());
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains(&format!("            id: \"{id}\",\n")));
    assert!(text.contains("            family: \"personal_relations\",\n"));
    assert!(text.contains("            family: \"social_balances\",\n"));
    assert!(text.contains("            family: None,\n"));
    assert!(text.contains("            coder: \"Anna\",\n"));
    // The previous version is kept.
    assert!(dir.path().join("s.ron.bak").exists());
}

#[test]
fn add_refuses_bad_input_with_one_line_and_leaves_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = new_session(dir.path());
    let f = file.to_str().unwrap();
    let before = std::fs::read(&file).unwrap();
    let cases: [(&[&str], String); 4] = [
        (
            &["--group", "Nobody", "--question", "wellbeing", "x"],
            format!(
                "spiral: no group named `Nobody` in {f}; its groups are: Mothers, Youth club (add --create-group to add it)\n"
            ),
        ),
        (
            &["--group", "Mothers", "--question", "happiness", "x"],
            format!(
                "spiral: no question `happiness` in {f}; its questions are: wellbeing, illbeing, action\n"
            ),
        ),
        (
            &[
                "--group",
                "Mothers",
                "--question",
                "wellbeing",
                "--family",
                "9",
                "x",
            ],
            "spiral: no family `9` in framework `together-8` (use a key 1-8, an id or a label)\n"
                .into(),
        ),
        (
            &["--group", "Mothers", "--question", "wellbeing", " \u{7}\t "],
            "spiral: the note is empty\n".into(),
        ),
    ];
    for (args, expected) in cases {
        let mut all = vec!["add", f];
        all.extend_from_slice(args);
        let o = spiral(&all);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert_eq!(stderr(&o), expected);
        assert_eq!(
            std::fs::read(&file).unwrap(),
            before,
            "the file is unchanged"
        );
    }
}

#[test]
fn add_creates_a_group_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let file = new_session(dir.path());
    let o = spiral(&[
        "add",
        file.to_str().unwrap(),
        "--group",
        "Teachers",
        "--create-group",
        "--question",
        "action",
        "Mentorskap",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("name: \"Teachers\""));
}

#[test]
fn profile_csv_has_the_documented_rows() {
    let dir = tempfile::tempdir().unwrap();
    let file = new_session(dir.path());
    let f = file.to_str().unwrap();
    for (group, question, family, text) in [
        ("Mothers", "wellbeing", "4", "Familjen"),
        ("Mothers", "wellbeing", "4", "Vänner"),
        ("Mothers", "illbeing", "6", "Stress"),
        ("Mothers", "illbeing", "", "Uncoded"),
        ("Youth club", "action", "1", "Jobb"),
    ] {
        let mut args = vec!["add", f, "--group", group, "--question", question];
        if !family.is_empty() {
            args.extend(["--family", family]);
        }
        args.push(text);
        assert!(spiral(&args).status.success());
    }
    let o = spiral(&["profile", f, "--format", "csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "session,group,question,family,count,share");
    // 2 groups + pooled + group mean, 4 question keys, 8 families.
    assert_eq!(lines.len(), 1 + 4 * 4 * 8);
    assert!(lines.contains(&"Test workshop,Mothers,all,personal_relations,2,0.6667"));
    assert!(lines.contains(&"Test workshop,Mothers,all,personal_balances,1,0.3333"));
    assert!(lines.contains(&"Test workshop,Mothers,wellbeing,personal_relations,2,1.0000"));
    assert!(lines.contains(&"Test workshop,Mothers,action,personal_relations,0,"));
    assert!(lines.contains(&"Test workshop,(pooled),all,personal_relations,2,0.5000"));
    assert!(lines.contains(&"Test workshop,(pooled),all,essential_resources,1,0.2500"));
    // Group mean: (2/3 + 0) / 2 for personal relations; (0 + 1) / 2 essentials.
    assert!(lines.contains(&"Test workshop,(group mean),all,personal_relations,,0.3333"));
    assert!(lines.contains(&"Test workshop,(group mean),all,essential_resources,,0.5000"));
}

#[test]
fn profile_csv_names_that_read_as_formulas_get_a_leading_quote() {
    use spiral::model::{Framework, Group, Lang, Note, Session};
    let dir = tempfile::tempdir().unwrap();
    let fw = Framework::default_framework();
    let mut s = Session::new("@SUM(A1)", &fw, Lang::En);
    for name in ["=1+1", "+A", "-B", "E"] {
        let g = Group::new(name);
        let mut n = Note::new(&g.id, "wellbeing", "Familjen", "");
        n.family = Some("personal_relations".into());
        s.notes.push(n);
        s.groups.push(g);
    }
    let file = dir.path().join("s.ron");
    spiral::store::save_new_session(&file, &s).unwrap();
    let o = spiral(&["profile", file.to_str().unwrap(), "--format", "csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    for group in ["'=1+1", "'+A", "'-B", "E", "(pooled)"] {
        let row = format!("'@SUM(A1),{group},all,personal_relations,");
        assert!(lines.iter().any(|l| l.starts_with(&row)), "{row} in {out}");
    }
}

/// What a script passes (a CR from a Windows line end, a bell, tabs) is
/// cleaned as stored names are before it is looked for, and said cleaned.
#[test]
fn a_query_is_cleaned_before_it_is_compared_and_echoed() {
    let dir = tempfile::tempdir().unwrap();
    let file = new_session(dir.path());
    let f = file.to_str().unwrap();
    let o = spiral(&[
        "set",
        f,
        "--group",
        "Mothers\r",
        "--participants",
        "12",
        "--lang",
        "e\u{7}n\r",
    ]);
    assert_eq!(
        stdout(&o),
        format!("changed {f}: language en, group Mothers\n"),
        "{}",
        stderr(&o)
    );
    let o = spiral(&[
        "set",
        f,
        "--group",
        "No\t\tbody\u{7}",
        "--participants",
        "3",
    ]);
    assert_eq!(stderr(&o), "spiral: no group named `No body`\n");
    let o = spiral(&["set", f, "--lang", "x\t\tx\u{7}"]);
    assert!(
        stderr(&o).contains("unknown language `x x` (use en, sv, da or fr)"),
        "{}",
        stderr(&o)
    );
    let o = spiral(&[
        "add",
        f,
        "--group",
        "Youth\t club\r",
        "--question",
        "well\u{7}being\r",
        "--family",
        "4\r",
        "Vänner",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let s = spiral::store::load_session(&file).unwrap();
    assert_eq!(s.notes[0].question, "wellbeing");
    assert_eq!(s.notes[0].family.as_deref(), Some("personal_relations"));
    let o = spiral(&[
        "add",
        f,
        "--group",
        "Mothers",
        "--question",
        "hope\t\tful",
        "x",
    ]);
    assert!(
        stderr(&o).starts_with("spiral: no question `hope ful` in "),
        "{}",
        stderr(&o)
    );
    let o = spiral(&[
        "compare",
        f,
        "--question",
        "wellbeing\r",
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "Trygghet\n").unwrap();
    let o = spiral(&[
        "import",
        f,
        "--from",
        notes.to_str().unwrap(),
        "--group",
        "Mothers\r",
        "--question",
        "action\r",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let s = spiral::store::load_session(&file).unwrap();
    assert_eq!(s.groups.len(), 2, "no new group");
    assert_eq!(s.notes[1].question, "action");
}

#[test]
fn profile_json_and_ron_and_table() {
    let o = spiral(&["profile", example().to_str().unwrap(), "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["families"].as_array().unwrap().len(), 8);
    let groups = v["sessions"][0]["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 4);
    let all = &groups[0]["questions"][0];
    assert_eq!(all["question"], "all");
    let counts: u64 = all["counts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_u64().unwrap())
        .sum();
    assert_eq!(counts, all["coded"].as_u64().unwrap());
    let o = spiral(&["profile", example().to_str().unwrap(), "--format", "ron"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("framework: \"together-8\""));
    let o = spiral(&[
        "profile",
        example().to_str().unwrap(),
        example().to_str().unwrap(),
    ]);
    assert!(o.status.success());
    let table = stdout(&o);
    assert!(table.contains("Mothers at the Open Pre-school, 9 participants"));
    assert!(table.contains("All sessions: group mean (each group counts once)"));
}

#[test]
fn check_passes_the_example_and_names_line_and_column() {
    let o = spiral(&["check", example().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).ends_with("alby-2011.ron: ok (4 groups, 96 notes, 86 coded)\n"),
        "{}",
        stdout(&o)
    );

    let broken = fixture("broken-syntax.ron");
    let o = spiral(&["check", broken.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        format!("{}:9:5: Expected comma\n", broken.display())
    );
    assert_eq!(stderr(&o), "spiral: 1 of 1 file failed the check\n");

    let newer = fixture("newer-version.ron");
    let o = spiral(&["check", newer.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        format!(
            "{}:3:5: this session has format version 7, from a newer spiral; this one reads versions up to 5. Update spiral to open it\n",
            newer.display()
        )
    );
}

#[test]
fn check_keeps_and_reports_an_unknown_family() {
    let file = fixture("unknown-family.ron");
    let o = spiral(&["check", file.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains(":35:13: warning: note 2b0b6a0e-61c4-4a4b-9b7a-3c1f6f1d0001 is coded `feelings`, a family framework `together-8` does not know (kept, shown as unknown)"),
        "{out}"
    );
    let o = spiral(&["profile", file.to_str().unwrap(), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(
        v["sessions"][0]["groups"][0]["questions"][0]["unknown_family"],
        1
    );
}

/// `spiral check` reports a component the framework does not have under
/// the note's family, as the app shows it (`unknown component`), with its
/// place (issue 13: it was accepted silently).
#[test]
fn check_reports_an_unknown_component() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.ron");
    let text = std::fs::read_to_string(example()).unwrap().replacen(
        "component: \"general\"",
        "component: \"not_a_component\"",
        1,
    );
    assert!(
        text.contains("not_a_component"),
        "the example has a component to change"
    );
    std::fs::write(&file, &text).unwrap();
    let o = spiral(&["check", file.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let at = text.find("component: \"not_a_component\"").unwrap();
    let line = text[..at].lines().count();
    let col = at - text[..at].rfind('\n').unwrap();
    assert!(
        out.contains(&format!("{}:{line}:{col}: warning: note ", file.display()))
            && out.contains(" has component `not_a_component`, which family `")
            && out.contains("` of framework `together-8` does not have (kept, shown as unknown)\n"),
        "{out}"
    );
    assert!(
        out.ends_with(": ok (4 groups, 96 notes, 86 coded)\n"),
        "{out}"
    );
}

#[test]
fn categories_prints_the_eight_families() {
    let o = spiral(&["categories", "--lang", "fr"]);
    assert!(o.status.success());
    let out = stdout(&o);
    for key in 1..=8 {
        assert!(out.contains(&format!("\n{key}  ")), "family {key} in {out}");
    }
    assert!(out.contains("[essential_resources]"));
    assert!(out.contains("[relations_with_organisations]"));
}

#[test]
fn a_bad_framework_is_refused_with_file_line_and_column() {
    for (name, expected) in [
        (
            "framework-duplicate-id.ron",
            ":13:13: duplicate family id `living`",
        ),
        (
            "framework-missing-key.ron",
            ":14:9: Unexpected missing field named `key` in `Family`",
        ),
        (
            "framework-no-english.ron",
            ":9:50: Unexpected missing field named `en` in `Labels`",
        ),
        (
            "framework-duplicate-key.ron",
            ":14:13: duplicate key 1: family `living` uses a key another family has",
        ),
    ] {
        let path = fixture(name);
        let o = spiral(&["--framework", path.to_str().unwrap(), "categories"]);
        assert_eq!(o.status.code(), Some(1), "{name}");
        assert_eq!(
            stderr(&o),
            format!("spiral: {}{expected}\n", path.display()),
            "{name}"
        );
    }
}

#[test]
fn opening_a_missing_file_without_a_terminal_refuses() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("nothing.ron");
    let o = Command::new(env!("CARGO_BIN_EXE_spiral"))
        .env("SPIRAL_LANG", "en")
        .arg(&file)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!(
            "spiral: {} does not exist (create it with `spiral new {} --title TITLE`)\n",
            file.display(),
            file.display()
        )
    );
    assert!(!file.exists());
}

/// A symbolic link that leads nowhere, or round in a loop, is named as
/// such: it was offered "does not exist. Create a new session there?" and
/// then refused as "already exists" (issue 13).
#[cfg(unix)]
#[test]
fn a_dangling_link_or_a_loop_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let dangling = dir.path().join("gone.ron");
    std::os::unix::fs::symlink(dir.path().join("moved-away.ron"), &dangling).unwrap();
    let looped = dir.path().join("loop.ron");
    std::os::unix::fs::symlink(&looped, &looped).unwrap();
    let open = |file: &std::path::Path| {
        Command::new(env!("CARGO_BIN_EXE_spiral"))
            .env("SPIRAL_LANG", "en")
            .arg(file)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap()
    };
    let o = open(&dangling);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!(
            "spiral: {} is a symbolic link to {}, which does not exist\n",
            dangling.display(),
            dir.path().join("moved-away.ron").display()
        )
    );
    let o = open(&looped);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!(
            "spiral: {} is a symbolic link that leads round in a loop\n",
            looped.display()
        )
    );
}

/// `spiral profile`'s table names its question columns as a reader does,
/// in the run's language, wide enough for the longest name (issue 26:
/// the columns read `all wellbeing illbeing action`); CSV keeps the ids.
#[test]
fn profile_columns_are_the_questions_names() {
    let file = example();
    let f = file.to_str().unwrap();
    let run = |lang: &str, args: &[&str]| {
        let o = Command::new(env!("CARGO_BIN_EXE_spiral"))
            .env("SPIRAL_LANG", lang)
            .args(args)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).unwrap()
    };
    let sv = run("sv", &["profile", f]);
    let lines: Vec<&str> = sv.lines().collect();
    assert_eq!(lines[2], "Mothers at the Open Pre-school, 9 deltagare");
    assert_eq!(
        lines[3],
        "                                                alla frågor  Välbefinnande Illabefinnande       Handling"
    );
    assert_eq!(
        lines[4],
        "  1 Grundläggande resurser                          5  26\u{a0}%        3  43\u{a0}%        2  29\u{a0}%        0   0\u{a0}%"
    );
    let en = run("en", &["profile", f]);
    assert_eq!(
        en.lines().nth(3),
        Some(
            "                                             all questions    Well-being     Ill-being        Action"
        )
    );
    let csv = run("sv", &["profile", f, "--format", "csv"]);
    assert!(csv.contains(",wellbeing,"), "{csv}");
}
