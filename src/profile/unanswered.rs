//! The question a local support group asks first once actions are kept:
//! which of the families the groups named most has no action answering it
//! yet. "Named most" is the session's pooled share (every note of every
//! group together): the families whose share is among the three highest,
//! ties at the third included; a family with no coded note is never named.
//! An action answers a family when it lists it (`Action::families`); only
//! the session's live actions count (a deleted one is no longer there).

use crate::model::{Framework, Session};

/// How many of the highest shares count as "named most".
const MOST: usize = 3;

/// The ids of the families the groups named most that no action answers
/// yet, in the framework's order (empty when no note is coded, or when
/// every one has an action).
pub fn unanswered_families(session: &Session, framework: &Framework) -> Vec<String> {
    let counts = super::profile_session(session, framework)
        .aggregate
        .pooled
        .all
        .families;
    // The pooled share is the count over one total: the counts rank alike.
    let mut named: Vec<u32> = counts.iter().copied().filter(|&n| n > 0).collect();
    named.sort_unstable_by(|a, b| b.cmp(a));
    let Some(&third) = named.get(MOST - 1).or(named.last()) else {
        return Vec::new();
    };
    framework
        .families
        .iter()
        .zip(&counts)
        .filter(|&(_, &n)| n > 0 && n >= third)
        .map(|(f, _)| f.id.clone())
        .filter(|id| !session.actions.iter().any(|a| a.families.contains(id)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::unanswered_families;
    use crate::model::{Action, Framework, Group, Lang, Note, Session};

    /// A session of one group with `n` notes coded in each family named.
    fn session(coded: &[(&str, usize)]) -> Session {
        let fw = Framework::default_framework();
        let mut s = Session::new("t", &fw, Lang::En);
        let g = Group::new("a");
        let group = g.id.clone();
        s.groups.push(g);
        for (family, n) in coded {
            for _ in 0..*n {
                let mut note = Note::new(&group, "wellbeing", "x", "");
                note.family = Some(family.to_string());
                s.notes.push(note);
            }
        }
        // An uncoded note counts in no share.
        s.notes.push(Note::new(&group, "wellbeing", "y", ""));
        s
    }

    fn answering(s: &mut Session, families: &[&str]) {
        let mut a = Action::new("Together", jiff::Timestamp::UNIX_EPOCH);
        a.families = families.iter().map(|f| f.to_string()).collect();
        s.actions.push(a);
    }

    #[test]
    fn the_three_named_most_in_the_frameworks_order_ties_at_the_third_in() {
        let fw = Framework::default_framework();
        let s = session(&[
            ("social_balances", 5),
            ("essential_resources", 2),
            ("personal_relations", 9),
            ("attitudes_and_initiatives", 2),
            ("personal_balances", 1),
        ]);
        assert_eq!(
            unanswered_families(&s, &fw),
            [
                "essential_resources",
                "personal_relations",
                "attitudes_and_initiatives",
                "social_balances"
            ]
        );
    }

    #[test]
    fn an_answered_family_goes_and_a_deleted_action_answers_nothing() {
        let fw = Framework::default_framework();
        let mut s = session(&[
            ("social_balances", 5),
            ("essential_resources", 3),
            ("personal_relations", 9),
            ("personal_balances", 1),
        ]);
        answering(&mut s, &["personal_relations", "personal_balances"]);
        assert_eq!(
            unanswered_families(&s, &fw),
            ["essential_resources", "social_balances"]
        );
        answering(&mut s, &["social_balances", "essential_resources"]);
        assert!(unanswered_families(&s, &fw).is_empty());
        // Removed (deleted), the second action answers no more.
        s.actions.pop();
        assert_eq!(
            unanswered_families(&s, &fw),
            ["essential_resources", "social_balances"]
        );
    }

    #[test]
    fn fewer_than_three_families_named_and_none_coded() {
        let fw = Framework::default_framework();
        let s = session(&[("social_balances", 1), ("personal_relations", 1)]);
        assert_eq!(
            unanswered_families(&s, &fw),
            ["personal_relations", "social_balances"]
        );
        assert!(unanswered_families(&session(&[]), &fw).is_empty());
    }
}
