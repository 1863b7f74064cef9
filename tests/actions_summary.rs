//! "What we do together" in the summary for the local support group
//! (issue 28): each action with who takes part, since when, what and why,
//! the families and the citizens' words it answers, its latest reports and
//! open questions, then the families the groups named most that no action
//! answers yet, in every language of the summary, never read as markup.
//! Printed, it is tested in `print.rs`.

mod common;

use common::actions::{HOSTILE, example_with_actions};
use common::app::example;
use spiral::export::{Summary, html, markdown};
use spiral::model::{Framework, Lang, Session};

fn now() -> jiff::Timestamp {
    "2026-12-01T12:00:00Z".parse().unwrap()
}

fn md(session: Session, lang: Lang) -> String {
    let fw = Framework::default_framework();
    let sessions = vec![("alby.ron".to_string(), session)];
    markdown::page(&Summary::new(&sessions, &fw, lang), now())
}

fn page(session: Session, lang: Lang) -> String {
    let fw = Framework::default_framework();
    let sessions = vec![("alby.ron".to_string(), session)];
    html::page(&Summary::new(&sessions, &fw, lang), now())
}

/// The text from the heading `from` to the next second-level heading.
fn section<'a>(md: &'a str, from: &str) -> &'a str {
    let start = md.find(from).unwrap_or_else(|| panic!("{from} in {md}"));
    let rest = &md[start..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 4);
    &rest[..end]
}

#[test]
fn the_actions_follow_the_findings_in_english_and_swedish() {
    for (lang, heading, before, after) in [
        (
            Lang::En,
            "## What we do together",
            "## Every group side by side",
            "## Every citizen's words",
        ),
        (
            Lang::Sv,
            "## Det vi gör tillsammans",
            "## Alla grupper sida vid sida",
            "## Alla deltagares ord",
        ),
    ] {
        let md = md(example_with_actions(example()), lang);
        let at = |h: &str| md.find(h).unwrap_or_else(|| panic!("{h} in {md}"));
        assert!(at(before) < at(heading) && at(heading) < at(after), "{md}");
        insta::assert_snapshot!(format!("together_{}", lang.code()), section(&md, heading));
    }
}

#[test]
fn with_no_action_the_findings_close_on_the_families_no_action_answers() {
    let mut s = example();
    s.actions.clear();
    let md = md(s.clone(), Lang::En);
    assert!(!md.contains("What we do together"), "{md}");
    let line = "The families the groups named most that no action answers yet: ";
    let at = md.find(line).unwrap_or_else(|| panic!("{md}"));
    assert!(at < md.find("## Every citizen's words").unwrap());
    let said = md[at + line.len()..].lines().next().unwrap();
    assert_eq!(
        said,
        "1 **Essential resources**, 4 **Personal relations**, 7 **Social balances**."
    );
    // The page says the same, with no section of its own in the contents.
    let html = page(s, Lang::En);
    assert!(!html.contains("id=\"together\""));
    assert!(html.contains("The families the groups named most that no action answers yet"));
}

#[test]
fn every_family_named_most_answered_is_said_so() {
    let mut s = example_with_actions(example());
    let md = md(s.clone(), Lang::En);
    assert!(
        md.contains("The families the groups named most that no action answers yet: 7 **Social balances**.\n"),
        "{md}"
    );
    s.actions[1].families = (1..=8)
        .map(|k| {
            Framework::default_framework()
                .family_by_key(k)
                .unwrap()
                .id
                .clone()
        })
        .collect();
    let md = self::md(s, Lang::Sv);
    assert!(
        md.contains("Varje familj som grupperna nämnde mest har en åtgärd som svarar på den\\."),
        "{md}"
    );
}

#[test]
fn hostile_text_in_an_action_is_never_markup() {
    let s = example_with_actions(example());
    let html = page(s.clone(), Lang::En);
    let together = &html[html.find("<section id=\"together\">").unwrap()..];
    let together = &together[..together.find("</section>").unwrap()];
    for never in ["<script>", "<b>", "<img", "<i>open"] {
        assert!(!together.contains(never), "{never} in {together}");
    }
    for shown in [
        "&lt;script&gt;alert(1)&lt;/script&gt; &amp; *not bold* | [link](x)",
        "-2+3 &lt;b&gt;bold&lt;/b&gt;",
        "=SUM(A1:A9) &lt;img src=x onerror=alert(2)&gt;",
        "&lt;i&gt;open&lt;/i&gt;?",
    ] {
        assert!(together.contains(shown), "{shown} in {together}");
    }
    let md = md(s, Lang::En);
    assert!(!md.contains(HOSTILE));
    assert!(
        md.contains(
            "### &lt;script&gt;alert\\(1\\)&lt;/script&gt; &amp; \\*not bold\\* \\| \\[link\\]\\(x\\)"
        ),
        "{md}"
    );
}

#[test]
fn a_summary_of_several_sessions_names_each_actions_session() {
    let fw = Framework::default_framework();
    let alby = example_with_actions(example());
    let mut fittja = example();
    fittja.title = "Fittja youth".into();
    fittja.actions.clear();
    let sessions = vec![
        ("alby.ron".to_string(), alby),
        ("fittja.ron".to_string(), fittja),
    ];
    let md = markdown::page(&Summary::new(&sessions, &fw, Lang::En), now());
    let together = section(&md, "## What we do together");
    assert!(
        together.contains(
            "### Together for a more secure Alby\n\nRunning · since 2011\\-09 · Alby focus groups, autumn 2011\n"
        ),
        "{together}"
    );
    // Each session's line, its title first.
    for line in [
        "**Alby focus groups, autumn 2011**: The families the groups named most that no action answers yet: 7 **Social balances**.",
        "**Fittja youth**: The families the groups named most that no action answers yet: 1 **Essential resources**, 4 **Personal relations**, 7 **Social balances**.",
    ] {
        assert!(together.contains(line), "{line} in {together}");
    }
    // A note quoted with its session, as every citizen's words are.
    assert!(
        together.contains(
            "“Att ha familjen nära” (Alby focus groups, autumn 2011 · Mothers at the Open Pre\\-school, Well\\-being)"
        ),
        "{together}"
    );
}

#[test]
fn danish_and_french_summaries_say_it_in_their_words() {
    for (lang, said) in [
        (
            Lang::Da,
            [
                "## Det, vi gør sammen",
                "Statusrapporter · de 3 seneste af 4",
                "Familier, grupperne nævnte mest, som ingen handling svarer på endnu: 7 **Social balance**.",
            ],
        ),
        (
            Lang::Fr,
            [
                "## Ce que nous faisons ensemble",
                "Points d'étape · les 3 derniers sur 4",
                "Les familles que les groupes ont le plus citées et auxquelles aucune action ne répond encore\u{a0}: 7 **Équilibres sociaux**.",
            ],
        ),
    ] {
        let md = md(example_with_actions(example()), lang);
        for line in said {
            assert!(md.contains(line), "{line} in {md}");
        }
    }
}
