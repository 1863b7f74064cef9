//! What is drawn over a page: help, the export menu, a prompt for a line
//! of text, a finder. The app holds at most one; it takes the keys first.

use tui_input::Input;

use super::finder::{Finder, Target};
use super::keymap::Action;
use crate::export::Format;
use crate::tr;

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
    /// Who writes the notes (asked once, when no one is known).
    Coder,
}

impl PromptKind {
    pub fn title(self, lang: crate::model::Lang) -> String {
        match self {
            PromptKind::NewGroup => tr!(lang, "prompt-new-group"),
            PromptKind::RenameGroup => tr!(lang, "prompt-rename-group"),
            PromptKind::Participants => tr!(lang, "prompt-participants"),
            PromptKind::NewSession => tr!(lang, "prompt-new-session"),
            PromptKind::NewCriterion => tr!(lang, "prompt-new-criterion"),
            PromptKind::RewordCriterion => tr!(lang, "prompt-reword-criterion"),
            PromptKind::SaveAs => tr!(lang, "prompt-save-as"),
            PromptKind::Coder => tr!(lang, "prompt-coder"),
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
    /// The session's details form (its keys go to the open workshop).
    Details(super::details::DetailsForm),
}

/// What an overlay leaves after a key.
pub enum Step {
    /// Still open (moved, typed into).
    Keep(Overlay),
    /// Closed, nothing to do.
    Close,
    /// Still open, and why the key did nothing.
    Refused(Overlay, String),
    /// The export menu chose a format.
    Export(Format),
    /// A prompt was answered.
    Prompted(PromptKind, String),
    /// A finder's result was taken.
    Take(Target),
    /// A key for the details form, which needs the workshop.
    Details(super::details::DetailsForm, Action),
}

impl Overlay {
    /// A key on the overlay: it moves, closes, or hands on what was chosen.
    pub fn update(self, action: Action, lang: crate::model::Lang) -> Step {
        match self {
            Overlay::Help { scroll } => match action {
                Action::Up => Step::Keep(Overlay::Help {
                    scroll: scroll.saturating_sub(1),
                }),
                Action::Down => Step::Keep(Overlay::Help { scroll: scroll + 1 }),
                Action::Back => Step::Close,
                _ => Step::Keep(Overlay::Help { scroll }),
            },
            Overlay::Export { selected } => {
                let last = Format::ALL.len() - 1;
                match action {
                    Action::Up => Step::Keep(Overlay::Export {
                        selected: selected.saturating_sub(1),
                    }),
                    Action::Down => Step::Keep(Overlay::Export {
                        selected: (selected + 1).min(last),
                    }),
                    Action::Submit => Step::Export(Format::ALL[selected]),
                    _ => Step::Close,
                }
            }
            Overlay::Prompt { kind, input } => match action {
                Action::Cancel => Step::Close,
                Action::Submit => Step::Prompted(kind, input.value().to_string()),
                _ => Step::Keep(Overlay::Prompt { kind, input }),
            },
            Overlay::Finder(mut finder) => match action {
                Action::Cancel => Step::Close,
                Action::Up => {
                    finder.up();
                    Step::Keep(Overlay::Finder(finder))
                }
                Action::Down => {
                    finder.down();
                    Step::Keep(Overlay::Finder(finder))
                }
                Action::Submit => {
                    finder.settle();
                    match finder.chosen().map(|i| i.target) {
                        Some(target) => Step::Take(target),
                        None => Step::Refused(Overlay::Finder(finder), tr!(lang, "finder-nothing")),
                    }
                }
                _ => Step::Keep(Overlay::Finder(finder)),
            },
            Overlay::Details(form) => Step::Details(form, action),
        }
    }
}
