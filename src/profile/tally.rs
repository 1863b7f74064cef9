//! Counting a session's coded notes per group and family, for comparison:
//! the small summary kept of each file once its notes are dropped.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::compare::Crosstab;
use crate::model::{Framework, Lang, Session};

/// What a comparison compares: the groups, or the sessions as wholes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum By {
    #[default]
    Group,
    Session,
}

/// One session's coded notes per group and family (in the framework's
/// order), with the notes outside the comparison counted apart.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SessionTally {
    pub title: String,
    pub language: Lang,
    /// The session's question ids, in order.
    pub questions: Vec<String>,
    /// (group name, counts per family), in the session's group order.
    pub groups: Vec<(String, Vec<u64>)>,
    /// Notes of the compared question(s) not coded yet.
    pub uncoded: u64,
    /// Notes coded with a family the framework does not know.
    pub unknown: u64,
}

/// The family index of every family id of a framework.
pub fn family_index(framework: &Framework) -> HashMap<&str, usize> {
    framework
        .families
        .iter()
        .enumerate()
        .map(|(i, f)| (f.id.as_str(), i))
        .collect()
}

impl SessionTally {
    /// An empty tally of these groups (names in order).
    pub fn new(title: &str, questions: Vec<String>, groups: Vec<String>, families: usize) -> Self {
        SessionTally {
            title: title.to_string(),
            language: Lang::default(),
            questions,
            groups: groups.into_iter().map(|g| (g, vec![0; families])).collect(),
            uncoded: 0,
            unknown: 0,
        }
    }

    /// Counts one note of group `group` (an index) coded `family`.
    pub fn count(&mut self, group: usize, family: Option<&str>, index: &HashMap<&str, usize>) {
        match family {
            None => self.uncoded += 1,
            Some(f) => match index.get(f) {
                Some(&f) => self.groups[group].1[f] += 1,
                None => self.unknown += 1,
            },
        }
    }
}

/// Tallies a session in memory; `question` keeps one question's notes
/// (`None`: all).
pub fn tally(session: &Session, framework: &Framework, question: Option<&str>) -> SessionTally {
    let index = family_index(framework);
    let groups = session.group_index();
    let mut out = SessionTally::new(
        &session.title,
        session.questions.iter().map(|q| q.id.clone()).collect(),
        session.groups.iter().map(|g| g.name.clone()).collect(),
        framework.families.len(),
    );
    out.language = session.language;
    for note in &session.notes {
        if question.is_some_and(|q| q != note.question) {
            continue;
        }
        if let Some(&g) = groups.get(note.group.as_str()) {
            out.count(g, note.family.as_deref(), &index);
        }
    }
    out
}

/// The rows × families table of several sessions' tallies. Each session is
/// named by its title, or by `names[i]` (its file) where two titles are the
/// same; by group, a row is "session · group" when there is more than one
/// session. Two groups of a session with one name are told apart by a
/// number.
pub fn crosstab(
    tallies: &[SessionTally],
    names: &[String],
    by: By,
    families: &[String],
) -> Crosstab {
    let mut titles: HashMap<&str, usize> = HashMap::new();
    for t in tallies {
        *titles.entry(t.title.as_str()).or_default() += 1;
    }
    let mut table = Crosstab::new(families.to_vec());
    let mut taken: HashSet<String> = HashSet::new();
    for (i, t) in tallies.iter().enumerate() {
        let session = if titles[t.title.as_str()] > 1 || t.title.trim().is_empty() {
            names.get(i).cloned().unwrap_or_else(|| t.title.clone())
        } else {
            t.title.clone()
        };
        match by {
            By::Session => {
                let row = unique_row(&mut table, &mut taken, session);
                for (_, counts) in &t.groups {
                    add(&mut table.counts[row], counts);
                }
            }
            By::Group => {
                for (name, counts) in &t.groups {
                    let label = if tallies.len() > 1 {
                        format!("{session} · {name}")
                    } else {
                        name.clone()
                    };
                    let row = unique_row(&mut table, &mut taken, label);
                    add(&mut table.counts[row], counts);
                }
            }
        }
    }
    table
}

/// A new row, its name numbered when already taken.
fn unique_row(table: &mut Crosstab, taken: &mut HashSet<String>, name: String) -> usize {
    let mut label = name.clone();
    let mut n = 2;
    while taken.contains(&label) {
        label = format!("{name} ({n})");
        n += 1;
    }
    taken.insert(label.clone());
    table.rows.push(label);
    table.counts.push(vec![0; table.families.len()]);
    table.rows.len() - 1
}

fn add(into: &mut [u64], counts: &[u64]) {
    for (a, b) in into.iter_mut().zip(counts) {
        *a += b;
    }
}
