//! Combining the files of several facilitators into one territory file.
//!
//! Everything is matched by id, never by name or text. A note, group,
//! question or criterion that differs between files keeps one version —
//! for a note, the most recently modified — and every such conflict is
//! listed with the versions that lost. The result depends only on the set
//! of inputs: merging is idempotent, commutative and associative, because
//! every choice is a maximum under a total order, and the output is put in
//! a canonical order (groups in the order they first met, notes in the
//! order they were written).

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::model::{Criterion, FORMAT_VERSION, Group, Note, Question, Session};

/// What a merge made, and what it had to decide.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub session: Session,
    /// Notes that differed between files: the version kept and the others.
    pub note_conflicts: Vec<Conflict<Note>>,
    /// Groups with one id and different names, descriptions or sizes.
    pub group_conflicts: Vec<Conflict<Group>>,
    /// Criteria with one id and different wordings.
    pub criterion_conflicts: Vec<Conflict<Criterion>>,
    /// Different groups (ids) with the same name: kept apart, said here.
    pub same_name_groups: Vec<(String, Vec<String>)>,
}

/// One id, several versions: which was kept, and the others.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conflict<T> {
    pub kept: T,
    pub lost: Vec<T>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    #[error("nothing to merge")]
    Nothing,
    #[error(
        "{} was coded with framework `{}` (fingerprint {}) and {} with `{}` (fingerprint {}); files of different frameworks are not merged",
        .0.first, .0.first_id, .0.first_print, .0.other, .0.other_id, .0.other_print
    )]
    Frameworks(Box<FrameworkClash>),
    #[error("the merged session is not consistent: {0}")]
    Inconsistent(String),
}

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
    // The session's own fields: the least of each (any fixed rule would
    // do; the least is idempotent, commutative and associative).
    let title = inputs
        .iter()
        .map(|(_, s)| s.title.clone())
        .min()
        .unwrap_or_default();
    let place = inputs
        .iter()
        .map(|(_, s)| s.place.clone())
        .filter(|p| !p.is_empty())
        .min()
        .unwrap_or_default();
    let date = inputs.iter().filter_map(|(_, s)| s.date).min();
    let language = inputs
        .iter()
        .map(|(_, s)| s.language)
        .min_by_key(|l| l.code())
        .unwrap_or_default();
    let mut facilitators: Vec<String> = inputs
        .iter()
        .flat_map(|(_, s)| s.facilitators.iter().cloned())
        .collect();
    facilitators.sort();
    facilitators.dedup();

    // Questions by id: the method's three first, in their order, then the
    // others by id.
    let mut questions: BTreeMap<String, Vec<Question>> = BTreeMap::new();
    for (_, s) in inputs {
        for q in &s.questions {
            questions.entry(q.id.clone()).or_default().push(q.clone());
        }
    }
    let order = |id: &str| {
        Question::defaults()
            .iter()
            .position(|q| q.id == id)
            .unwrap_or(usize::MAX)
    };
    let mut questions: Vec<Question> = questions
        .into_values()
        .map(|versions| decide(versions, |_| ()).0)
        .collect();
    questions.sort_by(|a, b| order(&a.id).cmp(&order(&b.id)).then(a.id.cmp(&b.id)));

    // Notes by id: the most recently modified version.
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
    for n in &merged_notes {
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

    // Criteria by id.
    let mut criteria: HashMap<String, Vec<Criterion>> = HashMap::new();
    for (_, s) in inputs {
        for c in &s.criteria {
            criteria.entry(c.id.clone()).or_default().push(c.clone());
        }
    }
    let mut criterion_conflicts = Vec::new();
    let mut merged_criteria = Vec::new();
    for (_, versions) in criteria {
        let (kept, lost) = decide(versions, |c| c.created);
        if !lost.is_empty() {
            criterion_conflicts.push(Conflict {
                kept: kept.clone(),
                lost,
            });
        }
        merged_criteria.push(kept);
    }
    merged_criteria.sort_by(|a: &Criterion, b| a.created.cmp(&b.created).then(a.id.cmp(&b.id)));
    criterion_conflicts.sort_by(|a, b| a.kept.id.cmp(&b.kept.id));

    let session = Session {
        version: FORMAT_VERSION,
        title,
        place,
        date,
        facilitators,
        language,
        framework: first.framework.clone(),
        questions,
        groups: merged_groups,
        criteria: merged_criteria,
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
        same_name_groups,
    })
}

fn describe(n: &Note) -> String {
    let text: String = n.text.chars().take(60).collect();
    format!(
        "“{text}{}” ({}, {}, modified {})",
        if n.text.chars().count() > 60 {
            "…"
        } else {
            ""
        },
        n.family.as_deref().unwrap_or("uncoded"),
        if n.coder.is_empty() {
            "no coder"
        } else {
            &n.coder
        },
        n.modified
    )
}

impl Merged {
    /// Every decision the merge made, a line each (indented lines belong
    /// to the one above).
    pub fn report(&self) -> Vec<String> {
        let mut out = Vec::new();
        for c in &self.note_conflicts {
            out.push(format!("conflict: note {}", c.kept.id));
            out.push(format!("  kept: {}", describe(&c.kept)));
            for lost in &c.lost {
                out.push(format!("  lost: {}", describe(lost)));
            }
        }
        let size = |p: Option<u32>| p.map_or("unknown".into(), |p| p.to_string());
        for c in &self.group_conflicts {
            out.push(format!(
                "conflict: group {} kept as “{}” ({} participants); also seen as {}",
                c.kept.id,
                c.kept.name,
                size(c.kept.participants),
                c.lost
                    .iter()
                    .map(|g| format!("“{}” ({} participants)", g.name, size(g.participants)))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        for c in &self.criterion_conflicts {
            out.push(format!(
                "conflict: criterion {} kept as “{}”; also worded {}",
                c.kept.id,
                c.kept.wording,
                c.lost
                    .iter()
                    .map(|x| format!("“{}”", x.wording))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        for (name, ids) in &self.same_name_groups {
            out.push(format!(
                "note: {} different groups are named “{name}” (ids {}); they are kept apart",
                ids.len(),
                ids.join(", ")
            ));
        }
        out
    }

    /// Conflicts of any kind.
    pub fn conflicts(&self) -> usize {
        self.note_conflicts.len() + self.group_conflicts.len() + self.criterion_conflicts.len()
    }
}
