//! What the open session's actions did, as data (`Done`: a note coded, a
//! group added, a change undone, …), and the one place that says it, in
//! the language the app speaks (`Done::describe`). The workshop's actions
//! return it (`outcome::done`); the status line says it. What saves and
//! what came in from outside say together is decided beside the status
//! line's other words (`outcome::said_of_both`).

use crate::model::{Change, Framework, Labels, Lang, Note, Session};
use crate::suggest::{Suggestion, Why};
use crate::tr;

/// What an action of the open session did.
#[derive(Debug)]
pub enum Done {
    /// The note was coded in a family (and one of its components), and
    /// was in another before (`before`).
    Coded {
        key: u8,
        family: Labels,
        component: Option<Labels>,
        before: Option<FamilyName>,
    },
    Uncoded,
    /// The note was deleted; these actions (their titles) answered it and
    /// lost their link to it.
    Deleted(Vec<String>),
    GroupAdded(String),
    GroupRenamed(String),
    /// How many take part in the group (`None`: cleared).
    Participants(Option<u32>),
    /// The session speaks this language now.
    Language(Lang),
    /// The note moved to this group, or to this question.
    MovedToGroup(String),
    MovedToQuestion(Labels),
    /// On the group's first uncoded note, of this many.
    FirstUncoded(usize),
    /// The notes written now answer this question.
    Collecting(Labels),
    /// A change undone or redone (a coding names its family).
    Undone(Change, FamilyNames),
    Redone(Change, FamilyNames),
    /// A save the user did not wait for wrote (what it says).
    Saved(crate::live::SaveNews),
    /// What came in from outside, taken in.
    CameIn(crate::live::CameIn),
    /// The spiral that held the session let it go.
    LockFreed,
    /// Ctrl-s: nothing was left to save; saved now.
    AlreadySaved,
    SavedNow,
    /// A read-only window took the session over.
    WritableNow,
    /// The session was written to this new file, which it lives in now.
    SavedTo(std::path::PathBuf),
    /// The session opened where it was left: its group, and its question
    /// (the `at`th of `of`).
    CameBack {
        group: Option<String>,
        at: usize,
        of: usize,
        question: Option<Labels>,
    },
    /// A coded note's suggestion, asked for: the family it is coded in,
    /// the one suggested when another, and why.
    Suggested {
        coded: FamilyName,
        other: Option<FamilyName>,
        why: Why,
    },
}

/// A family as the status line names it ("4 Personliga relationer"), or
/// the id of one the framework does not know.
#[derive(Debug, Clone, PartialEq)]
pub enum FamilyName {
    Known { key: u8, labels: Labels },
    Unknown(String),
}

impl FamilyName {
    /// The family `id` of `framework`.
    pub fn of(framework: &Framework, id: &str) -> FamilyName {
        match framework.family(id) {
            Some(f) => FamilyName::Known {
                key: f.key,
                labels: f.labels.clone(),
            },
            None => FamilyName::Unknown(id.to_string()),
        }
    }

    /// The family in `lang`.
    pub fn say(&self, lang: Lang) -> String {
        match self {
            FamilyName::Known { key, labels } => format!("{key} {}", labels.get(lang)),
            FamilyName::Unknown(id) => {
                tr!(lang, "workshop-unknown-family-short", family = id.as_str())
            }
        }
    }
}

/// The families of a framework as the status line names them, by id.
#[derive(Debug, Clone, PartialEq)]
pub struct FamilyNames(Vec<(String, FamilyName)>);

impl FamilyNames {
    pub fn of(framework: &Framework) -> FamilyNames {
        let families = framework.families.iter();
        FamilyNames(
            families
                .map(|f| (f.id.clone(), FamilyName::of(framework, &f.id)))
                .collect(),
        )
    }

    /// The family `id` in `lang` (as `FamilyName::say`, one the framework
    /// does not know by its id).
    pub fn say(&self, id: &str, lang: Lang) -> String {
        match self.0.iter().find(|(known, _)| known == id) {
            Some((_, name)) => name.say(lang),
            None => FamilyName::Unknown(id.to_string()).say(lang),
        }
    }
}

impl Done {
    /// `note` (as it was) coded in the family of `framework` at `family`,
    /// and in one of its components.
    pub fn coded(
        framework: &Framework,
        note: &Note,
        family: usize,
        component: Option<usize>,
    ) -> Done {
        let f = &framework.families[family];
        Done::Coded {
            key: f.key,
            family: f.labels.clone(),
            component: component.map(|c| f.components[c].labels.clone()),
            before: (note.family.as_ref())
                .filter(|b| **b != f.id)
                .map(|b| FamilyName::of(framework, b)),
        }
    }

    /// `session` opened at its `group`th group and `question`th question.
    pub fn came_back(session: &Session, group: usize, question: usize) -> Done {
        Done::CameBack {
            group: (session.groups.get(group)).map(|g| g.name.clone()),
            at: question + 1,
            of: session.questions.len(),
            question: (session.questions.get(question)).map(|q| q.labels.clone()),
        }
    }

    /// A coded note's suggestion shown: the family it is coded in (its
    /// id), and the one suggested.
    pub fn suggested(framework: &Framework, coded: &str, suggestion: Suggestion) -> Done {
        let suggested = &framework.families[suggestion.family].id;
        Done::Suggested {
            coded: FamilyName::of(framework, coded),
            other: (suggested != coded).then(|| FamilyName::of(framework, suggested)),
            why: suggestion.reason,
        }
    }

    /// What was done, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Done::Coded {
                key,
                family,
                component,
                before,
            } => {
                let label = match component {
                    Some(c) => format!("{} › {}", family.get(lang), c.get(lang)),
                    None => family.get(lang).to_string(),
                };
                match before {
                    Some(before) => tr!(
                        lang,
                        "workshop-recoded",
                        before = before.say(lang),
                        after = format!("{key} {label}")
                    ),
                    None => tr!(lang, "workshop-coded", family = label),
                }
            }
            Done::Uncoded => tr!(lang, "workshop-uncoded-now"),
            Done::Deleted(unlinked) if unlinked.is_empty() => tr!(lang, "workshop-deleted"),
            Done::Deleted(unlinked) => tr!(
                lang,
                "workshop-deleted-unlinked",
                n = unlinked.len(),
                actions = unlinked.join(", ")
            ),
            Done::GroupAdded(name) => tr!(lang, "workshop-group-added", name = name.as_str()),
            Done::GroupRenamed(name) => {
                tr!(lang, "workshop-group-renamed", name = name.as_str())
            }
            Done::Participants(Some(n)) => tr!(lang, "workshop-participants", n = *n),
            Done::Participants(None) => tr!(lang, "workshop-participants-cleared"),
            Done::Language(l) => tr!(lang, "workshop-language", language = l.name()),
            Done::MovedToGroup(group) => {
                tr!(lang, "workshop-moved-group", group = group.as_str())
            }
            Done::MovedToQuestion(q) => {
                tr!(lang, "workshop-moved-question", question = q.get(lang))
            }
            Done::FirstUncoded(n) => tr!(lang, "workshop-first-uncoded", n = *n),
            Done::Collecting(q) => {
                tr!(lang, "workshop-now-collecting", question = q.get(lang))
            }
            Done::Undone(c, names) => {
                let what = c.describe_naming(lang, &|id| names.say(id, lang));
                tr!(lang, "workshop-undone", what = what)
            }
            Done::Redone(c, names) => {
                let what = c.describe_naming(lang, &|id| names.say(id, lang));
                tr!(lang, "workshop-redone", what = what)
            }
            Done::Saved(news) => news.describe(lang),
            Done::CameIn(came) => came.describe(lang),
            Done::LockFreed => tr!(lang, "workshop-lock-freed"),
            Done::AlreadySaved => tr!(lang, "workshop-already-saved"),
            Done::SavedNow => tr!(lang, "workshop-saved-now"),
            Done::WritableNow => tr!(lang, "workshop-writable-now"),
            Done::SavedTo(path) => {
                tr!(lang, "workshop-saved-to", file = path.display().to_string())
            }
            Done::CameBack {
                group,
                at,
                of,
                question,
            } => tr!(
                lang,
                "workshop-came-back",
                group = group.as_deref().unwrap_or(""),
                at = *at,
                n = *of,
                question = question.as_ref().map_or("", |q| q.get(lang))
            ),
            Done::Suggested { coded, other, why } => match other {
                None => tr!(
                    lang,
                    "workshop-coded-as-suggested",
                    family = coded.say(lang),
                    why = why.describe(lang)
                ),
                Some(other) => tr!(
                    lang,
                    "workshop-coded-suggested-other",
                    family = coded.say(lang),
                    suggested = other.say(lang),
                    why = why.describe(lang)
                ),
            },
        }
    }
}
