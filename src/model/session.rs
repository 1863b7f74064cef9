use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::action::Action;
use super::framework::Framework;
use crate::lang::{Labels, Lang};

mod actions;
mod lists;
mod place;
pub use lists::GroupLists;
pub use place::Place;

/// One workshop session: its groups, the questions they answer, and every
/// note typed. Saved as one RON file; field order here is the file's order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub version: u32,
    pub title: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub date: Option<Date>,
    #[serde(default)]
    pub facilitators: Vec<String>,
    #[serde(default)]
    pub language: Lang,
    pub framework: FrameworkRef,
    pub questions: Vec<Question>,
    #[serde(default)]
    pub groups: Vec<Group>,
    /// Synthesis criteria (format version 2): which notes each holds is on
    /// the note (`criterion`), so a note is in at most one.
    #[serde(default)]
    pub criteria: Vec<Criterion>,
    /// Co-responsibility actions (format version 5; `model::action`).
    /// Left out when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    /// The actions deleted (format version 5), so that a deletion travels
    /// as a note's does. Left out when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deleted_actions: Vec<Tombstone>,
    /// The notes deleted (format version 4), so that a deletion travels:
    /// a merge with a version that still holds the note keeps it deleted,
    /// unless that version changed it after the deletion. Never a note:
    /// profiles, exports and counts do not see them. Left out when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deleted: Vec<Tombstone>,
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// A deleted note (or action): its id, when it was deleted, and by whom.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tombstone {
    pub id: Uuid,
    pub at: Timestamp,
    #[serde(default)]
    pub by: String,
}

/// A synthesis criterion: notes of one family that say the same thing,
/// merged under a wording of the coordinator's. Its count is the number of
/// notes naming it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: String,
    pub family: String,
    pub wording: String,
    pub created: Timestamp,
}

/// Which framework the session was coded with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameworkRef {
    pub id: String,
    #[serde(default)]
    pub fingerprint: String,
}

/// The session's own details: what its summary page says of it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Details {
    pub title: String,
    pub place: String,
    pub date: Option<Date>,
    pub facilitators: Vec<String>,
}

/// A question the groups answer; every note records the one it answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub labels: Labels,
    #[serde(default)]
    pub prompt: Labels,
}

/// A focus group ("homogeneous group") of the session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub participants: Option<u32>,
}

/// One sticky note: one idea, as a participant read it out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Hash)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: Uuid,
    pub group: String,
    pub question: String,
    pub text: String,
    pub family: Option<String>,
    pub component: Option<String>,
    /// The synthesis criterion the note is merged into (its id), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criterion: Option<String>,
    /// When two coders' codings were reconciled (format version 3): what
    /// each coded, and who decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reconciled: Option<Reconciliation>,
    #[serde(default)]
    pub coder: String,
    pub created: Timestamp,
    pub modified: Timestamp,
}

/// Two (or more) coders' codings of a note, and the decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Hash)]
#[serde(deny_unknown_fields)]
pub struct Reconciliation {
    pub codings: Vec<Coding>,
    /// Who decided, when the coders disagreed; `None` while undecided, and
    /// when they agreed.
    #[serde(default)]
    pub decided_by: Option<String>,
    #[serde(default)]
    pub decided: Option<Timestamp>,
}

/// One coder's coding of a note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Hash)]
#[serde(deny_unknown_fields)]
pub struct Coding {
    pub coder: String,
    pub family: Option<String>,
    #[serde(default)]
    pub component: Option<String>,
}

impl Reconciliation {
    /// Whether the coders' families differ.
    pub fn disagree(&self) -> bool {
        self.codings.windows(2).any(|w| w[0].family != w[1].family)
    }
}

/// What makes a session file inconsistent (found after it parsed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionProblem {
    /// A string to find in the file, to point at the line and column.
    pub field: &'static str,
    pub value: String,
    pub nth: usize,
    pub reason: crate::i18n::Message,
}

/// The current version of the session file format. Version 2 added the
/// synthesis criteria, version 3 the reconciliation of two coders'
/// codings, version 4 the deleted notes' tombstones, version 5 the
/// co-responsibility actions (and their tombstones); older files read as
/// sessions without them, and are written in the current version when
/// saved (that is, when the user changed something).
pub const FORMAT_VERSION: u32 = 5;

/// Now, to the second (sub-second times only add noise to the files).
pub fn now() -> Timestamp {
    Timestamp::now()
        .round(jiff::Unit::Second)
        .unwrap_or_else(|_| Timestamp::now())
}

impl Question {
    /// The method's three questions, in order.
    pub fn defaults() -> Vec<Question> {
        vec![
            Question {
                id: "wellbeing".into(),
                labels: labels("Well-being", "Välbefinnande", "Trivsel", "Bien-être"),
                prompt: labels(
                    "What does well-being mean to you?",
                    "Vad betyder välbefinnande för dig?",
                    "Hvad betyder trivsel for dig?",
                    "Que signifie le bien-être pour vous ?",
                ),
            },
            Question {
                id: "illbeing".into(),
                labels: labels("Ill-being", "Illabefinnande", "Mistrivsel", "Mal-être"),
                prompt: labels(
                    "What does ill-being mean to you?",
                    "Vad betyder illabefinnande för dig?",
                    "Hvad betyder mistrivsel for dig?",
                    "Que signifie le mal-être pour vous ?",
                ),
            },
            Question {
                id: "action".into(),
                labels: labels("Action", "Handling", "Handling", "Action"),
                prompt: labels(
                    "What do you do, or what could you do, to ensure well-being for yourself and for all?",
                    "Vad gör du, eller vad skulle du kunna göra, för att säkra välbefinnande för dig själv och för alla?",
                    "Hvad gør du, eller hvad kunne du gøre, for at sikre trivsel for dig selv og for alle?",
                    "Que faites-vous, ou que pourriez-vous faire, pour assurer le bien-être de vous-même et de tous ?",
                ),
            },
        ]
    }
}

fn labels(en: &str, sv: &str, da: &str, fr: &str) -> Labels {
    Labels {
        en: en.into(),
        sv: sv.into(),
        da: da.into(),
        fr: fr.into(),
    }
}

impl Group {
    pub fn new(name: &str) -> Group {
        Group {
            id: Uuid::new_v4().to_string(),
            name: crate::text::clean(name),
            description: String::new(),
            participants: None,
        }
    }
}

impl Note {
    /// A new uncoded note; the text is cleaned (controls stripped, NFC).
    pub fn new(group: &str, question: &str, text: &str, coder: &str) -> Note {
        let t = now();
        Note {
            id: Uuid::new_v4(),
            group: group.to_string(),
            question: question.to_string(),
            text: crate::text::clean(text),
            family: None,
            component: None,
            criterion: None,
            reconciled: None,
            coder: coder.to_string(),
            created: t,
            modified: t,
        }
    }

    pub fn is_coded(&self) -> bool {
        self.family.is_some()
    }

    /// Codes the note (or uncodes it with `None`). A note coded into
    /// another family leaves its synthesis criterion, which is of the old
    /// family.
    pub fn set_family(&mut self, family: Option<String>) {
        if self.family != family {
            self.criterion = None;
        }
        self.family = family;
    }
}

impl Session {
    /// Title, place, date and facilitators.
    pub fn details(&self) -> Details {
        Details {
            title: self.title.clone(),
            place: self.place.clone(),
            date: self.date,
            facilitators: self.facilitators.clone(),
        }
    }

    pub fn set_details(&mut self, d: Details) {
        self.title = d.title;
        self.place = d.place;
        self.date = d.date;
        self.facilitators = d.facilitators;
    }

    pub fn new(title: &str, framework: &Framework, language: Lang) -> Session {
        Session {
            version: FORMAT_VERSION,
            title: crate::text::clean(title),
            place: String::new(),
            date: Some(jiff::Zoned::now().date()),
            facilitators: Vec::new(),
            language,
            framework: FrameworkRef {
                id: framework.id.clone(),
                fingerprint: framework.fingerprint(),
            },
            questions: Question::defaults(),
            groups: Vec::new(),
            criteria: Vec::new(),
            actions: Vec::new(),
            deleted_actions: Vec::new(),
            deleted: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// The tombstone of a deleted note, if it was deleted.
    pub fn tombstone(&self, id: Uuid) -> Option<&Tombstone> {
        self.deleted.iter().find(|t| t.id == id)
    }

    /// Each group's position, by id.
    pub fn group_index(&self) -> std::collections::HashMap<&str, usize> {
        self.groups
            .iter()
            .enumerate()
            .map(|(i, g)| (g.id.as_str(), i))
            .collect()
    }

    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    pub fn group_position(&self, id: &str) -> Option<usize> {
        self.groups.iter().position(|g| g.id == id)
    }

    /// A group named by its name (case and accents folded) or its id.
    pub fn group_by_name(&self, name: &str) -> Option<&Group> {
        let folded = crate::text::fold(name.trim());
        self.groups
            .iter()
            .find(|g| g.id == name || crate::text::fold(&g.name) == folded)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }

    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    pub fn criterion_index(&self, id: &str) -> Option<usize> {
        self.criteria.iter().position(|c| c.id == id)
    }

    pub fn note_index(&self, id: Uuid) -> Option<usize> {
        self.notes.iter().position(|n| n.id == id)
    }

    /// Checks what the parser cannot: ids unique, every note in a known
    /// group and question, every action's note and criterion there. (A family the framework does not know is not a
    /// problem here: the note is kept and shown as unknown.)
    pub fn problems(&self) -> Vec<SessionProblem> {
        use std::collections::{HashMap, HashSet};
        let mut out = Vec::new();
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for q in &self.questions {
            let n = seen.entry(q.id.as_str()).or_default();
            if *n > 0 {
                out.push(problem(
                    "id",
                    &q.id,
                    *n,
                    crate::msg!("session-duplicate-question", id = q.id.as_str()),
                ));
            }
            *n += 1;
        }
        if self.questions.is_empty() {
            out.push(SessionProblem {
                field: "questions",
                value: "[".into(),
                nth: 0,
                reason: crate::msg!("session-no-question"),
            });
        }
        let mut groups: HashMap<&str, usize> = HashMap::new();
        for g in &self.groups {
            let n = groups.entry(g.id.as_str()).or_default();
            if *n > 0 {
                out.push(problem(
                    "id",
                    &g.id,
                    *n,
                    crate::msg!("session-duplicate-group", id = g.id.as_str()),
                ));
            }
            *n += 1;
        }
        let mut criteria: HashMap<&str, &str> = HashMap::new();
        for c in &self.criteria {
            if criteria.insert(c.id.as_str(), c.family.as_str()).is_some() {
                out.push(problem(
                    "id",
                    &c.id,
                    1,
                    crate::msg!("session-duplicate-criterion", id = c.id.as_str()),
                ));
            }
        }
        let questions: HashSet<&str> = self.questions.iter().map(|q| q.id.as_str()).collect();
        let mut notes: HashSet<Uuid> = HashSet::with_capacity(self.notes.len());
        for note in &self.notes {
            let id = note.id.to_string();
            if !notes.insert(note.id) {
                out.push(problem(
                    "id",
                    &id,
                    1,
                    crate::msg!("session-duplicate-note", id = id.as_str()),
                ));
            }
            note_problems(note, &id, (&groups, &questions, &criteria), &mut out);
        }
        actions::action_problems(self, &mut out);
        out
    }
}

/// What is wrong with one note: a group, question or criterion the
/// session does not have, or a criterion of another family.
fn note_problems(
    note: &Note,
    id: &str,
    (groups, questions, criteria): (
        &std::collections::HashMap<&str, usize>,
        &std::collections::HashSet<&str>,
        &std::collections::HashMap<&str, &str>,
    ),
    out: &mut Vec<SessionProblem>,
) {
    if !groups.contains_key(note.group.as_str()) {
        out.push(problem(
            "id",
            id,
            0,
            crate::msg!(
                "session-unknown-group",
                note = id,
                group = note.group.as_str()
            ),
        ));
    }
    if !questions.contains(note.question.as_str()) {
        out.push(problem(
            "id",
            id,
            0,
            crate::msg!(
                "session-unknown-question",
                note = id,
                question = note.question.as_str()
            ),
        ));
    }
    if let Some(c) = &note.criterion {
        match criteria.get(c.as_str()) {
            None => out.push(problem(
                "id",
                id,
                0,
                crate::msg!(
                    "session-unknown-criterion",
                    note = id,
                    criterion = c.as_str()
                ),
            )),
            Some(family) if note.family.as_deref() != Some(*family) => out.push(problem(
                "id",
                id,
                0,
                crate::msg!(
                    "session-criterion-family",
                    note = id,
                    criterion = c.as_str(),
                    family = *family,
                    coded = match &note.family {
                        Some(family) => crate::i18n::MessageArg::from(family),
                        None => crate::msg!("session-uncoded").into(),
                    }
                ),
            )),
            Some(_) => {}
        }
    }
}

fn problem(
    field: &'static str,
    value: &str,
    nth: usize,
    reason: crate::i18n::Message,
) -> SessionProblem {
    SessionProblem {
        field,
        value: format!("{value:?}"),
        nth,
        reason,
    }
}
