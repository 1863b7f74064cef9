use super::*;
use crate::model::{Framework, Group, Lang, Note, Session};

fn session(notes: &[(&str, &str, Option<&str>)]) -> Session {
    let fw = Framework::default_framework();
    let mut s = Session::new("t", &fw, Lang::En);
    for name in ["a", "b"] {
        let mut g = Group::new(name);
        g.id = name.into();
        s.groups.push(g);
    }
    for (group, question, family) in notes {
        let mut n = Note::new(group, question, "x", "");
        n.family = family.map(str::to_string);
        s.notes.push(n);
    }
    s
}

#[test]
fn counts_and_shares_by_hand() {
    // Group a: 3 relations, 1 balances, 1 uncoded, 1 unknown family.
    // Group b: 1 resources.
    let s = session(&[
        ("a", "wellbeing", Some("personal_relations")),
        ("a", "wellbeing", Some("personal_relations")),
        ("a", "illbeing", Some("personal_relations")),
        ("a", "illbeing", Some("personal_balances")),
        ("a", "action", None),
        ("a", "action", Some("feelings")),
        ("b", "action", Some("essential_resources")),
    ]);
    let fw = Framework::default_framework();
    let p = profile_session(&s, &fw);
    let rel = fw.family_index("personal_relations").unwrap();
    let bal = fw.family_index("personal_balances").unwrap();
    let res = fw.family_index("essential_resources").unwrap();
    let a = &p.groups[0].counts;
    assert_eq!(a.all.families[rel], 3);
    assert_eq!(a.all.coded(), 4);
    assert_eq!(a.all.uncoded, 1);
    assert_eq!(a.all.unknown, 1);
    assert_eq!(a.all.total(), 6);
    assert_eq!(a.all.share(rel), Some(0.75));
    assert_eq!(a.all.share(bal), Some(0.25));
    assert_eq!(a.of(Some("wellbeing")).unwrap().share(rel), Some(1.0));
    assert_eq!(a.of(Some("illbeing")).unwrap().share(rel), Some(0.5));
    // No coded note for action in group a: its share is undefined, not 0.
    assert_eq!(a.of(Some("action")).unwrap().share(rel), None);
    // Pooled: 5 coded notes; 3 relations.
    let pooled = &p.aggregate.pooled.all;
    assert_eq!(pooled.coded(), 5);
    assert_eq!(pooled.share(rel), Some(0.6));
    assert_eq!(pooled.share(res), Some(0.2));
    // Group mean: (0.75 + 0) / 2 for relations; (0 + 1) / 2 for resources.
    let mean = p.aggregate.mean_shares(None).unwrap();
    assert_eq!(mean[rel], Some(0.375));
    assert_eq!(mean[res], Some(0.5));
    // Action: only group b has a coded note, so the mean is over it alone.
    let action = p.aggregate.mean_shares(Some("action")).unwrap();
    assert_eq!(action[res], Some(1.0));
    assert_eq!(
        p.aggregate.group_mean_over[3],
        (crate::model::Questions::One("action".into()), 1)
    );
    // Shares of a reading sum to 1.
    let sum: f64 = mean.iter().flatten().sum();
    assert!((sum - 1.0).abs() < 1e-12);
}

#[test]
fn an_empty_session_has_no_shares() {
    let s = session(&[]);
    let p = profile_session(&s, &Framework::default_framework());
    assert!(
        p.aggregate
            .mean_shares(None)
            .unwrap()
            .iter()
            .all(Option::is_none)
    );
    assert_eq!(p.aggregate.group_mean_over[0].1, 0);
    assert_eq!(p.aggregate.pooled.all.share(0), None);
}

#[test]
fn why_there_is_no_test_is_said_in_the_report_language() {
    let fw = Framework::default_framework();
    let s = session(&[("a", "wellbeing", Some("personal_relations"))]);
    let tallies = [super::tally(&s, &fw, None)];
    let report = super::compare_report_in(
        &tallies,
        &["t".to_string()],
        &fw,
        super::By::Group,
        None,
        Lang::Sv,
        (crate::profile::Phrases::of(Lang::Sv), "grupper"),
    );
    assert_eq!(
        report.no_test.as_deref(),
        Some(
            "inget test: bara ”a” har kodade lappar, och en profil behöver en annan att jämföras med"
        )
    );
}
