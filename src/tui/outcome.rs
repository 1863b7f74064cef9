//! What an action leaves: what it tells the user (where the open session's
//! screen goes next is `screen::Go`).

use crate::model::Lang;
use crate::tr;

/// Why an action of the open session was not done, or a screen does not
/// open: data, said by the screen in the language the app speaks
/// (`describe`), never words chosen where it was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// It works on the selected note, and none is.
    NoNoteSelected,
    /// The session is read-only: no note is added to it.
    ReadOnlyAdd,
    /// The session is read-only: no note is edited in it.
    ReadOnlyEdit,
    /// The session is read-only here (why): nothing is changed.
    ReadOnly(crate::live::ReadOnly),
    /// The session has no group yet to add notes to.
    NoGroup,
    /// A note of no words is not added.
    Empty,
    /// The note may not be coded so (another framework, no such key).
    Coding(crate::ops::coding::Refusal),
    /// Nothing is left to reconcile: every note was decided.
    AllDecided,
    /// Nothing to reconcile: the session holds no second coding.
    NothingToReconcile,
    /// No one is known to write the note (the app asks: `tui/coder.rs`).
    NoCoder,
}

impl Refused {
    /// Why, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        use crate::ops::coding::Refusal;
        match self {
            Refused::NoNoteSelected => tr!(lang, "workshop-no-note-selected"),
            Refused::ReadOnlyAdd => tr!(lang, "capture-read-only-add"),
            Refused::ReadOnlyEdit => tr!(lang, "capture-read-only-edit"),
            Refused::ReadOnly(why) => tr!(lang, "app-read-only", why = why.why(lang)),
            Refused::NoGroup => tr!(lang, "workshop-add-group"),
            Refused::Empty => tr!(lang, "capture-empty"),
            Refused::Coding(Refusal::OtherFramework(id)) => {
                tr!(lang, "workshop-other-framework", framework = id.as_str())
            }
            Refused::Coding(Refusal::NoSuchKey(key)) => {
                tr!(lang, "workshop-no-such-key", key = *key)
            }
            Refused::AllDecided => tr!(lang, "reconcile-agree"),
            Refused::NothingToReconcile => tr!(lang, "reconcile-nothing"),
            Refused::NoCoder => tr!(lang, "coder-asked"),
        }
    }
}

/// What an action tells the user on the status line: nothing, a piece of
/// information, or (as the error) a problem. `?` turns a refusal given as
/// text into a problem.
pub type Said = Result<Told, Problem>;

/// What an action that did what was asked tells the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Told {
    /// Nothing to say: the screen shows what happened.
    Nothing,
    /// A sentence for the status line.
    Info(String),
}

impl From<String> for Told {
    fn from(text: String) -> Told {
        Told::Info(text)
    }
}

impl From<&str> for Told {
    fn from(text: &str) -> Told {
        Told::Info(text.to_string())
    }
}

/// Why an action did nothing (or not all it was asked), in words for the
/// status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem(pub String);

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for Problem {
    fn from(reason: String) -> Problem {
        Problem(reason)
    }
}

impl From<&str> for Problem {
    fn from(reason: &str) -> Problem {
        Problem(reason.to_string())
    }
}

/// Nothing to say.
pub fn nothing() -> Said {
    Ok(Told::Nothing)
}

/// A sentence to say.
pub fn info(text: impl Into<String>) -> Said {
    Ok(Told::Info(text.into()))
}

/// A problem to say.
pub fn problem(reason: impl Into<String>) -> Said {
    Err(Problem(reason.into()))
}

/// The words of what was said ("" for nothing).
pub fn words(said: &Said) -> &str {
    match said {
        Ok(Told::Nothing) => "",
        Ok(Told::Info(text)) | Err(Problem(text)) => text,
    }
}
