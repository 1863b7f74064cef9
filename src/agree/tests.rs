use super::*;

fn close(a: f64, b: f64, tolerance: f64) {
    assert!((a - b).abs() <= tolerance, "{a} is not {b} (± {tolerance})");
}

fn units(rows: &[&[Option<&str>]]) -> Units {
    rows.iter()
        .map(|r| r.iter().map(|v| v.map(str::to_string)).collect())
        .collect()
}

/// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability",
/// section C: four observers, twelve units, missing values; nominal
/// α = 0.743.
#[test]
fn krippendorff_s_own_example_with_missing_data() {
    // Observers A–D (columns) for units 1–12 (rows); None where missing.
    let a = [
        Some("1"),
        Some("2"),
        Some("3"),
        Some("3"),
        Some("2"),
        Some("1"),
        Some("4"),
        Some("1"),
        Some("2"),
        None,
        None,
        None,
    ];
    let b = [
        Some("1"),
        Some("2"),
        Some("3"),
        Some("3"),
        Some("2"),
        Some("2"),
        Some("4"),
        Some("1"),
        Some("2"),
        Some("5"),
        None,
        Some("3"),
    ];
    let c = [
        None,
        Some("3"),
        Some("3"),
        Some("3"),
        Some("2"),
        Some("3"),
        Some("4"),
        Some("2"),
        Some("2"),
        Some("5"),
        Some("1"),
        None,
    ];
    let d = [
        Some("1"),
        Some("2"),
        Some("3"),
        Some("3"),
        Some("2"),
        Some("4"),
        Some("4"),
        Some("1"),
        Some("2"),
        Some("5"),
        Some("1"),
        None,
    ];
    let data: Units = (0..12)
        .map(|u| {
            [a[u], b[u], c[u], d[u]]
                .iter()
                .map(|v| v.map(str::to_string))
                .collect()
        })
        .collect();
    let (alpha, values, o) = krippendorff_nominal(&data);
    close(alpha.unwrap(), 0.743, 0.0005);
    assert_eq!(values, ["1", "2", "3", "4", "5"]);
    // n = 40 pairable values (unit 12 has one value and is left out),
    // counted by hand from the table: n_1 = 9, n_2 = 13, n_3 = 10,
    // n_4 = 5, n_5 = 3. Coincidences within a value, by hand: o_11 =
    // 6/2 (unit 1) + 6/3 (unit 8) + 2/1 (unit 11) = 7; o_22 = 6/3 (unit 2)
    // + 12/3 (unit 5) + 12/3 (unit 9) = 10.
    let n_c: Vec<f64> = o.iter().map(|r| r.iter().sum()).collect();
    for (got, want) in n_c.iter().zip([9.0, 13.0, 10.0, 5.0, 3.0]) {
        close(*got, want, 1e-9);
    }
    close(o[0][0], 7.0, 1e-9);
    close(o[1][1], 10.0, 1e-9);
}

/// Cohen's kappa, the worked example of its Wikipedia article (50
/// proposals, two readers: yes/yes 20, yes/no 5, no/yes 10, no/no 15):
/// p_o = 0.7, p_e = 0.5, κ = 0.4.
#[test]
fn cohen_s_kappa_worked_example() {
    let mut rows: Vec<&[Option<&str>]> = Vec::new();
    rows.extend(std::iter::repeat_n(&[Some("yes"), Some("yes")][..], 20));
    rows.extend(std::iter::repeat_n(&[Some("yes"), Some("no")][..], 5));
    rows.extend(std::iter::repeat_n(&[Some("no"), Some("yes")][..], 10));
    rows.extend(std::iter::repeat_n(&[Some("no"), Some("no")][..], 15));
    let data = units(&rows);
    close(cohen_kappa(&data).unwrap(), 0.4, 1e-12);
    close(percent_agreement(&data).unwrap(), 0.7, 1e-12);
    // Krippendorff's alpha for the same two coders, by its formula:
    // n = 100 values, n_yes = 55, n_no = 45; D_o = 15·2/100 = 0.3;
    // D_e = 2·55·45/(100·99) = 0.5; α = 1 − 0.3/0.5 = 0.4 (to 3 places:
    // 0.4, since α corrects p_e by n/(n−1)).
    let (alpha, _, _) = krippendorff_nominal(&data);
    close(
        alpha.unwrap(),
        1.0 - 0.3 / (2.0 * 55.0 * 45.0 / (100.0 * 99.0)),
        1e-12,
    );
}

#[test]
fn edge_cases() {
    // Perfect agreement.
    let perfect = units(&[&[Some("a"), Some("a")], &[Some("b"), Some("b")]]);
    assert_eq!(cohen_kappa(&perfect), Some(1.0));
    assert_eq!(krippendorff_nominal(&perfect).0, Some(1.0));
    assert_eq!(percent_agreement(&perfect), Some(1.0));
    // No better than chance: every a/b pairing equally often.
    let chance = units(&[
        &[Some("a"), Some("a")],
        &[Some("a"), Some("b")],
        &[Some("b"), Some("a")],
        &[Some("b"), Some("b")],
    ]);
    close(cohen_kappa(&chance).unwrap(), 0.0, 1e-12);
    close(percent_agreement(&chance).unwrap(), 0.5, 1e-12);
    // Below zero: systematic disagreement.
    let against = units(&[&[Some("a"), Some("b")], &[Some("b"), Some("a")]]);
    assert!(krippendorff_nominal(&against).0.unwrap() < 0.0);
    assert_eq!(cohen_kappa(&against), Some(-1.0));
    // A single category used: agreement is total but chance explains it:
    // kappa and alpha are undefined, percent is 1.
    let single = units(&[&[Some("a"), Some("a")], &[Some("a"), Some("a")]]);
    assert_eq!(cohen_kappa(&single), None);
    assert_eq!(krippendorff_nominal(&single).0, None);
    assert_eq!(percent_agreement(&single), Some(1.0));
    // All missing: nothing to measure.
    let missing = units(&[&[None, None], &[Some("a"), None]]);
    assert_eq!(cohen_kappa(&missing), None);
    assert_eq!(krippendorff_nominal(&missing).0, None);
    assert_eq!(percent_agreement(&missing), None);
}

#[test]
fn agreement_of_two_files_by_note_id() {
    use crate::model::{Group, Note};
    let fw = Framework::default_framework();
    let mut a = Session::new("A", &fw, Lang::En);
    let mut g = Group::new("g");
    g.id = "g".into();
    a.groups.push(g);
    for (text, family) in [
        ("one", Some("personal_relations")),
        ("two", Some("personal_relations")),
        ("three", Some("social_balances")),
        ("four", None),
    ] {
        let mut n = Note::new("g", "wellbeing", text, "Anna");
        n.family = family.map(str::to_string);
        a.notes.push(n);
    }
    let mut b = a.clone();
    for n in &mut b.notes {
        n.coder = "Yusuf".into();
    }
    b.notes[1].family = Some("social_balances".into());
    b.notes[3].family = Some("social_balances".into());
    // A note only in b is not shared.
    b.notes.push(Note::new("g", "wellbeing", "extra", "Yusuf"));
    let r = agreement(&[("a.ron".into(), a), ("b.ron".into(), b)], &fw, Lang::En);
    assert_eq!(r.coders, ["Anna", "Yusuf"]);
    assert_eq!(r.shared_notes, 4);
    // "four" is uncoded in a: missing, so 3 pairable notes.
    assert_eq!(r.pairable, 3);
    close(r.families.percent.unwrap(), 2.0 / 3.0, 1e-12);
    // Confusion: rows Anna, columns Yusuf, values sorted by id.
    assert_eq!(
        r.families.confusion.values,
        ["personal_relations", "social_balances"]
    );
    assert_eq!(r.families.confusion.matrix, [[1.0, 1.0], [0.0, 1.0]]);
    // p_o = 2/3; p_e = (2/3)(1/3) + (1/3)(2/3) = 4/9; κ = (2/3 − 4/9)/(5/9) = 0.4.
    close(r.families.cohen_kappa.unwrap(), 0.4, 1e-12);
    let rel = &r.families.per_family[0];
    assert_eq!(rel.label, "Personal relations");
    // Specific agreement 2a/(2a+b+c) = 2/(2+1) for personal relations.
    close(rel.agreement.unwrap(), 2.0 / 3.0, 1e-12);
}
