//! What the summaries (HTML and Markdown) say, gathered once, and the one
//! list of their sections: the findings first (who met, what each
//! question's groups named most, where the groups differ, every group side
//! by side), then what the territory does together (the actions), then
//! every citizen's words, then the details for coordinators
//! (the profiles, every group together, the comparison and its test, the
//! framework and the counting, the uncoded notes), with the fixed words of
//! the chosen language. `build/` turns a [`Summary`] into its
//! [`document::Document`], the one both renderers write.

mod build;
pub mod document;
mod findings;
mod said;

pub use findings::{Differences, QuestionFinding};
pub use said::{FamilySaid, Said};

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
    /// Each question's findings, in the questions' order.
    pub findings: Vec<QuestionFinding>,
    pub differences: Differences,
    /// Every coded note, by family.
    pub said: Vec<FamilySaid>,
}

/// Where the groups differ, as the document says it.
#[derive(Debug, Default)]
pub struct DifferencesInWords {
    pub listed: Vec<String>,
    pub sentence: Option<String>,
    pub notes: Vec<String>,
}

/// The summary's sections, in order: the document has a part for each,
/// so the HTML page and the Markdown say the same in the same order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The first page: who met, what the groups named most, where they
    /// differ, every group side by side.
    Findings,
    /// What the territory does together: the actions, and the families
    /// named most that no action answers yet.
    Together,
    /// Every citizen's words.
    Said,
    /// The heading of the details for coordinators.
    Details,
    Profiles,
    Aggregate,
    Comparison,
    Method,
    Uncoded,
}

pub const SECTIONS: [Section; 9] = [
    Section::Findings,
    Section::Together,
    Section::Said,
    Section::Details,
    Section::Profiles,
    Section::Aggregate,
    Section::Comparison,
    Section::Method,
    Section::Uncoded,
];

impl Section {
    /// The section's anchor on the page.
    pub fn id(self) -> &'static str {
        match self {
            Section::Findings => "findings",
            Section::Together => "together",
            Section::Said => "words",
            Section::Details => "details",
            Section::Profiles => "profiles",
            Section::Aggregate => "aggregate",
            Section::Comparison => "comparison",
            Section::Method => "method",
            Section::Uncoded => "uncoded",
        }
    }

    /// Its heading, in the summary's words.
    pub fn title(self, w: &Words) -> &'static str {
        match self {
            Section::Findings => w.named_most,
            Section::Together => w.together,
            Section::Said => w.said,
            Section::Details => w.details,
            Section::Profiles => w.profiles,
            Section::Aggregate => w.aggregate,
            Section::Comparison => w.comparison,
            Section::Method => w.method,
            Section::Uncoded => w.uncoded_notes,
        }
    }

    /// Whether it is one of the details (a part under `Details`).
    pub fn is_detail(self) -> bool {
        !matches!(
            self,
            Section::Findings | Section::Together | Section::Said | Section::Details
        )
    }
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
        let synthesis = synthesis_report(sessions, framework, lang);
        let findings = findings::by_question(sessions, framework, lang, &synthesis.questions);
        let said = said::every_word(sessions, &synthesis, lang, |id| {
            framework.family(id).map(|f| f.key)
        });
        Summary {
            words,
            lang,
            sessions,
            framework,
            profile: profile_report(sessions, framework, lang),
            differences: findings::differences(&compare),
            compare,
            synthesis,
            uncoded,
            findings,
            said,
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
                ("chi2", self.lang.decimal(chi2.statistic, 2)),
                ("dof", chi2.dof.to_string()),
                ("p", self.lang.p_value(chi2.p)),
                ("v", self.lang.decimal(v, 2)),
            ],
        ))
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

    /// The title: the session's; with several, the first's and how many
    /// more ("Alby, autumn 2011 and 3 more sessions"), so a territory's
    /// title stays a line.
    pub fn title(&self) -> String {
        match self.sessions {
            [] => String::new(),
            [(_, one)] => one.title.clone(),
            [(_, first), rest @ ..] => crate::profile::fill(
                self.words.and_more,
                &[
                    ("title", first.title.clone()),
                    ("n", rest.len().to_string()),
                ],
            ),
        }
    }

    /// A share as the summary's language writes it ("24 %"), or "–".
    pub fn pct(&self, share: Option<f64>) -> String {
        share.map_or("–".into(), |s| self.lang.percent(s))
    }

    /// "1 note", "12 notes".
    pub fn notes_n(&self, n: u64) -> String {
        if n == 1 {
            self.words.one_note.to_string()
        } else {
            self.words.n_notes.replace("{n}", &self.lang.count(n))
        }
    }

    /// The groups, participants and notes of every session: (groups,
    /// participants, whether a group's size is unknown, notes).
    pub fn met(&self) -> (usize, u32, bool, u64) {
        let groups = self.sessions.iter().map(|(_, s)| s.groups.len()).sum();
        let people = self
            .sessions
            .iter()
            .flat_map(|(_, s)| &s.groups)
            .filter_map(|g| g.participants)
            .sum();
        let unknown = self
            .sessions
            .iter()
            .flat_map(|(_, s)| &s.groups)
            .any(|g| g.participants.is_none());
        let notes = self
            .sessions
            .iter()
            .map(|(_, s)| s.notes.len() as u64)
            .sum();
        (groups, people, unknown, notes)
    }

    /// Where and when a session met, as (label, value) pairs: the title
    /// first (with no label) when the summary has several sessions, then
    /// place, date and facilitators where known.
    pub fn meta(&self, session: &Session) -> Vec<(Option<&'static str>, String)> {
        let w = self.words;
        let mut parts = Vec::new();
        if self.sessions.len() > 1 {
            parts.push((None, session.title.clone()));
        }
        if !session.place.is_empty() {
            parts.push((Some(w.place), session.place.clone()));
        }
        if let Some(d) = session.date {
            parts.push((Some(w.date), d.to_string()));
        }
        if !session.facilitators.is_empty() {
            parts.push((Some(w.facilitators), session.facilitators.join(", ")));
        }
        parts
    }

    /// Where the groups differ, in the summary's words: the differences
    /// to list, the sentence said instead when there are none to list, and
    /// the smaller notes after them (how many more, the test's caution).
    pub fn differences_in_words(&self) -> DifferencesInWords {
        let w = self.words;
        let mut said = DifferencesInWords::default();
        let caution = match &self.differences {
            Differences::Found {
                differences,
                more,
                caution,
            } => {
                said.listed = differences
                    .iter()
                    .map(|d| {
                        let template = if d.more { w.spoke_more } else { w.spoke_less };
                        crate::profile::fill(
                            template,
                            &[("row", d.group.clone()), ("family", d.family.clone())],
                        )
                    })
                    .collect();
                if *more > 0 {
                    said.notes
                        .push(w.more_differences.replace("{n}", &more.to_string()));
                }
                *caution
            }
            Differences::Alike { caution } => {
                said.sentence = Some(w.alike.to_string());
                *caution
            }
            Differences::NoTest(why) => {
                said.sentence = Some(why.clone());
                false
            }
        };
        if caution {
            said.notes.push(w.caution.to_string());
        }
        said
    }

    /// The adjusted residual's mark, written in the summary's language.
    pub fn mark(&self) -> String {
        self.lang.decimal(crate::profile::RESIDUAL_MARK, 2)
    }

    /// The group's name as the summary shows it, the session's title first
    /// when there are several.
    pub fn group_name(&self, session: &Session, group: &str) -> String {
        findings::group_name(self.sessions, session, group)
    }
}

/// A word with its first letter capital ("grupper" → "Grupper").
pub fn capital(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}
