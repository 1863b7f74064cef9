//! Every input of the fuzz corpus (`fuzz/corpus/TARGET`) and every input a
//! fuzzer found to crash (`fuzz/regressions/TARGET`, kept once fixed) goes
//! through the same entry points as the fuzz targets, on stable Rust, in
//! every test run.

use std::path::Path;

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for kind in ["corpus", "regressions"] {
        let dir = Path::new("fuzz").join(kind).join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries {
            let path = e.unwrap().path();
            if path.is_file() {
                out.push((path.display().to_string(), std::fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

fn replay(target: &str, run: fn(&[u8])) -> usize {
    let inputs = inputs(target);
    for (name, bytes) in &inputs {
        if let Err(e) = std::panic::catch_unwind(|| run(bytes)) {
            panic!("{name} panics: {e:?}");
        }
    }
    inputs.len()
}

#[test]
fn the_session_loader_survives_every_known_input() {
    assert!(replay("session", spiral::fuzzing::session) >= 6);
}

#[test]
fn the_framework_loader_survives_every_known_input() {
    assert!(replay("framework", spiral::fuzzing::framework) >= 5);
}

#[test]
fn the_csv_import_survives_every_known_input() {
    assert!(replay("csv_import", spiral::fuzzing::csv_import) >= 3);
}

#[test]
fn the_csv_import_is_all_or_nothing_on_every_known_input() {
    assert!(replay("csv_all_or_nothing", spiral::fuzzing::csv_all_or_nothing) >= 3);
}

/// A cell as spreadsheets write them (a word, blank, or quoted with the
/// delimiters, line breaks and doubled quotes inside), and now and then a
/// quoting mistake.
fn cell() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let word = proptest::sample::select(vec!["Unga", "a b", "é", "1", "wellbeing", "Fotboll"]);
    let blank = proptest::sample::select(vec!["", " "]);
    let inside = proptest::collection::vec(
        proptest::sample::select(vec!["Fotboll", "\"\"", ",", ";", "\n", "\r\n", " ", ""]),
        1..5,
    );
    let mistake = proptest::sample::select(vec!["\"", "x\"y", "\"a\"b", "\"open"]);
    prop_oneof![
        30 => word.prop_map(str::to_string),
        2 => blank.prop_map(str::to_string),
        10 => inside.prop_map(|parts| format!("\"{}\"", parts.concat())),
        1 => mistake.prop_map(str::to_string),
    ]
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

    /// Spreadsheet-like texts (a header the import knows, rows of cells,
    /// every kind of line break, sometimes the other delimiter or a quoting
    /// mistake): the all-or-nothing promise holds for each, on stable Rust
    /// in every test run (the fuzz target `csv_all_or_nothing` goes
    /// further, on any bytes).
    #[test]
    fn the_csv_import_is_all_or_nothing_on_spreadsheet_like_texts(
        header in proptest::sample::select(vec![
            "group,text", "group;text", "text,group,question", "group,text,family",
        ]),
        rows in proptest::collection::vec(
            (proptest::prop_oneof![4 => proptest::collection::vec(cell(), 2..3), 1 => proptest::collection::vec(cell(), 3..4)], proptest::bool::weighted(0.02)),
            0..6,
        ),
        breaks in proptest::sample::select(vec!["\n", "\r\n", "\r"]),
        trailing in proptest::bool::ANY,
    ) {
        let delimiter = if header.contains(';') { ";" } else { "," };
        let other = if delimiter == ";" { "," } else { ";" };
        let mut text = header.to_string();
        for (cells, swap) in &rows {
            text.push_str(breaks);
            text.push_str(&cells.join(if *swap { other } else { delimiter }));
        }
        if trailing {
            text.push_str(breaks);
        }
        spiral::fuzzing::csv_all_or_nothing(text.as_bytes());
    }
}
