//! Taking in other versions of a session, as the laptops of a territory
//! do: whatever order the versions (conflict copies, files synced in)
//! arrive in, every laptop ends with the same bytes, no note is lost,
//! taking in a version again changes nothing (so nobody writes again and
//! the sync engine has nothing more to carry), and the open session's way
//! of taking a merge in (changes by id, its own order kept) holds the
//! same as the merge.

mod common;

use proptest::prelude::*;
use spiral::intake::{adds_to, changes_to, take_in};
use spiral::model::{Change, Lang, Note, Session};

const FAMILIES: [&str; 4] = [
    "essential_resources",
    "living_environment",
    "personal_relations",
    "social_balances",
];

fn at(secs: i64) -> jiff::Timestamp {
    "2026-12-02T10:00:00Z".parse::<jiff::Timestamp>().unwrap()
        + jiff::SignedDuration::from_secs(secs)
}

/// What one laptop did while apart from the others.
#[derive(Debug, Clone)]
enum Edit {
    Add { text: u8, at: i64 },
    Recode { note: usize, family: usize, at: i64 },
    Reword { note: usize, text: u8, at: i64 },
    Delete { note: usize, at: i64 },
}

fn edit() -> impl Strategy<Value = Edit> {
    // Few distinct times, so two laptops often change a note in the same
    // second (a tie the merge must settle the same way everywhere).
    prop_oneof![
        (any::<u8>(), 0i64..6).prop_map(|(text, at)| Edit::Add { text, at }),
        (0usize..12, 0usize..4, 0i64..6).prop_map(|(note, family, at)| Edit::Recode {
            note,
            family,
            at
        }),
        (0usize..12, any::<u8>(), 0i64..6).prop_map(|(note, text, at)| Edit::Reword {
            note,
            text,
            at
        }),
        (0usize..12, 0i64..6).prop_map(|(note, at)| Edit::Delete { note, at }),
    ]
}

fn base() -> Session {
    let mut s = common::app::example();
    s.notes.truncate(12);
    for n in &mut s.notes {
        n.criterion = None;
    }
    s.criteria.clear();
    s.drop_missing_links();
    s
}

fn version(base: &Session, laptop: usize, edits: &[Edit]) -> Session {
    let mut s = base.clone();
    for (k, e) in edits.iter().enumerate() {
        match *e {
            Edit::Add { text, at: t } => {
                let mut n = Note::new(
                    &s.groups[laptop % s.groups.len()].id,
                    "wellbeing",
                    &format!("laptop {laptop} note {k}: {text}"),
                    &format!("coder {laptop}"),
                );
                n.created = at(t);
                n.modified = at(t);
                s.notes.push(n);
            }
            Edit::Recode {
                note,
                family,
                at: t,
            } => {
                let id = base.notes[note % 12].id;
                if let Some(n) = s.notes.iter_mut().find(|n| n.id == id) {
                    n.family = Some(FAMILIES[family].into());
                    n.coder = format!("coder {laptop}");
                    n.modified = at(t);
                }
            }
            Edit::Reword { note, text, at: t } => {
                let id = base.notes[note % 12].id;
                if let Some(n) = s.notes.iter_mut().find(|n| n.id == id) {
                    n.text = format!("reworded by {laptop}: {text}");
                    n.modified = at(t);
                }
            }
            Edit::Delete { note, at: t } => {
                let id = base.notes[note % 12].id;
                if let Some(i) = s.notes.iter().position(|n| n.id == id) {
                    s.notes.remove(i);
                    s.deleted.push(spiral::model::Tombstone {
                        id,
                        at: at(t),
                        by: format!("coder {laptop}"),
                    });
                }
            }
        }
    }
    s
}

/// Takes in the versions one after the other, as a laptop would.
fn take_all(start: &Session, versions: &[&Session]) -> Session {
    let mut held = start.clone();
    for v in versions {
        held = take_in(&held, v, None, Lang::En).unwrap().0.session;
    }
    held
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_order_of_taking_versions_in_ends_with_the_same_bytes(
        edits in proptest::collection::vec(proptest::collection::vec(edit(), 0..5), 3)
    ) {
        let base = base();
        let versions: Vec<Session> = edits
            .iter()
            .enumerate()
            .map(|(i, e)| version(&base, i, e))
            .collect();
        let orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
        let results: Vec<String> = orders
            .iter()
            .map(|o| {
                // Each laptop starts from its own version, and takes in the
                // others (and its own again) in its order.
                let own = &versions[o[0]];
                let held = take_all(own, &[&versions[o[1]], &versions[o[2]], own]);
                spiral::store::session_to_ron(&held)
            })
            .collect();
        for r in &results[1..] {
            prop_assert_eq!(r, &results[0]);
        }
        let merged = spiral::store::parse_session(&results[0], std::path::Path::new("m.ron")).unwrap();
        // No note lost: every id of every version, in its newest version,
        // or deleted after it; a deletion holds unless the note changed
        // after it.
        for v in &versions {
            for n in &v.notes {
                match merged.notes.iter().find(|m| m.id == n.id) {
                    Some(m) => prop_assert!(m.modified >= n.modified),
                    None => prop_assert!(
                        merged.tombstone(n.id).is_some_and(|t| t.at >= n.modified),
                        "note {} lost", n.id
                    ),
                }
            }
            for t in &v.deleted {
                match merged.notes.iter().find(|m| m.id == t.id) {
                    Some(m) => prop_assert!(m.modified > t.at),
                    None => prop_assert!(merged.tombstone(t.id).is_some()),
                }
            }
        }
        // Taking any version in again brings nothing: nobody writes.
        for v in &versions {
            let (again, intake) = take_in(&merged, v, None, Lang::En).unwrap();
            prop_assert!(!adds_to(&again.session, &merged));
            prop_assert_eq!(intake.new_notes + intake.changed_notes, 0);
        }
    }

    #[test]
    fn the_open_session_takes_a_merge_in_by_changes_that_hold_the_same(
        mine in proptest::collection::vec(edit(), 0..6),
        theirs in proptest::collection::vec(edit(), 0..6),
    ) {
        let base = base();
        let ours = version(&base, 0, &mine);
        let other = version(&base, 1, &theirs);
        let (merged, _) = take_in(&ours, &other, None, Lang::En).unwrap();
        let mut open = ours.clone();
        let changes = changes_to(&ours, &merged.session);
        Change::Batch(changes.clone()).apply(&mut open);
        // What we had stays in its order (but what the other deleted);
        // the rest follows.
        let kept: Vec<_> = ours
            .notes
            .iter()
            .filter(|n| merged.session.notes.iter().any(|m| m.id == n.id))
            .collect();
        for (i, n) in kept.iter().enumerate() {
            prop_assert_eq!(open.notes[i].id, n.id);
        }
        let canonical = spiral::merge::merge(&[("open".to_string(), open.clone())]).unwrap();
        prop_assert_eq!(&canonical.session, &merged.session, "holds what the merge holds");
        prop_assert!(!adds_to(&merged.session, &open));
        prop_assert_eq!(changes_to(&open, &merged.session), Vec::<Change>::new());
    }
}

#[test]
fn a_note_only_one_side_changed_since_the_file_is_no_conflict() {
    let base = base();
    let versions = spiral::intake::Base::of(&base);
    let mut theirs = base.clone();
    theirs.notes[0].family = Some("social_balances".into());
    theirs.notes[0].modified = at(1);
    let (_, intake) = take_in(&base, &theirs, Some(&versions), Lang::En).unwrap();
    assert_eq!(intake.changed_notes, 1);
    assert_eq!(intake.conflict_count, 0, "{:?}", intake.conflicts);
    // Both changed it since: a conflict, listed.
    let mut ours = base.clone();
    ours.notes[0].family = Some("personal_relations".into());
    ours.notes[0].modified = at(2);
    let (merged, intake) = take_in(&ours, &theirs, Some(&versions), Lang::En).unwrap();
    assert_eq!(intake.conflict_count, 1);
    assert_eq!(
        merged
            .session
            .notes
            .iter()
            .find(|n| n.id == base.notes[0].id)
            .unwrap()
            .family
            .as_deref(),
        Some("personal_relations"),
        "the newer change wins"
    );
    assert!(
        intake
            .describe(spiral::model::Lang::En)
            .contains("1 conflict: note "),
        "{}",
        intake.describe(spiral::model::Lang::En)
    );
}

#[test]
fn a_version_made_apart_from_the_file_lists_every_note_that_differs() {
    // Laptop A saved a note and a recode; laptop B, apart, recoded the same
    // note later, never having seen A's file. B's version, put in A's
    // place by the sync engine, is no successor of A's: the recode is a
    // conflict though A's version is A's last save.
    let base = base();
    let mut ours = base.clone();
    let mut added = Note::new(&base.groups[0].id, "wellbeing", "A's note", "Anna");
    added.modified = at(1);
    ours.notes.push(added);
    ours.notes[0].family = Some("personal_relations".into());
    ours.notes[0].modified = at(2);
    let saved = spiral::intake::Base::of(&ours);
    let mut theirs = base.clone();
    theirs.notes[0].family = Some("social_balances".into());
    theirs.notes[0].modified = at(3);
    let (_, intake) = take_in(&ours, &theirs, Some(&saved), Lang::En).unwrap();
    assert_eq!(intake.conflict_count, 1, "{:?}", intake.conflicts);
    // The same recode made after seeing A's file (it holds A's note): none.
    let mut after = ours.clone();
    after.notes[0].family = Some("social_balances".into());
    after.notes[0].modified = at(3);
    let (_, intake) = take_in(&ours, &after, Some(&saved), Lang::En).unwrap();
    assert_eq!(intake.conflict_count, 0, "{:?}", intake.conflicts);
    assert_eq!(intake.changed_notes, 1);
}

#[test]
fn what_only_one_side_changed_since_the_file_is_taken_from_it_whatever_the_rules() {
    // The file both last had.
    let mut file = base();
    file.groups[0].participants = Some(12);
    let saved = spiral::intake::Base::of(&file);
    // The other laptop corrected the group's size down (the merge's rule
    // keeps the larger), renamed the session, and recoded a note.
    let mut theirs = file.clone();
    theirs.groups[0].participants = Some(10);
    theirs.title = "Öppna förskolan, hösten 2011".into();
    theirs.notes[0].family = Some("personal_relations".into());
    theirs.notes[0].modified = at(1);
    let (merged, intake) = take_in(&file, &theirs, Some(&saved), Lang::En).unwrap();
    assert_eq!(intake.conflict_count, 0, "{:?}", intake.conflicts);
    assert_eq!(merged.session.groups[0].participants, Some(10));
    assert_eq!(merged.session.title, "Öppna förskolan, hösten 2011");
    assert_eq!(
        merged
            .session
            .notes
            .iter()
            .find(|n| n.id == file.notes[0].id)
            .unwrap()
            .family
            .as_deref(),
        Some("personal_relations")
    );
    // Nothing to write: the merge is their file.
    assert!(!adds_to(&merged.session, &theirs));
    // Without the base, the merge's rules decide, and say so.
    let (merged, intake) = take_in(&file, &theirs, None, Lang::En).unwrap();
    assert_eq!(merged.session.groups[0].participants, Some(12));
    assert!(intake.conflict_count >= 2, "{:?}", intake.conflicts);
}

#[test]
fn a_version_older_than_the_file_is_no_successor_and_its_differences_are_listed() {
    // A recoded note 0 and saved; B, working from the older file, recoded
    // note 1. B's version holds note 0 older than the file had.
    let start = base();
    let mut file = start.clone();
    file.notes[0].family = Some("personal_relations".into());
    file.notes[0].modified = at(2);
    let saved = spiral::intake::Base::of(&file);
    let mut theirs = start.clone();
    theirs.notes[1].family = Some("social_balances".into());
    theirs.notes[1].modified = at(3);
    let (merged, intake) = take_in(&file, &theirs, Some(&saved), Lang::En).unwrap();
    let family = |i: usize| {
        merged
            .session
            .notes
            .iter()
            .find(|n| n.id == start.notes[i].id)
            .unwrap()
            .family
            .clone()
    };
    assert_eq!(
        family(0).as_deref(),
        Some("personal_relations"),
        "A's recode kept"
    );
    assert_eq!(
        family(1).as_deref(),
        Some("social_balances"),
        "B's recode taken"
    );
    assert!(intake.conflict_count >= 1, "listed: {:?}", intake.conflicts);
}
