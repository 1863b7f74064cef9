//! A note coded, recoded or uncoded, as both faces do it (the app's keys,
//! the capture line's coded notes, `spiral add --family`): the refusals
//! are data, said by each face in its own words.

use jiff::Timestamp;

use crate::model::{Change, Framework, Session};

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
