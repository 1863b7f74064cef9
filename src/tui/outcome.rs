//! What an action leaves: what it tells the user (where the open session's
//! screen goes next is `screen::Go`).

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
