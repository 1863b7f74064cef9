//! One note added to a session file (`spiral add`), written by a coder
//! (`coder::decide`) or refused.

use std::path::Path;

use uuid::Uuid;

use super::Error;
use super::notes;
use crate::i18n::Message;
use crate::live::SessionFile;
use crate::model::{Change, Framework, now};
use crate::msg;

/// A note to add, as a command names it.
#[derive(Debug, Clone, Default)]
pub struct NewNote<'a> {
    /// The group's name (case and accents folded) or id.
    pub group: &'a str,
    /// The question's id.
    pub question: &'a str,
    /// A key, family id or label in any language, to code it.
    pub family: Option<&'a str>,
    /// Who writes it (`--coder`); when not given, decided as the app
    /// decides (`coder::decide`), and refused when no one is known.
    pub coder: Option<&'a str>,
    /// What the computer says of who is at it (`Sources::of_system()`).
    pub sources: super::coder::Sources,
    /// Add the group when the session has none of that name.
    pub create_group: bool,
    pub text: &'a str,
}

/// Adds a note to the session in `file` and saves it; refused while the
/// session is open in the app (`then`: what to do then, in the face's
/// words). Returns the new note's id.
pub fn add_note(
    file: &Path,
    framework: &Framework,
    new: &NewNote,
    then: &str,
) -> Result<Uuid, Error> {
    let mut open = SessionFile::open_to_write(file, then)?;
    let session = open.session();
    let refused = |why: Message| Err(Error::Refused(why));
    let Some(question) = session.question(new.question).map(|q| q.id.clone()) else {
        return refused(msg!(
            "ops-add-no-question",
            question = new.question,
            file = file.display().to_string(),
            questions = crate::import::question_list(session)
        ));
    };
    let mut changes = Vec::new();
    let group_id = match session.group_by_name(new.group) {
        Some(g) => g.id.clone(),
        None if new.create_group => {
            use super::details::GroupName;
            let change = super::details::add_group(session, new.group).map_err(|e| {
                Error::Refused(match e {
                    GroupName::Empty => msg!("ops-add-group-empty"),
                    GroupName::Taken(name) => msg!("ops-details-group-taken", name = name.as_str()),
                })
            })?;
            let Change::AddGroup { group, .. } = &change else {
                unreachable!("a group added")
            };
            let id = group.id.clone();
            changes.push(change);
            id
        }
        None => {
            return refused(msg!(
                "ops-add-no-group",
                group = new.group,
                file = file.display().to_string(),
                groups = if session.groups.is_empty() {
                    msg!("ops-add-no-groups")
                } else {
                    Message::verbatim(
                        session
                            .groups
                            .iter()
                            .map(|g| g.name.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    )
                }
            ));
        }
    };
    let Some(coder) = super::coder::decide(new.coder, &new.sources, session, None) else {
        return refused(msg!("ops-add-no-coder"));
    };
    let Ok(mut note) = notes::new_note(&group_id, &question, new.text, &coder, now()) else {
        return refused(msg!("ops-add-note-empty"));
    };
    if let Some(key) = new.family {
        let Some(f) = framework.resolve_family(key) else {
            return refused(crate::import::no_family(key, framework));
        };
        note.family = Some(f.id.clone());
    }
    let id = note.id;
    changes.push(notes::add_notes(session, vec![note]));
    open.edit(|s| {
        for change in changes {
            change.apply(s);
        }
    })
    .map_err(Error::ReadOnly)?;
    open.save()?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::model::Session;

    /// No one named anywhere: `spiral add` refuses, and writes nothing.
    #[test]
    fn a_note_no_one_is_known_to_write_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("s.ron");
        let fw = Framework::default_framework();
        let mut s = Session::new("Fittja", &fw, Lang::En);
        s.groups.push(crate::model::Group::new("Unga"));
        crate::store::save_new_session(&file, &s).unwrap();
        let before = std::fs::read(&file).unwrap();
        let new = NewNote {
            group: "Unga",
            question: "wellbeing",
            text: "Fotboll",
            ..NewNote::default()
        };
        let e = add_note(&file, &fw, &new, "").unwrap_err();
        assert_eq!(
            crate::i18n::Describe::describe(&e, Lang::En),
            "no one is named to write the note: give --coder NAME (or set SPIRAL_CODER, or the session's facilitators with spiral set --facilitator NAME)"
        );
        assert_eq!(std::fs::read(&file).unwrap(), before);
        let new = NewNote {
            coder: Some("Bo"),
            ..new
        };
        add_note(&file, &fw, &new, "").unwrap();
        let saved = crate::store::load_session(&file).unwrap();
        assert_eq!(saved.notes[0].coder, "Bo");
    }
}
