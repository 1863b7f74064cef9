//! The co-responsibility actions beyond the summary (issue 28): the
//! spreadsheet of actions and their links (`csv-actions`), the territory
//! view's count and list, and the REFI-QDA project's memos and sets.

mod common;

use std::path::{Path, PathBuf};

use common::actions::example_with_actions;
use common::app::{example, screen};
use common::{ok, spiral};
use spiral::i18n::Tongue;
use spiral::model::{Framework, Lang};
use spiral::tui::app::{Prefs, State};
use spiral::tui::theme::Theme;

/// The example with two actions, saved in `dir` as `name`.
fn saved(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    spiral::store::save_new_session(&path, &example_with_actions(example())).unwrap();
    path
}

fn export(file: &Path, format: &str, out: &Path, extra: &[&str]) -> Vec<u8> {
    let mut args = vec![file.to_str().unwrap(), "--format", format, "-o"];
    args.push(out.to_str().unwrap());
    args.extend_from_slice(extra);
    let mut all = vec!["export"];
    all.extend(args);
    ok(&spiral(&all));
    std::fs::read(out).unwrap()
}

#[test]
fn the_actions_csv_is_one_row_per_action_with_its_links_and_no_formula() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved(dir.path(), "alby.ron");
    let bytes = export(
        &file,
        "csv-actions",
        &dir.path().join("a.csv"),
        &["--lang", "en"],
    );
    let text = String::from_utf8(bytes).unwrap();
    insta::assert_snapshot!("actions_csv", text);
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    // Every cell a spreadsheet would run is quoted off.
    let hostile = &rows[1];
    for cell in hostile.iter() {
        assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell:?}");
    }
    assert_eq!(&hostile[5], "'=HYPERLINK(\"x\"):residents");
    assert_eq!(&hostile[6], "'-2+3 <b>bold</b>");
    // The notes it answers join csv-notes' `id`.
    let notes =
        String::from_utf8(export(&file, "csv-notes", &dir.path().join("n.csv"), &[])).unwrap();
    for id in rows[0][11].split("; ") {
        assert!(notes.contains(&format!("\n{id},")), "{id}");
    }
    // For Excel: a byte-order mark and semicolons.
    let excel = export(
        &file,
        "csv-actions",
        &dir.path().join("x.csv"),
        &["--excel"],
    );
    assert!(excel.starts_with("\u{feff}id;session;title;status;".as_bytes()));
}

fn prefs(lang: Lang) -> Prefs {
    Prefs {
        framework: Framework::default_framework(),
        tongue: Tongue::forced(lang),
        theme: Theme::Default,
        keys: Default::default(),
        refused: None,
    }
}

/// A territory of three sessions: the example with its two actions, a
/// copy with one (its own title), and one with none; its clock fixed.
fn territory(lang: Lang, dir: &Path) -> State {
    let mut alby = example_with_actions(example());
    alby.language = lang;
    spiral::store::save_session(&dir.join("alby.ron"), &alby).unwrap();
    let mut unga = alby.clone();
    unga.title = "Fittja youth".into();
    unga.actions.truncate(1);
    unga.actions[0].title = "Homework help with the library".into();
    unga.actions[0].status = spiral::model::Status::Paused;
    std::fs::create_dir_all(dir.join("fittja")).unwrap();
    spiral::store::save_session(&dir.join("fittja/unga.ron"), &unga).unwrap();
    let mut none = alby.clone();
    none.title = "Hallunda".into();
    none.actions.clear();
    spiral::store::save_session(&dir.join("hallunda.ron"), &none).unwrap();
    let mut s = State::territory(prefs(lang), dir);
    if let spiral::tui::app::Page::Territory(t) = &mut s.page {
        t.clock = spiral::model::Clock::fixed(
            "2026-12-02T12:00:00Z".parse().unwrap(),
            jiff::tz::TimeZone::UTC,
        );
    }
    s
}

/// The screen from its first box down (the header above names the
/// temporary folder).
fn boxes(shown: &str) -> &str {
    let at = shown.find('┌').unwrap();
    &shown[shown[..at].rfind('"').unwrap()..]
}

#[test]
fn the_territory_counts_each_sessions_actions_and_lists_them_all() {
    for (lang, title, paused) in [
        (Lang::En, "Actions · alby 2 · unga 1", "paused"),
        (Lang::Sv, "Åtgärder · alby 2 · unga 1", "vilande"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let s = territory(lang, dir.path());
        for (w, h) in [(80, 24), (120, 36)] {
            let shown = screen(&s, w, h);
            assert!(shown.contains(title), "{shown}");
            let row = shown
                .lines()
                .find(|l| l.contains("Homework help"))
                .unwrap_or_else(|| panic!("{shown}"));
            assert!(row.contains(" unga ") && row.contains(paused), "{row}");
            // A title that would be markup is only text.
            assert!(shown.contains("<script>alert(1)</script>"), "{shown}");
            insta::assert_snapshot!(
                format!("territory_actions_{}_{w}x{h}", lang.code()),
                boxes(&shown)
            );
        }
    }
}

#[test]
fn a_full_box_of_actions_says_how_many_more_and_leaves_the_feed_its_rows() {
    let dir = tempfile::tempdir().unwrap();
    let mut alby = example_with_actions(example());
    for i in 0..12 {
        let mut a = alby.actions[0].clone();
        a.id = uuid::Uuid::from_u128(100 + i);
        a.title = format!("Walk number {i}");
        alby.actions.push(a);
    }
    spiral::store::save_session(&dir.path().join("alby.ron"), &alby).unwrap();
    let s = State::territory(prefs(Lang::En), dir.path());
    let shown = screen(&s, 80, 24);
    let rows: Vec<&str> = shown.lines().collect();
    let box_at = rows
        .iter()
        .position(|l| l.contains("Actions · alby 14"))
        .unwrap();
    let feed_at = rows.iter().position(|l| l.contains("Arriving:")).unwrap();
    let more = rows[feed_at - 2];
    let shown_actions = feed_at - box_at - 3;
    assert!(
        more.contains(&format!("… and {} more", 14 - shown_actions)),
        "{shown}"
    );
    // The feed keeps its rows (6, with its borders).
    assert!(rows.len() - feed_at >= 6 + 2, "{shown}");
}

#[cfg(unix)] // xmllint: Unix only (scripts/test-windows counts it)
const SCHEMA: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/refi-qda/Project.xsd"
);

#[cfg(unix)]
fn validate(qde: &str, dir: &Path) {
    let path = dir.join("project.qde");
    std::fs::write(&path, qde).unwrap();
    let o = std::process::Command::new("xmllint")
        .args(["--noout", "--schema", SCHEMA, path.to_str().unwrap()])
        .output()
        .expect("xmllint is installed (.ci/run installs libxml2-utils)");
    assert!(
        o.status.success(),
        "{}\n{qde}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// The text of `Sources/NAME` in the project.
#[cfg(unix)]
fn source(bytes: &[u8], guid: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut file = zip.by_name(&format!("Sources/{guid}.txt")).unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut file, &mut text).unwrap();
    text
}

/// The GUID of the first element on a line holding every one of `parts`.
#[cfg(unix)]
fn guid_of<'a>(qde: &'a str, parts: &[&str]) -> &'a str {
    let line = qde
        .lines()
        .find(|l| parts.iter().all(|p| l.contains(p)))
        .unwrap_or_else(|| panic!("{parts:?} in {qde}"));
    let rest = &line[line.find(" guid=\"").unwrap() + 7..];
    &rest[..36]
}

#[cfg(unix)] // xmllint validates the project: Unix only (scripts/test-windows counts it)
#[test]
fn in_refi_qda_each_action_is_a_memo_linked_from_what_it_answers_and_a_set() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved(dir.path(), "alby.ron");
    let out = dir.path().join("alby.qdpx");
    let bytes = export(&file, "qdpx", &out, &["--lang", "en"]);
    let qde = spiral::export::qdpx::project_xml(&bytes).unwrap();
    validate(&qde, dir.path());
    // Two memos, named by their titles, the hostile one as text.
    assert_eq!(qde.matches("<Note ").count(), 2, "{qde}");
    assert!(!qde.contains("<script>"), "{qde}");
    assert!(
        qde.contains("name=\"&lt;script&gt;alert(1)&lt;/script&gt; &amp; *not bold* | [link](x)\"")
    );
    let memo = guid_of(
        &qde,
        &["<Note ", "name=\"Together for a more secure Alby\""],
    );
    let link = format!("<NoteRef targetGUID=\"{memo}\"/>");
    // Linked from its two notes and its three families' codes.
    assert_eq!(qde.matches(&link).count(), 2 + 3, "{qde}");
    // A set each: its families' codes, its notes, its memo.
    assert_eq!(qde.matches("<Set ").count(), 2);
    let set = &qde[qde.find("<Set ").unwrap()..qde.find("</Set>").unwrap()];
    assert_eq!(set.matches("<MemberCode ").count(), 3, "{set}");
    assert_eq!(set.matches("<MemberSource ").count(), 2, "{set}");
    assert!(
        set.contains(&format!("<MemberNote targetGUID=\"{memo}\"/>")),
        "{set}"
    );
    // The memo's text: the action's record, every report in it.
    insta::assert_snapshot!("qdpx_memo_en", source(&bytes, memo));
    // The same session twice: every GUID still once.
    let twice = dir.path().join("twice.qdpx");
    let f = file.to_str().unwrap();
    ok(&spiral(&[
        "export",
        f,
        f,
        "--format",
        "qdpx",
        "-o",
        twice.to_str().unwrap(),
    ]));
    let qde = spiral::export::qdpx::project_xml(&std::fs::read(&twice).unwrap()).unwrap();
    validate(&qde, dir.path());
    let mut guids: Vec<&str> = qde.split(" guid=\"").skip(1).map(|r| &r[..36]).collect();
    let all = guids.len();
    guids.sort_unstable();
    guids.dedup();
    assert_eq!(guids.len(), all, "a GUID is used twice");
    assert_eq!(qde.matches("<Note ").count(), 4);
}
