//! The notes merged (the newest version of each; deletions that hold,
//! and notes changed after their deletion brought back), and the groups
//! (by id, in the order they first met).

use std::collections::{BTreeMap, HashMap};

use super::*;

/// The notes merged: the kept versions (canonical order), the conflicts,
/// the notes brought back over a deletion, the deletions that hold.
pub(super) struct Notes {
    pub notes: Vec<Note>,
    pub conflicts: Vec<Conflict<Note>>,
    pub revived: Vec<(Note, Tombstone)>,
    pub deleted: Vec<Tombstone>,
}

pub(super) fn merge_notes(inputs: &[(String, Session)]) -> Notes {
    // Deletions by note: the latest (then by who, so the choice is the
    // same in any order of the files).
    let mut tombs: HashMap<uuid::Uuid, Tombstone> = HashMap::new();
    for (_, s) in inputs {
        for t in &s.deleted {
            let newer = tombs
                .get(&t.id)
                .is_none_or(|o| (t.at, &t.by) > (o.at, &o.by));
            if newer {
                tombs.insert(t.id, t.clone());
            }
        }
    }
    let mut revived = Vec::new();

    // Notes by id: the most recently modified version; a note deleted in
    // some file stays deleted, unless its newest version was changed after
    // the deletion (then it comes back, and that is listed).
    let mut notes: HashMap<uuid::Uuid, Vec<Note>> = HashMap::new();
    for (_, s) in inputs {
        for n in &s.notes {
            notes.entry(n.id).or_default().push(n.clone());
        }
    }
    let mut note_conflicts = Vec::new();
    let mut merged_notes: Vec<Note> = Vec::with_capacity(notes.len());
    for (_, versions) in notes {
        let (kept, lost) = decide(versions, |n| n.modified);
        if let Some(tomb) = tombs.get(&kept.id) {
            if kept.modified <= tomb.at {
                continue;
            }
            if let Some(tomb) = tombs.remove(&kept.id) {
                revived.push((kept.clone(), tomb));
            }
        }
        if !lost.is_empty() {
            note_conflicts.push(Conflict {
                kept: kept.clone(),
                lost,
            });
        }
        merged_notes.push(kept);
    }
    merged_notes.sort_by(|a, b| a.created.cmp(&b.created).then(a.id.cmp(&b.id)));
    note_conflicts.sort_by_key(|c| c.kept.id);
    revived.sort_by_key(|(n, _): &(Note, Tombstone)| n.id);
    let mut deleted: Vec<Tombstone> = tombs.into_values().collect();
    deleted.sort_by(|a, b| a.at.cmp(&b.at).then(a.id.cmp(&b.id)));

    Notes {
        notes: merged_notes,
        conflicts: note_conflicts,
        revived,
        deleted,
    }
}

/// What `merge_groups` decides: the groups kept (in the order they first
/// met), their conflicts, different groups of the same name.
pub(super) type GroupsMerged = (Vec<Group>, Vec<Conflict<Group>>, Vec<(String, Vec<String>)>);

/// The groups by id, once the notes are merged (their first notes order
/// them).
pub(super) fn merge_groups(inputs: &[(String, Session)], merged_notes: &[Note]) -> GroupsMerged {
    // Groups by id.
    let mut groups: HashMap<String, Vec<Group>> = HashMap::new();
    for (_, s) in inputs {
        for g in &s.groups {
            groups.entry(g.id.clone()).or_default().push(g.clone());
        }
    }
    let mut group_conflicts = Vec::new();
    let mut merged_groups: Vec<Group> = Vec::new();
    for (_, versions) in groups {
        let (kept, lost) = decide(versions, |g| g.participants);
        if !lost.is_empty() {
            group_conflicts.push(Conflict {
                kept: kept.clone(),
                lost,
            });
        }
        merged_groups.push(kept);
    }
    // Groups in the order they first met (their first note), then those
    // without notes by name.
    let mut first_note: HashMap<&str, jiff::Timestamp> = HashMap::new();
    for n in merged_notes {
        first_note.entry(n.group.as_str()).or_insert(n.created);
    }
    merged_groups.sort_by(|a, b| {
        let (fa, fb) = (first_note.get(a.id.as_str()), first_note.get(b.id.as_str()));
        match (fa, fb) {
            (Some(x), Some(y)) => x.cmp(y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
        .then_with(|| a.name.cmp(&b.name))
        .then_with(|| a.id.cmp(&b.id))
    });
    group_conflicts.sort_by(|a, b| a.kept.id.cmp(&b.kept.id));
    let mut by_name: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for g in &merged_groups {
        by_name
            .entry(crate::text::fold(&g.name))
            .or_default()
            .push(g.id.clone());
    }
    let same_name_groups = by_name
        .into_iter()
        .filter(|(_, ids)| ids.len() > 1)
        .map(|(_, ids)| {
            let name = merged_groups
                .iter()
                .find(|g| g.id == ids[0])
                .map(|g| g.name.clone())
                .unwrap_or_default();
            (name, ids)
        })
        .collect();

    (merged_groups, group_conflicts, same_name_groups)
}
