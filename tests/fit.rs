//! Nothing cut at 80×24 (issue 26, part 3): the hint line shows whole
//! hints and says that `?` has the rest, a message wraps rather than
//! being cut, the comparison's column headers stay distinct, the
//! territory's comparison names each group in a column that grows with
//! the screen, the territory's sessions show whole values, the synthesis
//! title is whole, and the details form's border joins the panes behind
//! it. Each at 80×24 and 120×36, in Swedish and English (snapshots).

mod common;

use std::path::Path;

use common::app::{act, example, screen};
use spiral::i18n::Tongue;
use spiral::model::{Framework, Lang, Session};
use spiral::tui::app::{Prefs, State, Status};
use spiral::tui::keymap::Action;
use spiral::tui::theme::Theme;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 36)];
const LANGS: [Lang; 2] = [Lang::Sv, Lang::En];

fn prefs(lang: Lang) -> Prefs {
    Prefs {
        framework: Framework::default_framework(),
        tongue: Tongue::forced(lang),
        theme: Theme::Default,
        keys: Default::default(),
        refused: None,
    }
}

/// The example, in `lang` (its labels and the screen's words).
fn example_in(lang: Lang) -> State {
    let mut session = example();
    session.language = lang;
    State::in_memory(prefs(lang), session)
}

fn lines(shown: &str) -> Vec<String> {
    shown
        .lines()
        .map(|l| l.trim_matches('"').trim_end().to_string())
        .collect()
}

fn name(what: &str, lang: Lang, (w, h): (u16, u16)) -> String {
    format!("{what}_{}_{w}x{h}", lang.code())
}

/// The screen's lines without the side borders of a box across it.
fn inside(shown: &str) -> String {
    lines(shown)
        .iter()
        .map(|l| l.trim_matches(|c| c == '│' || c == ' '))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The words of `text` (their order kept), for a message that may wrap.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_string).collect()
}

#[test]
fn the_hint_line_shows_whole_hints_and_says_help_has_the_rest() {
    for lang in LANGS {
        let s = example_in(lang);
        let (help, more) = match lang {
            Lang::Sv => ("? hjälp", "? mer"),
            _ => ("? help", "? more"),
        };
        for size in SIZES {
            let shown = screen(&s, size.0, size.1);
            let hint = lines(&shown).last().cloned().unwrap();
            if size.0 == 80 {
                assert!(hint.ends_with(more), "{hint}");
            } else {
                assert!(hint.ends_with(help), "{hint}");
                assert!(hint.contains("S "), "every hint at {size:?}: {hint}");
            }
            insta::assert_snapshot!(name("hints", lang, size), shown);
        }
    }
}

#[test]
fn a_long_message_wraps_to_a_second_line() {
    for lang in LANGS {
        let mut s = example_in(lang);
        let text = spiral::i18n::say(lang, "workshop-lock-freed", &[]);
        s.status = Some(Status {
            text: text.clone(),
            error: false,
        });
        for size in SIZES {
            let shown = screen(&s, size.0, size.1);
            let all = lines(&shown).join(" ");
            assert!(
                all.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .contains(&words(&text).join(" ")),
                "{text} whole in\n{shown}"
            );
            insta::assert_snapshot!(name("let_go", lang, size), shown);
        }
    }
}

#[test]
fn a_prompts_title_wraps_inside_it_rather_than_being_cut() {
    for lang in LANGS {
        let mut s = example_in(lang);
        act(&mut s, Action::Participants);
        let title = spiral::i18n::say(lang, "prompt-participants", &[]);
        let keys = spiral::i18n::say(lang, "prompt-keys", &[]);
        for size in SIZES {
            let shown = screen(&s, size.0, size.1);
            let all = words(&prompt_box(&shown)).join(" ");
            for said in [&title, &keys] {
                assert!(all.contains(&words(said).join(" ")), "{said} in\n{shown}");
            }
            insta::assert_snapshot!(name("prompt", lang, size), shown);
        }
    }
}

/// The capture line on the group with the longest name: its title whole
/// (on its border, or wrapped inside), and a paste's choice whole.
#[test]
fn the_capture_lines_title_and_a_pastes_choice_wrap_rather_than_being_cut() {
    for lang in LANGS {
        let mut s = example_in(lang);
        for _ in 0..3 {
            act(&mut s, Action::NextGroup);
        }
        act(&mut s, Action::Capture);
        let group = "OPAD, Organisation for poverty alleviation and development";
        for size in SIZES {
            let shown = screen(&s, size.0, size.1);
            let all = words(&inside(&shown)).join(" ");
            assert!(all.contains(&format!("{group} ·")), "{shown}");
            insta::assert_snapshot!(name("capture", lang, size), shown);
        }
        s.update(spiral::tui::Msg::Paste("Buss\nTåg\nCykel".into()));
        let shown = screen(&s, 80, 24);
        let pasted = spiral::i18n::say(lang, "capture-pasted", &[("n", 3.into())]);
        let all = words(&inside(&shown)).join(" ");
        assert!(
            all.contains(&words(&pasted).join(" ")),
            "{pasted} in\n{shown}"
        );
        insta::assert_snapshot!(name("capture_paste", lang, (80, 24)), shown);
    }
}

/// What the prompt's box holds, its border's title and its lines, as text.
fn prompt_box(shown: &str) -> String {
    let rows: Vec<Vec<char>> = lines(shown).iter().map(|l| l.chars().collect()).collect();
    // The box's top-left corner: a ┌ whose ┐ is 70 columns on (the
    // prompt's width at these sizes).
    let (top, left) = rows
        .iter()
        .enumerate()
        .flat_map(|(y, r)| (0..r.len()).map(move |x| (y, x)))
        .find(|&(y, x)| rows[y][x] == '┌' && rows[y].get(x + 69) == Some(&'┐'))
        .expect("a prompt");
    let right = left + 69;
    rows[top..]
        .iter()
        .take_while(|r| r.get(left) != Some(&'└'))
        .map(|r| r[left + 1..right].iter().collect::<String>())
        .map(|l| l.trim_matches(|c| c == '─' || c == ' ').to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The read-only notice of a second window, whole at 80×24.
#[test]
fn the_read_only_notice_is_whole_at_80x24() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("alby.ron");
    std::fs::copy("sessions/alby-2011.ron", &path).unwrap();
    let _first = State::open(Framework::default_framework(), &path);
    for lang in LANGS {
        let second = State::open(prefs(lang), &path);
        let text = second.status.as_ref().unwrap().text.clone();
        let shown = lines(&screen(&second, 80, 24)).join(" ");
        assert!(
            words(&shown).join(" ").contains(&words(&text).join(" ")),
            "{text} whole in\n{shown}"
        );
    }
}

#[test]
fn the_comparisons_headers_stay_distinct() {
    for lang in LANGS {
        let mut s = example_in(lang);
        act(&mut s, Action::Compare);
        for size in SIZES {
            let shown = screen(&s, size.0, size.1);
            let header = lines(&shown)[1].clone();
            let labels: Vec<&str> = header
                .split_whitespace()
                .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
                .collect();
            assert!(!header.contains('…'), "{header}");
            for (i, a) in labels.iter().enumerate() {
                for b in &labels[i + 1..] {
                    assert_ne!(a, b, "{header}");
                }
            }
            insta::assert_snapshot!(name("compare", lang, size), shown);
        }
    }
}

/// A folder of two sessions in `lang`: the example, and one whose groups
/// are its own but one, named as one of the example's.
fn territory_folder(lang: Lang) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let save = |path: &Path, s: &Session| {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        spiral::store::save_session(path, s).unwrap();
    };
    let mut alby = example();
    alby.language = lang;
    save(&dir.path().join("alby.ron"), &alby);
    let mut fittja = alby.clone();
    fittja.title = "Fittja youth".into();
    for (g, name) in fittja.groups.iter_mut().zip([
        "Mothers at the Open Pre-school",
        "Youth club",
        "Elders' lunch",
        "Homework help",
    ]) {
        g.name = name.into();
    }
    save(&dir.path().join("fittja/unga.ron"), &fittja);
    dir
}

/// The territory of `dir` in `lang`, its clock fixed (UTC).
fn territory_in(lang: Lang, dir: &Path) -> State {
    let mut s = State::territory(prefs(lang), dir);
    if let spiral::tui::app::Page::Territory(t) = &mut s.page {
        t.clock = spiral::model::Clock::fixed(
            "2026-12-02T12:00:00Z".parse().unwrap(),
            jiff::tz::TimeZone::UTC,
        );
    }
    s
}

#[test]
fn the_territorys_feed_names_the_group_in_a_column_that_grows() {
    for lang in LANGS {
        let dir = territory_folder(lang);
        let s = territory_in(lang, dir.path());
        let live = match lang {
            Lang::Sv => "90 % kodade · i realtid",
            _ => "90% coded · live",
        };
        for size in SIZES {
            let shown = screen(&s, size.0, size.1);
            // The header names the folder (its path as long as the
            // checkout's): wrapped, never cut; the snapshot starts under it.
            let at = shown.find('┌').unwrap();
            let (header, rest) = shown.split_at(shown[..at].rfind('"').unwrap());
            assert!(words(&inside(header)).join(" ").ends_with(live), "{header}");
            if size.0 == 120 {
                assert!(
                    rest.contains("alby OPAD, Organisation for poverty"),
                    "{rest}"
                );
            }
            insta::assert_snapshot!(name("territory", lang, size), rest);
        }
    }
}

#[test]
fn the_territorys_comparison_names_each_group_in_a_column_that_grows() {
    for lang in LANGS {
        let dir = territory_folder(lang);
        let mut s = territory_in(lang, dir.path());
        act(&mut s, Action::Compare);
        for size in SIZES {
            let shown = screen(&s, size.0, size.1);
            for group in [
                "Teachers at the",
                "Youth club",
                "Elders' lunch",
                "Homework help",
            ] {
                assert!(shown.contains(group), "{group} in\n{shown}");
            }
            // The group two sessions share: named with its session.
            let shared = |session: &str| {
                shown
                    .lines()
                    .any(|l| l.contains(session) && l.contains("· Mothers at"))
            };
            assert!(shared("Alby") && shared("Fittja"), "{shown}");
            if size.0 == 120 {
                for whole in [
                    "Teachers at the Grindtorp school in Alby",
                    "Fittja youth · Mothers at the Open Pre-school",
                ] {
                    assert!(shown.contains(whole), "{whole} in\n{shown}");
                }
            }
            insta::assert_snapshot!(name("territory_compare", lang, size), shown);
        }
    }
}

#[test]
fn the_details_forms_border_joins_the_panes_behind_it() {
    for lang in LANGS {
        let mut s = example_in(lang);
        act(&mut s, Action::Details);
        for size in SIZES {
            let shown = screen(&s, size.0, size.1);
            let rows = lines(&shown);
            let title = spiral::i18n::say(lang, "details-form-title", &[]);
            let top = rows
                .iter()
                .find(|l| l.contains(&title))
                .expect("the form's top border");
            assert!(top.starts_with('├') && top.ends_with('┤'), "{shown}");
            insta::assert_snapshot!(name("details", lang, size), shown);
        }
    }
}

/// The question every note takes is read whole at 80 columns: without the
/// Tab hint when only the question fits, on two rows when even that does
/// not (the action question's prompt is long in every language).
#[test]
fn the_question_is_whole_at_80_columns() {
    for lang in LANGS {
        let mut s = example_in(lang);
        for (at, q) in example().questions.iter().enumerate() {
            let shown = lines(&screen(&s, 80, 24));
            let prompt = words(q.prompt.get(lang));
            // The header's row, then the question's one or two.
            let rows = if shown[2].starts_with('┌') {
                &shown[1..2]
            } else {
                &shown[1..3]
            };
            let said = words(&rows.join(" "));
            assert!(
                said.windows(prompt.len()).any(|w| w == prompt.as_slice()),
                "question {} in {lang:?} not whole: {rows:?}",
                at + 1
            );
            assert!(!rows.join(" ").contains('…'), "{rows:?}");
            act(&mut s, Action::NextQuestion);
        }
    }
}

/// The synthesis screen's title is whole at any width: its parts (the
/// family, where it is, what it holds, what is not merged, what is
/// marked) go on a second row rather than being cut.
#[test]
fn the_synthesis_title_is_whole() {
    for lang in LANGS {
        let mut s = example_in(lang);
        act(&mut s, Action::Synthesis);
        act(&mut s, Action::Code(4));
        act(&mut s, Action::Mark);
        act(&mut s, Action::Mark);
        s.status = None;
        let end = match lang {
            Lang::Sv => "7 inte ihopslagna · 2 markerade",
            _ => "7 not merged · 2 marked",
        };
        for size in SIZES {
            let shown = screen(&s, size.0, size.1);
            let rows = lines(&shown);
            let title: Vec<&str> = rows
                .iter()
                .take_while(|l| !l.starts_with('┌') && !l.starts_with('┏'))
                .map(String::as_str)
                .collect();
            let said = words(&title.join(" ")).join(" ");
            assert!(said.ends_with(end), "{size:?} {lang:?}: {title:?}");
            assert!(!said.contains('…'), "{title:?}");
            insta::assert_snapshot!(name("synthesis", lang, size), shown);
        }
    }
}

/// The territory's sessions show whole values: who changed a session last
/// and when is never cut, the title (the label column) takes the room
/// left and grows with the screen.
#[test]
fn the_territorys_sessions_show_whole_values() {
    for lang in LANGS {
        let dir = territory_folder(lang);
        let s = territory_in(lang, dir.path());
        for size in SIZES {
            let shown = screen(&s, size.0, size.1);
            let rows = lines(&shown);
            for file in ["alby.ron", "fittja/unga.ron"] {
                let row = rows
                    .iter()
                    .find(|l| l.starts_with(&format!("│ {file} ")))
                    .unwrap_or_else(|| panic!("{file}:\n{shown}"));
                assert!(
                    row.ends_with("10-20 19:05 Yusuf Ahmed │"),
                    "{size:?} {lang:?}: {row}"
                );
            }
            if size.0 == 120 {
                assert!(shown.contains("Alby focus groups, autumn 2011"), "{shown}");
            }
        }
    }
}

/// The workshop's header drops whole parts when the line is short (the
/// app's name, then the date, then the place: both are in the details
/// form), never a word cut in two: at 80 columns the example's title and
/// place are whole; at 120 everything is there.
#[test]
fn the_workshop_header_drops_whole_parts_rather_than_cutting_one() {
    for lang in LANGS {
        let s = example_in(lang);
        let narrow = lines(&screen(&s, 80, 24));
        assert!(
            narrow[0].starts_with(" Alby focus groups, autumn 2011 · Alby, Botkyrka "),
            "{:?}",
            narrow[0]
        );
        assert!(!narrow[0].contains('…'), "{:?}", narrow[0]);
        let wide = lines(&screen(&s, 120, 36));
        assert!(
            wide[0].starts_with(
                " spiral · Alby focus groups, autumn 2011 · Alby, Botkyrka · 2011-10-12 "
            ),
            "{:?}",
            wide[0]
        );
    }
}
