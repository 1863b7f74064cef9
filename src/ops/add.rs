//! One note added to a session file (`spiral add`).

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
    pub coder: &'a str,
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
    let Ok(mut note) = notes::new_note(&group_id, &question, new.text, new.coder, now()) else {
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
