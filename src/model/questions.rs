//! Which questions a count, a profile or a comparison is for: all of them,
//! or one. Written `all` or the question's id wherever it is saved or
//! printed (CSV, JSON, RON), so outputs read as before.

use serde::{Serialize, Serializer};

#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Questions {
    /// Every question together.
    #[default]
    All,
    /// One question, by id.
    One(String),
}

impl Questions {
    /// The word for every question, in files and on the command line.
    pub const ALL: &'static str = "all";

    /// As a reader names it, in `lang`: "all questions", one of the
    /// method's three by its label, another by its id (a count read from
    /// files keeps no question's own words). Files keep `as_str`.
    pub fn words(&self, lang: crate::model::Lang) -> String {
        match self.id() {
            None => crate::tr!(lang, "compare-all-questions"),
            Some(id) => question_name(id, lang),
        }
    }

    /// From a command line's `--question`: `all`, or an id.
    pub fn from_arg(arg: &str) -> Questions {
        if arg == Questions::ALL {
            Questions::All
        } else {
            Questions::One(arg.to_string())
        }
    }

    /// From an optional question id (`None`: all).
    pub fn of(question: Option<&str>) -> Questions {
        question.map_or(Questions::All, |q| Questions::One(q.to_string()))
    }

    /// The question's id, when it is one.
    pub fn id(&self) -> Option<&str> {
        match self {
            Questions::All => None,
            Questions::One(id) => Some(id),
        }
    }

    /// `all`, or the id.
    pub fn as_str(&self) -> &str {
        self.id().unwrap_or(Questions::ALL)
    }
}

impl std::fmt::Display for Questions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Questions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// One question by its id, as a reader names it in `lang`: one of the
/// method's three by its label, another by its id.
pub fn question_name(id: &str, lang: crate::model::Lang) -> String {
    super::Question::defaults()
        .into_iter()
        .find(|q| q.id == id)
        .map_or_else(|| id.to_string(), |q| q.labels.get(lang).to_string())
}
