//! What a merge decides beyond notes (issue 13): every choice is listed
//! (a question worded two ways, a criterion's wording and family), two
//! valid files that disagree on a criterion's family are merged with the
//! conflict listed, and a criterion removed in one file stays removed when
//! its notes left it there later (the newer change wins, as for notes).

use spiral::merge::merge;
use spiral::model::{Criterion, Framework, Group, Labels, Lang, Note, Session};

fn at(seconds: i64) -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_700_000_000 + seconds).unwrap()
}

/// The shipped framework, read once.
fn framework() -> &'static Framework {
    static FRAMEWORK: std::sync::OnceLock<Framework> = std::sync::OnceLock::new();
    FRAMEWORK.get_or_init(Framework::default_framework)
}

fn family(i: usize) -> String {
    framework().families[i].id.clone()
}

/// A session of one group and three notes, the first two coded in
/// family 0 and merged into criterion `c`.
fn base() -> Session {
    let mut s = Session::new("Territory", framework(), Lang::En);
    let mut g = Group::new("Unga");
    g.id = "g".into();
    s.groups.push(g);
    for i in 0..3 {
        let mut n = Note::new("g", "wellbeing", &format!("note {i}"), "Anna");
        n.id = uuid::Uuid::from_u128(0x1000 + i as u128);
        n.created = at(i as i64);
        n.modified = n.created;
        if i < 2 {
            n.family = Some(family(0));
            n.criterion = Some("c".into());
        }
        s.notes.push(n);
    }
    s.criteria.push(Criterion {
        id: "c".into(),
        family: family(0),
        wording: "Family close by".into(),
        created: at(10),
    });
    assert!(s.problems().is_empty(), "{:?}", s.problems());
    s
}

fn files(list: &[&Session]) -> Vec<(String, Session)> {
    list.iter()
        .enumerate()
        .map(|(i, s)| (format!("f{i}.ron"), (*s).clone()))
        .collect()
}

#[test]
fn a_question_worded_two_ways_is_listed() {
    let a = base();
    let mut b = base();
    b.questions[0].labels = Labels::en("What does well-being mean to you?");
    let merged = merge(&files(&[&a, &b])).unwrap();
    let kept = merged.session.questions[0].labels.en.clone();
    let other = [&a, &b]
        .iter()
        .map(|s| s.questions[0].labels.en.clone())
        .find(|w| *w != kept)
        .unwrap();
    assert!(
        merged.report().contains(&format!(
            "conflict: question wellbeing kept as “{kept}”; also worded “{other}”"
        )),
        "{:#?}",
        merged.report()
    );
    assert_eq!(merged.conflicts(), 1);
}

#[test]
fn a_criterion_s_family_changed_in_one_file_is_merged_and_listed() {
    let a = base();
    // In the second file the criterion and its two notes went to family 1,
    // later.
    let mut b = base();
    b.criteria[0].family = family(1);
    for n in &mut b.notes[..2] {
        n.family = Some(family(1));
        n.modified = at(100);
    }
    assert!(b.problems().is_empty(), "{:?}", b.problems());
    let merged = merge(&files(&[&a, &b])).expect("two valid files merge");
    assert!(merged.session.problems().is_empty());
    assert_eq!(merged.session.criteria[0].family, family(1));
    assert!(
        merged.report().contains(&format!(
            "conflict: criterion c kept as “Family close by” (family {}); also “Family close by” (family {})",
            family(1),
            family(0)
        )),
        "{:#?}",
        merged.report()
    );
    // Both ways round: the result does not depend on the order.
    assert_eq!(merge(&files(&[&b, &a])).unwrap().session, merged.session);
}

#[test]
fn notes_that_keep_another_family_leave_the_criterion_and_are_listed() {
    // The first note was recoded in the second file (family 1), the second
    // in the first file later still (family 0): the criterion takes the
    // family of the newest change, and the other note leaves it.
    let mut a = base();
    a.notes[1].text = "note 1, reworded".into();
    a.notes[1].modified = at(300);
    let mut b = base();
    b.criteria[0].family = family(1);
    for n in &mut b.notes[..2] {
        n.family = Some(family(1));
        n.modified = at(200);
    }
    let merged = merge(&files(&[&a, &b])).expect("two valid files merge");
    assert!(merged.session.problems().is_empty());
    let c = &merged.session.criteria[0];
    assert_eq!(c.family, family(0));
    let first = &merged.session.notes[0];
    assert_eq!(first.family, Some(family(1)));
    assert_eq!(first.criterion, None);
    assert_eq!(merged.session.notes[1].criterion, Some("c".into()));
    assert!(
        merged.report().contains(&format!(
            "conflict: note {} left criterion c: it is coded {}, the criterion's family is {}",
            first.id,
            family(1),
            family(0)
        )),
        "{:#?}",
        merged.report()
    );
}

#[test]
fn a_criterion_removed_later_in_one_file_stays_removed() {
    let a = base();
    let mut b = base();
    b.criteria.clear();
    for n in &mut b.notes[..2] {
        n.criterion = None;
        n.modified = at(100);
    }
    let merged = merge(&files(&[&a, &b])).unwrap();
    assert_eq!(merged.session.criteria, vec![]);
    assert!(merged.session.notes.iter().all(|n| n.criterion.is_none()));
    assert!(
        merged.report().contains(
            &"removed: criterion c “Family close by”: removed in f1.ron, where its notes left it later"
                .to_string()
        ),
        "{:#?}",
        merged.report()
    );
    assert_eq!(merge(&files(&[&b, &a])).unwrap().session, merged.session);
    // A criterion made in one file, with no notes yet, is new, not removed
    // in the other: it is kept.
    let mut fresh = base();
    fresh.criteria.push(Criterion {
        id: "new".into(),
        family: family(2),
        wording: "Someone to talk to".into(),
        created: at(400),
    });
    let merged = merge(&files(&[&fresh, &base()])).unwrap();
    assert!(merged.session.criteria.iter().any(|c| c.id == "new"));
}

/// A file made from the base by some of the edits a facilitator can make
/// to criteria: recode a note (it leaves its criterion when of another
/// family), move the criterion and its notes to another family, remove the
/// criterion (its notes leave it), each at its own time.
fn edited(edits: &[(u8, u8, u8)], tag: i64) -> Session {
    let mut s = base();
    for (k, &(what, which, fam)) in edits.iter().enumerate() {
        let when = at(1000 + tag * 100 + k as i64);
        let fam = family(usize::from(fam % 3));
        match what % 3 {
            0 => {
                let n = &mut s.notes[usize::from(which) % 3];
                n.family = Some(fam.clone());
                let criterion_family = s.criteria.first().map(|c| c.family.clone());
                if n.criterion.is_some() && criterion_family != Some(fam) {
                    n.criterion = None;
                }
                n.modified = when;
            }
            1 => {
                if let Some(c) = s.criteria.first_mut() {
                    c.family = fam.clone();
                    for n in &mut s.notes {
                        if n.criterion.as_deref() == Some("c") {
                            n.family = Some(fam.clone());
                            n.modified = when;
                        }
                    }
                }
            }
            _ => {
                s.criteria.clear();
                for n in &mut s.notes {
                    if n.criterion.take().is_some() {
                        n.modified = when;
                    }
                }
            }
        }
    }
    assert!(s.problems().is_empty(), "{:?}", s.problems());
    s
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]

    /// Whatever the files did to their criteria, the merge is valid,
    /// idempotent and commutative, and associative for the notes. (Not for
    /// an empty criterion: a merge that removes one also erases the
    /// evidence, its notes' older versions in it, so merging the result
    /// with a file that still has it empty keeps it. The format holds no
    /// record of removals: README, "Several facilitators, several coders".)
    #[test]
    fn merging_criteria_keeps_the_laws(
        a in proptest::collection::vec((0u8..3, 0u8..3, 0u8..3), 0..4),
        b in proptest::collection::vec((0u8..3, 0u8..3, 0u8..3), 0..4),
        c in proptest::collection::vec((0u8..3, 0u8..3, 0u8..3), 0..4),
    ) {
        let (a, b, c) = (edited(&a, 1), edited(&b, 2), edited(&c, 3));
        let m = |list: &[&Session]| merge(&files(list)).unwrap().session;
        let ab = m(&[&a, &b]);
        proptest::prop_assert!(ab.problems().is_empty(), "{:?}", ab.problems());
        proptest::prop_assert_eq!(&m(&[&ab, &ab]), &ab);
        proptest::prop_assert_eq!(&m(&[&b, &a]), &ab);
        let bc = m(&[&b, &c]);
        let abc = m(&[&a, &b, &c]);
        proptest::prop_assert!(abc.problems().is_empty(), "{:?}", abc.problems());
        proptest::prop_assert_eq!(&m(&[&ab, &c]).notes, &m(&[&a, &bc]).notes);
        proptest::prop_assert_eq!(&m(&[&ab, &c]).notes, &abc.notes);
    }
}
