//! A note coded, recoded or uncoded, as both faces do it (the app's keys,
//! the capture line's coded notes, `spiral add --family`): the refusals
//! are data, said by each face in its own words.

use jiff::Timestamp;

use crate::model::{Change, Framework, Note, Session};

/// Why a note may not be coded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The session was coded with another framework (its id) than the one
    /// open: its codes would not mean the same.
    OtherFramework(String),
    /// No family has that key.
    NoSuchKey(u8),
}

/// Refused when the session was coded with another framework than
/// `framework`.
pub fn may_code(session: &Session, framework: &Framework) -> Result<(), Refusal> {
    if session.framework.id != framework.id {
        return Err(Refusal::OtherFramework(session.framework.id.clone()));
    }
    Ok(())
}

/// The family (its index in the framework) of a key.
pub fn family_of_key(framework: &Framework, key: u8) -> Result<usize, Refusal> {
    framework
        .families
        .iter()
        .position(|f| f.key == key)
        .ok_or(Refusal::NoSuchKey(key))
}

/// A new note coded in the family of `key`, as the capture line adds it
/// (one change: one undo, one save): refused when the session may not be
/// coded with `framework` or no family has the key, before the note is
/// made (`note`, which may refuse too).
pub fn new_coded_note<E: From<Refusal>>(
    session: &Session,
    framework: &Framework,
    key: u8,
    note: impl FnOnce() -> Result<Note, E>,
) -> Result<Note, E> {
    may_code(session, framework)?;
    let family = &framework.families[family_of_key(framework, key)?];
    let mut note = note()?;
    note.set_family(Some(family.id.clone()));
    Ok(note)
}

/// What a coding gives a note: a family of the framework (by index), one of
/// its components or none, and who coded it.
#[derive(Debug, Clone, Copy)]
pub struct Coding<'a> {
    pub family: usize,
    pub component: Option<usize>,
    pub coder: &'a str,
    pub at: Timestamp,
}

/// Codes the note at `index` (`None`: it is coded so already). A note
/// recoded into another family leaves its component (unless one is given)
/// and its criterion.
pub fn code(
    session: &Session,
    framework: &Framework,
    index: usize,
    coding: Coding,
) -> Result<Option<Change>, Refusal> {
    may_code(session, framework)?;
    let f = &framework.families[coding.family];
    let id = f.id.clone();
    let component = coding.component.map(|c| f.components[c].id.clone());
    Ok(super::notes::edit_note(session, index, coding.at, |n| {
        if n.family.as_deref() != Some(id.as_str()) || component.is_some() {
            n.component = component;
        }
        n.set_family(Some(id));
        n.coder = coding.coder.to_string();
    }))
}

/// Uncodes the note at `index` (`None`: it was not coded).
pub fn uncode(session: &Session, index: usize, at: Timestamp) -> Option<Change> {
    super::notes::edit_note(session, index, at, |n| {
        n.set_family(None);
        n.component = None;
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Criterion, Group, Lang, Note, now};

    fn session() -> (Session, Framework) {
        let framework = Framework::default_framework();
        let mut s = Session::new("Alby", &framework, Lang::Sv);
        s.groups.push(Group::new("Unga"));
        let g = s.groups[0].id.clone();
        s.notes.push(Note::new(&g, "wellbeing", "Fotboll", "Ana"));
        (s, framework)
    }

    #[test]
    fn a_note_is_coded_by_the_one_rule_and_refused_in_words_of_its_own() {
        let (mut s, framework) = session();
        let family = family_of_key(&framework, 4).unwrap();
        assert_eq!(family_of_key(&framework, 0), Err(Refusal::NoSuchKey(0)));
        let coding = Coding {
            family,
            component: None,
            coder: "Lisa",
            at: now(),
        };
        code(&s, &framework, 0, coding)
            .unwrap()
            .unwrap()
            .apply(&mut s);
        assert_eq!(
            s.notes[0].family,
            Some(framework.families[family].id.clone())
        );
        assert_eq!(s.notes[0].coder, "Lisa");
        assert!(
            code(&s, &framework, 0, coding).unwrap().is_none(),
            "coded so"
        );
        let mut other = s.clone();
        other.framework.id = "another".into();
        assert_eq!(
            code(&other, &framework, 0, coding),
            Err(Refusal::OtherFramework("another".into()))
        );
        uncode(&s, 0, now()).unwrap().apply(&mut s);
        assert_eq!(s.notes[0].family, None);
        assert!(uncode(&s, 0, now()).is_none());
    }

    #[test]
    fn a_new_coded_note_is_refused_before_it_is_made() {
        let (s, framework) = session();
        let note = || Ok::<_, Refusal>(Note::new("g", "wellbeing", "Fotboll", "Ana"));
        let coded = new_coded_note(&s, &framework, 4, note).unwrap();
        assert_eq!(coded.family, Some(framework.families[3].id.clone()));
        let unmade = || -> Result<Note, Refusal> { panic!("made after a refusal") };
        let refused = new_coded_note(&s, &framework, 0, unmade);
        assert_eq!(refused.unwrap_err(), Refusal::NoSuchKey(0));
        let mut other = s.clone();
        other.framework.id = "another".into();
        let refused = new_coded_note(&other, &framework, 0, unmade);
        assert_eq!(
            refused.unwrap_err(),
            Refusal::OtherFramework("another".into())
        );
    }

    #[test]
    fn recoding_a_criterion_s_last_note_takes_the_criterion_too() {
        let (mut s, framework) = session();
        let family = framework.families[0].id.clone();
        s.notes[0].family = Some(family.clone());
        s.notes[0].criterion = Some("c1".into());
        s.criteria.push(Criterion {
            id: "c1".into(),
            family,
            wording: "Fritid".into(),
            created: now(),
        });
        let coding = Coding {
            family: 1,
            component: None,
            coder: "Lisa",
            at: now(),
        };
        let change = code(&s, &framework, 0, coding).unwrap().unwrap();
        change.apply(&mut s);
        assert!(s.criteria.is_empty());
        assert_eq!(s.notes[0].criterion, None);
        change.inverse().apply(&mut s);
        assert_eq!(s.criteria.len(), 1);
    }
}
