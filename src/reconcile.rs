//! Reconciling two coders' codings of one session: the notes both coded
//! the same keep that coding; where they disagree, the note waits for a
//! decision. Every shared note records what each coder coded, and each
//! decision who made it and when, so the file keeps the whole story.

use std::collections::HashMap;

use crate::agree::coder_of;
use crate::i18n::Describe;
use crate::model::{Change, Coding, FrameworkRef, Lang, Note, Reconciliation, Session, now};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReconcileError {
    /// The two files, each named with its framework (id and fingerprint:
    /// the ids may be the same).
    Frameworks(Box<[(String, FrameworkRef); 2]>),
    /// The two files share no note.
    Nothing(String, String),
}

impl Describe for ReconcileError {
    fn describe(&self, lang: Lang) -> String {
        match self {
            ReconcileError::Frameworks(files) => {
                let [(first, a), (second, b)] = &**files;
                crate::tr!(
                    lang,
                    "reconcile-error-frameworks",
                    first = first.as_str(),
                    second = second.as_str(),
                    first_id = a.id.as_str(),
                    first_print = a.fingerprint.as_str(),
                    second_id = b.id.as_str(),
                    second_print = b.fingerprint.as_str()
                )
            }
            ReconcileError::Nothing(first, second) => crate::tr!(
                lang,
                "reconcile-error-nothing",
                first = first.as_str(),
                second = second.as_str()
            ),
        }
    }
}

crate::display_by_describe!(ReconcileError);

/// What `start` found.
#[derive(Debug, Clone, PartialEq)]
pub struct Started {
    pub session: Session,
    pub coders: (String, String),
    pub shared: usize,
    pub agreed: usize,
    pub to_decide: usize,
}

fn coding(coder: &str, n: &Note) -> Coding {
    Coding {
        coder: coder.to_string(),
        family: n.family.clone(),
        component: n.component.clone(),
    }
}

/// The session to reconcile, from the first coding (its groups, notes and
/// criteria), with the second's codings beside each shared note. Notes
/// the coders disagree on are left uncoded until decided; notes only the
/// second file has are added as they are.
pub fn start(a: (&str, &Session), b: (&str, &Session)) -> Result<Started, ReconcileError> {
    let ((name_a, sa), (name_b, sb)) = (a, b);
    if sa.framework != sb.framework {
        return Err(ReconcileError::Frameworks(Box::new([
            (name_a.into(), sa.framework.clone()),
            (name_b.into(), sb.framework.clone()),
        ])));
    }
    let coders = (coder_of(sa, name_a), coder_of(sb, name_b));
    let other: HashMap<uuid::Uuid, &Note> = sb.notes.iter().map(|n| (n.id, n)).collect();
    let mut session = sa.clone();
    let (mut shared, mut agreed, mut to_decide) = (0, 0, 0);
    for n in &mut session.notes {
        let Some(theirs) = other.get(&n.id) else {
            continue;
        };
        shared += 1;
        let r = Reconciliation {
            codings: vec![coding(&coders.0, n), coding(&coders.1, theirs)],
            decided_by: None,
            decided: None,
        };
        if r.disagree() {
            to_decide += 1;
            n.set_family(None);
            n.component = None;
        } else {
            agreed += 1;
            // Both gave the family; a component one of them gave is kept.
            if n.component.is_none() {
                n.component = theirs.component.clone();
            }
        }
        n.reconciled = Some(r);
    }
    if shared == 0 {
        return Err(ReconcileError::Nothing(name_a.into(), name_b.into()));
    }
    let known: std::collections::HashSet<uuid::Uuid> = session.notes.iter().map(|n| n.id).collect();
    for g in &sb.groups {
        if session.group(&g.id).is_none() {
            session.groups.push(g.clone());
        }
    }
    for q in &sb.questions {
        if session.question(&q.id).is_none() {
            session.questions.push(q.clone());
        }
    }
    for n in sb.notes.iter().filter(|n| !known.contains(&n.id)) {
        let mut n = n.clone();
        n.criterion = None;
        session.notes.push(n);
    }
    // Criteria left with no note (their notes wait for a decision) go.
    let named: std::collections::HashSet<&str> = session
        .notes
        .iter()
        .filter_map(|n| n.criterion.as_deref())
        .collect();
    let keep: Vec<bool> = session
        .criteria
        .iter()
        .map(|c| named.contains(c.id.as_str()))
        .collect();
    let mut keep = keep.into_iter();
    session.criteria.retain(|_| keep.next().unwrap_or(true));
    // And so do the actions' links to them.
    session.drop_missing_links();
    session.title = format!("{} (reconciled)", sa.title);
    Ok(Started {
        session,
        coders,
        shared,
        agreed,
        to_decide,
    })
}

/// The notes the coders disagree on (indices into `session.notes`), in
/// session order.
pub fn disagreements(session: &Session) -> Vec<usize> {
    session
        .notes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.reconciled.as_ref().is_some_and(Reconciliation::disagree))
        .map(|(i, _)| i)
        .collect()
}

/// Whether a note's disagreement has been decided.
pub fn decided(n: &Note) -> bool {
    n.reconciled
        .as_ref()
        .is_some_and(|r| r.decided_by.is_some())
}

/// Decides a note: its family (and component), by `who`.
pub fn decide(
    session: &Session,
    index: usize,
    family: Option<String>,
    component: Option<String>,
    who: &str,
) -> Option<Change> {
    let before = session.notes.get(index)?.clone();
    let mut after = before.clone();
    let mut r = after.reconciled.clone()?;
    r.decided_by = Some(who.to_string());
    r.decided = Some(now());
    after.set_family(family);
    after.component = component;
    after.reconciled = Some(r);
    after.coder = who.to_string();
    after.modified = now();
    Some(Change::UpdateNote {
        index,
        before: Box::new(before),
        after: Box::new(after),
    })
}
