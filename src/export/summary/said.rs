//! Every citizen's words, for the second part of the summary: each coded
//! note exactly once, under its family; within a family first the
//! synthesis criteria (most notes first) with the notes merged into each,
//! then the notes merged into none, by question. The method keeps the
//! table from the citizens' own words to each criterion, and minority
//! views with it: nothing is left out, and a note's text is as saved.

use super::findings::group_name;
use crate::model::{Lang, Session};
use crate::profile::SynthesisReport;

#[derive(Debug, Clone, PartialEq)]
pub struct FamilySaid {
    /// The framework's key (1–8), or `None` for a family it does not know.
    pub key: Option<u8>,
    pub label: String,
    /// Every note of the family.
    pub count: u64,
    pub criteria: Vec<CriterionSaid>,
    /// The notes in no criterion, by question (questions with none left
    /// out).
    pub unmerged: Vec<QuestionSaid>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CriterionSaid {
    pub wording: String,
    pub notes: Vec<Said>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionSaid {
    /// The question's id, and its label.
    pub id: String,
    pub question: String,
    pub notes: Vec<Said>,
}

/// One note: its text as saved, its group and its question.
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    pub text: String,
    pub group: String,
    pub question: String,
}

/// Every family with a note, in the synthesis report's order (the
/// framework's, then families it does not know).
pub fn every_word(
    sessions: &[(String, Session)],
    synthesis: &SynthesisReport,
    lang: Lang,
    key_of: impl Fn(&str) -> Option<u8>,
) -> Vec<FamilySaid> {
    let question_label = |id: &str| {
        sessions
            .iter()
            .find_map(|(_, s)| s.question(id))
            .map_or(id.to_string(), |q| q.labels.get(lang).to_string())
    };
    let mut families: Vec<FamilySaid> = synthesis
        .families
        .iter()
        .map(|f| FamilySaid {
            key: key_of(&f.id),
            label: f.label.clone(),
            count: f.criteria.iter().map(|c| c.count).sum(),
            criteria: f
                .criteria
                .iter()
                .map(|c| CriterionSaid {
                    wording: c.wording.clone(),
                    notes: c
                        .notes
                        .iter()
                        .map(|n| Said {
                            text: n.text.clone(),
                            group: if sessions.len() > 1 {
                                format!("{} · {}", n.session, n.group)
                            } else {
                                n.group.clone()
                            },
                            question: question_label(&n.question),
                        })
                        .collect(),
                })
                .collect(),
            unmerged: synthesis
                .questions
                .iter()
                .map(|q| QuestionSaid {
                    id: q.clone(),
                    question: question_label(q),
                    notes: Vec::new(),
                })
                .collect(),
        })
        .collect();
    for (_, s) in sessions {
        for n in &s.notes {
            let Some(family) = n.family.as_deref() else {
                continue;
            };
            if n.criterion
                .as_deref()
                .is_some_and(|c| s.criterion(c).is_some())
            {
                continue;
            }
            let Some(f) = synthesis.families.iter().position(|x| x.id == family) else {
                continue;
            };
            let said = Said {
                text: n.text.clone(),
                group: group_name(sessions, s, &n.group),
                question: question_label(&n.question),
            };
            let at = match families[f].unmerged.iter().position(|q| q.id == n.question) {
                Some(at) => at,
                None => {
                    families[f].unmerged.push(QuestionSaid {
                        id: n.question.clone(),
                        question: said.question.clone(),
                        notes: Vec::new(),
                    });
                    families[f].unmerged.len() - 1
                }
            };
            families[f].unmerged[at].notes.push(said);
            families[f].count += 1;
        }
    }
    for f in &mut families {
        f.unmerged.retain(|q| !q.notes.is_empty());
    }
    families.retain(|f| f.count > 0);
    families
}
