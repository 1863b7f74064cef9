//! The summary on paper, as a new reader prints it: the page rendered by
//! a real browser (chromium, headless) and printed to an A4 PDF, read back
//! with poppler's `pdfinfo`, `pdftotext` and `pdftoppm` (`scripts/test`
//! installs chromium and poppler-utils).
#![cfg(unix)] // chromium and poppler: Unix only (scripts/test-windows counts it)

mod common;

use common::actions::example_with_actions;
use common::paper::{pages, picture, print_to_pdf, text, word_heights};
use common::{ok, spiral};

use std::path::{Path, PathBuf};

use spiral::model::{Framework, Group, Lang, Note, Session};

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/alby-2011.ron");

/// Exports `files` as the summary page, prints it to a PDF in `dir`, and
/// returns the PDF's path.
fn print(dir: &Path, name: &str, files: &[&str], extra: &[&str]) -> PathBuf {
    let html = dir.join(format!("{name}.html"));
    let mut args = vec!["export"];
    args.extend_from_slice(files);
    args.extend_from_slice(&["--format", "html", "-o", html.to_str().unwrap()]);
    args.extend_from_slice(extra);
    ok(&spiral(&args));
    print_to_pdf(&html, &dir.join(format!("{name}.pdf")), dir)
}

/// Text as words apart: a line broken after a hyphen joined again, every
/// run of white space one space.
fn flat(text: &str) -> String {
    text.replace("-\n", "-")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A note's text as the PDF's text layer can hold it: colour emoji are
/// drawn as pictures (a Type 3 font) with no text behind them, so they
/// are left out of the comparison; every other character must be there.
fn printable(note: &str) -> String {
    let kept: String = note
        .chars()
        .filter(|c| !matches!(*c as u32, 0x2600..=0x27BF | 0x1F000..=0x1FAFF | 0xFE0F))
        .collect();
    flat(&kept)
}

#[test]
fn the_example_prints_every_note_on_few_full_pages_findings_first() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = print(dir.path(), "alby", &[EXAMPLE], &[]);
    let session = spiral::store::load_session(Path::new(EXAMPLE)).unwrap();
    let n = pages(&pdf);
    // At most 2 pages a group, plus 3.
    assert!(
        n <= 2 * session.groups.len() + 3,
        "{n} pages for {} groups",
        session.groups.len()
    );
    // No page but the last holds a heading or a line alone.
    for p in 1..n {
        let words = text(&pdf, Some(p)).split_whitespace().count();
        assert!(words >= 40, "page {p} of {n} holds {words} words");
        // "1 / 8" (pdftotext may close up the spaces).
        assert!(
            text(&pdf, Some(p))
                .replace(' ', "")
                .contains(&format!("{p}/{n}")),
            "page {p}'s number"
        );
    }
    // Every note's text, exactly as saved.
    let all = flat(&text(&pdf, None));
    for note in &session.notes {
        assert!(
            all.contains(&printable(&note.text)),
            "{:?} is not in the PDF",
            note.text
        );
    }
    // The first page is the findings, on its own: who met, what was named
    // most, where the groups differ, every group side by side; what the
    // territory does together (when the session has actions) or the
    // citizens' words begin on the second.
    let first = flat(&text(&pdf, Some(1)));
    for words in [
        "Vilka som träffades",
        "Det grupperna nämnde mest",
        "Där grupperna skiljer sig åt",
        "Alla grupper sida vid sida",
        "Mothers at the Open Pre-school",
        "OPAD, Organisation for poverty alleviation and development",
    ] {
        assert!(first.contains(words), "{words} not on page 1: {first}");
    }
    assert!(!first.contains("Alla deltagares ord"), "{first}");
    let second = match session.actions.is_empty() {
        true => "Alla deltagares ord",
        false => "Det vi gör tillsammans",
    };
    assert!(
        flat(&text(&pdf, Some(2))).starts_with(second),
        "{}",
        text(&pdf, Some(2))
    );
    // Its picture, to look at: target/summary-first-page.png.
    let png = Path::new(env!("CARGO_TARGET_TMPDIR")).join("summary-first-page");
    picture(&pdf, 1, &png);
    let bytes = std::fs::read(png.with_extension("png")).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    // An A4 page at 80 dpi (595 × 842 pt), rounded up: 662 × 936.
    let (w, h) = (
        u32::from_be_bytes(bytes[16..20].try_into().unwrap()),
        u32::from_be_bytes(bytes[20..24].try_into().unwrap()),
    );
    assert_eq!((w, h), (662, 936));
}

#[test]
fn a_swedish_page_writes_decimal_commas_and_an_english_one_points() {
    let dir = tempfile::tempdir().unwrap();
    let sv = flat(&text(&print(dir.path(), "sv", &[EXAMPLE], &[]), None));
    let en = flat(&text(
        &print(dir.path(), "en", &[EXAMPLE], &["--lang", "en"]),
        None,
    ));
    let p_and_v = |text: &str, sep: char| {
        let p = format!("p = 0{sep}");
        let v = format!("V = 0{sep}");
        // χ² = 11,73: digits, then the separator.
        let chi2 = text.split("χ² = ").nth(1).is_some_and(|rest| {
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            digits > 0 && rest[digits..].starts_with(sep)
        });
        text.contains(&p) && text.contains(&v) && chi2
    };
    assert!(p_and_v(&sv, ','), "{sv}");
    assert!(!p_and_v(&sv, '.'), "a decimal point in Swedish: {sv}");
    assert!(p_and_v(&en, '.'), "{en}");
    // Shares: "26 %" in Swedish, "26%" in English.
    assert!(sv.contains("26 %") && !sv.contains("26%"));
    assert!(en.contains("26%"));
}

#[test]
fn no_printed_text_is_smaller_than_nine_points() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = print(dir.path(), "alby", &[EXAMPLE], &[]);
    // Every word of every page, the charts' labels and numbers included.
    let words = word_heights(&pdf);
    // The running text is 10 pt: "Gruppernas" opens a sentence of it.
    let (body, _) = words
        .iter()
        .find(|(_, w)| w == "Gruppernas")
        .expect("the running text");
    let (least, word) = words.iter().min_by(|a, b| a.0.total_cmp(&b.0)).unwrap();
    // A box is as high as its font is large (times the font's own ratio,
    // the same for every size): 9 pt against 10 pt, with rounding.
    assert!(
        least / body >= 0.895,
        "{word:?} prints at about {:.1} pt",
        10.0 * least / body
    );
    // A chart's own text: the legend of every group together's chart
    // ("Sammanslaget" alone; the text and the table say "Sammanslaget:"
    // and "(Sammanslaget)").
    let (legend, _) = words
        .iter()
        .find(|(_, w)| w == "Sammanslaget")
        .expect("the chart's legend in the PDF's text");
    assert!(legend / body >= 0.95, "the chart's text prints smaller");
}

#[test]
fn a_note_holding_markup_or_a_script_prints_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let fw = Framework::default_framework();
    let mut s = Session::new("Test & <friends>", &fw, Lang::En);
    let g = Group::new("Youth <b>club</b>");
    let id = g.id.clone();
    s.groups.push(g);
    for (text, family) in [
        ("<script>alert(1)</script>", Some("personal_relations")),
        ("<img src=x onerror=alert(2)>", None),
        ("<b>bold</b> & <i>not</i>", Some("essential_resources")),
    ] {
        let mut n = Note::new(&id, "wellbeing", text, "Anna");
        n.family = family.map(str::to_string);
        s.notes.push(n);
    }
    let file = dir.path().join("h.ron");
    spiral::store::save_new_session(&file, &s).unwrap();
    let pdf = print(dir.path(), "h", &[file.to_str().unwrap()], &[]);
    let all = flat(&text(&pdf, None));
    for shown in [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(2)>",
        "<b>bold</b> & <i>not</i>",
        "Youth <b>club</b>",
        "Test & <friends>",
    ] {
        assert!(all.contains(shown), "{shown} is not shown as text: {all}");
    }
}

/// A session with actions: the findings alone on the first page, "What we
/// do together" opening the second with every action whole, the citizens'
/// words right after it (no page left near empty), nothing under 9 pt,
/// hostile text printed as text; in Swedish and in English.
#[test]
fn the_actions_print_after_the_findings_on_full_pages() {
    let dir = tempfile::tempdir().unwrap();
    let session = example_with_actions(spiral::store::load_session(Path::new(EXAMPLE)).unwrap());
    let file = dir.path().join("actions.ron");
    spiral::store::save_new_session(&file, &session).unwrap();
    for (lang, heading, words, none_answers) in [
        (
            "sv",
            "Det vi gör tillsammans",
            "Alla deltagares ord",
            "Familjer som grupperna nämnde mest och som ingen åtgärd svarar på ännu: 7 Social balans.",
        ),
        (
            "en",
            "What we do together",
            "Every citizen's words",
            "The families the groups named most that no action answers yet: 7 Social balances.",
        ),
    ] {
        let pdf = print(
            dir.path(),
            lang,
            &[file.to_str().unwrap()],
            &["--lang", lang],
        );
        let n = pages(&pdf);
        for p in 1..n {
            let words = text(&pdf, Some(p)).split_whitespace().count();
            assert!(words >= 40, "{lang}: page {p} of {n} holds {words} words");
        }
        let first = flat(&text(&pdf, Some(1)));
        assert!(!first.contains(heading), "{lang}: {first}");
        let second = flat(&text(&pdf, Some(2)));
        assert!(second.starts_with(heading), "{lang}: {second}");
        // The words follow the actions on the same page.
        assert!(second.contains(words), "{lang}: {second}");
        for said in [
            "Together for a more secure Alby",
            "From 8-10 walkers to 35-40.",
            "Who keeps the rota after the summer?",
            "<script>alert(1)</script> & *not bold* | [link](x)",
            "=SUM(A1:A9) <img src=x onerror=alert(2)>",
            none_answers,
        ] {
            assert!(
                second.contains(said),
                "{lang}: {said} not on page 2: {second}"
            );
        }
        // The first of four reports is left out: the three latest are shown.
        assert!(!second.contains("The first walk"), "{second}");
        // Its picture, to look at: target/summary-actions-sv.png.
        let png = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("summary-actions-{lang}"));
        picture(&pdf, 2, &png);
        let heights = word_heights(&pdf);
        let (body, _) = heights
            .iter()
            .find(|(_, w)| w == "Botkyrka")
            .expect("the running text");
        let (least, word) = heights.iter().min_by(|a, b| a.0.total_cmp(&b.0)).unwrap();
        assert!(
            least / body >= 0.895,
            "{lang}: {word:?} prints at about {:.1} pt",
            10.0 * least / body
        );
    }
}
