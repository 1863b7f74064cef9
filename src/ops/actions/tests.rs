use super::*;
use crate::model::{Criterion, Group, Note, unlinked_by};

fn at(s: i64) -> Timestamp {
    Timestamp::from_second(1_316_000_000 + s).unwrap()
}

/// A session of one group, three notes (the first in criterion `c1`).
fn session() -> (Session, Framework) {
    let fw = Framework::default_framework();
    let mut s = Session::new("Alby", &fw, Lang::En);
    let mut g = Group::new("Unga");
    g.id = "g".into();
    s.groups.push(g);
    for i in 0..3u128 {
        let mut n = Note::new("g", "wellbeing", &format!("note {i}"), "Anna");
        n.id = Uuid::from_u128(0xabcd_0000 + i);
        n.family = Some("social_balances".into());
        s.notes.push(n);
    }
    s.notes[0].criterion = Some("c1".into());
    s.criteria.push(Criterion {
        id: "c1".into(),
        family: "social_balances".into(),
        wording: "Trygghet i Alby".into(),
        created: at(0),
    });
    (s, fw)
}

fn added(s: &mut Session, fw: &Framework, new: NewAction) -> usize {
    let change = add(s, fw, new, at(10)).unwrap();
    change.apply(s);
    assert!(s.problems().is_empty(), "{:?}", s.problems());
    s.action_index(change.action_id().unwrap()).unwrap()
}

fn said(r: Refusal) -> String {
    r.describe(Lang::En)
}

#[test]
fn what_is_typed_is_read_or_refused_naming_the_value_and_what_is_accepted() {
    assert_eq!(
        said(started("Sept 2011").unwrap_err()),
        "`Sept 2011` is not a month (YYYY-MM) or a day (YYYY-MM-DD)"
    );
    assert_eq!(
        said(day("2011-09").unwrap_err()),
        "`2011-09` is not a day (YYYY-MM-DD)"
    );
    assert_eq!(
        said(status("done").unwrap_err()),
        "`done` is not a status; one of: planned, running, paused, ended"
    );
    assert_eq!(
        said(actor("OPAD:ngo").unwrap_err()),
        "`ngo` is not a kind of actor; one of: municipal, association, public_body, residents, company"
    );
    assert_eq!(
        actor(" The local Police : public_body").unwrap(),
        Actor {
            name: "The local Police".into(),
            kind: Some(ActorKind::PublicBody)
        }
    );
    assert_eq!(actor("Fanzingo").unwrap().kind, None);
    assert_eq!(actor(":company").unwrap_err(), Refusal::EmptyActor);
    let (s, fw) = session();
    assert_eq!(family(&fw, "7").unwrap(), "social_balances");
    assert_eq!(
        family(&fw, "9").unwrap_err(),
        Refusal::UnknownFamily("9".into())
    );
    assert_eq!(criterion(&s, "trygghet i alby").unwrap(), "c1");
    assert_eq!(criterion(&s, "c1").unwrap(), "c1");
    assert_eq!(
        criterion(&s, "nowhere").unwrap_err(),
        Refusal::UnknownCriterion("nowhere".into())
    );
    let id = s.notes[1].id;
    assert_eq!(note(&s, &id.to_string()).unwrap(), id);
    assert_eq!(
        note(&s, "00000000-0000-0000-0000-0000abcd0001").unwrap(),
        id
    );
    assert_eq!(
        note(&s, "0000").unwrap_err(),
        Refusal::AmbiguousNote("0000".into())
    );
    assert_eq!(
        note(&s, "ffff").unwrap_err(),
        Refusal::UnknownNote("ffff".into())
    );
    assert_eq!(
        Refusal::UnknownStatus("x".into()).describe(Lang::Sv),
        "`x` är ingen status; en av: planned, running, paused, ended"
    );
}

#[test]
fn an_action_is_added_with_its_links_or_refused_whole() {
    let (mut s, fw) = session();
    let new = NewAction {
        title: "  Together for a more secure Alby ".into(),
        started: Some(started("2011-09").unwrap()),
        actors: vec![actor("OPAD:association").unwrap()],
        families: vec!["social_balances".into()],
        criteria: vec!["c1".into()],
        notes: vec![s.notes[0].id],
        ..NewAction::default()
    };
    let empty = NewAction {
        title: " ".into(),
        ..new.clone()
    };
    assert_eq!(add(&s, &fw, empty, at(1)).unwrap_err(), Refusal::EmptyTitle);
    let bad = NewAction {
        notes: vec![Uuid::from_u128(9)],
        ..new.clone()
    };
    assert_eq!(
        add(&s, &fw, bad, at(1)).unwrap_err(),
        Refusal::UnknownNote("00000000-0000-0000-0000-000000000009".into())
    );
    let bad = NewAction {
        families: vec!["weather".into()],
        ..new.clone()
    };
    assert_eq!(
        add(&s, &fw, bad, at(1)).unwrap_err(),
        Refusal::UnknownFamily("weather".into())
    );
    let i = added(&mut s, &fw, new);
    let a = &s.actions[i];
    assert_eq!(a.title, "Together for a more secure Alby");
    assert_eq!(a.status, Status::Running, "started: running");
    assert_eq!((a.created, a.modified), (at(10), at(10)));
    let planned = NewAction {
        title: "Later".into(),
        ..NewAction::default()
    };
    let j = added(&mut s, &fw, planned);
    assert_eq!(s.actions[j].status, Status::Planned);
}

#[test]
fn edits_change_one_field_and_are_undone() {
    let (mut s, fw) = session();
    let i = added(
        &mut s,
        &fw,
        NewAction {
            title: "A".into(),
            ..NewAction::default()
        },
    );
    let before = s.clone();
    let change = edit(&s, &fw, i, Edit::Status(Status::Paused), at(20))
        .unwrap()
        .unwrap();
    change.apply(&mut s);
    assert_eq!(s.actions[i].status, Status::Paused);
    assert_eq!(s.actions[i].modified, at(20));
    change.inverse().apply(&mut s);
    assert_eq!(s, before);
    let link = Edit::Link(Link::Criterion("c1".into()));
    let change = edit(&s, &fw, i, link.clone(), at(21)).unwrap().unwrap();
    change.apply(&mut s);
    assert_eq!(
        edit(&s, &fw, i, link, at(22)).unwrap(),
        None,
        "linked already"
    );
    let unlink = Edit::Unlink(Link::Note(s.notes[2].id));
    assert_eq!(
        edit(&s, &fw, i, unlink, at(22)).unwrap_err(),
        Refusal::NotThere("00000000-0000-0000-0000-0000abcd0002".into())
    );
    assert_eq!(
        edit(&s, &fw, i, Edit::Title(" ".into()), at(22)).unwrap_err(),
        Refusal::EmptyTitle
    );
    for q in ["How do we keep it up?", "Who pays?"] {
        edit(&s, &fw, i, Edit::AddQuestion(q.into()), at(23))
            .unwrap()
            .unwrap()
            .apply(&mut s);
    }
    edit(&s, &fw, i, Edit::RemoveQuestion("1".into()), at(24))
        .unwrap()
        .unwrap()
        .apply(&mut s);
    assert_eq!(s.actions[i].questions, ["Who pays?"]);
    assert_eq!(
        edit(&s, &fw, i, Edit::RemoveQuestion("3".into()), at(24)).unwrap_err(),
        Refusal::NotThere("3".into())
    );
}

#[test]
fn reports_go_by_date_and_the_latest_is_the_last() {
    let (mut s, fw) = session();
    let new = NewAction {
        title: "A".into(),
        ..NewAction::default()
    };
    let i = added(&mut s, &fw, new);
    let reports = [
        ("2012-09-01", "later"),
        ("2011-10-01", "first"),
        ("2012-09-01", "same day, written after"),
    ];
    for (k, (d, t)) in reports.into_iter().enumerate() {
        let written = at(30 + k as i64);
        let change = report(&s, i, day(d).unwrap(), "Anna", t, written).unwrap();
        assert_eq!(change.describe(Lang::En), "add a progress report");
        change.apply(&mut s);
    }
    let a = &s.actions[i];
    let texts: Vec<&str> = a.reports.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(texts, ["first", "later", "same day, written after"]);
    assert_eq!(a.latest_report().unwrap().text, "same day, written after");
    assert_eq!(a.modified, at(32));
    let empty = report(&s, i, day("2012-01-01").unwrap(), "", " ", at(40));
    assert_eq!(empty.unwrap_err(), Refusal::EmptyReport);
}

#[test]
fn a_removed_action_leaves_a_tombstone_and_comes_back_on_undo() {
    let (mut s, fw) = session();
    let i = added(
        &mut s,
        &fw,
        NewAction {
            title: "A".into(),
            ..NewAction::default()
        },
    );
    let before = s.clone();
    let id = s.actions[i].id;
    let change = remove(&s, i, "Anna", at(40));
    assert_eq!(change.describe(Lang::En), "remove action");
    change.apply(&mut s);
    assert!(s.action(id).is_none());
    assert_eq!(s.action_tombstone(id).map(|t| t.at), Some(at(40)));
    change.inverse().apply(&mut s);
    assert_eq!(s, before);
}

/// A note deleted (or a criterion removed) takes its links out of the
/// actions in the same step, which says which actions lost one; undo
/// brings both back.
#[test]
fn a_deleted_note_or_removed_criterion_leaves_no_link_behind() {
    let (mut s, fw) = session();
    let note = s.notes[0].id;
    let new = NewAction {
        title: "A".into(),
        notes: vec![note, s.notes[1].id],
        criteria: vec!["c1".into()],
        ..NewAction::default()
    };
    let i = added(&mut s, &fw, new);
    let id = s.actions[i].id;
    let before = s.clone();
    // The first note is the criterion's only one: both go, in one step.
    let change = crate::ops::notes::delete_note(&s, 0, "Anna", at(50));
    assert_eq!(unlinked_by(&change), [id]);
    assert_eq!(change.describe(Lang::En), "delete note");
    assert!(change.fits(&s));
    change.apply(&mut s);
    assert!(s.problems().is_empty(), "{:?}", s.problems());
    assert_eq!(s.actions[i].notes, [before.notes[1].id]);
    assert!(s.actions[i].criteria.is_empty());
    assert_eq!(s.actions[i].modified, at(50));
    change.inverse().apply(&mut s);
    assert_eq!(s, before);
    // A criterion dissolved in the synthesis.
    let change = crate::profile::dissolve(&s, "c1").unwrap();
    assert_eq!(unlinked_by(&change), [id]);
    change.apply(&mut s);
    assert!(s.problems().is_empty(), "{:?}", s.problems());
    assert!(s.actions[i].criteria.is_empty());
}

/// The families named most that no action answers, directly or through
/// a criterion or note it answers.
#[test]
fn the_families_named_most_that_no_action_answers() {
    let s = crate::store::load_session(std::path::Path::new("sessions/alby-2011.ron")).unwrap();
    let fw = Framework::default_framework();
    let mut counts: Vec<(String, usize)> = fw
        .families
        .iter()
        .map(|f| {
            (
                f.id.clone(),
                s.notes
                    .iter()
                    .filter(|n| n.family.as_deref() == Some(&f.id))
                    .count(),
            )
        })
        .collect();
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let named = |v: &[(&str, usize)]| -> Vec<(String, usize)> {
        v.iter().map(|(f, n)| (f.to_string(), *n)).collect()
    };
    assert_eq!(
        counts[..4].to_vec(),
        named(&[
            ("essential_resources", 21),
            ("personal_relations", 15),
            ("social_balances", 14),
            ("personal_balances", 11),
        ])
    );
    // The example's three actions answer the first three, not the fourth.
    assert_eq!(unanswered_families(&s, &fw, 3), []);
    assert_eq!(
        unanswered_families(&s, &fw, 4),
        named(&[("personal_balances", 11)])
    );
    let mut without = s.clone();
    without.actions.truncate(2);
    let a = &without.actions[1];
    assert_eq!(
        families_answered(&without, a),
        [
            "essential_resources",
            "personal_relations",
            "attitudes_and_initiatives",
            "relations_with_organisations"
        ],
        "its note 'Work together with other associations' is of family 8"
    );
    without.actions.clear();
    assert_eq!(
        unanswered_families(&without, &fw, 2),
        named(&[("essential_resources", 21), ("personal_relations", 15)])
    );
    // A family tied with the last one taken is taken too.
    let i = without
        .notes
        .iter()
        .position(|n| n.family.as_deref() == Some("personal_balances"))
        .unwrap();
    without.notes[i].family = Some("social_balances".into());
    without.notes[i].criterion = None;
    assert_eq!(
        unanswered_families(&without, &fw, 2),
        named(&[
            ("essential_resources", 21),
            ("personal_relations", 15),
            ("social_balances", 15)
        ])
    );
}
