//! The co-responsibility actions merged by id, as notes are: of an
//! action's own fields (all but its reports) the most recently modified
//! version is kept, and the others are listed as a conflict; its reports
//! are every version's (by their ids), so both laptops' reports survive;
//! a deletion holds unless the action was changed after it (then it comes
//! back, listed). Links to notes or criteria the merge does not keep go
//! (listed), so the merge is a whole session.

use std::collections::{BTreeMap, HashMap, HashSet};

use uuid::Uuid;

use super::*;
use crate::model::{Action, Report};

/// The actions merged: kept (by when they were made), the conflicts on
/// their fields, those brought back over a deletion, the deletions that
/// hold, the links that went.
pub(super) struct Actions {
    pub actions: Vec<Action>,
    pub conflicts: Vec<Conflict<Action>>,
    pub revived: Vec<(Action, Tombstone)>,
    pub deleted: Vec<Tombstone>,
    pub unlinked: Vec<Unlinked>,
}

/// A link an action lost in the merge: the note or criterion it answered
/// is not in the merge (deleted, or removed, in some file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unlinked {
    pub action: Uuid,
    pub title: String,
    pub link: Link,
}

/// What an action answers, by id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Link {
    Note(Uuid),
    Criterion(String),
}

pub(super) fn merge_actions(
    inputs: &[(String, Session)],
    notes: &[Note],
    criteria: &[Criterion],
) -> Actions {
    let mut tombs: HashMap<Uuid, Tombstone> = HashMap::new();
    for t in inputs.iter().flat_map(|(_, s)| &s.deleted_actions) {
        if tombs
            .get(&t.id)
            .is_none_or(|o| (t.at, &t.by) > (o.at, &o.by))
        {
            tombs.insert(t.id, t.clone());
        }
    }
    let mut versions: BTreeMap<Uuid, Vec<&Action>> = BTreeMap::new();
    for a in inputs.iter().flat_map(|(_, s)| &s.actions) {
        versions.entry(a.id).or_default().push(a);
    }
    let (mut actions, mut conflicts, mut revived) = (Vec::new(), Vec::new(), Vec::new());
    for (id, versions) in versions {
        let (mut kept, lost) = decide(versions.iter().map(|a| a.fields()).collect(), |a| {
            a.modified
        });
        if tombs.get(&id).is_some_and(|t| kept.modified <= t.at) {
            continue;
        }
        // Versions that differ only by when they changed (a report added
        // on each laptop) are no conflict.
        let lost: Vec<Action> = lost
            .into_iter()
            .filter(|l| !differing(&kept, std::slice::from_ref(l)).is_empty())
            .collect();
        if !lost.is_empty() {
            conflicts.push(Conflict {
                kept: kept.clone(),
                lost,
            });
        }
        kept.reports = reports(&versions);
        if let Some(tomb) = tombs.remove(&id) {
            revived.push((kept.clone(), tomb));
        }
        actions.push(kept);
    }
    let unlinked = unlink(&mut actions, notes, criteria);
    actions.sort_by(|a, b| a.created.cmp(&b.created).then(a.id.cmp(&b.id)));
    let mut deleted: Vec<Tombstone> = tombs.into_values().collect();
    deleted.sort_by(|a, b| a.at.cmp(&b.at).then(a.id.cmp(&b.id)));
    Actions {
        actions,
        conflicts,
        revived,
        deleted,
        unlinked,
    }
}

/// Every version's reports, once each (by id; of two versions of one
/// report, the greater), in their order.
fn reports(versions: &[&Action]) -> Vec<Report> {
    let mut by_id: BTreeMap<Uuid, Vec<Report>> = BTreeMap::new();
    for r in versions.iter().flat_map(|a| &a.reports) {
        by_id.entry(r.id).or_default().push(r.clone());
    }
    let mut out: Vec<Report> = by_id
        .into_values()
        .map(|v| decide(v, |r| r.written).0)
        .collect();
    out.sort_by_key(|r| r.order());
    out
}

/// Takes the links to notes and criteria the merge does not keep out of
/// the actions, marking each changed by the merge (newer than every
/// version it came from, so merging the result again keeps it so).
fn unlink(actions: &mut [Action], notes: &[Note], criteria: &[Criterion]) -> Vec<Unlinked> {
    let notes: HashSet<Uuid> = notes.iter().map(|n| n.id).collect();
    let criteria: HashSet<&str> = criteria.iter().map(|c| c.id.as_str()).collect();
    let mut out = Vec::new();
    for a in actions {
        let mut gone: Vec<Link> = a
            .notes
            .iter()
            .filter(|n| !notes.contains(n))
            .map(|n| Link::Note(*n))
            .collect();
        gone.extend(
            a.criteria
                .iter()
                .filter(|c| !criteria.contains(c.as_str()))
                .map(|c| Link::Criterion(c.clone())),
        );
        if gone.is_empty() {
            continue;
        }
        a.notes.retain(|n| notes.contains(n));
        a.criteria.retain(|c| criteria.contains(c.as_str()));
        a.modified = a
            .modified
            .checked_add(jiff::SignedDuration::from_nanos(1))
            .unwrap_or(a.modified);
        out.extend(gone.into_iter().map(|link| Unlinked {
            action: a.id,
            title: a.title.clone(),
            link,
        }));
    }
    out
}

impl Merged {
    /// What the merge decided about actions, a line each (indented lines
    /// belong to the one above): for the record an action by its id, for
    /// people (`people`) by its title.
    pub(super) fn action_lines(&self, lang: Lang, people: bool) -> Vec<String> {
        let conflict = conflict_word(lang);
        let name = |id: Uuid, title: &str| {
            if people {
                crate::tr!(lang, "merge-quoted", words = title)
            } else {
                id.to_string()
            }
        };
        let version = |a: &Action| {
            crate::tr!(
                lang,
                "merge-action-version",
                title = a.title.as_str(),
                status = a.status.name(),
                modified = a.modified.to_string()
            )
        };
        let mut out = Vec::new();
        for c in &self.action_conflicts {
            let fields = differing(&c.kept, &c.lost).join(", ");
            let said = crate::tr!(
                lang,
                "merge-action-conflict",
                action = name(c.kept.id, &c.kept.title),
                fields = fields
            );
            out.push(format!("{conflict} {said}"));
            let kept = crate::tr!(lang, "merge-kept", version = version(&c.kept));
            out.push(format!("  {kept}"));
            for lost in &c.lost {
                out.push(format!(
                    "  {}",
                    crate::tr!(lang, "merge-lost", version = version(lost))
                ));
            }
        }
        for (a, tomb) in &self.revived_actions {
            let by = if tomb.by.is_empty() {
                crate::tr!(lang, "merge-no-coder")
            } else {
                tomb.by.clone()
            };
            let said = crate::tr!(
                lang,
                "merge-action-revived",
                action = name(a.id, &a.title),
                by = by,
                at = tomb.at.to_string()
            );
            out.push(format!("{conflict} {said}"));
        }
        for u in &self.unlinked {
            let action = name(u.action, &u.title);
            let said = match &u.link {
                Link::Note(n) => crate::tr!(
                    lang,
                    "merge-action-unlinked-note",
                    action = action,
                    note = n.to_string()
                ),
                Link::Criterion(c) => crate::tr!(
                    lang,
                    "merge-action-unlinked-criterion",
                    action = action,
                    criterion = c.as_str()
                ),
            };
            out.push(format!("{conflict} {said}"));
        }
        out
    }
}

/// The names (as the file writes them) of the fields in which the versions
/// of an action differ.
fn differing(kept: &Action, lost: &[Action]) -> Vec<&'static str> {
    type Same = fn(&Action, &Action) -> bool;
    let fields: [(&str, Same); 10] = [
        ("title", |a, b| a.title == b.title),
        ("started", |a, b| a.started == b.started),
        ("status", |a, b| a.status == b.status),
        ("actors", |a, b| a.actors == b.actors),
        ("what", |a, b| a.what == b.what),
        ("families", |a, b| a.families == b.families),
        ("criteria", |a, b| a.criteria == b.criteria),
        ("notes", |a, b| a.notes == b.notes),
        ("generalise", |a, b| a.generalise == b.generalise),
        ("questions", |a, b| a.questions == b.questions),
    ];
    fields
        .iter()
        .filter(|(_, same)| lost.iter().any(|l| !same(kept, l)))
        .map(|(name, _)| *name)
        .collect()
}
