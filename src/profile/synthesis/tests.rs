use super::*;
use crate::i18n::Describe;
use crate::model::{Group, History};

fn session() -> Session {
    let fw = Framework::default_framework();
    let mut s = Session::new("Alby", &fw, Lang::Sv);
    let mut g = Group::new("Mammor");
    g.id = "g".into();
    s.groups.push(g);
    for (q, text, family) in [
        ("wellbeing", "Familjen", "personal_relations"),
        ("wellbeing", "Familj och vänner", "personal_relations"),
        ("illbeing", "Ensam på vintern", "personal_relations"),
        ("action", "Vänner att prata med", "personal_relations"),
        ("wellbeing", "Ett jobb", "essential_resources"),
    ] {
        let mut n = Note::new("g", q, text, "");
        n.family = Some(family.into());
        s.notes.push(n);
    }
    s
}

fn ids(s: &Session, which: &[usize]) -> Vec<Uuid> {
    which.iter().map(|&i| s.notes[i].id).collect()
}

fn members(s: &Session, criterion: &str) -> Vec<usize> {
    (0..s.notes.len())
        .filter(|&i| s.notes[i].criterion.as_deref() == Some(criterion))
        .collect()
}

#[test]
fn merge_then_undo_and_redo() {
    let mut s = session();
    let original = s.clone();
    let mut h = History::default();
    let c = merge(
        &s,
        "personal_relations",
        "  Familj  nära ",
        &ids(&s, &[0, 1]),
    )
    .unwrap();
    h.apply(&mut s, c);
    assert_eq!(s.criteria.len(), 1);
    assert_eq!(s.criteria[0].wording, "Familj nära");
    let id = s.criteria[0].id.clone();
    assert_eq!(members(&s, &id), [0, 1]);
    assert!(s.problems().is_empty());
    h.undo(&mut s);
    assert_eq!(s, original);
    h.redo(&mut s);
    assert_eq!(members(&s, &id), [0, 1]);
}

#[test]
fn merge_refuses_what_would_break_the_rules() {
    let s = session();
    assert_eq!(
        merge(&s, "personal_relations", "x", &ids(&s, &[0, 4]))
            .unwrap_err()
            .describe(Lang::En),
        "A criterion holds notes of one family only."
    );
    assert_eq!(
        merge(&s, "personal_relations", "  ", &ids(&s, &[0]))
            .unwrap_err()
            .describe(Lang::En),
        "A criterion needs a wording."
    );
    assert_eq!(
        merge(&s, "personal_relations", "x", &[])
            .unwrap_err()
            .describe(Lang::En),
        "Mark notes first (Space)."
    );
    assert_eq!(
        merge(&s, "personal_relations", "x", &[Uuid::new_v4()])
            .unwrap_err()
            .describe(Lang::En),
        "A marked note is gone."
    );
}

#[test]
fn add_take_out_split_reword_dissolve() {
    let mut s = session();
    let original = s.clone();
    let mut h = History::default();
    let c = merge(&s, "personal_relations", "Familj", &ids(&s, &[0])).unwrap();
    h.apply(&mut s, c);
    let family = s.criteria[0].id.clone();
    let c = add_to(&s, &family, &ids(&s, &[1, 3])).unwrap();
    h.apply(&mut s, c);
    assert_eq!(members(&s, &family), [0, 1, 3]);
    assert_eq!(
        add_to(&s, &family, &ids(&s, &[1]))
            .unwrap_err()
            .describe(Lang::En),
        "These notes are in that criterion already."
    );
    // Split "Vänner att prata med" off into its own criterion.
    let c = split(&s, &family, "Vänner", &ids(&s, &[3])).unwrap();
    h.apply(&mut s, c);
    assert_eq!(s.criteria.len(), 2);
    let friends = s.criteria[1].id.clone();
    assert_eq!(members(&s, &family), [0, 1]);
    assert_eq!(members(&s, &friends), [3]);
    assert_eq!(
        split(&s, &family, "x", &ids(&s, &[2]))
            .unwrap_err()
            .describe(Lang::En),
        "Only notes of this criterion can be split off."
    );
    // Taking the last note out removes the criterion; undo brings both back.
    let before = s.clone();
    let c = take_out(&s, &ids(&s, &[3])).unwrap();
    h.apply(&mut s, c);
    assert_eq!(s.criteria.len(), 1);
    assert!(s.notes[3].criterion.is_none());
    h.undo(&mut s);
    assert_eq!(s, before);
    let c = reword(&s, &family, "Familjen nära").unwrap();
    h.apply(&mut s, c);
    assert_eq!(s.criteria[0].wording, "Familjen nära");
    let c = dissolve(&s, &family).unwrap();
    h.apply(&mut s, c);
    assert_eq!(s.criteria.len(), 1);
    assert_eq!(s.criteria[0].id, friends);
    assert!(members(&s, &family).is_empty());
    assert!(s.problems().is_empty());
    // Undo all the way: the session as it began.
    while h.undo(&mut s).is_some() {}
    assert_eq!(s, original);
}

#[test]
fn moving_notes_from_two_criteria_removes_both_when_emptied() {
    let mut s = session();
    let mut h = History::default();
    let c = merge(&s, "personal_relations", "A", &ids(&s, &[0])).unwrap();
    h.apply(&mut s, c);
    let c = merge(&s, "personal_relations", "B", &ids(&s, &[1])).unwrap();
    h.apply(&mut s, c);
    let before = s.clone();
    let c = merge(&s, "personal_relations", "C", &ids(&s, &[0, 1])).unwrap();
    h.apply(&mut s, c);
    assert_eq!(s.criteria.len(), 1);
    assert_eq!(s.criteria[0].wording, "C");
    assert!(s.problems().is_empty());
    h.undo(&mut s);
    assert_eq!(s, before);
}

#[test]
fn recoding_a_note_takes_it_out_of_its_criterion() {
    let mut s = session();
    let c = merge(&s, "personal_relations", "A", &ids(&s, &[0])).unwrap();
    c.apply(&mut s);
    s.notes[0].set_family(Some("personal_relations".into()));
    assert!(s.notes[0].criterion.is_some());
    s.notes[0].set_family(Some("social_balances".into()));
    assert!(s.notes[0].criterion.is_none());
}

#[test]
fn similar_notes_share_words_or_stems() {
    let w = |t: &str| likeness_words(t);
    assert_eq!(w("Att ha familjen nära"), ["familjen", "nara"]);
    assert_eq!(likeness(&w("Familjen"), &w("Familj och vänner")), 1.0);
    assert_eq!(likeness(&w("Stress"), &w("Stress över betygen")), 1.0);
    assert_eq!(
        likeness(&w("Rasism"), &w("Diskriminering på arbetsmarknaden")),
        0.0
    );
    // Typos and inflections: Jaro–Winkler.
    assert_eq!(likeness(&w("Vännerna"), &w("vänerna")), 1.0);
    let marked = vec![w("Familjen")];
    let candidates = vec![
        w("Ensam på vintern"),
        w("Familj och vänner"),
        w("Att ha familjen nära"),
        w("Ett jobb"),
    ];
    let found = similar(&marked, &candidates);
    assert_eq!(found.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [1, 2]);
}

#[test]
fn the_report_counts_by_question_and_keeps_the_words() {
    let mut a = session();
    merge(
        &a,
        "personal_relations",
        "Familj och vänner",
        &ids(&a, &[0, 1, 3]),
    )
    .unwrap()
    .apply(&mut a);
    let mut b = session();
    b.title = "Fittja".into();
    merge(
        &b,
        "personal_relations",
        "familj OCH vanner",
        &ids(&b, &[0]),
    )
    .unwrap()
    .apply(&mut b);
    merge(&b, "essential_resources", "Arbete", &ids(&b, &[4]))
        .unwrap()
        .apply(&mut b);
    let fw = Framework::default_framework();
    let r = synthesis_report(&[("a".into(), a), ("b".into(), b)], &fw, Lang::Sv);
    assert_eq!(r.questions, ["wellbeing", "illbeing", "action"]);
    let rel = r
        .families
        .iter()
        .find(|f| f.id == "personal_relations")
        .unwrap();
    assert_eq!(rel.label, "Personliga relationer");
    assert_eq!(
        rel.criteria.len(),
        1,
        "same wording, case and accents aside"
    );
    let c = &rel.criteria[0];
    assert_eq!(c.wording, "Familj och vänner");
    assert_eq!(c.count, 4);
    assert_eq!(c.by_question, [3, 0, 1]);
    assert_eq!(
        c.notes.iter().map(|n| n.text.as_str()).collect::<Vec<_>>(),
        [
            "Familjen",
            "Familj och vänner",
            "Vänner att prata med",
            "Familjen"
        ]
    );
    assert_eq!(c.notes[3].session, "Fittja");
    assert_eq!(c.notes[3].group, "Mammor");
    // Not merged: "Ensam på vintern" in a; three notes in b.
    assert_eq!(rel.not_merged, 1 + 3);
    let res = r
        .families
        .iter()
        .find(|f| f.id == "essential_resources")
        .unwrap();
    assert_eq!(res.criteria[0].count, 1);
    assert_eq!(res.not_merged, 1);
}

#[test]
fn deleting_or_recoding_a_criterion_s_last_note_removes_it_in_the_same_step() {
    let mut s = session();
    let mut h = History::default();
    let c = merge(&s, "personal_relations", "A", &ids(&s, &[2])).unwrap();
    h.apply(&mut s, c);
    let before = s.clone();
    // Delete the only note of "A".
    let delete = Change::RemoveNote {
        index: 2,
        note: s.notes[2].clone(),
    };
    let change = leaving_criterion(&s, 2, delete);
    assert_eq!(change.describe(crate::model::Lang::En), "delete note");
    h.apply(&mut s, change);
    assert!(s.criteria.is_empty());
    assert!(s.problems().is_empty());
    h.undo(&mut s);
    assert_eq!(s, before);
    // Recode it: the same.
    let mut after = s.notes[2].clone();
    after.set_family(Some("social_balances".into()));
    let recode = Change::UpdateNote {
        index: 2,
        before: Box::new(s.notes[2].clone()),
        after: Box::new(after),
    };
    let change = leaving_criterion(&s, 2, recode);
    h.apply(&mut s, change);
    assert!(s.criteria.is_empty());
    h.undo(&mut s);
    assert_eq!(s, before);
    // A note that stays in its criterion changes nothing else.
    let mut after = s.notes[2].clone();
    after.text = "Ensam".into();
    let edit = Change::UpdateNote {
        index: 2,
        before: Box::new(s.notes[2].clone()),
        after: Box::new(after),
    };
    assert!(matches!(
        leaving_criterion(&s, 2, edit),
        Change::UpdateNote { .. }
    ));
}
