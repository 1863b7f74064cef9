use super::*;

fn table(rows: &[&str], families: &[&str], counts: &[&[u64]]) -> Crosstab {
    Crosstab {
        rows: rows.iter().map(|s| s.to_string()).collect(),
        families: families.iter().map(|s| s.to_string()).collect(),
        counts: counts.iter().map(|r| r.to_vec()).collect(),
    }
}

fn close(a: f64, b: f64, tolerance: f64) {
    assert!((a - b).abs() <= tolerance, "{a} is not {b} (± {tolerance})");
}

/// Party identification by gender: Agresti, *Categorical Data Analysis*
/// (2nd ed., 2002), Table 3.2, X² = 30.1 on 2 df, adjusted residuals
/// 4.50, 0.70, −5.32 (Table 3.3). The same table is the example of R's
/// `chisq.test` manual page, whose output is X-squared = 30.07, df = 2,
/// p-value = 2.954e-07, and `stdres` 4.5020535, 0.6994517, −5.3159455.
fn agresti() -> Crosstab {
    table(
        &["female", "male"],
        &["democrat", "independent", "republican"],
        &[&[762, 327, 468], &[484, 239, 477]],
    )
}

#[test]
fn agresti_party_identification_by_gender() {
    let c = compare(&agresti());
    let t = c.test.as_ref().unwrap();
    close(t.statistic, 30.07, 0.005);
    assert_eq!(t.dof, 2);
    close(t.p, 2.954e-7, 0.0005e-7);
    // With 2 df the chi-square tail is exactly exp(−x/2).
    close(t.p, (-t.statistic / 2.0).exp(), 1e-15);
    close(t.adjusted_residuals[0][0], 4.5020535, 1e-6);
    close(t.adjusted_residuals[0][1], 0.6994517, 1e-6);
    close(t.adjusted_residuals[0][2], -5.3159455, 1e-6);
    close(t.adjusted_residuals[1][0], -4.5020535, 1e-6);
    close(t.adjusted_residuals[1][2], 5.3159455, 1e-6);
    // V = √(X² / (N · 1)), N = 2757.
    close(t.cramers_v, (30.0701 / 2757.0f64).sqrt(), 1e-4);
    close(t.cramers_v, 0.1044, 0.0001);
    assert_eq!(t.low_expected_share, 0.0);
    assert!(!t.unreliable());
}

/// Hair and eye colour of 592 students (Snee, 1974), R's `HairEyeColor`
/// summed over sex; `chisq.test` gives X-squared = 138.29, df = 9,
/// p-value < 2.2e-16.
#[test]
fn snee_hair_and_eye_colour() {
    let c = compare(&table(
        &["black", "brown", "red", "blond"],
        &["brown", "blue", "hazel", "green"],
        &[
            &[68, 20, 15, 5],
            &[119, 84, 54, 29],
            &[26, 17, 14, 14],
            &[7, 94, 10, 16],
        ],
    ));
    let t = c.test.as_ref().unwrap();
    close(t.statistic, 138.29, 0.005);
    assert_eq!(t.dof, 9);
    assert!(t.p < 2.2e-16);
    close(t.cramers_v, (t.statistic / (592.0 * 3.0)).sqrt(), 1e-12);
    close(t.cramers_v, 0.279, 0.0005);
}

/// A 2 × 2 table worked by hand.
/// Counts [[10, 20], [30, 40]]: N = 100, rows 30 and 70, columns 40 and 60.
/// E = [[12, 18], [28, 42]]; X² = 4/12 + 4/18 + 4/28 + 4/42 = 0.79365…
/// Adjusted residual of the first cell: (10 − 12) / √(12 · 0.7 · 0.6)
/// = −2 / √5.04 = −0.89087…; in a 2 × 2 table every cell has the same
/// size, signs alternating, and its square is X².
#[test]
fn two_by_two_by_hand() {
    let c = compare(&table(&["a", "b"], &["x", "y"], &[&[10, 20], &[30, 40]]));
    let t = c.test.as_ref().unwrap();
    let x2 = 4.0 / 12.0 + 4.0 / 18.0 + 4.0 / 28.0 + 4.0 / 42.0;
    close(t.statistic, x2, 1e-12);
    assert_eq!(t.dof, 1);
    close(t.expected[1][1], 42.0, 1e-12);
    let z = -2.0 / 5.04f64.sqrt();
    close(t.adjusted_residuals[0][0], z, 1e-12);
    close(t.adjusted_residuals[0][1], -z, 1e-12);
    close(t.adjusted_residuals[1][0], -z, 1e-12);
    close(t.adjusted_residuals[1][1], z, 1e-12);
    close(z * z, x2, 1e-12);
    // V for 2 × 2 is |phi| = √(X²/N).
    close(t.cramers_v, (x2 / 100.0).sqrt(), 1e-12);
}

#[test]
fn reordering_rows_or_families_permutes_the_results_only() {
    let base = compare(&agresti());
    let swapped = compare(&table(
        &["male", "female"],
        &["republican", "democrat", "independent"],
        &[&[477, 484, 239], &[468, 762, 327]],
    ));
    let (a, b) = (base.test.unwrap(), swapped.test.unwrap());
    close(a.statistic, b.statistic, 1e-9);
    close(a.p, b.p, 1e-15);
    close(a.cramers_v, b.cramers_v, 1e-12);
    // female/democrat is now row 1, column 1.
    close(a.adjusted_residuals[0][0], b.adjusted_residuals[1][1], 1e-9);
    close(a.adjusted_residuals[1][2], b.adjusted_residuals[0][0], 1e-9);
    // Same rows in the same (sorted) order; sums in another order differ
    // in the last bits only.
    assert_eq!(base.distances.len(), swapped.distances.len());
    for (x, y) in base.distances.iter().zip(&swapped.distances) {
        assert_eq!(x.row, y.row);
        close(x.jensen_shannon, y.jensen_shannon, 1e-12);
    }
}

#[test]
fn empty_rows_and_families_are_left_out_and_named() {
    let c = compare(&table(
        &["a", "empty", "b"],
        &["x", "never", "y"],
        &[&[10, 0, 20], &[0, 0, 0], &[30, 0, 40]],
    ));
    assert_eq!(c.rows, ["a", "b"]);
    assert_eq!(c.families, ["x", "y"]);
    assert_eq!(c.left_out_rows, ["empty"]);
    assert_eq!(c.left_out_families, ["never"]);
    assert_eq!(c.counts, [[10, 20], [30, 40]]);
    assert_eq!(c.test.unwrap().dof, 1);
}

#[test]
fn one_group_is_not_tested_and_says_why() {
    let c = compare(&table(&["a", "b"], &["x", "y"], &[&[3, 4], &[0, 0]]));
    assert_eq!(c.test, Err(NoTest::OneRow("a".into())));
    assert_eq!(
        c.sentence("groups", str::to_string),
        "No test: only “a” has coded notes, and a profile needs another to be compared with."
    );
    assert_eq!(c.distances.len(), 1);
    assert_eq!(c.distances[0].jensen_shannon, 0.0);
}

#[test]
fn degenerate_tables() {
    let none = compare(&table(&["a"], &["x"], &[&[0]]));
    assert_eq!(none.test, Err(NoTest::NoNotes));
    assert!(none.distances.is_empty());
    let nothing = compare(&Crosstab::new(vec!["x".into()]));
    assert_eq!(nothing.test, Err(NoTest::NoNotes));
    let one_family = compare(&table(&["a", "b"], &["x", "y"], &[&[3, 0], &[5, 0]]));
    assert_eq!(one_family.test, Err(NoTest::OneFamily("x".into())));
    // Identical profiles: no difference at all.
    let same = compare(&table(&["a", "b"], &["x", "y"], &[&[2, 4], &[4, 8]]));
    let t = same.test.as_ref().unwrap();
    close(t.statistic, 0.0, 1e-12);
    close(t.p, 1.0, 1e-12);
    assert_eq!(t.cramers_v, 0.0);
    assert!(same.strongest_cell().is_none());
    assert!(same.distances.iter().all(|d| d.jensen_shannon < 1e-7));
    // Profiles with nothing in common: V = 1, distance 1 from each other.
    let apart = compare(&table(&["a", "b"], &["x", "y"], &[&[5, 0], &[0, 5]]));
    close(apart.test.as_ref().unwrap().cramers_v, 1.0, 1e-12);
    close(jensen_shannon(&[1.0, 0.0], &[0.0, 1.0]), 1.0, 1e-12);
}

#[test]
fn small_tables_are_said_to_be_unreliable() {
    // Every expected count is under 5.
    let c = compare(&table(&["a", "b"], &["x", "y"], &[&[3, 1], &[1, 3]]));
    let t = c.test.as_ref().unwrap();
    assert_eq!(t.low_expected_share, 1.0);
    assert!(t.unreliable());
    assert!(
        c.sentence("groups", str::to_string).ends_with(
            "Careful: 100 % of the expected counts are under 5, so the test is unreliable."
        ),
        "{}",
        c.sentence("groups", str::to_string)
    );
}

#[test]
fn the_sentence_names_the_strongest_cell() {
    let c = compare(&agresti());
    assert_eq!(
        c.sentence("groups", |f| f.to_uppercase()),
        "The 2 groups' profiles differ little (V = 0.10), and differences this large are unlikely \
         to be chance (p < 0.001). female mention REPUBLICAN notably less than the others \
         (residual −5.3)."
    );
}

/// Jensen–Shannon by hand: P = (1, 0), Q = (½, ½); M = (¾, ¼);
/// KL(P‖M) = log2(4/3); KL(Q‖M) = ½·log2(2/3) + ½·log2(2);
/// JSD = (KL(P‖M) + KL(Q‖M)) / 2 = 0.31128…; distance = √JSD = 0.55793…
#[test]
fn the_sentence_says_when_chance_could_explain_it() {
    let c = compare(&table(&["a", "b"], &["x", "y"], &[&[10, 20], &[30, 40]]));
    assert_eq!(
        c.sentence("sessions", str::to_string),
        "The 2 sessions' profiles differ no more than chance alone could make them (p = 0.373, V = 0.09)."
    );
}

#[test]
fn jensen_shannon_by_hand() {
    let kl_pm = (4.0f64 / 3.0).log2();
    let kl_qm = 0.5 * (2.0f64 / 3.0).log2() + 0.5;
    let jsd = (kl_pm + kl_qm) / 2.0;
    close(jsd, 0.311278, 1e-6);
    close(jensen_shannon(&[1.0, 0.0], &[0.5, 0.5]), jsd.sqrt(), 1e-12);
}

#[test]
fn distances_put_the_most_different_group_first() {
    let c = compare(&table(
        &["close", "far", "middle"],
        &["x", "y"],
        &[&[50, 50], &[10, 0], &[30, 10]],
    ));
    let order: Vec<&str> = c.distances.iter().map(|d| d.row.as_str()).collect();
    assert_eq!(order, ["far", "middle", "close"]);
}

#[test]
fn templates_are_filled_in_one_pass() {
    let values = [
        ("row", "{family}".to_string()),
        ("family", "Health".to_string()),
    ];
    assert_eq!(
        fill("{row} says {family} {x}", &values),
        "{family} says Health {x}"
    );
    assert_eq!(fill("{unclosed", &values), "{unclosed");
}
