//! The family legend of the workshop (issue 14): each family's key, colour,
//! symbol and short label in the screen's language, always on screen, with
//! the group's count for the current question. Short labels come from the
//! framework (at most 14 columns, never two alike), or are derived.

mod common;

use common::app::{example, screen};
use spiral::model::{Framework, Lang};
use spiral::text::width;
use spiral::tui::State;

#[test]
fn every_shipped_short_label_fits_and_no_two_are_alike() {
    let fw = Framework::default_framework();
    for lang in Lang::ALL {
        let shorts = fw.short_labels(lang);
        assert_eq!(shorts.len(), 8);
        for (f, short) in fw.families.iter().zip(&shorts) {
            assert!(width(short) <= 14, "{lang:?} {}: {short}", f.id);
            assert!(!short.is_empty());
        }
        let mut sorted = shorts.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), 8, "{lang:?}: {shorts:?}");
    }
    assert_eq!(
        fw.short_labels(Lang::Sv),
        [
            "Resurser",
            "Livsmiljö",
            "Institutioner",
            "Relationer",
            "Initiativ",
            "Pers. balans",
            "Social balans",
            "Organisationer"
        ]
    );
}

/// A short label shortens the method's own name, never another term
/// (issue 26: family 6 read "Inner balance" in the strip and "Personal
/// balances" everywhere else): each of its words begins a word of the
/// family's label, in every language.
#[test]
fn every_short_label_shortens_its_family_s_name() {
    let fw = Framework::default_framework();
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    for lang in Lang::ALL {
        for (f, short) in fw.families.iter().zip(fw.short_labels(lang)) {
            let label = words(f.labels.get(lang));
            for w in words(&short) {
                assert!(
                    label.iter().any(|l| l.starts_with(&w)),
                    "{lang:?} family {}: {short:?} is not a shortening of {:?}",
                    f.key,
                    f.labels.get(lang)
                );
            }
        }
    }
}

/// The fingerprint sessions record is the same as before short labels were
/// added: presentation is not coding.
#[test]
fn short_labels_leave_the_fingerprint_as_it_was() {
    assert_eq!(
        Framework::default_framework().fingerprint(),
        "a86ae78a95169c7b"
    );
}

/// A framework file without short labels gets derived ones: the label when
/// it fits, else a word of it that no other family's shows.
#[test]
fn short_labels_are_derived_unambiguously_where_a_framework_has_none() {
    let src = r#"(
        id: "mine", version: 1, labels: (en: "Mine"),
        families: [
            (id: "a", key: 1, labels: (en: "Health")),
            (id: "b", key: 2, labels: (en: "Relations with and between institutions")),
            (id: "c", key: 3, labels: (en: "Relations with and between organisations")),
            (id: "d", key: 4, labels: (en: "Personal balances")),
            (id: "e", key: 5, labels: (en: "Social balances")),
        ],
    )"#;
    let fw = Framework::parse(src, std::path::Path::new("mine.ron")).unwrap();
    assert_eq!(
        fw.short_labels(Lang::En),
        [
            "Health",
            "Institutions",
            "Organisations",
            "Personal",
            "Social"
        ]
    );
}

#[test]
fn a_short_label_too_long_or_shared_is_refused_with_its_place() {
    let long = r#"(
        id: "mine", version: 1, labels: (en: "Mine"),
        families: [
            (id: "a", key: 1, labels: (en: "Health"), short: (en: "Health and well-being")),
        ],
    )"#;
    let err = Framework::parse(long, std::path::Path::new("mine.ron"))
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "mine.ron:4:63: family `a`: the short label “Health and well-being” is 21 columns wide; short labels have at most 14"
    );
    let shared = r#"(
        id: "mine", version: 1, labels: (en: "Mine"),
        families: [
            (id: "a", key: 1, labels: (en: "Health"), short: (en: "Health")),
            (id: "b", key: 2, labels: (en: "Healthcare"), short: (en: "Health")),
        ],
    )"#;
    let err = Framework::parse(shared, std::path::Path::new("mine.ron"))
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "mine.ron:5:67: families `a` and `b` have the same short label “Health” in en; each needs its own"
    );
}

/// The example session in `lang`, the app speaking it (labels are shown
/// in the language the screen speaks).
fn state_in(lang: Lang) -> State {
    let mut session = example();
    session.language = lang;
    let prefs = spiral::tui::app::Prefs {
        tongue: spiral::i18n::Tongue::forced(lang),
        ..Framework::default_framework().into()
    };
    let mut s = State::in_memory(prefs, session);
    s.status = None;
    s
}

#[test]
fn the_legend_shows_every_family_with_its_key_at_80x24() {
    for lang in [Lang::Sv, Lang::En] {
        let s = state_in(lang);
        let shown = screen(&s, 80, 24);
        let fw = Framework::default_framework();
        for (f, short) in fw.families.iter().zip(fw.short_labels(lang)) {
            assert!(
                shown.contains(&format!(
                    "{}{} {short}",
                    f.key,
                    spiral::tui::family_symbol(f.key)
                )),
                "{lang:?}: family {} is not in the legend:\n{shown}",
                f.key
            );
        }
        insta::assert_snapshot!(format!("legend_{}_80x24", lang.code()), shown);
    }
}

#[test]
fn the_legend_uses_the_room_of_a_wide_screen() {
    for lang in [Lang::Sv, Lang::En] {
        let s = state_in(lang);
        let shown = screen(&s, 160, 48);
        insta::assert_snapshot!(format!("legend_{}_160x48", lang.code()), shown);
    }
    // Full labels where they fit, short where they do not.
    let shown = screen(&state_in(Lang::Sv), 160, 48);
    assert!(shown.contains("Grundläggande resurser"), "{shown}");
    assert!(shown.contains("Institutioner"), "{shown}");
}

/// The legend counts the group's notes of the current question, by family,
/// and follows a coding at once.
#[test]
fn the_legend_counts_the_group_s_notes_of_the_question() {
    let mut s = state_in(Lang::Sv);
    let w = s.workshop().unwrap();
    let group = w.current_group().unwrap().id.clone();
    // The question shown (the header: "Fråga 1/3").
    let at: usize = screen(&s, 160, 48)
        .split("Fråga ")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|n| n.parse().ok())
        .expect("the question shown");
    let question = w.session().questions[at - 1].id.clone();
    let count = |s: &State, family: &str| {
        s.workshop()
            .unwrap()
            .session()
            .notes
            .iter()
            .filter(|n| n.group == group && n.question == question)
            .filter(|n| n.family.as_deref() == Some(family))
            .count()
    };
    let resources = count(&s, "essential_resources");
    assert_eq!(
        legend_count(&screen(&s, 160, 48), "1● Grundläggande resurser"),
        resources
    );
    assert_eq!(legend_count(&screen(&s, 80, 24), "1● Resurser"), resources);
    // Code the first uncoded note of the question 1.
    let w = s.workshop().unwrap();
    let uncoded = common::app::group_notes(&s)
        .iter()
        .position(|&i| {
            let n = &w.session().notes[i];
            n.family.is_none() && n.question == question
        })
        .expect("an uncoded note");
    common::app::select_at(&mut s, uncoded);
    common::app::act(&mut s, spiral::tui::keymap::Action::Code(1));
    assert_eq!(count(&s, "essential_resources"), resources + 1);
    assert_eq!(
        legend_count(&screen(&s, 160, 48), "1● Grundläggande resurser"),
        resources + 1
    );
    assert_eq!(
        legend_count(&screen(&s, 80, 24), "1● Resurser"),
        resources + 1
    );
}

/// The number the legend (the last place the label is on the screen, under
/// the notes) shows after a family's label.
fn legend_count(screen: &str, label: &str) -> usize {
    let at = screen
        .rfind(label)
        .unwrap_or_else(|| panic!("no {label} in:\n{screen}"));
    let after = &screen[at + label.len()..];
    let number: String = after
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    number
        .parse()
        .unwrap_or_else(|_| panic!("no count after {label} in:\n{screen}"))
}

/// Note texts use the room they have: the selected note is wrapped in the
/// list, whole, where it would be cut.
#[test]
fn the_selected_note_is_shown_whole_in_the_list() {
    let mut s = state_in(Lang::Sv);
    let w = s.workshop().unwrap();
    let long = "Öppna förskolan – här träffar jag andra mammor";
    let at = common::app::group_notes(&s)
        .iter()
        .position(|&i| w.session().notes[i].text == long)
        .unwrap();
    let shown = screen(&s, 80, 24);
    assert!(
        !shown.contains("andra mammor"),
        "cut before it is selected:\n{shown}"
    );
    common::app::select_at(&mut s, at);
    let shown = screen(&s, 80, 24);
    // In the list (the note pane at 80 columns is under it, and shows the
    // text too): the row after the note's first holds its end.
    let rows: Vec<&str> = shown.lines().collect();
    let first = rows
        .iter()
        .position(|r| r.contains("Öppna förskolan – här"))
        .unwrap();
    assert!(rows[first + 1].contains("mammor"), "{shown}");
    insta::assert_snapshot!("selected_note_wrapped_80x24", shown);
}

/// The profile never shows two families alike: a label too long for its
/// column gives way to the short one.
#[test]
fn the_profile_shows_short_labels_where_the_whole_ones_are_cut() {
    let mut s = state_in(Lang::Sv);
    common::app::act(&mut s, spiral::tui::keymap::Action::Profile);
    let shown = screen(&s, 80, 24);
    assert!(shown.contains(" 3 Institutioner "), "{shown}");
    assert!(shown.contains(" 8 Organisationer "), "{shown}");
    assert!(!shown.contains("Relationer med och mel…"), "{shown}");
}
