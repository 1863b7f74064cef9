//! `spiral synthesis`: each criterion, its count by question, and the
//! citizens' words behind it, from the shipped example.

mod common;

use common::{ok, spiral};

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/alby-2011.ron");
const V1: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/v1-alby-2011.ron"
);

#[test]
fn the_table_shows_each_criterion_with_its_words() {
    let text = ok(&spiral(&["synthesis", EXAMPLE, "--lang", "en"]));
    assert!(text.starts_with(
        "Synthesis: 6 criteria holding 26 notes; 60 coded notes not merged\n\nEssential resources\n"
    ));
    assert!(
        text.contains(
            "Personal relations\n\
             \x20 Familj och vänner nära · 5 (Well-being 5, Ill-being 0, Action 0)\n\
             \x20     “Att ha familjen nära” (Mothers at the Open Pre-school, Well-being)\n\
             \x20     “Vänner att prata med” (Mothers at the Open Pre-school, Well-being)\n\
             \x20     “Familj och vänner” (Teachers at the Grindtorp school in Alby, Well-being)\n\
             \x20     “Familjen” (The Alby Youth Club, Well-being)\n\
             \x20     “Family first” (The Alby Youth Club, Well-being)\n\
             \x20 Ensamhet · 3 (Well-being 0, Ill-being 3, Action 0)\n"
        ),
        "{text}"
    );
    // Questions by their names in the run's language, never their ids
    // (issue 26): in Swedish too.
    let sv = ok(&common::bin()
        .env("SPIRAL_LANG", "sv")
        .args(["synthesis", EXAMPLE])
        .output()
        .unwrap());
    assert!(
        sv.contains(
            "  Familj och vänner nära · 5 (Välbefinnande 5, Illabefinnande 0, Handling 0)\n\
             \x20     “Att ha familjen nära” (Mothers at the Open Pre-school, Välbefinnande)\n"
        ),
        "{sv}"
    );
    // Most notes first within a family.
    let racism = text.find("  Rasism och diskriminering · 6").unwrap();
    let safety = text.find("  Trygghet i vardagen · 3").unwrap();
    assert!(racism < safety);
}

#[test]
fn csv_has_one_row_per_note_and_json_the_counts() {
    let csv = ok(&spiral(&["synthesis", EXAMPLE, "--format", "csv"]));
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("family,criterion,count,wellbeing,illbeing,action,session,group,question,note")
    );
    assert_eq!(lines.count(), 26);
    assert!(csv.contains(
        "\nsocial_balances,Trygghet i vardagen,3,1,2,0,\"Alby focus groups, autumn 2011\",The Alby Youth Club,illbeing,Skjutningar\n"
    ), "{csv}");
    let json: serde_json::Value =
        serde_json::from_str(&ok(&spiral(&["synthesis", EXAMPLE, "--format", "json"]))).unwrap();
    let stress = json["families"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "personal_balances")
        .unwrap();
    assert_eq!(stress["criteria"][0]["wording"], "Stress och brist på tid");
    assert_eq!(stress["criteria"][0]["count"], 3);
    assert_eq!(
        stress["criteria"][0]["by_question"],
        serde_json::json!([0, 3, 0])
    );
    assert_eq!(stress["criteria"][0]["notes"].as_array().unwrap().len(), 3);
}

#[test]
fn a_version_1_file_has_no_criteria_yet() {
    let text = ok(&spiral(&["synthesis", V1]));
    assert!(text.starts_with("Synthesis: 0 criteria holding 0 notes; 86 coded notes not merged\n"));
}
