//! What an action leaves: what it tells the user, and which screen of the
//! open session comes next.

/// What an action left to say on the status line.
pub type Said = Result<String, String>;

/// Where the open session's screen goes after an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Go {
    /// The same screen.
    Stay,
    /// The notes (the workshop screen without the capture line).
    Notes,
    /// The capture line, adding notes.
    Capture,
    /// The capture line, editing the selected note.
    Edit,
    Profile,
    Synthesis,
    Reconcile,
}
