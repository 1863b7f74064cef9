//! Combining the files of several facilitators into one territory file.
//!
//! Everything is matched by id, never by name or text. A note, group,
//! question or criterion that differs between files keeps one version —
//! for a note, the most recently modified — and every such conflict is
//! listed with the versions that lost. The session's title, place and
//! date are those of the file changed last (`newest_change`), each
//! difference listed; its facilitators every name of every file.
//! Criteria follow their notes' newest versions (their family; whether
//! one file removed them: see `merge_criteria`). Questions keep the order
//! they were asked in (`question_order`). The result depends only on the
//! set of inputs: merging is idempotent and commutative, and associative
//! but for an empty criterion a merge removed and for questions a file
//! asks out of order around one it lacks (docs/design.md, "Merging several
//! facilitators' files"), because every choice is a maximum under a total
//! order, and the output is put in a canonical order (groups in the order
//! they first met, notes in the order they were written).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::i18n::{Describe, Message};
use crate::model::{Criterion, FORMAT_VERSION, Group, Lang, Note, Question, Session, Tombstone};

mod actions;
mod details;
mod notes;
mod questions;
mod report;

pub(crate) use report::{coder_or_none, conflict_word, family_said};

pub use actions::{Link, Unlinked};
use details::merge_details;

/// What a merge made, and what it had to decide.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub session: Session,
    /// Notes that differed between files: the version kept and the others.
    pub note_conflicts: Vec<Conflict<Note>>,
    /// Groups with one id and different names, descriptions or sizes.
    pub group_conflicts: Vec<Conflict<Group>>,
    /// Criteria with one id and different wordings or families.
    pub criterion_conflicts: Vec<Conflict<Criterion>>,
    /// Questions with one id and different wordings.
    pub question_conflicts: Vec<Conflict<Question>>,
    /// Notes that left a criterion whose kept family is not theirs.
    pub left_criteria: Vec<LeftCriterion>,
    /// Criteria removed in some files, whose notes left them there later:
    /// the criterion, and the files without it.
    pub removed_criteria: Vec<(Criterion, Vec<String>)>,
    /// Different groups (ids) with the same name: kept apart, said here.
    pub same_name_groups: Vec<(String, Vec<String>)>,
    /// Notes deleted in one file and changed in another after the
    /// deletion: brought back (the note kept, and the deletion undone).
    pub revived: Vec<(Note, Tombstone)>,
    /// The session's title, place or date, where the files differ: the
    /// value of the file changed last (`newest_change`), and the others.
    pub detail_conflicts: Vec<DetailConflict>,
    /// Actions whose own fields differ between files: the newest version
    /// kept (reports aside: every file's are kept), the others.
    pub action_conflicts: Vec<Conflict<crate::model::Action>>,
    /// Actions deleted in one file and changed in another after the
    /// deletion: brought back.
    pub revived_actions: Vec<(crate::model::Action, Tombstone)>,
    /// Links of actions to notes or criteria the merge does not keep.
    pub unlinked: Vec<Unlinked>,
    /// Questions some files ask in another order than the one kept: each
    /// such file, with its order (ids).
    pub question_orders: Vec<(String, Vec<String>)>,
    /// Files whose facilitators are not all the merge's (it keeps every
    /// name of every file): each, with its own.
    pub facilitators_differ: Vec<(String, Vec<String>)>,
}

/// One of the session's own details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    Title,
    Place,
    Date,
}

impl Detail {
    /// The session's value of this detail (an empty one too); the report
    /// quotes it.
    fn value(self, s: &Session) -> String {
        match self {
            Detail::Title => s.title.clone(),
            Detail::Place => s.place.clone(),
            Detail::Date => s.date.map(|d| d.to_string()).unwrap_or_default(),
        }
    }
}

/// A detail the files give differently: the value kept, the file it came
/// from and that file's newest change, and the other values (each once).
#[derive(Debug, Clone, PartialEq)]
pub struct DetailConflict {
    pub detail: Detail,
    pub kept: String,
    pub from: String,
    pub newest: Option<jiff::Timestamp>,
    pub lost: Vec<String>,
}

/// A file's newest change: the latest time a note or action of it was
/// changed or deleted. A merge keeps the newest version of every note,
/// action and deletion, so a merge's newest change is the newest of its
/// files': which file's details win is the same however the files are
/// merged.
pub fn newest_change(s: &Session) -> Option<jiff::Timestamp> {
    let notes = s.notes.iter().map(|n| n.modified);
    let actions = s.actions.iter().map(|a| a.modified);
    let deleted = s.deleted.iter().chain(&s.deleted_actions).map(|t| t.at);
    notes.chain(actions).chain(deleted).max()
}

/// One id, several versions: which was kept, and the others.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conflict<T> {
    pub kept: T,
    pub lost: Vec<T>,
}

/// A note whose newest version is coded in another family than the
/// criterion it was merged into (the criterion's family changed in one
/// file, the note was recoded in another): it leaves the criterion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftCriterion {
    pub note: uuid::Uuid,
    pub criterion: String,
    /// The note's family (none: uncoded).
    pub note_family: Option<String>,
    pub criterion_family: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    Nothing,
    Frameworks(Box<FrameworkClash>),
    /// The merge would not be a consistent session (why).
    Inconsistent(Message),
}

impl Describe for MergeError {
    fn describe(&self, lang: Lang) -> String {
        match self {
            MergeError::Nothing => crate::tr!(lang, "merge-nothing"),
            MergeError::Frameworks(c) => crate::tr!(
                lang,
                "merge-frameworks",
                first = c.first.as_str(),
                first_id = c.first_id.as_str(),
                first_print = c.first_print.as_str(),
                other = c.other.as_str(),
                other_id = c.other_id.as_str(),
                other_print = c.other_print.as_str()
            ),
            MergeError::Inconsistent(why) => {
                crate::tr!(lang, "merge-inconsistent", why = why.say(lang))
            }
        }
    }
}

crate::display_by_describe!(MergeError);

/// Two files coded with different frameworks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameworkClash {
    pub first: String,
    pub first_id: String,
    pub first_print: String,
    pub other: String,
    pub other_id: String,
    pub other_print: String,
}

/// A total order on versions: the serialized form breaks ties, so the
/// choice never depends on the order of the files.
fn key<T: Serialize>(value: &T) -> String {
    ron::to_string(value).unwrap_or_default()
}

/// The greatest of several versions by `rank`, then by their serialized
/// form; the others (distinct, in a stable order) as the losers.
fn decide<T: Serialize + Clone + PartialEq, R: Ord>(
    versions: Vec<T>,
    rank: impl Fn(&T) -> R,
) -> (T, Vec<T>) {
    // The common case: one version, or the same in every file.
    if versions.windows(2).all(|w| w[0] == w[1]) {
        let mut versions = versions;
        let kept = versions.swap_remove(0);
        return (kept, Vec::new());
    }
    let mut distinct: Vec<(String, T)> = Vec::new();
    for v in versions {
        let k = key(&v);
        if !distinct.iter().any(|(d, _)| *d == k) {
            distinct.push((k, v));
        }
    }
    distinct.sort_by(|(ka, a), (kb, b)| rank(b).cmp(&rank(a)).then_with(|| kb.cmp(ka)));
    let mut it = distinct.into_iter().map(|(_, v)| v);
    let kept = it.next().expect("at least one version");
    (kept, it.collect())
}

/// Merges sessions (each named by its file, for errors).
pub fn merge(inputs: &[(String, Session)]) -> Result<Merged, MergeError> {
    let (first_name, first) = inputs.first().ok_or(MergeError::Nothing)?;
    for (name, s) in &inputs[1..] {
        if s.framework != first.framework {
            return Err(MergeError::Frameworks(Box::new(FrameworkClash {
                first: first_name.clone(),
                first_id: first.framework.id.clone(),
                first_print: first.framework.fingerprint.clone(),
                other: name.clone(),
                other_id: s.framework.id.clone(),
                other_print: s.framework.fingerprint.clone(),
            })));
        }
    }
    let details = merge_details(inputs)?;
    let (questions, question_conflicts, question_orders) = questions::merge_questions(inputs);
    let notes::Notes {
        notes: mut merged_notes,
        conflicts: note_conflicts,
        revived,
        deleted,
    } = notes::merge_notes(inputs);
    let (merged_groups, group_conflicts, same_name_groups) =
        notes::merge_groups(inputs, &merged_notes);

    let (merged_criteria, criterion_conflicts, left_criteria, removed_criteria) =
        merge_criteria(inputs, &mut merged_notes);

    let actions::Actions {
        actions,
        conflicts: action_conflicts,
        revived: revived_actions,
        deleted: deleted_actions,
        unlinked,
    } = actions::merge_actions(inputs, &merged_notes, &merged_criteria);
    let session = Session {
        version: FORMAT_VERSION,
        title: details.title,
        place: details.place,
        date: details.date,
        facilitators: details.facilitators,
        language: details.language,
        framework: first.framework.clone(),
        questions,
        groups: merged_groups,
        criteria: merged_criteria,
        actions,
        deleted_actions,
        deleted,
        notes: merged_notes,
    };
    if let Some(p) = session.problems().into_iter().next() {
        return Err(MergeError::Inconsistent(p.reason));
    }
    Ok(Merged {
        session,
        note_conflicts,
        group_conflicts,
        criterion_conflicts,
        question_conflicts,
        left_criteria,
        removed_criteria,
        same_name_groups,
        revived,
        detail_conflicts: details.conflicts,
        action_conflicts,
        revived_actions,
        unlinked,
        question_orders,
        facilitators_differ: details.facilitators_differ,
    })
}

/// What `merge_criteria` decides: the criteria kept, their conflicts, the
/// notes that left one, the criteria removed (with the files without them).
type CriteriaMerged = (
    Vec<Criterion>,
    Vec<Conflict<Criterion>>,
    Vec<LeftCriterion>,
    Vec<(Criterion, Vec<String>)>,
);

/// Criteria by id, once the notes are merged (their newest versions say
/// which family a criterion now has, and whether it still has notes):
///
/// - a criterion takes the family of its newest note (files that disagree
///   on its family are both valid: one changed it later), and a note of
///   another family leaves it, marked as changed by the merge;
/// - a criterion some file does not have, which had notes where it is and
///   has none now (they left it later, in that file), stays removed;
/// - one with no notes anywhere is new where it is, and kept.
fn merge_criteria(inputs: &[(String, Session)], notes: &mut [Note]) -> CriteriaMerged {
    let mut criteria: BTreeMap<String, Vec<Criterion>> = BTreeMap::new();
    for (_, s) in inputs {
        for c in &s.criteria {
            criteria.entry(c.id.clone()).or_default().push(c.clone());
        }
    }
    let mut conflicts = Vec::new();
    let mut left = Vec::new();
    let mut removed = Vec::new();
    let mut kept_criteria = Vec::new();
    for (id, versions) in criteria {
        let newest = notes
            .iter()
            .filter(|n| n.criterion.as_deref() == Some(id.as_str()))
            .max_by(|a, b| a.modified.cmp(&b.modified).then(a.id.cmp(&b.id)));
        let Some(newest) = newest else {
            let without: Vec<String> = inputs
                .iter()
                .filter(|(_, s)| !s.criteria.iter().any(|c| c.id == id))
                .map(|(name, _)| name.clone())
                .collect();
            let had_notes = inputs
                .iter()
                .any(|(_, s)| s.notes.iter().any(|n| n.criterion.as_deref() == Some(&id)));
            if !without.is_empty() && had_notes {
                let (kept, _) = decide(versions, |c| c.created);
                removed.push((kept, without));
                continue;
            }
            let (kept, lost) = decide(versions, |c| c.created);
            if !lost.is_empty() {
                conflicts.push(Conflict {
                    kept: kept.clone(),
                    lost,
                });
            }
            kept_criteria.push(kept);
            continue;
        };
        let family = newest.family.clone().unwrap_or_default();
        // Every note in a criterion is of its family in its own file, so
        // the newest note's file has a version of this family.
        let (kept, lost) = decide(versions, |c| (c.family == family, c.created));
        for n in notes.iter_mut() {
            if n.criterion.as_deref() == Some(id.as_str())
                && n.family.as_deref() != Some(kept.family.as_str())
            {
                n.criterion = None;
                // Changed by the merge: newer than every version it came
                // from, so merging the result again keeps this.
                n.modified = n
                    .modified
                    .checked_add(jiff::SignedDuration::from_nanos(1))
                    .unwrap_or(n.modified);
                left.push(LeftCriterion {
                    note: n.id,
                    criterion: id.clone(),
                    note_family: n.family.clone(),
                    criterion_family: kept.family.clone(),
                });
            }
        }
        if !lost.is_empty() {
            conflicts.push(Conflict {
                kept: kept.clone(),
                lost,
            });
        }
        kept_criteria.push(kept);
    }
    kept_criteria.sort_by(|a: &Criterion, b| a.created.cmp(&b.created).then(a.id.cmp(&b.id)));
    conflicts.sort_by(|a, b| a.kept.id.cmp(&b.kept.id));
    left.sort_by_key(|l| l.note);
    (kept_criteria, conflicts, left, removed)
}
