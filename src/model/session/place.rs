//! Where one is in a session by ids, a group and a question, so it is
//! found again after the session was read anew (taken in, followed,
//! reopened) and its groups or questions added, removed or reordered.

use super::Session;

/// A group and a question, by id (none where the session has none).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Place {
    pub group: Option<String>,
    pub question: Option<String>,
}

impl Place {
    /// The group and the question at these positions.
    pub fn at(session: &Session, group: usize, question: usize) -> Place {
        Place {
            group: session.groups.get(group).map(|g| g.id.clone()),
            question: session.questions.get(question).map(|q| q.id.clone()),
        }
    }

    /// Where the group and the question are now (none for one gone).
    pub fn find(&self, session: &Session) -> (Option<usize>, Option<usize>) {
        let group = (self.group.as_ref()).and_then(|id| session.group_position(id));
        let question = (self.question.as_ref()).and_then(|id| session.question_index(id));
        (group, question)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Framework, Group, Lang};

    #[test]
    fn a_place_is_found_again_where_its_group_and_question_went() {
        let mut s = Session::new("Alby", &Framework::default_framework(), Lang::Sv);
        s.groups = vec![Group::new("Unga"), Group::new("Mammor")];
        let place = Place::at(&s, 1, 2);
        assert_eq!(place.find(&s), (Some(1), Some(2)));
        s.groups.swap(0, 1);
        s.questions.remove(0);
        assert_eq!(place.find(&s), (Some(0), Some(1)));
        s.groups.remove(0);
        s.questions.clear();
        assert_eq!(place.find(&s), (None, None));
        assert_eq!(Place::at(&s, 0, 0).find(&s), (Some(0), None));
    }
}
