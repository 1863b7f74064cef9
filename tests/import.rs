//! `spiral import`: spreadsheets and text in, all or nothing, and the
//! round trip through `csv-notes`.

mod common;

use common::{err, ok, spiral};

use std::path::{Path, PathBuf};

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/alby-2011.ron");

fn new_session(dir: &Path, name: &str) -> PathBuf {
    let file = dir.join(name);
    ok(&spiral(&[
        "new",
        file.to_str().unwrap(),
        "--title",
        "Imported",
        "--lang",
        "sv",
    ]));
    file
}

/// Each group's counts per family and question, by group name.
fn profile(file: &Path) -> Vec<(String, serde_json::Value)> {
    let out = ok(&spiral(&[
        "profile",
        file.to_str().unwrap(),
        "--format",
        "json",
    ]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let mut groups: Vec<(String, serde_json::Value)> = v["sessions"][0]["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["name"].as_str().unwrap().to_string(),
                g["questions"].clone(),
            )
        })
        .collect();
    groups.sort_by(|a, b| a.0.cmp(&b.0));
    groups
}

#[test]
fn csv_notes_exported_then_imported_give_the_same_profile() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("notes.csv");
    ok(&spiral(&[
        "export",
        EXAMPLE,
        "--format",
        "csv-notes",
        "-o",
        csv.to_str().unwrap(),
    ]));
    let file = new_session(dir.path(), "copy.ron");
    let said = ok(&spiral(&[
        "import",
        file.to_str().unwrap(),
        "--from",
        csv.to_str().unwrap(),
    ]));
    assert!(said.starts_with(&format!(
        "imported 96 notes (86 coded) into {}",
        file.display()
    )));
    assert_eq!(profile(&file), profile(Path::new(EXAMPLE)));
    // And for Excel, too.
    let excel = dir.path().join("excel.csv");
    ok(&spiral(&[
        "export",
        EXAMPLE,
        "--format",
        "csv-notes",
        "--excel",
        "-o",
        excel.to_str().unwrap(),
    ]));
    let file = new_session(dir.path(), "excel.ron");
    ok(&spiral(&[
        "import",
        file.to_str().unwrap(),
        "--from",
        excel.to_str().unwrap(),
    ]));
    assert_eq!(profile(&file), profile(Path::new(EXAMPLE)));
}

/// text, question, family, component, coder.
type NoteFields<'a> = (&'a str, &'a str, Option<&'a str>, Option<&'a str>, &'a str);

#[test]
fn headers_in_any_case_semicolons_a_bom_and_quoted_line_breaks() {
    let dir = tempfile::tempdir().unwrap();
    let file = new_session(dir.path(), "s.ron");
    let csv = dir.path().join("in.csv");
    std::fs::write(
        &csv,
        "\u{feff}Group;TEXT;Question;Family;Component;Coder\n\
         Unga;Fotboll varje dag;välbefinnande;1;Fritid, kultur och idrott;Lisa\n\
         Unga;\"Två rader\nen lapp\";Illabefinnande;Personlig balans;;\n\
         Mammor;'=1+1;action;social_balances;;\n\
         ;;;;;\n",
    )
    .unwrap();
    let said = ok(&spiral(&[
        "import",
        file.to_str().unwrap(),
        "--from",
        csv.to_str().unwrap(),
    ]));
    assert!(said.ends_with("; new groups: Unga, Mammor\n"), "{said}");
    let session = spiral::store::load_session(&file).unwrap();
    let notes: Vec<NoteFields> = session
        .notes
        .iter()
        .map(|n| {
            (
                n.text.as_str(),
                n.question.as_str(),
                n.family.as_deref(),
                n.component.as_deref(),
                n.coder.as_str(),
            )
        })
        .collect();
    assert_eq!(
        notes,
        [
            (
                "Fotboll varje dag",
                "wellbeing",
                Some("essential_resources"),
                Some("leisure_culture"),
                "Lisa"
            ),
            (
                "Två rader en lapp",
                "illbeing",
                Some("personal_balances"),
                None,
                ""
            ),
            ("=1+1", "action", Some("social_balances"), None, ""),
        ]
    );
}

#[test]
fn bad_rows_are_listed_by_line_and_nothing_is_imported() {
    let dir = tempfile::tempdir().unwrap();
    let file = new_session(dir.path(), "s.ron");
    let before = std::fs::read(&file).unwrap();
    let csv = dir.path().join("bad.csv");
    std::fs::write(
        &csv,
        "group,text,question,family\n\
         Unga,Fine,wellbeing,1\n\
         Unga,\"A note over\ntwo lines\",wellbeing,9\n\
         Unga,,illbeing,\n\
         Unga,No question,,\n\
         Unga,Wrong question,hope,\n",
    )
    .unwrap();
    let e = err(&spiral(&[
        "import",
        file.to_str().unwrap(),
        "--from",
        csv.to_str().unwrap(),
    ]));
    assert_eq!(
        e,
        format!(
            "spiral: {}: 4 row(s) cannot be imported, so nothing was:\n\
             spiral: line 3: no family `9` in framework `together-8` (use a key 1-8, an id or a label)\n\
             spiral: line 5: the note's text is empty\n\
             spiral: line 6: no question: add a `question` column, or give --question\n\
             spiral: line 7: no question `hope` in the session (its questions: wellbeing, illbeing, action)\n",
            csv.display()
        )
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn many_bad_rows_are_counted_all_and_the_first_twenty_listed() {
    let dir = tempfile::tempdir().unwrap();
    let file = new_session(dir.path(), "s.ron");
    let csv = dir.path().join("bad.csv");
    let rows: String = (0..25).map(|i| format!("Unga,Note {i},,\n")).collect();
    std::fs::write(&csv, format!("group,text,question,family\n{rows}")).unwrap();
    let e = err(&spiral(&[
        "import",
        file.to_str().unwrap(),
        "--from",
        csv.to_str().unwrap(),
    ]));
    let lines: Vec<&str> = e.lines().collect();
    assert_eq!(
        lines[0],
        format!(
            "spiral: {}: 25 row(s) cannot be imported, so nothing was:",
            csv.display()
        )
    );
    assert_eq!(lines.len(), 22, "{e}");
    assert_eq!(
        lines[1],
        "spiral: line 2: no question: add a `question` column, or give --question"
    );
    assert_eq!(lines[21], "spiral: … and 5 more");
}

#[test]
fn a_file_that_is_not_utf8_is_refused_or_read_as_latin1() {
    let dir = tempfile::tempdir().unwrap();
    let file = new_session(dir.path(), "s.ron");
    let before = std::fs::read(&file).unwrap();
    let csv = dir.path().join("latin1.csv");
    // "Välbefinnande" with ä as Latin-1's single byte 0xE4, on line 2.
    std::fs::write(&csv, b"group,text,question\nUnga,F\xE4rdigt,wellbeing\n").unwrap();
    let e = err(&spiral(&[
        "import",
        file.to_str().unwrap(),
        "--from",
        csv.to_str().unwrap(),
    ]));
    assert_eq!(
        e,
        format!(
            "spiral: {}:2:7: the file is not UTF-8 text; if it is Latin-1 (ISO-8859-1), import it with --encoding latin1\n",
            csv.display()
        )
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);
    ok(&spiral(&[
        "import",
        file.to_str().unwrap(),
        "--from",
        csv.to_str().unwrap(),
        "--encoding",
        "latin1",
    ]));
    let session = spiral::store::load_session(&file).unwrap();
    assert_eq!(session.notes[0].text, "Färdigt");
}

#[test]
fn text_one_note_per_line_into_a_group_and_question() {
    let dir = tempfile::tempdir().unwrap();
    let file = new_session(dir.path(), "s.ron");
    let txt = dir.path().join("notes.txt");
    std::fs::write(&txt, "Trygghet\r\n\r\n  Grönområden  \nBussen går sällan\n").unwrap();
    let e = err(&spiral(&[
        "import",
        file.to_str().unwrap(),
        "--from",
        txt.to_str().unwrap(),
    ]));
    assert_eq!(
        e,
        "spiral: a text import needs --group NAME and --question Q\n"
    );
    let said = ok(&spiral(&[
        "import",
        file.to_str().unwrap(),
        "--from",
        txt.to_str().unwrap(),
        "--group",
        "Äldre",
        "--question",
        "Illabefinnande",
    ]));
    assert!(said.starts_with("imported 3 notes (0 coded)"), "{said}");
    let session = spiral::store::load_session(&file).unwrap();
    let texts: Vec<&str> = session.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts, ["Trygghet", "Grönområden", "Bussen går sällan"]);
    assert!(session.notes.iter().all(|n| n.question == "illbeing"));
    assert_eq!(session.groups[0].name, "Äldre");
}

#[test]
fn a_row_with_more_cells_than_the_header_is_refused_not_cut() {
    let dir = tempfile::tempdir().unwrap();
    let file = new_session(dir.path(), "s.ron");
    let before = std::fs::read(&file).unwrap();
    let csv = dir.path().join("unquoted.csv");
    std::fs::write(
        &csv,
        "group,question,text\nUnga,wellbeing,Parks, benches and light\nUnga,wellbeing,'=1+1\nUnga,wellbeing,''=2\n",
    )
    .unwrap();
    let e = err(&spiral(&[
        "import",
        file.to_str().unwrap(),
        "--from",
        csv.to_str().unwrap(),
    ]));
    assert_eq!(
        e,
        format!(
            "spiral: {}: 1 row(s) cannot be imported, so nothing was:\n\
             spiral: line 2: 4 cells, but the header names 3; put a text holding `,` in quotes\n",
            csv.display()
        )
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);
    // Quoted, it goes in whole; a quote before a formula comes off, and a
    // note that itself starts with a quote keeps it.
    std::fs::write(
        &csv,
        "group,question,text\nUnga,wellbeing,\"Parks, benches and light\"\nUnga,wellbeing,'=1+1\nUnga,wellbeing,''=2\n",
    )
    .unwrap();
    ok(&spiral(&[
        "import",
        file.to_str().unwrap(),
        "--from",
        csv.to_str().unwrap(),
    ]));
    let session = spiral::store::load_session(&file).unwrap();
    let texts: Vec<&str> = session.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts, ["Parks, benches and light", "=1+1", "'=2"]);
    // And exported again, each comes back as it was.
    let out = dir.path().join("again.csv");
    ok(&spiral(&[
        "export",
        file.to_str().unwrap(),
        "--format",
        "csv-notes",
        "-o",
        out.to_str().unwrap(),
    ]));
    let again = new_session(dir.path(), "again.ron");
    ok(&spiral(&[
        "import",
        again.to_str().unwrap(),
        "--from",
        out.to_str().unwrap(),
    ]));
    let session = spiral::store::load_session(&again).unwrap();
    let texts: Vec<&str> = session.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts, ["Parks, benches and light", "=1+1", "'=2"]);
}

/// Quoting mistakes are bad rows with their line, and then nothing is
/// imported (issue 13): an unterminated quote swallowed every later row
/// into one note ("imported 1 notes"), and a stray quote inside a cell was
/// dropped.
#[test]
fn quoting_mistakes_are_bad_rows_and_nothing_is_imported() {
    let dir = tempfile::tempdir().unwrap();
    let file = new_session(dir.path(), "s.ron");
    let before = std::fs::read(&file).unwrap();
    let import = |name: &str, text: &str| {
        let csv = dir.path().join(name);
        std::fs::write(&csv, text).unwrap();
        let out = spiral(&[
            "import",
            file.to_str().unwrap(),
            "--from",
            csv.to_str().unwrap(),
            "--question",
            "wellbeing",
        ]);
        (csv, out)
    };
    let (csv, out) = import(
        "open.csv",
        "group,text\nUnga,Fine\nUnga,\"Never closed\nUnga,Lost\nUnga,Lost too\n",
    );
    assert_eq!(
        err(&out),
        format!(
            "spiral: {}: 1 row(s) cannot be imported, so nothing was:\n\
             spiral: line 3: the quote that opens this cell is never closed, so every line after it would be part of it\n",
            csv.display()
        )
    );
    let (csv, out) = import(
        "stray.csv",
        "group,text\nUnga,Fine\nUnga,A 5\" screen\nUnga,\"Closed\" and more\n",
    );
    assert_eq!(
        err(&out),
        format!(
            "spiral: {}: 2 row(s) cannot be imported, so nothing was:\n\
             spiral: line 3: a quote inside a cell that does not start with one; put the cell in quotes and write the quote twice (\"\")\n\
             spiral: line 4: text after the quote that closes a cell; a quote inside a quoted cell is written twice (\"\")\n",
            csv.display()
        )
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);
    // Quoting done right still reads: doubled quotes, delimiters and line
    // breaks inside quoted cells, an empty quoted cell.
    let (_, out) = import(
        "right.csv",
        "group,text\nUnga,\"A 5\"\" screen, big\"\nUnga,\"Two\nlines\"\n\"\",\"\"\nUnga,Plain\n",
    );
    assert!(
        ok(&out).starts_with("imported 3 notes"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A file with NUL bytes (UTF-16 saved without its byte-order mark, or a
/// NUL in the header) is named for what it is, with the place of the first
/// NUL (issue 13: it said the header "needs the columns group and text (it
/// has: group, question, text)").
#[test]
fn nul_bytes_and_utf16_are_named_for_what_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let file = new_session(dir.path(), "s.ron");
    let before = std::fs::read(&file).unwrap();
    let utf16: Vec<u8> = "group,text,question\nUnga,Fint,wellbeing\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    for (name, bytes, at) in [
        ("utf16.csv", utf16, "1:2"),
        (
            // Not "nul.csv": NUL is a device's name on Windows.
            "nul-byte.csv",
            b"group,te\0xt,question\nUnga,Fint,wellbeing\n".to_vec(),
            "1:9",
        ),
    ] {
        let csv = dir.path().join(name);
        std::fs::write(&csv, &bytes).unwrap();
        let e = err(&spiral(&[
            "import",
            file.to_str().unwrap(),
            "--from",
            csv.to_str().unwrap(),
        ]));
        assert_eq!(
            e,
            format!(
                "spiral: {}:{at}: the file holds NUL bytes: it is not a text spreadsheet, or it is UTF-16; save it as UTF-8 (\"CSV UTF-8\") and import it again\n",
                csv.display()
            ),
            "{name}"
        );
    }
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

/// The notes a session holds, without their ids and times.
fn note_fields(file: &Path) -> Vec<(String, String, String, Option<String>, String)> {
    let session = spiral::store::load_session(file).unwrap();
    let group = |id: &str| {
        session
            .groups
            .iter()
            .find(|g| g.id == id)
            .map(|g| g.name.clone())
            .unwrap_or_default()
    };
    session
        .notes
        .iter()
        .map(|n| {
            (
                group(&n.group),
                n.text.clone(),
                n.question.clone(),
                n.family.clone(),
                n.coder.clone(),
            )
        })
        .collect()
}

/// UTF-16 with its byte-order mark (what Excel's "Unicode text" writes)
/// is read, little- or big-endian, into the same notes as its UTF-8 twin.
#[test]
fn utf16_with_its_byte_order_mark_reads_as_its_utf8_twin() {
    let dir = tempfile::tempdir().unwrap();
    let text = "group;text;question;family;coder\n\
                Unga;Fotboll varje dag;wellbeing;1;Lisa\n\
                Mammor;\"Trygghet, på kvällen\";illbeing;;Åsa\n\
                Äldre;Grannar 😊 och ἀγάπη;action;social_balances;\n";
    let utf8 = dir.path().join("utf8.csv");
    std::fs::write(&utf8, text).unwrap();
    let le: Vec<u8> = format!("\u{feff}{text}")
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let be: Vec<u8> = format!("\u{feff}{text}")
        .encode_utf16()
        .flat_map(u16::to_be_bytes)
        .collect();
    assert_eq!(&le[..2], b"\xFF\xFE");
    assert_eq!(&be[..2], b"\xFE\xFF");
    let import = |name: &str, bytes: &[u8]| {
        let from = dir.path().join(format!("{name}.csv"));
        if from != utf8 {
            std::fs::write(&from, bytes).unwrap();
        }
        let file = new_session(dir.path(), &format!("{name}.ron"));
        let said = ok(&spiral(&[
            "import",
            file.to_str().unwrap(),
            "--from",
            from.to_str().unwrap(),
        ]));
        (said, note_fields(&file))
    };
    let (said, twin) = import("utf8", &[]);
    assert!(said.starts_with("imported 3 notes"), "{said}");
    assert_eq!(twin[2].1, "Grannar 😊 och ἀγάπη");
    for (name, bytes) in [("utf16le", &le), ("utf16be", &be)] {
        let (said_16, notes) = import(name, bytes);
        assert_eq!(said_16.replace(name, "utf8"), said, "{name}");
        assert_eq!(notes, twin, "{name}");
    }
    // A lone surrogate is no UTF-16: refused at its place.
    let mut broken: Vec<u8> = "\u{feff}group,text\nUnga,Fi"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    broken.extend([0x00, 0xd8, b'n', 0, b't', 0, b'\n', 0]);
    let from = dir.path().join("broken.csv");
    std::fs::write(&from, &broken).unwrap();
    let file = new_session(dir.path(), "broken.ron");
    let before = std::fs::read(&file).unwrap();
    let e = err(&spiral(&[
        "import",
        file.to_str().unwrap(),
        "--from",
        from.to_str().unwrap(),
    ]));
    assert_eq!(
        e,
        format!(
            "spiral: {}:2:8: the file starts as UTF-16 text (its byte-order mark) but is not UTF-16 from here; save it as UTF-8 (\"CSV UTF-8\") and import it again\n",
            from.display()
        )
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);
}
