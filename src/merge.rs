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
//! asks out of order around one it lacks (README, "Several facilitators,
//! several coders"), because every choice is a maximum under a total
//! order, and the output is put in a canonical order (groups in the order
//! they first met, notes in the order they were written).

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::model::{Criterion, FORMAT_VERSION, Group, Note, Question, Session, Tombstone};

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
    /// The session's value of this detail, quoted (an empty one too).
    fn said(self, s: &Session) -> String {
        let value = match self {
            Detail::Title => s.title.clone(),
            Detail::Place => s.place.clone(),
            Detail::Date => s.date.map(|d| d.to_string()).unwrap_or_default(),
        };
        crate::tr!(@ "merge-quoted", words = value)
    }
}

/// A detail the files give differently: the value kept (as said), the
/// file it came from and that file's newest change, and the other values.
#[derive(Debug, Clone, PartialEq)]
pub struct DetailConflict {
    pub detail: Detail,
    pub kept: String,
    pub from: String,
    pub newest: Option<jiff::Timestamp>,
    pub lost: Vec<String>,
}

/// A file's newest change: the latest time a note of it was changed or
/// deleted. A merge keeps the newest version of every note and deletion,
/// so a merge's newest change is the newest of its files': which file's
/// details win is the same however the files are merged.
pub fn newest_change(s: &Session) -> Option<jiff::Timestamp> {
    let notes = s.notes.iter().map(|n| n.modified);
    notes.chain(s.deleted.iter().map(|t| t.at)).max()
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
    pub note_family: String,
    pub criterion_family: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    #[error("{}", crate::tr!(@ "merge-nothing"))]
    Nothing,
    #[error("{}", frameworks_clash(.0))]
    Frameworks(Box<FrameworkClash>),
    #[error("{}", inconsistent(.0))]
    Inconsistent(String),
}

fn frameworks_clash(c: &FrameworkClash) -> String {
    crate::tr!(
        @ "merge-frameworks",
        first = c.first.as_str(),
        first_id = c.first_id.as_str(),
        first_print = c.first_print.as_str(),
        other = c.other.as_str(),
        other_id = c.other_id.as_str(),
        other_print = c.other_print.as_str()
    )
}

fn inconsistent(why: &str) -> String {
    crate::tr!(@ "merge-inconsistent", why = why)
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
    // The session's title, place and date: those of the file changed
    // last, then of the one that gives more of them, then the greatest in
    // a total order (a maximum, so the choice is the same in any order and
    // in steps); where the files differ, listed. The language: the least.
    let rank = |s: &Session| {
        let given = usize::from(!s.title.is_empty())
            + usize::from(!s.place.is_empty())
            + usize::from(s.date.is_some());
        (newest_change(s), given, key(&(&s.title, &s.place, s.date)))
    };
    let (from, winner) = inputs
        .iter()
        .fold(None::<&(String, Session)>, |best, input| match best {
            Some(b) if rank(&b.1) >= rank(&input.1) => Some(b),
            _ => Some(input),
        })
        .map(|(name, s)| (name.clone(), s))
        .ok_or(MergeError::Nothing)?;
    let (title, place, date) = (winner.title.clone(), winner.place.clone(), winner.date);
    let detail_conflicts = detail_conflicts(inputs, winner, &from);
    let language = inputs
        .iter()
        .map(|(_, s)| s.language)
        .min_by_key(|l| l.code())
        .unwrap_or_default();
    // Facilitators: every name of every file (a union loses nothing); the
    // files that lack some are said.
    let mut facilitators: Vec<String> = inputs
        .iter()
        .flat_map(|(_, s)| s.facilitators.iter().cloned())
        .collect();
    facilitators.sort();
    facilitators.dedup();
    let facilitators_differ = inputs
        .iter()
        .filter(|(_, s)| {
            let mut own = s.facilitators.clone();
            own.sort();
            own.dedup();
            own != facilitators
        })
        .map(|(name, s)| (name.clone(), s.facilitators.clone()))
        .collect::<Vec<_>>();

    // Questions by id, in the order the groups were asked them: each
    // file's order, merged (`question_order`).
    let mut questions: BTreeMap<String, Vec<Question>> = BTreeMap::new();
    for (_, s) in inputs {
        for q in &s.questions {
            questions.entry(q.id.clone()).or_default().push(q.clone());
        }
    }
    let mut question_conflicts = Vec::new();
    let mut kept_questions: HashMap<String, Question> = questions
        .into_iter()
        .map(|(id, versions)| {
            let (kept, lost) = decide(versions, |_| ());
            if !lost.is_empty() {
                question_conflicts.push(Conflict {
                    kept: kept.clone(),
                    lost,
                });
            }
            (id, kept)
        })
        .collect();
    question_conflicts.sort_by(|a, b| a.kept.id.cmp(&b.kept.id));
    let order = question_order(inputs);
    let question_orders = inputs
        .iter()
        .filter_map(|(name, s)| {
            let own: Vec<String> = s.questions.iter().map(|q| q.id.clone()).collect();
            let kept: Vec<&String> = order.iter().filter(|id| own.contains(id)).collect();
            (kept != own.iter().collect::<Vec<_>>()).then(|| (name.clone(), own))
        })
        .collect::<Vec<_>>();
    let questions: Vec<Question> = order
        .iter()
        .filter_map(|id| kept_questions.remove(id))
        .collect();

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

    let (merged_criteria, criterion_conflicts, left_criteria, removed_criteria) =
        merge_criteria(inputs, &mut merged_notes);

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
        detail_conflicts,
        question_orders,
        facilitators_differ,
    })
}

/// Title, place and date, each where the files give it differently: the
/// winner's value (from the file `from`), and the others, each once.
fn detail_conflicts(
    inputs: &[(String, Session)],
    winner: &Session,
    from: &str,
) -> Vec<DetailConflict> {
    let mut out = Vec::new();
    for detail in [Detail::Title, Detail::Place, Detail::Date] {
        let kept = detail.said(winner);
        let mut lost: Vec<String> = inputs
            .iter()
            .map(|(_, s)| detail.said(s))
            .filter(|v| *v != kept)
            .collect();
        lost.sort();
        lost.dedup();
        if !lost.is_empty() {
            out.push(DetailConflict {
                detail,
                kept,
                from: from.to_string(),
                newest: newest_change(winner),
                lost,
            });
        }
    }
    out
}

/// The order of questions no file asks otherwise: the method's three
/// first, in their order, then by the number an id ends with (`q4` before
/// `q10`, the order the app numbers them in), then by id.
fn question_rank(id: &str) -> (usize, String, u128, String) {
    let default = Question::defaults()
        .iter()
        .position(|q| q.id == id)
        .unwrap_or(usize::MAX);
    let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let (stem, number) = id.split_at(id.len() - digits);
    let number = number.parse().unwrap_or(u128::MAX);
    (default, stem.to_string(), number, id.to_string())
}

/// The questions of every file (ids), in the order the groups were asked
/// them. By default in `question_rank`'s order; a question some file asks
/// before one of lower rank (added or moved there) stays before it, and
/// so before whatever it must (the least by rank first whenever several
/// may come next). So a file's own order is kept (merging a file with
/// itself or a copy changes nothing), questions added after the last in
/// different files come by rank, and the result depends only on which
/// pairs the files ask out of rank: idempotent, commutative and
/// associative (the join of the files' orders in the weak order), but
/// for files that lack a question between two they reorder. Where files
/// disagree, an order against the rank wins over one with it.
fn question_order(inputs: &[(String, Session)]) -> Vec<String> {
    use std::collections::BTreeSet;
    type Rank = (usize, String, u128, String);
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut ranks: Vec<Rank> = Vec::new();
    for (_, s) in inputs {
        for q in &s.questions {
            if !index.contains_key(q.id.as_str()) {
                index.insert(q.id.as_str(), ranks.len());
                ranks.push(question_rank(&q.id));
            }
        }
    }
    // Every pair a file asks out of rank: the higher before the lower.
    let mut after: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); ranks.len()];
    let mut waiting = vec![0usize; ranks.len()];
    for (_, s) in inputs {
        let own: Vec<usize> = s.questions.iter().map(|q| index[q.id.as_str()]).collect();
        for (k, &high) in own.iter().enumerate() {
            for &low in &own[k + 1..] {
                if ranks[low] < ranks[high] && after[high].insert(low) {
                    waiting[low] += 1;
                }
            }
        }
    }
    // Every edge goes down the rank: no circle, so everything comes out.
    let mut ready: BTreeSet<(&Rank, usize)> = (0..ranks.len())
        .filter(|&q| waiting[q] == 0)
        .map(|q| (&ranks[q], q))
        .collect();
    let mut out = Vec::with_capacity(ranks.len());
    while let Some((rank, q)) = ready.pop_first() {
        out.push(rank.3.clone());
        for &low in &after[q] {
            waiting[low] -= 1;
            if waiting[low] == 0 {
                ready.insert((&ranks[low], low));
            }
        }
    }
    out
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
                    note_family: family_or_uncoded(n),
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

fn describe(n: &Note) -> String {
    let mut text: String = n.text.chars().take(60).collect();
    if n.text.chars().count() > 60 {
        text.push('…');
    }
    crate::tr!(
        @ "merge-version",
        text = text,
        family = family_or_uncoded(n),
        coder = coder_or_none(n),
        modified = n.modified.to_string()
    )
}

/// A note's family, or "uncoded".
pub(crate) fn family_or_uncoded(n: &Note) -> String {
    n.family
        .clone()
        .unwrap_or_else(|| crate::tr!(@ "merge-uncoded"))
}

/// A note's coder, or "no coder".
pub(crate) fn coder_or_none(n: &Note) -> String {
    if n.coder.is_empty() {
        crate::tr!(@ "merge-no-coder")
    } else {
        n.coder.clone()
    }
}

/// A report line of one kind ("conflict:", "removed:", "note:"), then
/// what it says.
fn line(kind: &str, said: String) -> String {
    format!("{kind} {said}")
}

/// "conflict:", the word that starts a conflict's line in the report.
pub(crate) fn conflict_word() -> String {
    crate::tr!(@ "merge-conflict")
}

/// A question's wording, quoted, in the session's language, or else in the
/// first language where it differs from `other` (its prompt last).
fn question_words(q: &Question, other: &Question, lang: crate::model::Lang) -> String {
    use crate::model::Lang;
    let langs = std::iter::once(lang).chain(Lang::ALL);
    let words = langs
        .clone()
        .map(|l| (q.labels.get(l), other.labels.get(l)))
        .chain(langs.map(|l| (q.prompt.get(l), other.prompt.get(l))))
        .find(|(a, b)| a != b)
        .map_or_else(|| q.labels.get(lang), |(a, _)| a);
    crate::tr!(@ "merge-quoted", words = words)
}

impl Merged {
    /// Every decision the merge made, a line each (indented lines belong
    /// to the one above).
    pub fn report(&self) -> Vec<String> {
        use crate::tr;
        let mut out = Vec::new();
        let conflict = conflict_word();
        for c in &self.note_conflicts {
            let id = c.kept.id.to_string();
            out.push(line(&conflict, tr!(@ "merge-note-conflict", id = id)));
            out.push(format!(
                "  {}",
                tr!(@ "merge-kept", version = describe(&c.kept))
            ));
            for lost in &c.lost {
                out.push(format!(
                    "  {}",
                    tr!(@ "merge-lost", version = describe(lost))
                ));
            }
        }
        for (note, tomb) in &self.revived {
            out.push(line(
                &conflict,
                tr!(
                    @ "merge-revived",
                    id = note.id.to_string(),
                    by = if tomb.by.is_empty() { crate::tr!(@ "merge-no-coder") } else { tomb.by.clone() },
                    at = tomb.at.to_string()
                ),
            ));
            out.push(format!(
                "  {}",
                tr!(@ "merge-kept", version = describe(note))
            ));
        }
        let group = |g: &Group| match g.participants {
            Some(p) => tr!(@ "merge-group-version", name = g.name.as_str(), participants = p),
            None => tr!(@ "merge-group-version-unknown", name = g.name.as_str()),
        };
        for c in &self.group_conflicts {
            let lost = c.lost.iter().map(group).collect::<Vec<_>>().join(", ");
            out.push(line(
                &conflict,
                tr!(
                    @ "merge-group-conflict",
                    id = c.kept.id.as_str(),
                    kept = group(&c.kept),
                    lost = lost
                ),
            ));
        }
        for c in &self.criterion_conflicts {
            let worded = |x: &Criterion| {
                tr!(
                    @ "merge-criterion-version",
                    wording = x.wording.as_str(),
                    family = x.family.as_str()
                )
            };
            out.push(line(
                &conflict,
                tr!(
                    @ "merge-criterion-conflict",
                    id = c.kept.id.as_str(),
                    kept = worded(&c.kept),
                    lost = c.lost.iter().map(worded).collect::<Vec<_>>().join(", ")
                ),
            ));
        }
        for l in &self.left_criteria {
            out.push(line(
                &conflict,
                tr!(
                    @ "merge-left-criterion",
                    note = l.note.to_string(),
                    criterion = l.criterion.as_str(),
                    coded = l.note_family.as_str(),
                    family = l.criterion_family.as_str()
                ),
            ));
        }
        for (c, without) in &self.removed_criteria {
            out.push(line(
                &tr!(@ "merge-removed"),
                tr!(
                    @ "merge-removed-criterion",
                    id = c.id.as_str(),
                    wording = c.wording.as_str(),
                    files = without.join(", ")
                ),
            ));
        }
        for c in &self.question_conflicts {
            let lang = self.session.language;
            out.push(line(
                &conflict,
                tr!(
                    @ "merge-question-conflict",
                    id = c.kept.id.as_str(),
                    kept = question_words(&c.kept, c.lost.first().unwrap_or(&c.kept), lang),
                    lost = c
                        .lost
                        .iter()
                        .map(|q| question_words(q, &c.kept, lang))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
        for c in &self.detail_conflicts {
            let when = match c.newest {
                Some(at) => tr!(@ "merge-newest", at = at.to_string()),
                None => tr!(@ "merge-newest-none"),
            };
            let (kept, file, lost) = (c.kept.as_str(), c.from.as_str(), c.lost.join(", "));
            let said = match c.detail {
                Detail::Title => {
                    tr!(@ "merge-title-conflict", kept = kept, file = file, when = when, lost = lost)
                }
                Detail::Place => {
                    tr!(@ "merge-place-conflict", kept = kept, file = file, when = when, lost = lost)
                }
                Detail::Date => {
                    tr!(@ "merge-date-conflict", kept = kept, file = file, when = when, lost = lost)
                }
            };
            out.push(line(&conflict, said));
        }
        if !self.question_orders.is_empty() {
            let ids = |q: &[Question]| {
                q.iter()
                    .map(|q| q.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            out.push(line(
                &conflict,
                tr!(@ "merge-question-order", kept = ids(&self.session.questions)),
            ));
            for (file, order) in &self.question_orders {
                out.push(format!(
                    "  {}",
                    tr!(@ "merge-file-list", file = file.as_str(), list = order.join(", "))
                ));
            }
        }
        if !self.facilitators_differ.is_empty() {
            out.push(line(
                &tr!(@ "merge-remark"),
                tr!(
                    @ "merge-facilitators",
                    kept = self.session.facilitators.join(", ")
                ),
            ));
            for (file, names) in &self.facilitators_differ {
                let names = if names.is_empty() {
                    tr!(@ "merge-facilitators-none")
                } else {
                    names.join(", ")
                };
                out.push(format!(
                    "  {}",
                    tr!(@ "merge-file-list", file = file.as_str(), list = names)
                ));
            }
        }
        for (name, ids) in &self.same_name_groups {
            out.push(line(
                &tr!(@ "merge-remark"),
                tr!(
                    @ "merge-same-name",
                    n = ids.len(),
                    name = name.as_str(),
                    ids = ids.join(", ")
                ),
            ));
        }
        out
    }

    /// Conflicts of any kind, and criteria removed: the choices it made
    /// (a detail each, the questions' order once; not the facilitators:
    /// every name is kept).
    pub fn conflicts(&self) -> usize {
        self.note_conflicts.len()
            + self.group_conflicts.len()
            + self.criterion_conflicts.len()
            + self.question_conflicts.len()
            + self.left_criteria.len()
            + self.removed_criteria.len()
            + self.revived.len()
            + self.detail_conflicts.len()
            + usize::from(!self.question_orders.is_empty())
    }
}
