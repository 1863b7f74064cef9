//! `spiral export`: what a reader, a spreadsheet, a browser and a
//! qualitative-analysis package get. The summary page is rendered by a
//! real browser (chromium, headless) and the REFI-QDA project validated
//! against its schema (xmllint); `.ci/run` installs both.
//!
//! Long: one test per format and per promise, with the helpers they share
//! at the top.
// What only the Unix-only tests below use is unused elsewhere.
#![cfg_attr(not(unix), allow(dead_code, unused_imports))]

mod common;

use common::{ok, spiral};

use std::path::{Path, PathBuf};
use std::process::Command;

use spiral::model::{Framework, Group, Lang, Note, Session};

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/alby-2011.ron");
const SCHEMA: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/refi-qda/Project.xsd"
);

const SCRIPT: &str = "<script>alert(1)</script>";

/// A session whose notes hold what could break an export: markup, a
/// formula, quotes, a pipe, emoji, Arabic, a family from elsewhere.
fn hostile(dir: &Path) -> PathBuf {
    let fw = Framework::default_framework();
    let mut s = Session::new("Test & <friends>", &fw, Lang::En);
    let mut g = Group::new("Youth | club");
    g.participants = Some(7);
    // Not through the app (which cleans text), as a hand-edited file could.
    g.description = "a tab\tand a control\u{1} character <b>".into();
    let id = g.id.clone();
    s.groups.push(g);
    s.groups.push(Group::new("=cmd|' /C calc'!A0"));
    for (text, family) in [
        (SCRIPT, None),
        ("=SUM(A1:A9)", Some("essential_resources")),
        ("-2 days \"quoted\" & 'single'", Some("social_balances")),
        ("@home 😊 الصحة", Some("personal_relations")),
        ("from elsewhere", Some("feelings")),
    ] {
        let mut n = Note::new(&id, "wellbeing", text, "Anna");
        n.family = family.map(str::to_string);
        s.notes.push(n);
    }
    let path = dir.join("hostile.ron");
    spiral::store::save_new_session(&path, &s).unwrap();
    path
}

fn export(files: &[&str], format: &str, out: &Path, extra: &[&str]) -> Vec<u8> {
    let mut args = vec!["export"];
    args.extend_from_slice(files);
    args.extend_from_slice(&["--format", format, "-o", out.to_str().unwrap()]);
    args.extend_from_slice(extra);
    let said = ok(&spiral(&args));
    // "wrote …", or in the language asked for (`--lang fr`: "… écrit").
    assert!(
        said.starts_with(&format!("wrote {}", out.display()))
            || (extra.contains(&"--lang") && said.contains(&out.display().to_string())),
        "{said}"
    );
    std::fs::read(out).unwrap()
}

#[test]
fn the_html_page_escapes_every_note_and_asks_for_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = hostile(dir.path());
    let out = dir.path().join("s.html");
    let html = String::from_utf8(export(&[file.to_str().unwrap()], "html", &out, &[])).unwrap();
    assert!(!html.contains(SCRIPT));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("Test &amp; &lt;friends&gt;"));
    // Self-contained: no script, no link, no request. The one URL is the
    // SVG namespace, a name, not a request.
    for word in [
        "<script",
        "<link",
        "src=",
        "@import",
        "url(http",
        "href=\"http",
    ] {
        assert!(!html.contains(word), "{word}");
    }
    let urls = html.matches("http").count();
    let namespaces = html.matches("xmlns=\"http://www.w3.org/2000/svg\"").count();
    assert_eq!(urls, namespaces);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
}

#[cfg(unix)]
fn chromium() -> Command {
    let mut c = Command::new("chromium");
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        // Any request would fail: the page must need none.
        "--proxy-server=127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND",
    ]);
    c
}

#[cfg(unix)] // chromium: Unix only (scripts/test installs it)
#[test]
fn a_real_browser_renders_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("alby.html");
    export(&[EXAMPLE], "html", &out, &[]);
    let profile = dir.path().join("profile");
    let url = format!("file://{}", out.display());
    let dom = chromium()
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(["--dump-dom", &url])
        .output()
        .expect("chromium is installed (.ci/run installs it: apt-get install chromium)");
    assert!(
        dom.status.success(),
        "{}",
        String::from_utf8_lossy(&dom.stderr)
    );
    let dom = String::from_utf8_lossy(&dom.stdout);
    for group in [
        "Mothers at the Open Pre-school",
        "Teachers at the Grindtorp school in Alby",
        "The Alby Youth Club",
        "OPAD, Organisation for poverty alleviation and development",
    ] {
        assert!(dom.contains(group), "{group}");
    }
    // Four group charts of 8 bars, and the aggregate's 2 × 8.
    assert_eq!(dom.matches("<rect class=\"bar\"").count(), 4 * 8 + 16);
    assert_eq!(dom.matches("<svg class=\"chart\"").count(), 5);
    // Swedish words, the synthesis, the comparison's sentence.
    assert!(dom.contains("Vilka som träffades"));
    assert!(dom.contains("Familj och vänner nära"));
    assert!(dom.contains("Profilerna för de 4 grupper"), "{dom}");
    // And a screenshot of what it drew.
    let shot = dir.path().join("alby.png");
    let o = chromium()
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", shot.display()))
        .args(["--window-size=1000,1400", &url])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let png = std::fs::read(&shot).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert!(png.len() > 20_000, "a page was drawn ({} bytes)", png.len());
}

#[cfg(unix)] // chromium: Unix only (scripts/test installs it)
#[test]
fn the_browser_shows_the_escaped_note_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let file = hostile(dir.path());
    let out = dir.path().join("h.html");
    export(&[file.to_str().unwrap()], "html", &out, &[]);
    let url = format!("file://{}", out.display());
    let dom = chromium()
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("p").display()
        ))
        .args(["--dump-dom", &url])
        .output()
        .expect("chromium is installed (.ci/run installs it)");
    let dom = String::from_utf8_lossy(&dom.stdout);
    // The browser made text of it (it serializes text as &lt;…&gt;), not
    // an element.
    assert!(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!dom.contains(SCRIPT));
    assert!(dom.contains("Youth | club"));
    assert!(dom.contains("Test &amp; &lt;friends&gt;"));
}

#[cfg(unix)]
fn validate(qde: &str, dir: &Path) {
    let path = dir.join("project.qde");
    std::fs::write(&path, qde).unwrap();
    let o = Command::new("xmllint")
        .args(["--noout", "--schema", SCHEMA, path.to_str().unwrap()])
        .output()
        .expect("xmllint is installed (.ci/run installs libxml2-utils)");
    assert!(
        o.status.success(),
        "{}\n{qde}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[cfg(unix)] // xmllint: Unix only (scripts/test installs it)
#[test]
fn qdpx_validates_against_the_refi_qda_schema() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = hostile(dir.path());
    for (files, name) in [
        (vec![EXAMPLE], "alby"),
        (vec![hostile.to_str().unwrap()], "hostile"),
        (vec![EXAMPLE, hostile.to_str().unwrap()], "both"),
        (vec![EXAMPLE, EXAMPLE], "twice"),
    ] {
        let out = dir.path().join(format!("{name}.qdpx"));
        let bytes = export(&files, "qdpx", &out, &[]);
        let qde = spiral::export::qdpx::project_xml(&bytes).unwrap();
        validate(&qde, dir.path());
        // Every GUID once, and every source file in the zip.
        let mut guids: Vec<&str> = qde
            .split(" guid=\"")
            .skip(1)
            .map(|rest| &rest[..36])
            .collect();
        let all = guids.len();
        guids.sort_unstable();
        guids.dedup();
        assert_eq!(guids.len(), all, "{name}: a GUID is used twice");
        let zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
        let sources = zip
            .file_names()
            .filter(|n| n.as_ref().unwrap().starts_with("Sources/"))
            .count();
        // A note's text, and an action's memo (`<Note>`): each a file.
        let texts = qde.matches("<TextSource ").count() + qde.matches("<Note ").count();
        assert_eq!(sources, texts, "{name}");
    }
}

#[test]
fn qdpx_holds_codes_cases_sources_and_codings() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("alby.qdpx");
    let bytes = export(&[EXAMPLE], "qdpx", &out, &["--lang", "en"]);
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let names: Vec<String> = zip.file_names().map(|n| n.unwrap().to_string()).collect();
    assert!(names.contains(&"project.qde".to_string()));
    // A text per note, and one per action's memo.
    let example = spiral::store::load_session(Path::new(EXAMPLE)).unwrap();
    assert_eq!(
        names.iter().filter(|n| n.starts_with("Sources/")).count(),
        96 + example.actions.len()
    );
    let mut text = String::new();
    std::io::Read::read_to_string(
        &mut zip
            .by_name("Sources/50a35a63-e59b-420d-9b58-875bed88e994.txt")
            .unwrap(),
        &mut text,
    )
    .unwrap();
    assert_eq!(text, "Att ha familjen nära");
    let qde = spiral::export::qdpx::project_xml(&bytes).unwrap();
    // 8 families with 66 components, nested.
    assert_eq!(qde.matches("<Code ").count(), 8 + 66);
    assert!(qde.contains(
        "<Code guid=\"a802e953-a7a8-5694-a575-b9399975f728\" name=\"Essential resources\" isCodable=\"true\" color=\"#E69F00\">"
    ));
    assert_eq!(qde.matches("<Case ").count(), 4);
    assert_eq!(qde.matches("<TextSource ").count(), 96);
    assert!(!qde.contains("PlainTextContent"));
    assert!(qde.contains("plainTextPath=\"internal://50a35a63-e59b-420d-9b58-875bed88e994.txt\""));
    // One coding per coded note, attributed to its coder.
    assert_eq!(qde.matches("<Coding ").count(), 86);
    assert_eq!(qde.matches("<User ").count(), 2);
    assert!(
        qde.contains(
            "<User guid=\"00d4f0e9-4af7-5117-b039-d86c40cf353e\" name=\"Anna Lindqvist\"/>"
        )
    );
    // "Att ha familjen nära" is 20 characters, coded with a component.
    assert!(qde.contains("startPosition=\"0\" endPosition=\"20\""));
    // Participants and question as variables.
    assert!(qde.contains("<Variable guid="));
    assert!(qde.contains("<IntegerValue>9</IntegerValue>"));
    assert!(qde.contains("<TextValue>Well-being</TextValue>"));
}

#[test]
fn csv_notes_neutralizes_formulas_and_keeps_every_character() {
    let dir = tempfile::tempdir().unwrap();
    let file = hostile(dir.path());
    let out = dir.path().join("n.csv");
    let bytes = export(&[file.to_str().unwrap()], "csv-notes", &out, &[]);
    let text = String::from_utf8(bytes).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some(
            "id,session,group,question,family,family_label,component,text,coder,created,modified,criterion"
        )
    );
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 5);
    let texts: Vec<&str> = rows.iter().map(|r| &r[7]).collect();
    assert_eq!(
        texts,
        [
            SCRIPT,
            "'=SUM(A1:A9)",
            "'-2 days \"quoted\" & 'single'",
            "'@home 😊 الصحة",
            "from elsewhere"
        ]
    );
    assert_eq!(&rows[0][1], "Test & <friends>");
    assert_eq!(&rows[0][2], "Youth | club");
    assert_eq!(&rows[0][4], "");
    assert_eq!(&rows[2][4], "social_balances");
    assert_eq!(&rows[2][5], "Social balances");
    assert_eq!(&rows[4][4], "feelings");
}

#[test]
fn csv_for_excel_has_a_bom_and_semicolons() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("m.csv");
    let bytes = export(&[EXAMPLE], "csv-matrix", &out, &["--excel"]);
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let mut lines = text.lines();
    assert!(lines.next().unwrap().starts_with(
        "session;group;participants;coded;uncoded;essential_resources;living_environment;"
    ));
    assert_eq!(
        lines.next().unwrap(),
        "Alby focus groups, autumn 2011;Mothers at the Open Pre-school;9;19;3;5;1;2;5;2;3;1;0;\
         0,2632;0,0526;0,1053;0,2632;0,1053;0,1579;0,0526;0,0000"
    );
}

#[test]
fn csv_binary_has_one_column_per_family() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("b.csv");
    let text = String::from_utf8(export(&[EXAMPLE], "csv-binary", &out, &[])).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some(
            "id,session,group,question,coded,essential_resources,living_environment,relations_with_institutions,personal_relations,attitudes_and_initiatives,personal_balances,social_balances,relations_with_organisations"
        )
    );
    assert_eq!(
        lines.next(),
        Some(
            "50a35a63-e59b-420d-9b58-875bed88e994,\"Alby focus groups, autumn 2011\",Mothers at the Open Pre-school,wellbeing,1,0,0,0,1,0,0,0,0"
        )
    );
    assert_eq!(text.lines().count(), 97);
    // Each coded note has exactly one 1 among the families.
    for line in text.lines().skip(1) {
        let cells: Vec<&str> = line.rsplit(',').take(8).collect();
        let ones = cells.iter().filter(|c| **c == "1").count();
        let coded = line.contains(",wellbeing,1,")
            || line.contains(",illbeing,1,")
            || line.contains(",action,1,");
        assert_eq!(ones, usize::from(coded), "{line}");
    }
}

#[test]
fn markdown_escapes_notes_and_keeps_tables_whole() {
    let dir = tempfile::tempdir().unwrap();
    let file = hostile(dir.path());
    let out = dir.path().join("s.md");
    let md = String::from_utf8(export(&[file.to_str().unwrap()], "md", &out, &[])).unwrap();
    assert!(
        md.starts_with("# Summary · Test &amp; &lt;friends&gt;\n"),
        "{md}"
    );
    assert!(md.contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt;"));
    assert!(!md.contains(SCRIPT));
    // A pipe in a group name does not split a table row.
    assert!(
        md.contains("| Youth \\| club | 33% (1) | 33% (1) | 33% (1) |"),
        "{md}"
    );
    let md = String::from_utf8(export(
        &[EXAMPLE],
        "md",
        &dir.path().join("a.md"),
        &["--lang", "fr"],
    ))
    .unwrap();
    assert!(md.starts_with("# "));
    assert!(md.contains("## Les mots de chaque participant"), "{md}");
    assert!(
        md.contains("«\u{202f}Att ha familjen nära\u{202f}»"),
        "French quotes: {md}"
    );
    let sv = String::from_utf8(export(&[EXAMPLE], "md", &dir.path().join("sv.md"), &[])).unwrap();
    assert!(
        sv.contains("”Att ha familjen nära”"),
        "Swedish quotes: {sv}"
    );
}

#[test]
fn an_export_never_goes_over_a_session() {
    let dir = tempfile::tempdir().unwrap();
    let file = hostile(dir.path());
    let before = std::fs::read(&file).unwrap();
    let o = spiral(&[
        "export",
        file.to_str().unwrap(),
        "--format",
        "md",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        format!(
            "spiral: {}: spiral does not write an export over a session file or its backup; choose another name\n",
            file.display()
        )
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);
    // Nor over a backup, nor over a session saved under another name.
    let bak = dir.path().join("hostile.ron.bak");
    let o = spiral(&[
        "export",
        file.to_str().unwrap(),
        "--format",
        "md",
        "-o",
        bak.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let renamed = dir.path().join("workshop2");
    std::fs::copy(&file, &renamed).unwrap();
    let o = spiral(&[
        "export",
        file.to_str().unwrap(),
        "--format",
        "md",
        "-o",
        renamed.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(std::fs::read(&renamed).unwrap(), before);
    let other = dir.path().join("other.ron");
    let o = spiral(&[
        "export",
        file.to_str().unwrap(),
        "--format",
        "md",
        "-o",
        other.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!other.exists());
}

/// Injection payloads from the usual lists (OWASP's XSS filter evasion
/// cheat sheet, and plain markup), in every field a summary shows.
const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"><svg onload=alert(1)>",
    "'><iframe src=\"http://example.com/\"></iframe>",
    "<a href=\"http://example.com/\">click</a>",
    "<style>@import 'http://example.com/x.css';</style>",
    "</title><script>fetch('http://example.com')</script>",
    "<body onload=alert(1)>",
    "<object data=\"http://example.com/x\"></object>",
    "<link rel=stylesheet href=http://example.com/x.css>",
    "javascript:alert(1)",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "]]><!--<script>alert(1)</script>-->",
    "=HYPERLINK(\"http://example.com/\",\"click\")",
    "@SUM(1+1)*cmd|' /C calc'!A0",
];

/// The markup with every quoted attribute value emptied (`="…"` becomes
/// `=""`): what is left is tags and text, and in text a `<` is `&lt;`, so a
/// payload that became markup shows as a raw tag or attribute.
fn markup_only(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("=\"") {
        out.push_str(&rest[..at + 2]);
        rest = &rest[at + 2..];
        match rest.find('"') {
            Some(end) => rest = &rest[end..],
            None => rest = "",
        }
    }
    out.push_str(rest);
    out
}

/// Whether `needle` stands inside a tag (after a `<` with no `>` since),
/// rather than in text.
fn in_a_tag(html: &str, needle: &str) -> bool {
    let html = markup_only(html);
    html.match_indices(needle).any(|(at, _)| {
        let before = &html[..at];
        before.rfind('<') > before.rfind('>')
    })
}

fn injected(dir: &Path) -> PathBuf {
    let fw = Framework::default_framework();
    let mut s = Session::new(PAYLOADS[6], &fw, Lang::En);
    s.place = PAYLOADS[5].into();
    s.facilitators = vec![PAYLOADS[9].into()];
    for (i, p) in PAYLOADS.iter().enumerate() {
        let mut g = Group::new(&format!("{p} {i}"));
        g.description = p.to_string();
        let gid = g.id.clone();
        s.groups.push(g);
        // One uncoded note (listed) and one merged into a criterion
        // (quoted under it), each the payload.
        s.notes.push(Note::new(&gid, "wellbeing", p, "Anna"));
        let mut coded = Note::new(&gid, "illbeing", p, "Anna");
        coded.family = Some("social_balances".into());
        let criterion = spiral::model::Criterion {
            id: format!("c{i}"),
            family: "social_balances".into(),
            wording: p.to_string(),
            created: coded.created,
        };
        coded.criterion = Some(criterion.id.clone());
        s.criteria.push(criterion);
        s.notes.push(coded);
    }
    let path = dir.join("injected.ron");
    spiral::store::save_new_session(&path, &s).unwrap();
    path
}

#[cfg(unix)] // chromium: Unix only (scripts/test installs it)
#[test]
fn injection_payloads_stay_text_in_the_browser() {
    let dir = tempfile::tempdir().unwrap();
    let file = injected(dir.path());
    let out = dir.path().join("i.html");
    let html = String::from_utf8(export(&[file.to_str().unwrap()], "html", &out, &[])).unwrap();
    // In the page: no element or attribute a payload could have made.
    let page = markup_only(&html);
    for word in [
        "<script",
        "<img",
        "<iframe",
        "<object",
        "<link",
        "<body ",
        "<style>@import",
        "<math",
    ] {
        assert!(!page.contains(word), "{word} in the page");
    }
    for attribute in ["onerror=", "onload="] {
        assert!(
            !in_a_tag(&html, attribute),
            "{attribute} in a tag of the page"
        );
    }
    let url = format!("file://{}", out.display());
    let dom = chromium()
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("p").display()
        ))
        .args(["--dump-dom", &url])
        .output()
        .expect("chromium is installed (.ci/run installs it)");
    assert!(dom.status.success());
    let dom = String::from_utf8_lossy(&dom.stdout);
    // What the browser built: the page's own elements only.
    let tags = markup_only(&dom);
    for word in ["<script", "<img", "<iframe", "<object", "<link", "<math"] {
        assert!(!tags.contains(word), "{word} in the DOM");
    }
    // The page's own links are its table of contents only.
    assert!(dom.matches("<a href=").count() == dom.matches("<a href=\"#").count());
    for attribute in ["onerror=", "onload="] {
        assert!(
            !in_a_tag(&dom, attribute),
            "{attribute} in a tag of the DOM"
        );
    }
    assert_eq!(
        dom.matches("<style>").count(),
        1,
        "only the page's own style"
    );
    // And each payload is there as text (the browser writes < as &lt;).
    for p in PAYLOADS {
        let shown = p
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(dom.contains(&shown), "{p} is not shown as text");
    }
    // The same payloads, as a spreadsheet and as QDA-XML.
    let csv = String::from_utf8(export(
        &[file.to_str().unwrap()],
        "csv-notes",
        &dir.path().join("i.csv"),
        &[],
    ))
    .unwrap();
    // No cell a spreadsheet would run: none starts with = + - @, and the
    // formula payloads are there, each behind a quote.
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let mut texts = Vec::new();
    for record in reader.records() {
        let record = record.unwrap();
        for field in record.iter() {
            assert!(
                !field.starts_with(['=', '+', '-', '@']),
                "a bare formula cell: {field}"
            );
        }
        texts.push(record[7].to_string());
    }
    for formula in [
        "=HYPERLINK(\"http://example.com/\",\"click\")",
        "@SUM(1+1)*cmd|' /C calc'!A0",
    ] {
        assert!(
            texts.contains(&format!("'{formula}")),
            "{formula} is not neutralized"
        );
    }
    let qdpx = export(
        &[file.to_str().unwrap()],
        "qdpx",
        &dir.path().join("i.qdpx"),
        &[],
    );
    validate(
        &spiral::export::qdpx::project_xml(&qdpx).unwrap(),
        dir.path(),
    );
}
