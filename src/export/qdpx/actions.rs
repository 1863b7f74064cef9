//! The co-responsibility actions in a REFI-QDA project, as the format
//! allows (it has no actions of its own):
//!
//! - each action is a project note (`<Notes><Note>`, a memo in NVivo and
//!   ATLAS.ti) whose text is the action's record in the export's language:
//!   its title, status, since when, who takes part, what and why, what it
//!   answers (families, criteria by their wording, the notes quoted), its
//!   potential to generalise, its progress reports and open questions;
//! - the memo is linked (`<NoteRef>`) from each citizen's note it answers
//!   (the note's text source) and from each family's code it answers, so
//!   whoever reads a note or a code sees the action beside it;
//! - each action is a set (`<Sets><Set>`: a document and code group) of
//!   those codes and notes, and of its memo, to filter by.
//!
//! Its GUIDs are derived from the action's id and its file (the same
//! session exported twice gets two of each), as the notes' are.

use uuid::Uuid;

use super::xml::{Xml, empty, end, family_guid, guid, start};
use crate::export::ExportError;
use crate::export::words::words;
use crate::model::{Action, Framework, Lang, Session};

/// An action of the export: where it is (session `k`, its file), its
/// note's and set's GUIDs.
pub struct Planned<'a> {
    pub session: &'a Session,
    pub action: &'a Action,
    pub note: String,
    pub set: String,
}

/// Every action of the sessions, with its GUIDs.
pub fn plan(sessions: &[(String, Session)]) -> Vec<Planned<'_>> {
    let mut out = Vec::new();
    for (k, (file, s)) in sessions.iter().enumerate() {
        for a in &s.actions {
            let key = format!("{k}\u{1f}{file}\u{1f}{}", a.id);
            out.push(Planned {
                session: s,
                action: a,
                note: guid("action", &key),
                set: guid("action-set", &key),
            });
        }
    }
    out
}

/// The memos linked from a family's code: `NoteRef`s, in order.
pub fn family_refs(w: &mut Xml, planned: &[Planned], family: &str) -> Result<(), ExportError> {
    for p in planned
        .iter()
        .filter(|p| p.action.families.iter().any(|f| f == family))
    {
        empty(w, "NoteRef", &[("targetGUID", &p.note)])?;
    }
    Ok(())
}

/// The memos linked from a citizen's note of `session`.
pub fn note_refs(
    w: &mut Xml,
    planned: &[Planned],
    session: &Session,
    note: Uuid,
) -> Result<(), ExportError> {
    for p in planned
        .iter()
        .filter(|p| std::ptr::eq(p.session, session) && p.action.notes.contains(&note))
    {
        empty(w, "NoteRef", &[("targetGUID", &p.note)])?;
    }
    Ok(())
}

/// `<Notes>`: each action's memo, its text in `Sources/` as the notes'
/// are; the texts to write there.
pub fn write_notes(
    w: &mut Xml,
    planned: &[Planned],
    framework: &Framework,
    lang: Lang,
) -> Result<Vec<(String, String)>, ExportError> {
    let mut texts = Vec::new();
    if planned.is_empty() {
        return Ok(texts);
    }
    start(w, "Notes", &[])?;
    for p in planned {
        let a = p.action;
        let path = format!("internal://{}.txt", p.note);
        let (created, modified) = (a.created.to_string(), a.modified.to_string());
        empty(
            w,
            "Note",
            &[
                ("guid", &p.note),
                ("name", &a.title),
                ("plainTextPath", &path),
                ("creationDateTime", &created),
                ("modifiedDateTime", &modified),
            ],
        )?;
        texts.push((p.note.clone(), record(p.session, a, framework, lang)));
    }
    end(w, "Notes")?;
    Ok(texts)
}

/// `<Sets>`: each action a set of the codes and notes it answers, and its
/// memo.
pub fn write_sets(
    w: &mut Xml,
    planned: &[Planned],
    framework: &Framework,
    note_guid: &dyn Fn(&Session, Uuid) -> Option<String>,
) -> Result<(), ExportError> {
    if planned.is_empty() {
        return Ok(());
    }
    start(w, "Sets", &[])?;
    for p in planned {
        start(w, "Set", &[("guid", &p.set), ("name", &p.action.title)])?;
        for f in p
            .action
            .families
            .iter()
            .filter(|f| framework.family(f).is_some())
        {
            empty(w, "MemberCode", &[("targetGUID", &family_guid(f))])?;
        }
        for source in p
            .action
            .notes
            .iter()
            .filter_map(|n| note_guid(p.session, *n))
        {
            empty(w, "MemberSource", &[("targetGUID", &source)])?;
        }
        empty(w, "MemberNote", &[("targetGUID", &p.note)])?;
        end(w, "Set")?;
    }
    end(w, "Sets")?;
    Ok(())
}

/// The action's record as plain text, in `lang`: what the summary says of
/// it, every report included.
pub fn record(session: &Session, a: &Action, framework: &Framework, lang: Lang) -> String {
    let w = words(lang);
    let colon = w.colon;
    let mut out = vec![a.title.clone()];
    let mut status = vec![crate::export::summary_capital(&a.status.label().say(lang))];
    if let Some(started) = a.started {
        status.push(w.since.replace("{date}", &started.to_string()));
    }
    out.push(status.join(" · "));
    let actors: Vec<String> = a
        .actors
        .iter()
        .map(|actor| match actor.kind {
            Some(kind) => format!("{} ({})", actor.name, kind.label().say(lang)),
            None => actor.name.clone(),
        })
        .collect();
    let families: Vec<String> = a
        .families
        .iter()
        .filter_map(|id| framework.family(id))
        .map(|f| format!("{} {}", f.key, f.labels.get(lang)))
        .collect();
    for (label, value) in [
        (w.actors, actors.join(", ")),
        (w.what, a.what.clone()),
        (w.answers, families.join(", ")),
        (w.generalise, a.generalise.clone()),
    ] {
        if !value.is_empty() {
            out.push(format!("{label}{colon}{value}"));
        }
    }
    let (open, close) = w.quotes;
    let mut said: Vec<String> = a
        .criteria
        .iter()
        .filter_map(|id| session.criterion(id))
        .map(|c| format!("- {}{colon}{}", w.criterion, c.wording))
        .collect();
    said.extend(
        a.notes
            .iter()
            .filter_map(|id| session.note_index(*id))
            .map(|i| &session.notes[i])
            .map(|n| match session.group(&n.group) {
                Some(g) => format!("- {open}{}{close} ({})", n.text, g.name),
                None => format!("- {open}{}{close}", n.text),
            }),
    );
    let reports = a.reports.iter().map(|r| {
        let by = if r.by.is_empty() {
            String::new()
        } else {
            format!(" ({})", r.by)
        };
        format!("- {}{by}{colon}{}", r.date, r.text)
    });
    let questions = a.questions.iter().map(|q| format!("- {q}"));
    for (label, items) in [
        (w.words_answered, said),
        (w.reports, reports.collect()),
        (w.questions, questions.collect()),
    ] {
        if !items.is_empty() {
            out.push(String::new());
            out.push(format!("{label}{}", colon.trim_end()));
            out.extend(items);
        }
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}
