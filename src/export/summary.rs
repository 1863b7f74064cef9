//! What the summaries (HTML and Markdown) say, gathered once: who met,
//! the profiles, the comparison, the synthesis and the uncoded notes, with
//! the fixed words of the chosen language.

use super::words::{Words, words};
use crate::model::{Framework, Lang, Session};
use crate::profile::{
    By, CompareReport, ProfileReport, SynthesisReport, compare_report_in, profile_report,
    synthesis_report, tally,
};

pub struct Summary<'a> {
    pub words: &'static Words,
    pub lang: Lang,
    pub sessions: &'a [(String, Session)],
    pub framework: &'a Framework,
    pub profile: ProfileReport,
    /// The groups of every session, compared.
    pub compare: CompareReport,
    pub synthesis: SynthesisReport,
    pub uncoded: Vec<UncodedNote>,
}

pub struct UncodedNote {
    pub session: String,
    pub group: String,
    pub question: String,
    pub text: String,
}

impl<'a> Summary<'a> {
    pub fn new(
        sessions: &'a [(String, Session)],
        framework: &'a Framework,
        lang: Lang,
    ) -> Summary<'a> {
        let words = words(lang);
        let tallies: Vec<_> = sessions
            .iter()
            .map(|(_, s)| tally(s, framework, None))
            .collect();
        let names: Vec<String> = sessions.iter().map(|(f, _)| f.clone()).collect();
        let compare = compare_report_in(
            &tallies,
            &names,
            framework,
            By::Group,
            None,
            lang,
            (&words.phrases, words.groups_word),
        );
        let mut uncoded = Vec::new();
        for (_, s) in sessions {
            for n in s.notes.iter().filter(|n| !n.is_coded()) {
                uncoded.push(UncodedNote {
                    session: s.title.clone(),
                    group: s
                        .group(&n.group)
                        .map(|g| g.name.clone())
                        .unwrap_or_default(),
                    question: s
                        .question(&n.question)
                        .map_or(n.question.clone(), |q| q.labels.get(lang).to_string()),
                    text: n.text.clone(),
                });
            }
        }
        Summary {
            words,
            lang,
            sessions,
            framework,
            profile: profile_report(sessions, framework, lang),
            compare,
            synthesis: synthesis_report(sessions, framework, lang),
            uncoded,
        }
    }

    /// The label of every question, or of one, in the summary's language.
    pub fn questions_label(&self, questions: &crate::model::Questions) -> String {
        match questions.id() {
            None => self.words.all_questions.to_string(),
            Some(id) => self.question_label(id),
        }
    }

    /// The label of a question id in the summary's language.
    pub fn question_label(&self, id: &str) -> String {
        self.sessions
            .iter()
            .find_map(|(_, s)| s.question(id))
            .map_or(id.to_string(), |q| q.labels.get(self.lang).to_string())
    }

    /// The test of homogeneity in a line of the summary's language, when
    /// there is a test.
    pub fn test_line(&self) -> Option<String> {
        let r = &self.compare;
        let (chi2, v) = (r.chi2.as_ref()?, r.cramers_v?);
        Some(crate::profile::fill(
            self.words.test_line,
            &[
                ("chi2", format!("{:.2}", chi2.statistic)),
                ("dof", chi2.dof.to_string()),
                ("p", crate::profile::format_p(chi2.p)),
                ("v", format!("{v:.2}")),
            ],
        ))
    }

    /// A criterion's count by question: "Välbefinnande 4, Handling 1"
    /// (questions with none left out).
    pub fn by_question(&self, counts: &[u64]) -> String {
        self.synthesis
            .questions
            .iter()
            .zip(counts)
            .filter(|(_, n)| **n > 0)
            .map(|(q, n)| format!("{} {n}", self.question_label(q)))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Whose words: "group, question", the session first when there are
    /// several.
    pub fn who(&self, session: &str, group: &str, question: &str) -> String {
        if self.sessions.len() > 1 {
            format!("{session}, {group}, {question}")
        } else {
            format!("{group}, {question}")
        }
    }

    /// The title: the session's, or the sessions' joined.
    pub fn title(&self) -> String {
        self.sessions
            .iter()
            .map(|(_, s)| s.title.as_str())
            .collect::<Vec<_>>()
            .join(" · ")
    }
}
