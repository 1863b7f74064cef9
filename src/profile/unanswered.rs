//! The question a local support group asks first of its actions: which of
//! the families the groups named most has no action yet. "Named most" is
//! the pooled profile's top three (every coded note of every group and
//! question counted together; a family tied with the third is in too, a
//! family no one named never is); "answered" is a family some action of
//! the session names among its families (whatever its status).

use super::profile_session;
use crate::model::{Framework, Session};

/// How many families count as "named most" (more when tied with the last).
pub const NAMED_MOST: usize = 3;

/// The families the groups named most, as `NAMED_MOST` says: their ids,
/// the most named first (ties in the framework's order).
pub fn named_most(session: &Session, framework: &Framework) -> Vec<String> {
    let pooled = profile_session(session, framework).aggregate.pooled.all;
    let mut ranked: Vec<(usize, u32)> = (pooled.families.iter().copied().enumerate())
        .filter(|(_, n)| *n > 0)
        .collect();
    ranked.sort_by_key(|(f, n)| (std::cmp::Reverse(*n), *f));
    let Some(&(_, last)) = ranked.get(NAMED_MOST.saturating_sub(1)).or(ranked.last()) else {
        return Vec::new();
    };
    ranked
        .into_iter()
        .take_while(|(_, n)| *n >= last)
        .map(|(f, _)| framework.families[f].id.clone())
        .collect()
}

/// The families the groups named most that no action of the session
/// answers yet: their ids, the most named first. The actions screen and
/// the summary say them in one line.
pub fn unanswered_families(session: &Session, framework: &Framework) -> Vec<String> {
    named_most(session, framework)
        .into_iter()
        .filter(|f| !session.actions.iter().any(|a| a.families.contains(f)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, Lang, Note};

    fn session_with(counts: &[(&str, usize)]) -> (Session, Framework) {
        let framework = Framework::default_framework();
        let mut s = Session::new("t", &framework, Lang::En);
        s.groups.push(crate::model::Group::new("G"));
        let (group, question) = (s.groups[0].id.clone(), s.questions[0].id.clone());
        for (family, n) in counts {
            for _ in 0..*n {
                let mut note = Note::new(&group, &question, "x", "coder");
                note.family = Some(family.to_string());
                s.notes.push(note);
            }
        }
        (s, framework)
    }

    #[test]
    fn the_top_three_of_the_pooled_profile_less_those_an_action_answers() {
        let ids = |f: &Framework, keys: &[u8]| -> Vec<String> {
            keys.iter()
                .map(|k| f.families.iter().find(|x| x.key == *k).unwrap().id.clone())
                .collect()
        };
        let framework = Framework::default_framework();
        let [a, b, c, d] = [1, 4, 5, 7].map(|k| ids(&framework, &[k])[0].clone());
        let (mut s, framework) = session_with(&[(&a, 2), (&b, 9), (&c, 5), (&d, 5)]);
        // 4 (9 notes), then 5 and 7 tied (5 each): 1 (2 notes) is not named most.
        assert_eq!(named_most(&s, &framework), ids(&framework, &[4, 5, 7]));
        assert_eq!(
            unanswered_families(&s, &framework),
            ids(&framework, &[4, 5, 7])
        );
        let at = jiff::Timestamp::from_second(1_316_000_000).unwrap();
        let mut action = Action::new("Together for a more secure Alby", at);
        action.families = vec![c.clone(), a.clone()];
        s.actions.push(action);
        assert_eq!(
            unanswered_families(&s, &framework),
            ids(&framework, &[4, 7])
        );
        // A tie with the third brings a fourth in; nothing named, nothing said.
        let (s, framework) = session_with(&[(&a, 3), (&b, 3), (&c, 3), (&d, 3)]);
        assert_eq!(named_most(&s, &framework).len(), 4);
        let (s, framework) = session_with(&[]);
        assert!(unanswered_families(&s, &framework).is_empty());
    }
}
