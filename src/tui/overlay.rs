//! What is drawn over a page: help, the export menu (and what its choice
//! does: `export`), a prompt for a line of text, a finder. The app holds
//! at most one; it takes the keys first.

use std::cell::Cell;

use tui_input::Input;

use super::finder::{Finder, Target};
use super::keymap::Action;
use super::outcome::{Said, info};
use super::workshop::Workshop;
use crate::export::{Format, WriteError};
use crate::i18n::Describe;
use crate::model::Framework;
use crate::output::OutputError;
use crate::said::with_causes;
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
        scroll: HelpScroll,
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

/// Where help is scrolled to: its first line shown, and what the last
/// drawing of it found, for the keys that move by a page and to the end.
#[derive(Debug)]
pub struct HelpScroll {
    pub top: usize,
    /// The lines a page shows (as last drawn).
    pub page: Cell<usize>,
    /// The first line shown when the last line is at the bottom (as last
    /// drawn; until then, anything).
    pub last: Cell<usize>,
}

impl Default for HelpScroll {
    fn default() -> HelpScroll {
        HelpScroll {
            top: 0,
            page: Cell::new(1),
            last: Cell::new(usize::MAX),
        }
    }
}

impl HelpScroll {
    /// After a key: moved (or as it was, for a key that is not help's).
    fn moved(self, action: Action) -> HelpScroll {
        let last = self.last.get();
        let top = self.top.min(last);
        let page = self.page.get().max(1);
        let top = match action {
            Action::Up => top.saturating_sub(1),
            Action::Down => top.saturating_add(1).min(last),
            Action::PageUp => top.saturating_sub(page),
            Action::PageDown => top.saturating_add(page).min(last),
            Action::Top => 0,
            Action::Bottom => last,
            _ => return self,
        };
        HelpScroll { top, ..self }
    }
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
            Overlay::Help { .. } if action == Action::Back => Step::Close,
            Overlay::Help { scroll } => Step::Keep(Overlay::Help {
                scroll: scroll.moved(action),
            }),
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

/// The export menu's choice: the session (as it is now) exported beside
/// its file (`ops::export`), in its language; what is said is where, or
/// why not, in the app's language.
pub fn export(w: &Workshop, format: Format, framework: &Framework) -> Said {
    let ui = w.ui();
    let path = w
        .file
        .path()
        .ok_or_else(|| tr!(ui, "workshop-not-a-file"))?;
    let out =
        crate::ops::export::beside(path, format).ok_or_else(|| tr!(ui, "workshop-not-a-file"))?;
    let (target, written) =
        crate::ops::export::export_beside(path, &out, w.session(), framework, format).map_err(
            |e| match e {
                WriteError::Output(OutputError::Refused(reason)) => reason.say(ui),
                WriteError::Output(e) => {
                    tr!(ui, "workshop-not-exported", why = with_causes(&e, ui))
                }
                WriteError::Export(e) => with_causes(&e, ui),
            },
        )?;
    let file = target.describe(ui);
    let kb = written.div_ceil(1024);
    info(tr!(
        ui,
        "workshop-exported",
        format = format.name(),
        file = file,
        kb = kb
    ))
}
