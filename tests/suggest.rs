//! Suggestions with a real reason (issue 14): stop words (sv, en, da, fr,
//! shipped as data) never count as shared words; a word shared with a
//! single coded note is no reason; `spiral suggest` prints the suggestion
//! for every uncoded note, and measures them by leave-one-out.

mod common;

use common::{ok, spiral};
use spiral::model::{Framework, Group, Lang, Note, Session};
use spiral::suggest::Suggester;

fn session(coded: &[(&str, &str)]) -> Session {
    let fw = Framework::default_framework();
    let mut s = Session::new("Fittja", &fw, Lang::Sv);
    let g = Group::new("Unga");
    let group = g.id.clone();
    s.groups.push(g);
    for (text, family) in coded {
        let mut n = Note::new(&group, "wellbeing", text, "Ana");
        n.family = Some(family.to_string());
        s.notes.push(n);
    }
    s
}

fn suggest(s: &Session, text: &str) -> Option<(String, String)> {
    let fw = Framework::default_framework();
    let note = Note::new(&s.groups[0].id, "wellbeing", text, "Ana");
    Suggester::new(&fw, &s.notes).suggest(&note).map(|x| {
        (
            fw.families[x.family].id.clone(),
            x.reason.describe(Lang::En),
        )
    })
}

#[test]
fn common_words_are_no_reason() {
    // The case: "på" and "varje dag" pointed to family 3.
    let s = session(&[
        ("Mötet på kommunen varje dag", "relations_with_institutions"),
        ("Kön på kontoret varje dag", "relations_with_institutions"),
    ]);
    assert_eq!(suggest(&s, "Fotboll på planen varje dag"), None);
}

#[test]
fn a_word_shared_with_two_coded_notes_is_a_reason_and_one_is_not() {
    let one = session(&[("Fotboll med kompisarna", "personal_balances")]);
    assert_eq!(suggest(&one, "Fotboll på planen"), None);
    let two = session(&[
        ("Fotboll med kompisarna", "personal_balances"),
        ("Spela fotboll efter skolan", "personal_balances"),
    ]);
    assert_eq!(
        suggest(&two, "Fotboll på planen"),
        Some((
            "personal_balances".into(),
            "«fotboll», as in 2 notes coded so".into()
        ))
    );
}

#[test]
fn spiral_suggest_lists_every_uncoded_note_with_its_reason() {
    let example = "sessions/alby-2011.ron";
    let json: serde_json::Value =
        serde_json::from_str(&ok(&spiral(&["suggest", example, "--format", "json"]))).unwrap();
    let rows = json.as_array().unwrap();
    let session = spiral::store::load_session(std::path::Path::new(example)).unwrap();
    let uncoded = session.notes.iter().filter(|n| n.family.is_none()).count();
    assert_eq!(rows.len(), uncoded);
    let help = rows
        .iter()
        .find(|r| r["text"] == "Asking for help when I need it")
        .unwrap();
    assert_eq!(help["family"], "attitudes_and_initiatives");
    assert_eq!(help["key"], 5);
    assert_eq!(help["reason"], "keyword «help»");
    let none = rows.iter().find(|r| r["text"] == "idk").unwrap();
    assert!(none["family"].is_null() && none["reason"].is_null());
    let table = ok(&spiral(&["suggest", example]));
    assert!(
        table.ends_with(&format!("{uncoded} uncoded notes\n")),
        "{table}"
    );
}

/// Leave-one-out on the shipped example: every coded note suggested for
/// with its own coding left out. The suggestions made must be right at
/// least three times in four (they were 66 % right before stop words and
/// the two-notes rule).
#[test]
fn leave_one_out_measures_the_suggestions_on_the_coded_notes() {
    let m: serde_json::Value = serde_json::from_str(&ok(&spiral(&[
        "suggest",
        "sessions/alby-2011.ron",
        "--leave-one-out",
        "--format",
        "json",
    ])))
    .unwrap();
    let (coded, suggested, equal) = (
        m["coded"].as_u64().unwrap(),
        m["suggested"].as_u64().unwrap(),
        m["equal"].as_u64().unwrap(),
    );
    let session =
        spiral::store::load_session(std::path::Path::new("sessions/alby-2011.ron")).unwrap();
    assert_eq!(
        coded as usize,
        session.notes.iter().filter(|n| n.family.is_some()).count()
    );
    assert!(equal <= suggested && suggested <= coded);
    assert!(
        equal * 4 >= suggested * 3,
        "{equal} right of {suggested} suggested"
    );
    let table = ok(&spiral(&[
        "suggest",
        "sessions/alby-2011.ron",
        "--leave-one-out",
    ]));
    assert!(
        table.starts_with(&format!(
            "{coded} coded notes; a suggestion for {suggested} ("
        )),
        "{table}"
    );
}
