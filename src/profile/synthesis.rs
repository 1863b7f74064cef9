//! Synthesis: within a family, notes that say the same thing merged under
//! one wording (a criterion), with the count of notes behind it. The
//! operations here return a [`Change`], so the app records them for undo
//! and autosave like every other edit; the report is what the command line
//! prints, the citizens' own words always kept with each criterion.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use uuid::Uuid;

use crate::model::{Change, Criterion, Framework, Lang, Note, Session, now};
use crate::text::{clean, fold, words};

/// Why a synthesis operation was refused: the app says it on the status
/// line, in its language (`describe`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// A criterion's wording is empty once cleaned.
    NoWording,
    /// The criterion is no longer in the session.
    Gone,
    /// The notes are in that criterion already.
    Already,
    /// None of the notes is in a criterion.
    InNone,
    /// A note to split off is not in the criterion split.
    NotToSplit,
    /// The new wording is the one it had.
    Same,
    /// No note is marked.
    NoneMarked,
    /// A marked note is no longer in the session.
    MarkedGone,
    /// The notes are of more than one family (or of another).
    OneFamily,
}

impl crate::i18n::Describe for Refusal {
    fn describe(&self, lang: Lang) -> String {
        match self {
            Refusal::NoWording => crate::tr!(lang, "synthesis-refused-wording"),
            Refusal::Gone => crate::tr!(lang, "synthesis-refused-gone"),
            Refusal::Already => crate::tr!(lang, "synthesis-refused-already"),
            Refusal::InNone => crate::tr!(lang, "synthesis-refused-in-none"),
            Refusal::NotToSplit => crate::tr!(lang, "synthesis-refused-split"),
            Refusal::Same => crate::tr!(lang, "synthesis-refused-same"),
            Refusal::NoneMarked => crate::tr!(lang, "synthesis-refused-mark"),
            Refusal::MarkedGone => crate::tr!(lang, "synthesis-refused-marked-gone"),
            Refusal::OneFamily => crate::tr!(lang, "synthesis-refused-one-family"),
        }
    }
}

/// Merges notes (of `family`) into a new criterion worded `wording`. Notes
/// already in another criterion move to the new one; a criterion left with
/// no note is removed.
pub fn merge(
    session: &Session,
    family: &str,
    wording: &str,
    notes: &[Uuid],
) -> Result<Change, Refusal> {
    let wording = clean(wording);
    if wording.is_empty() {
        return Err(Refusal::NoWording);
    }
    let indices = note_indices(session, notes, Some(family))?;
    let criterion = Criterion {
        id: Uuid::new_v4().to_string(),
        family: family.to_string(),
        wording,
        created: now(),
    };
    let mut changes = vec![Change::AddCriterion {
        index: session.criteria.len(),
        criterion: criterion.clone(),
    }];
    changes.extend(move_notes(session, &indices, Some(&criterion.id)));
    changes.extend(criteria_left_empty(session, &indices));
    Ok(Change::Batch(changes))
}

/// Adds notes to an existing criterion (of the notes' family).
pub fn add_to(session: &Session, criterion: &str, notes: &[Uuid]) -> Result<Change, Refusal> {
    let c = session.criterion(criterion).ok_or(Refusal::Gone)?;
    let indices = note_indices(session, notes, Some(&c.family))?;
    let indices: Vec<usize> = indices
        .into_iter()
        .filter(|&i| session.notes[i].criterion.as_deref() != Some(criterion))
        .collect();
    if indices.is_empty() {
        return Err(Refusal::Already);
    }
    let mut changes = move_notes(session, &indices, Some(criterion));
    changes.extend(criteria_left_empty(session, &indices));
    Ok(Change::Batch(changes))
}

/// Takes notes out of their criterion; a criterion left with no note is
/// removed.
pub fn take_out(session: &Session, notes: &[Uuid]) -> Result<Change, Refusal> {
    let indices: Vec<usize> = note_indices(session, notes, None)?
        .into_iter()
        .filter(|&i| session.notes[i].criterion.is_some())
        .collect();
    if indices.is_empty() {
        return Err(Refusal::InNone);
    }
    let mut changes = move_notes(session, &indices, None);
    changes.extend(criteria_left_empty(session, &indices));
    Ok(Change::Batch(changes))
}

/// Splits a criterion: the notes given go to a new criterion worded
/// `wording`, the others stay.
pub fn split(
    session: &Session,
    criterion: &str,
    wording: &str,
    notes: &[Uuid],
) -> Result<Change, Refusal> {
    let c = session.criterion(criterion).ok_or(Refusal::Gone)?;
    let indices = note_indices(session, notes, Some(&c.family))?;
    if indices
        .iter()
        .any(|&i| session.notes[i].criterion.as_deref() != Some(criterion))
    {
        return Err(Refusal::NotToSplit);
    }
    merge(session, &c.family.clone(), wording, notes)
}

/// Gives a criterion a new wording.
pub fn reword(session: &Session, criterion: &str, wording: &str) -> Result<Change, Refusal> {
    let index = session.criterion_index(criterion).ok_or(Refusal::Gone)?;
    let wording = clean(wording);
    if wording.is_empty() {
        return Err(Refusal::NoWording);
    }
    let before = session.criteria[index].clone();
    if before.wording == wording {
        return Err(Refusal::Same);
    }
    let after = Criterion {
        wording,
        ..before.clone()
    };
    Ok(Change::UpdateCriterion {
        index,
        before,
        after,
    })
}

/// Dissolves a criterion: its notes leave it, and it is removed.
pub fn dissolve(session: &Session, criterion: &str) -> Result<Change, Refusal> {
    let index = session.criterion_index(criterion).ok_or(Refusal::Gone)?;
    let indices: Vec<usize> = (0..session.notes.len())
        .filter(|&i| session.notes[i].criterion.as_deref() == Some(criterion))
        .collect();
    let mut changes = move_notes(session, &indices, None);
    changes.push(Change::RemoveCriterion {
        index,
        criterion: session.criteria[index].clone(),
    });
    changes.extend(session.unlinking(&[], &[criterion], crate::model::now()));
    Ok(Change::Batch(changes))
}

/// A change to the note at `index` (its update or its removal), with the
/// removal of the criterion it leaves empty, as one step: deleting or
/// recoding a criterion's last note in the workshop leaves no empty
/// criterion behind (and undo brings both back).
pub fn leaving_criterion(session: &Session, index: usize, change: Change) -> Change {
    let Some(note) = session.notes.get(index) else {
        return change;
    };
    if let Change::UpdateNote { after, .. } = &change
        && after.criterion == note.criterion
    {
        return change;
    }
    let removed = criteria_left_empty(session, &[index]);
    if removed.is_empty() {
        return change;
    }
    Change::Batch(std::iter::once(change).chain(removed).collect())
}

/// The notes' indices, refused when one is missing or (with `family`) not
/// coded in that family.
fn note_indices(
    session: &Session,
    notes: &[Uuid],
    family: Option<&str>,
) -> Result<Vec<usize>, Refusal> {
    if notes.is_empty() {
        return Err(Refusal::NoneMarked);
    }
    let wanted: HashSet<Uuid> = notes.iter().copied().collect();
    let indices: Vec<usize> = (0..session.notes.len())
        .filter(|&i| wanted.contains(&session.notes[i].id))
        .collect();
    if indices.len() != wanted.len() {
        return Err(Refusal::MarkedGone);
    }
    if let Some(family) = family
        && indices
            .iter()
            .any(|&i| session.notes[i].family.as_deref() != Some(family))
    {
        return Err(Refusal::OneFamily);
    }
    Ok(indices)
}

fn move_notes(session: &Session, indices: &[usize], to: Option<&str>) -> Vec<Change> {
    indices
        .iter()
        .filter(|&&i| session.notes[i].criterion.as_deref() != to)
        .map(|&i| {
            let before = session.notes[i].clone();
            let after = Note {
                criterion: to.map(str::to_string),
                ..before.clone()
            };
            Change::UpdateNote {
                index: i,
                before: Box::new(before),
                after: Box::new(after),
            }
        })
        .collect()
}

/// The removal of the criteria the notes at `moved` leave empty when they
/// leave their criterion, last index first so the indices hold (then the
/// actions that answered them, without those links): the one
/// cleanup of synthesis operations, of a note recoded or deleted in the
/// workshop, and of a codings import.
pub fn criteria_left_empty(session: &Session, moved: &[usize]) -> Vec<Change> {
    let moved: HashSet<usize> = moved.iter().copied().collect();
    let left: HashSet<&str> = moved
        .iter()
        .filter_map(|&i| session.notes[i].criterion.as_deref())
        .collect();
    let mut still: HashSet<&str> = HashSet::new();
    for (i, n) in session.notes.iter().enumerate() {
        if !moved.contains(&i)
            && let Some(c) = n.criterion.as_deref()
        {
            still.insert(c);
        }
    }
    let mut emptied: Vec<usize> = session
        .criteria
        .iter()
        .enumerate()
        .filter(|(_, c)| left.contains(c.id.as_str()) && !still.contains(c.id.as_str()))
        .map(|(i, _)| i)
        .collect();
    emptied.sort_unstable_by(|a, b| b.cmp(a));
    let ids: Vec<&str> = emptied
        .iter()
        .map(|&i| session.criteria[i].id.as_str())
        .collect();
    // The actions that answer them lose those links in the same step.
    let unlinked = session.unlinking(&[], &ids, crate::model::now());
    emptied
        .iter()
        .map(|&index| Change::RemoveCriterion {
            index,
            criterion: session.criteria[index].clone(),
        })
        .chain(unlinked)
        .collect()
}

// ----- similar notes -----

/// Words too common to say that two notes are alike (Swedish, English,
/// Danish, French).
const STOP_WORDS: &[&str] = &[
    "att", "och", "for", "med", "som", "den", "det", "inte", "till", "har", "jag", "min", "mitt",
    "mina", "mig", "vara", "nar", "pa", "av", "en", "ett", "the", "and", "with", "not", "are",
    "you", "for", "my", "of", "to", "in", "a", "og", "til", "ikke", "jeg", "les", "des", "une",
    "pour", "pas", "avec", "est", "que", "qui", "dans", "et", "le", "la", "de", "du",
];

/// A note's words for likeness: folded, without the common ones.
pub fn likeness_words(text: &str) -> Vec<String> {
    let folded = fold(text);
    words(&folded)
        .filter(|w| w.chars().count() >= 3 && !STOP_WORDS.contains(w))
        .map(str::to_string)
        .collect()
}

/// Whether two words are alike: the same, one the other's stem (at least 4
/// letters: "familj"/"familjen", "stress"/"stressad"), or close by
/// Jaro–Winkler (typos, inflections).
fn alike(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.chars().count() >= 4 && long.starts_with(short) {
        return true;
    }
    strsim::jaro_winkler(a, b) >= 0.9
}

/// How alike two notes are, from 0 to 1: the share of the shorter note's
/// words that have a like word in the other.
pub fn likeness(a: &[String], b: &[String]) -> f64 {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() {
        return 0.0;
    }
    let hits = short
        .iter()
        .filter(|w| long.iter().any(|v| alike(w, v)))
        .count();
    hits as f64 / short.len() as f64
}

/// Notes at least this alike to a marked one are suggested.
pub const SIMILAR: f64 = 0.5;

/// Among `candidates`, the notes like any of `marked`, most alike first:
/// (candidate position, likeness).
pub fn similar(marked: &[Vec<String>], candidates: &[Vec<String>]) -> Vec<(usize, f64)> {
    let mut out: Vec<(usize, f64)> = candidates
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let best = marked.iter().map(|m| likeness(m, c)).fold(0.0f64, f64::max);
            (best >= SIMILAR).then_some((i, best))
        })
        .collect();
    out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

// ----- the report -----

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SynthesisReport {
    /// The sessions' titles (or files), in order.
    pub sessions: Vec<String>,
    /// Question ids, in order, for the counts by question.
    pub questions: Vec<String>,
    pub families: Vec<FamilySynthesis>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FamilySynthesis {
    pub id: String,
    pub label: String,
    /// Most notes first.
    pub criteria: Vec<CriterionReport>,
    /// Notes coded in the family and in no criterion.
    pub not_merged: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriterionReport {
    pub wording: String,
    pub count: u64,
    /// Notes per question, in the order of `questions`.
    pub by_question: Vec<u64>,
    /// The citizens' words behind the criterion.
    pub notes: Vec<NoteWords>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NoteWords {
    pub session: String,
    pub group: String,
    pub question: String,
    pub text: String,
}

/// The synthesis of one or more sessions: per family (the framework's
/// order, then families it does not know), each criterion with its count,
/// its count by question and its notes. Criteria of several sessions with
/// the same family and wording (case and accents aside) are one.
pub fn synthesis_report(
    sessions: &[(String, Session)],
    framework: &Framework,
    lang: Lang,
) -> SynthesisReport {
    let mut questions: Vec<String> = Vec::new();
    for (_, s) in sessions {
        for q in &s.questions {
            if !questions.contains(&q.id) {
                questions.push(q.id.clone());
            }
        }
    }
    let mut families: Vec<FamilySynthesis> = framework
        .families
        .iter()
        .map(|f| FamilySynthesis {
            id: f.id.clone(),
            label: f.labels.get(lang).to_string(),
            criteria: Vec::new(),
            not_merged: 0,
        })
        .collect();
    // (family index, folded wording) -> criterion position in the family.
    let mut by_wording: HashMap<(usize, String), usize> = HashMap::new();
    for (name, s) in sessions {
        let place = place_criteria(s, &mut families, &mut by_wording, questions.len());
        count_notes(&session_name(name, s), s, &place, &mut families, &questions);
    }
    for f in &mut families {
        f.criteria.sort_by(|a, b| {
            b.count
                .cmp(&a.count)
                .then_with(|| fold(&a.wording).cmp(&fold(&b.wording)))
        });
    }
    SynthesisReport {
        sessions: sessions
            .iter()
            .map(|(name, s)| session_name(name, s))
            .collect(),
        questions,
        families,
    }
}

/// A session as the report names it: its title, else its file's name.
fn session_name(name: &str, s: &Session) -> String {
    if s.title.trim().is_empty() {
        name.to_string()
    } else {
        s.title.clone()
    }
}

/// The family of id `id` in the report, added after the others when the
/// framework does not know it.
fn family_of(id: &str, families: &mut Vec<FamilySynthesis>) -> usize {
    families.iter().position(|f| f.id == id).unwrap_or_else(|| {
        families.push(FamilySynthesis {
            id: id.to_string(),
            label: id.to_string(),
            criteria: Vec::new(),
            not_merged: 0,
        });
        families.len() - 1
    })
}

/// Where each of a session's criteria goes in the report (family, and
/// place in the family): with a criterion of the same family and wording
/// (folded) when an earlier session had one.
fn place_criteria<'s>(
    s: &'s Session,
    families: &mut Vec<FamilySynthesis>,
    by_wording: &mut HashMap<(usize, String), usize>,
    questions: usize,
) -> HashMap<&'s str, (usize, usize)> {
    let mut place = HashMap::new();
    for c in &s.criteria {
        let f = family_of(&c.family, families);
        let key = (f, fold(&c.wording));
        let at = *by_wording.entry(key).or_insert_with(|| {
            families[f].criteria.push(CriterionReport {
                wording: c.wording.clone(),
                count: 0,
                by_question: vec![0; questions],
                notes: Vec::new(),
            });
            families[f].criteria.len() - 1
        });
        place.insert(c.id.as_str(), (f, at));
    }
    place
}

/// Counts a session's notes: each in its criterion (with its words), or as
/// not merged in its family.
fn count_notes(
    session_name: &str,
    s: &Session,
    place: &HashMap<&str, (usize, usize)>,
    families: &mut Vec<FamilySynthesis>,
    questions: &[String],
) {
    for n in &s.notes {
        match n.criterion.as_deref().and_then(|c| place.get(c)) {
            Some(&(f, at)) => {
                let c = &mut families[f].criteria[at];
                c.count += 1;
                if let Some(q) = questions.iter().position(|q| *q == n.question) {
                    c.by_question[q] += 1;
                }
                c.notes.push(NoteWords {
                    session: session_name.to_string(),
                    group: s
                        .group(&n.group)
                        .map(|g| g.name.clone())
                        .unwrap_or_default(),
                    question: n.question.clone(),
                    text: n.text.clone(),
                });
            }
            None => {
                if let Some(fam) = &n.family {
                    let f = family_of(fam, families);
                    families[f].not_merged += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
