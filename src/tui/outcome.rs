//! What an action leaves: what it tells the user (where the open session's
//! screen goes next is `screen::Go`). What the open session's actions did
//! is data (`done::Done`), and so is why one was refused (`Refused`): the
//! app says them on the status line, in its language (`words`).

use super::done::Done;
use crate::i18n::Describe;
use crate::live::{NoStep, SaveNews, TakeOverError};
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
    /// A group may not take that name.
    GroupName(crate::ops::details::GroupName),
    /// There is no group to rename.
    NoGroupToRename,
    /// It works on the selected group, and there is none.
    NoGroupSelected,
    /// What was typed is not a number of participants.
    NotParticipants(String),
    /// The group's notes are all coded.
    AllCoded,
    /// Nothing was undone, or redone (read-only, nothing left, or the
    /// history was cut: the session read anew, nothing before it).
    NoUndo(NoStep),
    NoRedo(NoStep),
    /// No family is suggested for the note.
    NoSuggestion,
    /// The session is in memory, in no file.
    NotAFile,
    /// The file changed and does not read: nothing is written over it.
    ChangedUnreadable,
    /// A read-only window does not take over: the session is held (why).
    StillHeld(crate::live::ReadOnly),
    /// The session has no action to link a note to.
    NoActions,
}

impl From<crate::ops::coding::Refusal> for Refused {
    fn from(refused: crate::ops::coding::Refusal) -> Refused {
        Refused::Coding(refused)
    }
}

impl Refused {
    /// Why, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        use crate::ops::coding::Refusal;
        use crate::ops::details::GroupName;
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
            Refused::GroupName(GroupName::Empty) => tr!(lang, "workshop-group-needs-name"),
            Refused::GroupName(GroupName::Taken(name)) => {
                tr!(lang, "workshop-group-exists", name = name.as_str())
            }
            Refused::NoGroupToRename => tr!(lang, "workshop-no-group-to-rename"),
            Refused::NoGroupSelected => tr!(lang, "workshop-no-group-selected"),
            Refused::NotParticipants(text) => {
                tr!(lang, "workshop-not-participants", text = text.as_str())
            }
            Refused::AllCoded => tr!(lang, "workshop-all-coded"),
            Refused::NoUndo(NoStep::ReadOnly(_)) => tr!(lang, "workshop-read-only-undo"),
            Refused::NoRedo(NoStep::ReadOnly(why)) => Refused::ReadOnly(why.clone()).describe(lang),
            Refused::NoUndo(NoStep::Nothing) => tr!(lang, "workshop-nothing-to-undo"),
            Refused::NoRedo(NoStep::Nothing) => tr!(lang, "workshop-nothing-to-redo"),
            Refused::NoUndo(NoStep::Cut) | Refused::NoRedo(NoStep::Cut) => {
                tr!(lang, "workshop-history-cut")
            }
            Refused::NoSuggestion => tr!(lang, "workshop-no-suggestion"),
            Refused::NotAFile => tr!(lang, "workshop-not-a-file"),
            Refused::ChangedUnreadable => tr!(lang, "workshop-changed-unreadable"),
            Refused::StillHeld(why) => tr!(lang, "workshop-still-held", why = why.why(lang)),
            Refused::NoActions => tr!(lang, "actions-nothing-to-link"),
        }
    }
}

/// What an action tells the user on the status line: nothing, a piece of
/// information, what it did, or (as the error) a problem. `?` turns a
/// refusal (typed, or given as text) into a problem.
pub type Said = Result<Told, Problem>;

/// What an action that did what was asked tells the user.
#[derive(Debug)]
pub enum Told {
    /// Nothing to say: the screen shows what happened.
    Nothing,
    /// A sentence for the status line.
    Info(String),
    /// What an action of the open session did, said in the app's language.
    Done(Box<Done>),
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

/// Why an action did nothing (or not all it was asked): in words for the
/// status line, or why it was refused or failed, said in the app's
/// language.
#[derive(Debug)]
pub enum Problem {
    Words(String),
    Refused(Refused),
    /// A save did not write (`SaveNews::is_refusal`).
    Save(Box<crate::live::SaveNews>),
    /// What came in from outside did not read.
    CameIn(Box<crate::live::CameIn>),
    /// A read-only window did not take over.
    TakeOver(Box<crate::live::TakeOverError>),
    /// The session was not written to a new file.
    SaveAs(Box<crate::live::SaveAsError>),
}

impl Problem {
    /// The problem in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Problem::Words(words) => words.clone(),
            Problem::Refused(refused) => refused.describe(lang),
            Problem::Save(news) => news.describe(lang),
            Problem::CameIn(came) => came.describe(lang),
            Problem::TakeOver(e) => e.describe(lang),
            Problem::SaveAs(e) => e.describe(lang),
        }
    }
}

impl From<String> for Problem {
    fn from(reason: String) -> Problem {
        Problem::Words(reason)
    }
}

impl From<&str> for Problem {
    fn from(reason: &str) -> Problem {
        Problem::Words(reason.to_string())
    }
}

impl From<Refused> for Problem {
    fn from(refused: Refused) -> Problem {
        Problem::Refused(refused)
    }
}

/// A read-only window that did not take over: the session still held is
/// a refusal (why), anything else a problem.
impl From<TakeOverError> for Problem {
    fn from(e: TakeOverError) -> Problem {
        match e {
            TakeOverError::Held(why) => Problem::Refused(Refused::StillHeld(why)),
            e => Problem::TakeOver(Box::new(e)),
        }
    }
}

impl From<crate::live::SaveAsError> for Problem {
    fn from(e: crate::live::SaveAsError) -> Problem {
        Problem::SaveAs(Box::new(e))
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

/// What an action of the open session did.
pub fn done(done: Done) -> Said {
    Ok(Told::Done(Box::new(done)))
}

/// A problem to say.
pub fn problem(reason: impl Into<String>) -> Said {
    Err(Problem::Words(reason.into()))
}

/// The words of what was said in `lang` ("" for nothing), and whether it
/// is a problem.
pub fn words(said: &Said, lang: Lang) -> (String, bool) {
    match said {
        Ok(Told::Nothing) => (String::new(), false),
        Ok(Told::Info(text)) => (text.clone(), false),
        Ok(Told::Done(done)) => (done.describe(lang), false),
        Err(problem) => (problem.describe(lang), true),
    }
}

/// What a save the user did not wait for says on the status line.
pub fn said_of(news: SaveNews) -> Said {
    if news.is_refusal() {
        Err(Problem::Save(Box::new(news)))
    } else {
        Ok(Told::Done(Box::new(Done::Saved(news))))
    }
}

/// What saves and a look outside say together: a save's refusal, else
/// what came in, else the save's news.
pub fn said_of_both(news: Option<SaveNews>, came: Option<Said>) -> Option<Said> {
    match (news, came) {
        (Some(n), _) if n.is_refusal() => Some(said_of(n)),
        (_, Some(came)) => Some(came),
        (news, None) => news.map(said_of),
    }
}
