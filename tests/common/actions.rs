//! Sessions with co-responsibility actions, made by the core's rules
//! (`ops::actions`), as the app and `spiral action` make them: the
//! example with two actions (one from the TOGETHER report, one of hostile
//! text), their ids fixed so that exports are the same bytes each run.

use jiff::Timestamp;
use spiral::model::{Framework, Session};
use spiral::ops::actions::{self, Edit, NewAction};
use uuid::Uuid;

/// When the actions were written (never today).
pub const AT: &str = "2012-06-01T09:00:00Z";

/// What no page, sheet or terminal may run.
pub const HOSTILE: &str = "<script>alert(1)</script> & *not bold* | [link](x)";

fn at() -> Timestamp {
    AT.parse().unwrap()
}

/// The first note of the session coded in `family`.
pub fn note_in(s: &Session, family: &str) -> Uuid {
    s.notes
        .iter()
        .find(|n| n.family.as_deref() == Some(family))
        .map(|n| n.id)
        .unwrap()
}

/// Adds an action by the core's rule, then its reports and questions; its
/// id is then set to `id` (as a session file could hold it).
fn add(s: &mut Session, fw: &Framework, new: NewAction, id: u128, more: More) {
    let change = actions::add(s, fw, new, at()).unwrap();
    change.apply(s);
    let index = s.actions.len() - 1;
    for (date, by, text) in more.reports {
        let date = actions::day(date).unwrap();
        actions::report(s, index, date, by, text, at())
            .unwrap()
            .apply(s);
    }
    for q in more.questions {
        let edit = Edit::AddQuestion(q.to_string());
        if let Some(change) = actions::edit(s, fw, index, edit, at()).unwrap() {
            change.apply(s);
        }
    }
    s.actions[index].id = Uuid::from_u128(id);
}

struct More<'a> {
    reports: Vec<(&'a str, &'a str, &'a str)>,
    questions: Vec<&'a str>,
}

/// The example session (its own actions taken out) with two actions: the
/// report's first pilot action, with four progress reports, and one whose
/// every field is hostile.
pub fn example_with_actions(mut s: Session) -> Session {
    let fw = Framework::default_framework();
    s.actions.clear();
    let actors = |names: &[&str]| names.iter().map(|a| actions::actor(a).unwrap()).collect();
    let secure = NewAction {
        title: "Together for a more secure Alby".into(),
        started: Some(actions::started("2011-09").unwrap()),
        actors: actors(&[
            "Botkyrka municipality:municipal",
            "The Council of Associations in Alby:association",
            "The local police:public_body",
            "The Alby Youth Club",
        ]),
        what: "Adults walk the centre in the evenings, so that young people and elders feel safe: this relates to essential resources, to personal relations and to attitudes and initiatives.".into(),
        families: vec![
            "essential_resources".into(),
            "personal_relations".into(),
            "attitudes_and_initiatives".into(),
        ],
        criteria: vec![actions::criterion(&s, "Ensamhet").unwrap()],
        notes: vec![
            note_in(&s, "personal_relations"),
            note_in(&s, "essential_resources"),
        ],
        generalise: "Other districts of Botkyrka can walk the same way.".into(),
        ..NewAction::default()
    };
    let more = More {
        reports: vec![
            ("2011-10-01", "Anna", "The first walk: 8 adults."),
            ("2011-12-01", "Anna", "From 8-10 walkers to 20."),
            ("2012-02-01", "Yusuf", "The police join on Fridays."),
            ("2012-05-15", "", "From 8-10 walkers to 35-40."),
        ],
        questions: vec!["Who keeps the rota after the summer?"],
    };
    add(&mut s, &fw, secure, 1, more);
    let hostile = NewAction {
        title: HOSTILE.into(),
        actors: actors(&["=HYPERLINK(\"x\"):residents"]),
        what: "-2+3 <b>bold</b>".into(),
        families: vec!["living_environment".into()],
        ..NewAction::default()
    };
    let more = More {
        reports: vec![(
            "2012-03-01",
            "@Admin",
            "=SUM(A1:A9) <img src=x onerror=alert(2)>",
        )],
        questions: vec!["<i>open</i>?"],
    };
    add(&mut s, &fw, hostile, 2, more);
    s
}
