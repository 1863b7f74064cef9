//! Taking in another version of a session (the file changed on disk, or a
//! sync engine's conflict copy): merged by id under the rules of `spiral
//! merge`, and what came in said in a line.
//!
//! Who writes a merge, so that the laptops of a territory converge: the
//! spiral that holds the session's lock on its machine (the window open
//! on it, or, when no window is, the territory view, for a moment). It
//! writes only when the merge holds something the file does not, so once
//! every laptop has everything, nobody writes and the sync engine has
//! nothing more to carry. Without a base (conflict copies), two laptops
//! merging the same two versions write the same bytes: the merge is
//! canonical, its result depends only on the versions merged. With one
//! (an open session taking in its file), what one side changed since the
//! file is first made the same in both versions, so the laptops may
//! decide a difference each by what it last saw, and still converge: a
//! difference once settled is the same in every later version.

use std::collections::HashMap;

use uuid::Uuid;

use crate::merge::{MergeError, Merged, merge};
use crate::model::{Change, Lang, Note, Session};

/// What merging another version brought in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Intake {
    /// Notes the other version had and this one did not.
    pub new_notes: usize,
    /// Notes whose other version won (newer).
    pub changed_notes: usize,
    /// Notes this version had that the other deleted (after their last
    /// change here).
    pub deleted_notes: usize,
    /// Who coded the notes that came in (first seen first).
    pub coders: Vec<String>,
    /// Every choice the merge made, a line each, short, for the screen
    /// (a note by its words: “…”: kept 7 (Bo), lost 1 (Anna)).
    pub conflicts: Vec<String>,
    /// The same in full (`Merged::report`: ids, every version with its
    /// time), for the record kept beside the session.
    pub record: Vec<String>,
    /// How many choices (not lines).
    pub conflict_count: usize,
    /// Groups, questions, criteria or details that came in.
    pub other_changes: bool,
    /// Actions that came in, changed (a report added too) or went.
    pub actions: usize,
}

impl Intake {
    /// Whether anything came in at all.
    pub fn is_empty(&self) -> bool {
        self.new_notes == 0
            && self.changed_notes == 0
            && self.deleted_notes == 0
            && self.conflict_count == 0
            && !self.other_changes
            && self.actions == 0
    }

    /// "3 notes from Bo · 1 note changed · 1 conflict: note “…” kept … lost …".
    pub fn describe(&self, lang: crate::model::Lang) -> String {
        use crate::tr;
        let mut parts = Vec::new();
        let coders = self.coders.join(", ");
        if self.new_notes > 0 {
            parts.push(if self.coders.is_empty() {
                tr!(lang, "intake-new", n = self.new_notes)
            } else {
                tr!(
                    lang,
                    "intake-new-from",
                    n = self.new_notes,
                    coders = coders.as_str()
                )
            });
        }
        if self.changed_notes > 0 {
            parts.push(if self.new_notes == 0 && !self.coders.is_empty() {
                tr!(
                    lang,
                    "intake-changed-by",
                    n = self.changed_notes,
                    coders = coders.as_str()
                )
            } else {
                tr!(lang, "intake-changed", n = self.changed_notes)
            });
        }
        if self.deleted_notes > 0 {
            parts.push(tr!(lang, "intake-deleted", n = self.deleted_notes));
        }
        if self.actions > 0 {
            parts.push(tr!(lang, "intake-actions", n = self.actions));
        }
        if self.new_notes == 0 && self.changed_notes == 0 && self.other_changes {
            parts.push(tr!(lang, "intake-details"));
        }
        if self.conflict_count > 0 {
            let first = self.conflicts.iter().take(3).cloned().collect::<Vec<_>>();
            parts.push(tr!(
                lang,
                "intake-conflicts",
                n = self.conflict_count,
                which = first.join("; ")
            ));
        }
        if parts.is_empty() {
            tr!(lang, "intake-nothing")
        } else {
            parts.join(" · ")
        }
    }
}

/// Each note's time of change.
pub fn versions(session: &Session) -> HashMap<Uuid, jiff::Timestamp> {
    session.notes.iter().map(|n| (n.id, n.modified)).collect()
}

/// What the file held as this side last saved it (or took it in): the
/// base against which two versions tell who changed what since.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Base {
    /// Each note's time of change, and a hash of all it held: an edit that
    /// kept the time (by hand, `sed`, a git merge) is a change all the same.
    pub notes: HashMap<Uuid, (jiff::Timestamp, u64)>,
    pub groups: Vec<crate::model::Group>,
    pub questions: Vec<crate::model::Question>,
    pub details: crate::model::Details,
    pub language: crate::model::Lang,
    pub actions: Vec<crate::model::Action>,
}

impl Base {
    pub fn of(session: &Session) -> Base {
        Base {
            notes: session
                .notes
                .iter()
                .map(|n| (n.id, (n.modified, content(n))))
                .collect(),
            groups: session.groups.clone(),
            questions: session.questions.clone(),
            details: session.details(),
            language: session.language,
            actions: session.actions.clone(),
        }
    }
}

/// A hash of everything a note holds (this process's own: never stored).
fn content(note: &Note) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    note.hash(&mut h);
    h.finish()
}

/// Merges `theirs` into `ours`: the merged session (canonical) and what
/// came in. Refused when the two were coded with different frameworks.
///
/// Two versions of a note (a group, a question, the session's details)
/// are a conflict when both sides changed it, and the merge's rules
/// decide (the newer note wins). With a `base` (what the file held as
/// this side last saved it), when `theirs` was made after seeing that
/// file (it holds every note of it, each at least as new), a thing only
/// one side changed since is taken from that side, and is no conflict.
/// Without a base every difference is decided by the rules and listed.
/// What came in (`Intake`'s lines, the versions' names in the record) is
/// said in `lang`, the language of the face that takes it in.
pub fn take_in(
    ours: &Session,
    theirs: &Session,
    base: Option<&Base>,
    lang: Lang,
) -> Result<(Merged, Intake), MergeError> {
    // A version made apart from the file (the two changed apart, and the
    // sync engine still put one in the other's place) lacks some of its
    // notes, or holds one older than the file had: no usable base then.
    let theirs_at = versions(theirs);
    let buried: std::collections::HashSet<Uuid> = theirs.deleted.iter().map(|t| t.id).collect();
    let base = base.filter(|base| {
        base.notes
            .iter()
            .all(|(id, (t, _))| theirs_at.get(id).is_some_and(|m| m >= t) || buried.contains(id))
    });
    // What only one side changed since the base is put in both versions
    // before the merge, so the merge sees no difference there, and its
    // rules (criteria, canonical order, its checks) see the final values.
    let (mut mine, mut other) = (ours.clone(), theirs.clone());
    if let Some(base) = base {
        one_sided(&mut mine, &mut other, base);
    }
    let merged = merge(&[
        (crate::tr!(lang, "intake-this-version"), mine),
        (crate::tr!(lang, "intake-other-version"), other),
    ])?;
    let intake = intake_of(ours, &merged, lang);
    Ok((merged, intake))
}

/// Of two versions of one thing, the one only one side changed since the
/// base, in both (as they are when both or neither did).
fn settle<T: PartialEq + Clone>(mine: &mut T, other: &mut T, base: &T) {
    match (*mine == *base, *other == *base) {
        (true, false) => *mine = other.clone(),
        (false, true) => *other = mine.clone(),
        _ => {}
    }
}

/// `settle` for each item (by id) both versions and the base have.
fn one_sided_items<T: PartialEq + Clone, K: PartialEq>(
    mine: &mut [T],
    other: &mut [T],
    base: &[T],
    id: impl Fn(&T) -> K,
) {
    for m in mine.iter_mut() {
        let (Some(t), Some(b)) = (
            other.iter_mut().find(|x| id(x) == id(m)),
            base.iter().find(|x| id(x) == id(m)),
        ) else {
            continue;
        };
        settle(m, t, b);
    }
}

/// Makes both versions hold the version of each note, group, question and
/// action (and of the session's details and language) that only one of them
/// changed since the base.
fn one_sided(mine: &mut Session, other: &mut Session, base: &Base) {
    let at: HashMap<Uuid, usize> = other
        .notes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id, i))
        .collect();
    for n in mine.notes.iter_mut() {
        let Some(&j) = at.get(&n.id) else { continue };
        let t = &mut other.notes[j];
        let Some(&(_, was)) = base.notes.get(&n.id) else {
            continue;
        };
        if *n == *t {
            continue;
        }
        // By what each holds, whatever the times say: the side that left
        // the note as the base had it takes the other's version; when both
        // changed it, the merge's rules decide, and it is listed.
        match (content(n) == was, content(t) == was) {
            (true, false) => *n = t.clone(),
            (false, true) => *t = n.clone(),
            _ => {}
        }
    }
    one_sided_items(&mut mine.groups, &mut other.groups, &base.groups, |g| {
        g.id.clone()
    });
    one_sided_items(
        &mut mine.questions,
        &mut other.questions,
        &base.questions,
        |q| q.id.clone(),
    );
    one_sided_items(&mut mine.actions, &mut other.actions, &base.actions, |a| {
        a.id
    });
    let (mut m, mut t) = (mine.details(), other.details());
    settle(&mut m, &mut t, &base.details);
    mine.set_details(m);
    other.set_details(t);
    settle(&mut mine.language, &mut other.language, &base.language);
}

fn intake_of(ours: &Session, merged: &Merged, lang: Lang) -> Intake {
    let mine: HashMap<Uuid, &Note> = ours.notes.iter().map(|n| (n.id, n)).collect();
    let mut intake = Intake::default();
    for note in &merged.session.notes {
        let came = match mine.get(&note.id) {
            None => {
                intake.new_notes += 1;
                true
            }
            Some(m) if *m != note => {
                intake.changed_notes += 1;
                true
            }
            Some(_) => false,
        };
        if came && !note.coder.is_empty() && !intake.coders.contains(&note.coder) {
            intake.coders.push(note.coder.clone());
        }
    }
    let m = &merged.session;
    let kept: std::collections::HashSet<Uuid> = m.notes.iter().map(|n| n.id).collect();
    intake.deleted_notes = ours.notes.iter().filter(|n| !kept.contains(&n.id)).count();
    intake.other_changes = m.groups.len() != ours.groups.len()
        || m.groups.iter().any(|g| ours.group(&g.id) != Some(g))
        || m.criteria.len() != ours.criteria.len()
        || m.criteria.iter().any(|c| ours.criterion(&c.id) != Some(c))
        || m.questions.len() != ours.questions.len()
        || m.questions.iter().any(|q| ours.question(&q.id) != Some(q))
        || m.details() != ours.details()
        || m.language != ours.language;
    intake.actions = m
        .actions
        .iter()
        .filter(|a| ours.action(a.id) != Some(*a))
        .count()
        + ours
            .actions
            .iter()
            .filter(|a| m.action(a.id).is_none())
            .count();
    intake.conflict_count = merged.conflicts();
    intake.conflicts = short_conflicts(merged, lang);
    intake.record = merged.report_in(lang);
    intake
}

/// Each choice the merge made, in a few words and no ids: a note by its
/// words and each version's family (by its key and label, "7 Social
/// balances"; `? id` for a framework the core does not know) and coder;
/// the rest as the merge says it to people (`Merged::said_in`).
fn short_conflicts(merged: &Merged, lang: Lang) -> Vec<String> {
    use crate::merge::coder_or_none;
    let version = |n: &Note| {
        format!(
            "{} ({})",
            n.family.as_deref().map_or_else(
                || crate::tr!(lang, "merge-uncoded"),
                |f| crate::merge::family_said(f, &merged.session, lang)
            ),
            coder_or_none(n, lang)
        )
    };
    let mut out: Vec<String> = merged
        .note_conflicts
        .iter()
        .map(|c| {
            let words: String = c.kept.text.chars().take(40).collect();
            let more = if c.kept.text.chars().count() > 40 {
                "…"
            } else {
                ""
            };
            let lost: Vec<String> = c
                .lost
                .iter()
                .map(|l| {
                    if l.text == c.kept.text {
                        version(l)
                    } else {
                        crate::tr!(
                            lang,
                            "intake-other-words",
                            words = l.text.chars().take(40).collect::<String>(),
                            version = version(l)
                        )
                    }
                })
                .collect();
            crate::tr!(
                lang,
                "intake-note-conflict",
                words = format!("{words}{more}"),
                kept = version(&c.kept),
                lost = lost.join(", ")
            )
        })
        .collect();
    // A note brought back over a deletion, by its words too.
    out.extend(merged.revived.iter().map(|(n, tomb)| {
        let mut words: String = n.text.chars().take(40).collect();
        if n.text.chars().count() > 40 {
            words.push('…');
        }
        let by = if tomb.by.is_empty() {
            crate::merge::coder_or_none(n, lang)
        } else {
            tomb.by.clone()
        };
        crate::tr!(lang, "intake-revived", words = words, by = by)
    }));
    let notes = merged.note_conflicts.len() + merged.revived.len();
    let conflict = format!("{} ", crate::merge::conflict_word(lang));
    out.extend(
        merged
            .said_in(lang)
            .into_iter()
            .filter(|l| !l.starts_with("  "))
            .skip(notes)
            .map(|l| {
                l.strip_prefix(conflict.as_str())
                    .map(str::to_string)
                    .unwrap_or(l)
            }),
    );
    out
}

/// Whether the merged session holds anything `disk` does not (so it must
/// be written): the merge of `disk` alone is its canonical form.
pub fn adds_to(merged: &Session, disk: &Session) -> bool {
    match merge(&[("disk".to_string(), disk.clone())]) {
        Ok(alone) => alone.session != *merged,
        Err(_) => true,
    }
}

/// The changes that make `ours` hold what `merged` holds, by id, keeping
/// our order (what came in goes after what we had): the open session
/// takes in a merge this way, so its undo history stays valid and its
/// autosave writer follows by the same changes.
pub fn changes_to(ours: &Session, merged: &Session) -> Vec<Change> {
    let mut out = Vec::new();
    details_to(ours, merged, &mut out);
    groups_to(ours, merged, &mut out);
    criteria_to(ours, merged, &mut out);
    notes_to(ours, merged, &mut out);
    // The actions, once the notes that came in are there and before those
    // the merge deleted go (an action links to notes).
    if (&ours.actions, &ours.deleted_actions) != (&merged.actions, &merged.deleted_actions) {
        out.push(Change::Action(crate::model::ActionChange::SetAll {
            before: Box::new((ours.actions.clone(), ours.deleted_actions.clone())),
            after: Box::new((merged.actions.clone(), merged.deleted_actions.clone())),
        }));
    }
    deletions_to(ours, merged, &mut out);
    out
}

/// The session's own fields, its language and its questions (ours in our
/// order, then those that came in).
fn details_to(ours: &Session, merged: &Session, out: &mut Vec<Change>) {
    if ours.details() != merged.details() {
        out.push(Change::SetDetails {
            before: Box::new(ours.details()),
            after: Box::new(merged.details()),
        });
    }
    if ours.language != merged.language {
        out.push(Change::SetLanguage {
            before: ours.language,
            after: merged.language,
        });
    }
    let mut questions: Vec<_> = ours
        .questions
        .iter()
        .map(|q| merged.question(&q.id).unwrap_or(q).clone())
        .collect();
    for q in &merged.questions {
        if ours.question(&q.id).is_none() {
            questions.push(q.clone());
        }
    }
    if questions != ours.questions {
        out.push(Change::SetQuestions {
            before: ours.questions.clone(),
            after: questions,
        });
    }
}

/// Groups changed, then groups that came in, after ours.
fn groups_to(ours: &Session, merged: &Session, out: &mut Vec<Change>) {
    let mut groups = ours.groups.len();
    for g in &merged.groups {
        match ours.groups.iter().position(|x| x.id == g.id) {
            Some(i) if ours.groups[i] != *g => out.push(Change::UpdateGroup {
                index: i,
                before: ours.groups[i].clone(),
                after: g.clone(),
            }),
            Some(_) => {}
            None => {
                out.push(Change::AddGroup {
                    index: groups,
                    group: g.clone(),
                });
                groups += 1;
            }
        }
    }
}

/// Criteria changed, then criteria that came in, after ours (those the
/// merge removed go last, in `deletions_to`).
fn criteria_to(ours: &Session, merged: &Session, out: &mut Vec<Change>) {
    let mut criteria = ours.criteria.len();
    for c in &merged.criteria {
        match ours.criteria.iter().position(|x| x.id == c.id) {
            Some(i) if ours.criteria[i] != *c => out.push(Change::UpdateCriterion {
                index: i,
                before: ours.criteria[i].clone(),
                after: c.clone(),
            }),
            Some(_) => {}
            None => {
                out.push(Change::AddCriterion {
                    index: criteria,
                    criterion: c.clone(),
                });
                criteria += 1;
            }
        }
    }
}

/// Notes changed, then notes that came in, after ours (by an index of ours
/// by id: one pass, whatever the number of notes).
fn notes_to(ours: &Session, merged: &Session, out: &mut Vec<Change>) {
    let index: HashMap<Uuid, usize> = ours
        .notes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id, i))
        .collect();
    let mut notes = ours.notes.len();
    for n in &merged.notes {
        match index.get(&n.id) {
            Some(&i) if ours.notes[i] != *n => out.push(Change::UpdateNote {
                index: i,
                before: Box::new(ours.notes[i].clone()),
                after: Box::new(n.clone()),
            }),
            Some(_) => {}
            None => {
                out.push(Change::AddNote {
                    index: notes,
                    note: n.clone(),
                });
                notes += 1;
            }
        }
    }
}

/// What the merge took away: notes it deleted (another laptop deleted
/// them after their last change here), from the last, so the indices
/// before stay right; then the tombstones as the merge has them; then the
/// criteria it removed, once their notes have left them, from the last.
fn deletions_to(ours: &Session, merged: &Session, out: &mut Vec<Change>) {
    let kept: std::collections::HashSet<Uuid> = merged.notes.iter().map(|n| n.id).collect();
    for (i, n) in ours.notes.iter().enumerate().rev() {
        if !kept.contains(&n.id) {
            out.push(Change::RemoveNote {
                index: i,
                note: n.clone(),
            });
        }
    }
    let (was, now): (std::collections::HashSet<_>, std::collections::HashSet<_>) = (
        ours.deleted.iter().collect(),
        merged.deleted.iter().collect(),
    );
    for t in ours.deleted.iter().filter(|t| !now.contains(t)) {
        out.push(Change::Unbury(t.clone()));
    }
    for t in merged.deleted.iter().filter(|t| !was.contains(t)) {
        out.push(Change::Bury(t.clone()));
    }
    for (i, c) in ours.criteria.iter().enumerate().rev() {
        if merged.criterion(&c.id).is_none() {
            out.push(Change::RemoveCriterion {
                index: i,
                criterion: c.clone(),
            });
        }
    }
}
