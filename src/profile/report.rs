//! The profile as the command line prints it: one structure, written as a
//! table, CSV, JSON or RON.

use serde::Serialize;

use super::{Aggregate, Counts, GroupProfile, Split, aggregate, profile_session};
use crate::model::{Framework, Lang, Questions, Session};

#[derive(Debug, Clone, Serialize)]
pub struct ProfileReport {
    pub framework: String,
    pub families: Vec<FamilyInfo>,
    pub sessions: Vec<SessionReport>,
    /// Over every group of every session, when there is more than one.
    pub all_sessions: Option<AggregateReport>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FamilyInfo {
    pub id: String,
    pub key: u8,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SessionReport {
    pub file: String,
    pub title: String,
    pub groups: Vec<GroupReport>,
    pub aggregate: AggregateReport,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupReport {
    pub name: String,
    pub id: String,
    pub participants: Option<u32>,
    /// `all` first, then each question in the session's order.
    pub questions: Vec<QuestionCounts>,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionCounts {
    pub question: Questions,
    pub counts: Vec<u32>,
    /// Share of the coded notes per family; `null` when none is coded.
    pub shares: Vec<Option<f64>>,
    pub coded: u32,
    pub uncoded: u32,
    pub unknown_family: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct AggregateReport {
    pub pooled: Vec<QuestionCounts>,
    pub group_mean: Vec<MeanShares>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MeanShares {
    pub question: Questions,
    /// Number of groups with a coded note, which the mean is over.
    pub groups: usize,
    pub shares: Vec<Option<f64>>,
}

fn question_counts(split: &Split) -> Vec<QuestionCounts> {
    std::iter::once((Questions::All, &split.all))
        .chain(
            split
                .by_question
                .iter()
                .map(|(q, c)| (Questions::One(q.clone()), c)),
        )
        .map(|(q, c)| counts_of(q, c))
        .collect()
}

fn counts_of(question: Questions, c: &Counts) -> QuestionCounts {
    QuestionCounts {
        question,
        counts: c.families.clone(),
        shares: (0..c.families.len()).map(|f| c.share(f)).collect(),
        coded: c.coded(),
        uncoded: c.uncoded,
        unknown_family: c.unknown,
    }
}

fn aggregate_report(a: &Aggregate) -> AggregateReport {
    AggregateReport {
        pooled: question_counts(&a.pooled),
        group_mean: a
            .group_mean
            .iter()
            .zip(&a.group_mean_over)
            .map(|((q, shares), (_, n))| MeanShares {
                question: q.clone(),
                groups: *n,
                shares: shares.clone(),
            })
            .collect(),
    }
}

/// One session's profile with what the report needs of it: all a report
/// over many files keeps of each (the notes themselves can go).
pub struct Profiled {
    pub file: String,
    pub title: String,
    pub language: Lang,
    /// The ids of its questions.
    pub questions: Vec<String>,
    pub profile: super::SessionProfile,
}

/// Profiles one session (read from `file`).
pub fn profile_one(file: &str, session: &Session, framework: &Framework) -> Profiled {
    Profiled {
        file: file.to_string(),
        title: session.title.clone(),
        language: session.language,
        questions: session.questions.iter().map(|q| q.id.clone()).collect(),
        profile: profile_session(session, framework),
    }
}

/// Profiles the sessions (each with the file it came from) against one
/// framework.
pub fn profile_report(
    sessions: &[(String, Session)],
    framework: &Framework,
    lang: Lang,
) -> ProfileReport {
    let profiled = sessions
        .iter()
        .map(|(file, session)| profile_one(file, session, framework))
        .collect();
    report_of(profiled, framework, lang)
}

/// Profiles session files: each is read and profiled on a core of its own,
/// then dropped, so only the profiles are kept. In `lang`, or the first
/// session's language. The first file that does not load (in order) is
/// the error.
pub fn profile_files(
    paths: &[std::path::PathBuf],
    framework: &Framework,
    lang: Option<Lang>,
) -> Result<ProfileReport, crate::store::LoadError> {
    let profiled = super::map_files(paths, |path| {
        let session = crate::store::load_session(path)?;
        Ok(profile_one(
            &path.display().to_string(),
            &session,
            framework,
        ))
    })
    .into_iter()
    .collect::<Result<Vec<_>, _>>()?;
    let lang = lang
        .or_else(|| profiled.first().map(|p| p.language))
        .unwrap_or_default();
    Ok(report_of(profiled, framework, lang))
}

/// The report over sessions already profiled, in their order.
pub fn report_of(profiled: Vec<Profiled>, framework: &Framework, lang: Lang) -> ProfileReport {
    let mut all_groups: Vec<GroupProfile> = Vec::new();
    let mut questions: Vec<String> = Vec::new();
    let mut reports = Vec::new();
    let many = profiled.len() > 1;
    for one in profiled {
        let p = one.profile;
        for q in one.questions {
            if !questions.contains(&q) {
                questions.push(q);
            }
        }
        reports.push(SessionReport {
            file: one.file,
            title: one.title,
            groups: p
                .groups
                .iter()
                .map(|g| GroupReport {
                    name: g.name.clone(),
                    id: g.id.clone(),
                    participants: g.participants,
                    questions: question_counts(&g.counts),
                })
                .collect(),
            aggregate: aggregate_report(&p.aggregate),
        });
        all_groups.extend(p.groups);
    }
    let all_sessions = many.then(|| {
        aggregate_report(&aggregate(
            &all_groups,
            framework.families.len(),
            &questions,
        ))
    });
    ProfileReport {
        framework: framework.id.clone(),
        families: framework
            .families
            .iter()
            .map(|f| FamilyInfo {
                id: f.id.clone(),
                key: f.key,
                label: f.labels.get(lang).to_string(),
            })
            .collect(),
        sessions: reports,
        all_sessions,
    }
}
