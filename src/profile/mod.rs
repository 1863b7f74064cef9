//! What is computed from a session: each group's profile (count and share of
//! its coded notes in each family, overall and by question; uncoded notes
//! apart), and the aggregate, pooled and group mean.

use serde::Serialize;

mod compare;
mod compare_report;
mod count;
mod report;
mod synthesis;
mod tally;
mod unanswered;

pub use compare::{
    Comparison, Crosstab, Distance, Homogeneity, NoTest, Phrases, RESIDUAL_MARK, compare, fill,
    format_p, jensen_shannon,
};
pub use compare_report::{Chi2, CompareReport, RowDistance, compare_report, compare_report_in};
pub use count::{count_file, count_files, map_files};
pub use report::{
    AggregateReport, FamilyInfo, GroupReport, MeanShares, ProfileReport, Profiled, QuestionCounts,
    SessionReport, profile_files, profile_one, profile_report, report_of,
};
pub use synthesis::{
    CriterionReport, FamilySynthesis, NoteWords, Refusal as SynthesisRefusal, SynthesisReport,
    add_to, criteria_left_empty, dissolve, leaving_criterion, likeness, likeness_words, merge,
    reword, similar, split, synthesis_report, take_out,
};
pub use tally::{By, SessionTally, crosstab, family_index, tally};
pub use unanswered::{NAMED_MOST, named_most, unanswered_families};

use crate::model::{Framework, Questions, Session};

/// Counts of notes per family, with the notes outside the shares apart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Counts {
    /// Coded notes per family, in the framework's order.
    pub families: Vec<u32>,
    /// Notes not coded yet.
    pub uncoded: u32,
    /// Notes coded with a family the framework does not know: kept, counted
    /// here, never mixed into the shares.
    pub unknown: u32,
}

impl Counts {
    pub fn new(families: usize) -> Counts {
        Counts {
            families: vec![0; families],
            uncoded: 0,
            unknown: 0,
        }
    }

    /// Notes coded into a family of the framework: the base of the shares.
    pub fn coded(&self) -> u32 {
        self.families.iter().sum()
    }

    pub fn total(&self) -> u32 {
        self.coded() + self.uncoded + self.unknown
    }

    /// The share of the coded notes in family `f`; `None` when no note is
    /// coded (a share of nothing is undefined, not zero).
    pub fn share(&self, f: usize) -> Option<f64> {
        let coded = self.coded();
        (coded > 0).then(|| f64::from(self.families[f]) / f64::from(coded))
    }

    fn add(&mut self, other: &Counts) {
        for (a, b) in self.families.iter_mut().zip(&other.families) {
            *a += b;
        }
        self.uncoded += other.uncoded;
        self.unknown += other.unknown;
    }
}

/// Counts overall (`all`) and for each question of the session.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Split {
    pub all: Counts,
    /// In the session's question order, keyed by question id.
    pub by_question: Vec<(String, Counts)>,
}

impl Split {
    fn new(families: usize, questions: &[String]) -> Split {
        Split {
            all: Counts::new(families),
            by_question: questions
                .iter()
                .map(|q| (q.clone(), Counts::new(families)))
                .collect(),
        }
    }

    /// The counts of one question id, or of all with `None`.
    pub fn of(&self, question: Option<&str>) -> Option<&Counts> {
        match question {
            None => Some(&self.all),
            Some(q) => self
                .by_question
                .iter()
                .find(|(id, _)| id == q)
                .map(|(_, c)| c),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupProfile {
    pub id: String,
    pub name: String,
    pub participants: Option<u32>,
    pub counts: Split,
}

/// The shares of the aggregate in one reading, per family; `None` where
/// undefined (no coded note at all).
pub type Shares = Vec<Option<f64>>;

/// The aggregate of several groups, in its two readings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Aggregate {
    /// All notes together: large groups weigh more.
    pub pooled: Split,
    /// The mean of the groups' shares, each group counting once; groups with
    /// no coded note (for that question) are left out of the mean.
    pub group_mean: Vec<(Questions, Shares)>,
    /// How many groups each mean is over, per question (all first).
    pub group_mean_over: Vec<(Questions, usize)>,
}

impl Aggregate {
    pub fn mean_shares(&self, question: Option<&str>) -> Option<&Shares> {
        self.group_mean
            .iter()
            .find(|(q, _)| q.id() == question)
            .map(|(_, s)| s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionProfile {
    pub groups: Vec<GroupProfile>,
    pub aggregate: Aggregate,
}

/// Profiles every group of a session in one pass over its notes.
pub fn profile_session(session: &Session, framework: &Framework) -> SessionProfile {
    let families = framework.families.len();
    let questions: Vec<String> = session.questions.iter().map(|q| q.id.clone()).collect();
    let family_index = tally::family_index(framework);
    let group_index = session.group_index();
    let mut groups: Vec<GroupProfile> = session
        .groups
        .iter()
        .map(|g| GroupProfile {
            id: g.id.clone(),
            name: g.name.clone(),
            participants: g.participants,
            counts: Split::new(families, &questions),
        })
        .collect();
    for note in &session.notes {
        let Some(&g) = group_index.get(note.group.as_str()) else {
            continue;
        };
        let q = questions.iter().position(|q| *q == note.question);
        let family = note.family.as_deref().map(|f| family_index.get(f).copied());
        let split = &mut groups[g].counts;
        let targets = std::iter::once(&mut split.all).chain(
            split
                .by_question
                .iter_mut()
                .enumerate()
                .filter(|(i, _)| Some(*i) == q)
                .map(|(_, (_, c))| c),
        );
        for counts in targets {
            match family {
                None => counts.uncoded += 1,
                Some(None) => counts.unknown += 1,
                Some(Some(f)) => counts.families[f] += 1,
            }
        }
    }
    let aggregate = aggregate(&groups, families, &questions);
    SessionProfile { groups, aggregate }
}

/// The pooled and group-mean aggregate of any groups (of one session or of
/// many).
pub fn aggregate(groups: &[GroupProfile], families: usize, questions: &[String]) -> Aggregate {
    let mut pooled = Split::new(families, questions);
    for g in groups {
        pooled.all.add(&g.counts.all);
        for (q, c) in &mut pooled.by_question {
            if let Some(gc) = g.counts.of(Some(q)) {
                c.add(gc);
            }
        }
    }
    let keys: Vec<Option<&str>> = std::iter::once(None)
        .chain(questions.iter().map(|q| Some(q.as_str())))
        .collect();
    let mut group_mean = Vec::new();
    let mut group_mean_over = Vec::new();
    for key in keys {
        let with_codes: Vec<&Counts> = groups
            .iter()
            .filter_map(|g| g.counts.of(key))
            .filter(|c| c.coded() > 0)
            .collect();
        let n = with_codes.len();
        let shares: Shares = (0..families)
            .map(|f| {
                (n > 0)
                    .then(|| with_codes.iter().filter_map(|c| c.share(f)).sum::<f64>() / n as f64)
            })
            .collect();
        let name = Questions::of(key);
        group_mean.push((name.clone(), shares));
        group_mean_over.push((name, n));
    }
    Aggregate {
        pooled,
        group_mean,
        group_mean_over,
    }
}

#[cfg(test)]
mod tests;
