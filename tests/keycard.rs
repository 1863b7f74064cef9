//! The key card (`spiral keys`): the workshop's keys and the families with
//! theirs, made from the key table the app uses (the user's keymap file
//! applied), in each language; as text, and as one A4 page of HTML that a
//! browser prints (`common::paper`: headless chromium, poppler).

mod common;

use std::path::Path;
use std::process::Output;

#[cfg(unix)]
use common::paper::{pages, picture, print_to_pdf, text, word_heights};
use common::{bin, ok};
use spiral::model::{Framework, Lang};
use spiral::tui::keycard::{Card, Line};
use spiral::tui::keymap::{BINDINGS, Binding, Context, key_name_in};

/// `spiral keys ARGS` with `config` as the config folder (where a keymap
/// file is looked for).
fn keys(config: &Path, args: &[&str]) -> Output {
    bin()
        .arg("keys")
        .args(args)
        .env("SPIRAL_CONFIG_DIR", config)
        .output()
        .expect("spiral runs")
}

/// The bindings the card must show: every one of the workshop and of the
/// projector view, and those of the capture line but its question keys
/// (the workshop's Tab and Shift-Tab, shown once).
fn on_the_card(b: &Binding) -> bool {
    match b.context {
        Context::Workshop | Context::Projector => true,
        Context::Capture => !b.help.ends_with("-question"),
        _ => false,
    }
}

/// Whether the card has a line with the binding's keys, as the screen
/// writes them in `lang`, and what it does, as help says it.
fn shows(card: &Card, b: &Binding, lang: Lang) -> bool {
    let keys: Vec<String> = b.keys.iter().map(|k| key_name_in(k, lang)).collect();
    let says = b.says(lang);
    card.sections
        .iter()
        .flat_map(|s| &s.lines)
        .any(|l| match l {
            Line::Keys { keys: k, says: s } => {
                k.contains(&keys) && s.split(" / ").any(|s| s == says)
            }
            Line::Sub(_) => false,
        })
}

#[test]
fn the_card_holds_every_workshop_key_and_the_eight_families() {
    let framework = Framework::default_framework();
    let config = tempfile::tempdir().unwrap();
    for lang in [Lang::En, Lang::Sv] {
        let card = Card::new(&Default::default(), &framework, lang);
        // Every key of the workshop, so every one its hint line shows.
        let wanted: Vec<&Binding> = BINDINGS.iter().filter(|b| on_the_card(b)).collect();
        assert!(wanted.iter().filter(|b| b.hint.is_some()).count() >= 10);
        for b in &wanted {
            assert!(
                shows(&card, b, lang),
                "{} ({lang:?}) is not on the card",
                b.help
            );
        }
        assert_eq!(card.families.len(), 8);
        let printed = ok(&keys(config.path(), &["--lang", lang.code()]));
        for f in &framework.families {
            let line = format!(
                "  {}  {}: {}",
                f.key,
                f.labels.get(lang),
                f.description.get(lang)
            );
            assert!(printed.contains(&line), "{line}");
        }
        for b in &wanted {
            assert!(printed.contains(&b.says(lang)), "{}", b.help);
        }
        insta::assert_snapshot!(format!("text_{}", lang.code()), printed);
    }
}

/// The keys of the text card's line that ends with `says`.
fn keys_of<'a>(card: &'a str, says: &str) -> &'a str {
    card.lines()
        .find_map(|l| l.strip_suffix(says))
        .unwrap_or_else(|| panic!("no line says {says:?}"))
        .trim()
}

#[test]
fn the_card_shows_your_keys_when_a_keymap_file_changes_them() {
    let config = tempfile::tempdir().unwrap();
    let file = config.path().join("keys.ron");
    std::fs::write(
        &file,
        r#"[(context: "workshop", action: "search", keys: ["F3"])]"#,
    )
    .unwrap();
    let says = spiral::i18n::say(Lang::En, "key-workshop-search", &[]);
    let yours = ok(&keys(config.path(), &["--lang", "en"]));
    assert_eq!(keys_of(&yours, &says), "F3", "{yours}");
    assert!(yours.contains(&format!("Your keys: {} changes 1 binding.", file.display())));
    let shipped = ok(&keys(config.path(), &["--lang", "en", "--shipped"]));
    assert_eq!(keys_of(&shipped, &says), "/ Ctrl-f", "{shipped}");
    assert!(shipped.contains("The keys as shipped."));
    // A file the app refuses: the card has the shipped keys, as the app
    // does, and says why on standard error.
    std::fs::write(
        &file,
        r#"[(context: "nowhere", action: "search", keys: ["F3"])]"#,
    )
    .unwrap();
    let o = keys(config.path(), &["--lang", "en"]);
    let refused = ok(&o);
    assert_eq!(keys_of(&refused, &says), "/ Ctrl-f", "{refused}");
    assert!(refused.contains(&format!(
        "The keys as shipped: your keymap file {} was refused",
        file.display()
    )));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("no screen `nowhere`"), "{err}");
}

#[test]
fn the_page_fetches_nothing_and_escapes_a_framework_s_labels() {
    let dir = tempfile::tempdir().unwrap();
    let shipped = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/categories/default.ron"
    ))
    .unwrap();
    let odd = r#"Essential <script>alert(1)</script> & <b>resources</b>"#;
    let ours = shipped.replacen(r#"en: "Essential resources""#, &format!("en: {odd:?}"), 1);
    assert_ne!(ours, shipped);
    let framework = dir.path().join("ours.ron");
    std::fs::write(&framework, ours).unwrap();
    let html = ok(&keys(
        dir.path(),
        &[
            "--framework",
            framework.to_str().unwrap(),
            "--format",
            "html",
            "--lang",
            "en",
        ],
    ));
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(html.contains(
        "Essential &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;resources&lt;/b&gt;"
    ));
    for fetched in [
        "<script", "<link", "<img", "src=", "href=", "url(", "@import", "http",
    ] {
        assert!(!html.contains(fetched), "{fetched} in the page");
    }
}

#[cfg(unix)] // chromium and poppler: Unix only (scripts/test-windows counts it)
#[test]
fn the_card_prints_on_one_a4_page_in_every_language_no_text_under_nine_points() {
    let dir = tempfile::tempdir().unwrap();
    let framework = Framework::default_framework();
    for lang in Lang::ALL {
        let code = lang.code();
        let html = dir.path().join(format!("card-{code}.html"));
        let wrote = ok(&keys(
            dir.path(),
            &[
                "--format",
                "html",
                "--lang",
                code,
                "-o",
                html.to_str().unwrap(),
            ],
        ));
        assert!(wrote.contains(&format!("card-{code}.html")), "{wrote}");
        let pdf = print_to_pdf(
            &html,
            &dir.path().join(format!("card-{code}.pdf")),
            dir.path(),
        );
        assert_eq!(pages(&pdf), 1, "the card in {code} is not one page");
        let printed = text(&pdf, None)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        for f in &framework.families {
            assert!(
                printed.contains(f.labels.get(lang)),
                "{code}: {}",
                f.labels.get(lang)
            );
        }
        let undo = spiral::i18n::say(lang, "key-workshop-undo", &[]);
        assert!(printed.contains(&undo), "{code}: {undo}");
        // Every word at 9 pt or more: as high as a word of 9 pt in the
        // same fonts, printed at the end of the same page.
        let nine = dir.path().join(format!("nine-{code}.html"));
        let page = std::fs::read_to_string(&html).unwrap();
        let with_nine = page.replace(
            "</body>",
            "<p style=\"font-size: 9pt\">ninepoints</p>\n</body>",
        );
        std::fs::write(&nine, with_nine).unwrap();
        let heights = word_heights(&print_to_pdf(
            &nine,
            &dir.path().join("nine.pdf"),
            dir.path(),
        ));
        let (nine_points, _) = heights.iter().find(|(_, w)| w == "ninepoints").unwrap();
        let (least, word) = heights.iter().min_by(|a, b| a.0.total_cmp(&b.0)).unwrap();
        assert!(
            least / nine_points >= 0.995,
            "{code}: {word:?} prints at about {:.1} pt",
            9.0 * least / nine_points
        );
        // Its picture, to look at: target/tmp/keycard-en.png.
        if lang == Lang::En {
            picture(
                &pdf,
                1,
                &Path::new(env!("CARGO_TARGET_TMPDIR")).join("keycard-en"),
            );
        }
    }
}
