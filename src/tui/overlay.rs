//! What is drawn over a page: help, the export menu, a prompt for a line
//! of text, a finder. The app holds at most one; it takes the keys first.

use tui_input::Input;

use super::finder::Finder;

/// A line of text the app asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    NewGroup,
    RenameGroup,
    Participants,
    NewSession,
    NewCriterion,
    RewordCriterion,
    SaveAs,
}

impl PromptKind {
    pub fn title(self) -> &'static str {
        match self {
            PromptKind::NewGroup => "Name of the new group",
            PromptKind::RenameGroup => "New name of the group",
            PromptKind::Participants => "Number of participants (empty: unknown)",
            PromptKind::NewSession => "Title of the new session",
            PromptKind::NewCriterion => "Wording of the criterion",
            PromptKind::RewordCriterion => "New wording of the criterion",
            PromptKind::SaveAs => "Save the session to (a new file)",
        }
    }
}

/// What is drawn over the page.
#[derive(Debug)]
pub enum Overlay {
    Help {
        scroll: usize,
    },
    /// The export menu: the format selected (index into `Format::ALL`).
    Export {
        selected: usize,
    },
    Prompt {
        kind: PromptKind,
        input: Input,
    },
    Finder(Finder),
}
