//! The co-responsibility actions beyond the summary (issue 28): the
//! spreadsheet of actions and their links (`csv-actions`), the territory
//! view's count and list, and the REFI-QDA project's memos and sets.

mod common;

use std::path::{Path, PathBuf};

use common::actions::example_with_actions;
use common::app::example;
use common::{ok, spiral};

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
