//! The workshop screen's keys while no capture line is open: move among
//! notes and groups, code, delete, undo, open the finders, the prompts, the
//! export menu and the other screens of the session.

use tui_input::Input;

use super::finders;
use crate::tr;
use crate::tui::keymap::Action;
use crate::tui::outcome::{Go, Said, nothing, problem};
use crate::tui::overlay::{Overlay, PromptKind};
use crate::tui::workshop::Workshop;

/// A key on the notes; the screen to go to, if another.
pub fn update(w: &mut Workshop, action: Action, overlay: &mut Option<Overlay>) -> (Said, Go) {
    let mut go = Go::Stay;
    let said = act(w, action, overlay, &mut go);
    (said, go)
}

fn act(w: &mut Workshop, action: Action, overlay: &mut Option<Overlay>, go: &mut Go) -> Said {
    let none = || nothing();
    let page = 10;
    match action {
        Action::Up => {
            w.select(w.selected.saturating_sub(1));
            none()
        }
        Action::Down => {
            w.select(w.selected + 1);
            none()
        }
        Action::PageUp => {
            w.select(w.selected.saturating_sub(page));
            none()
        }
        Action::PageDown => {
            w.select(w.selected + page);
            none()
        }
        Action::Top => {
            w.select(0);
            none()
        }
        Action::Bottom => {
            w.select(usize::MAX);
            none()
        }
        Action::PrevGroup | Action::NextGroup => {
            w.step_group(action == Action::NextGroup);
            none()
        }
        Action::Capture => {
            *go = Go::Capture;
            none()
        }
        Action::Code(key) => w.code(key),
        Action::FirstUncoded => w.first_uncoded(),
        Action::Details => {
            *overlay = Some(Overlay::Details(crate::tui::details::DetailsForm::default()));
            none()
        }
        Action::Uncode => w.uncode(),
        Action::AcceptSuggestion => w.accept_suggestion(),
        Action::PickComponent => {
            *overlay = Some(Overlay::Finder(finders::pick(w)?));
            none()
        }
        Action::Move => {
            *overlay = Some(Overlay::Finder(finders::move_to(w)?));
            none()
        }
        Action::Search => {
            *overlay = Some(Overlay::Finder(finders::search(w)));
            none()
        }
        Action::Edit => {
            *go = Go::Edit;
            none()
        }
        Action::Delete => w.delete(),
        Action::NextQuestion => w.next_question(1),
        Action::PrevQuestion => w.next_question(-1),
        Action::NewGroup | Action::RenameGroup | Action::Participants => {
            if let Some(why) = w.file.read_only() {
                return problem(why.to_string());
            }
            let (kind, value) = match action {
                Action::NewGroup => (PromptKind::NewGroup, String::new()),
                Action::RenameGroup => (
                    PromptKind::RenameGroup,
                    w.current_group()
                        .ok_or_else(|| tr!(w.ui(), "workshop-no-group-to-rename"))?
                        .name
                        .clone(),
                ),
                _ => (
                    PromptKind::Participants,
                    w.current_group()
                        .ok_or_else(|| tr!(w.ui(), "workshop-no-group-selected"))?
                        .participants
                        .map(|p| p.to_string())
                        .unwrap_or_default(),
                ),
            };
            *overlay = Some(Overlay::Prompt {
                kind,
                input: Input::new(value),
            });
            none()
        }
        Action::Language => w.next_language(),
        Action::Undo => w.undo(),
        Action::Redo => w.redo(),
        Action::Save => w.save_now(),
        Action::SaveAs => {
            if let Some(why) = w.file.read_only() {
                return problem(tr!(
                    w.ui(),
                    "workshop-save-as-read-only",
                    why = why.why(w.ui())
                ));
            }
            *overlay = Some(Overlay::Prompt {
                kind: PromptKind::SaveAs,
                input: Input::new(w.file.save_as_default()),
            });
            none()
        }
        Action::Profile => {
            *go = Go::Profile;
            none()
        }
        Action::Synthesis => {
            *go = Go::Synthesis;
            none()
        }
        Action::Reconcile => {
            *go = Go::Reconcile;
            none()
        }
        Action::Export => {
            if w.file.path().is_none() {
                return Err(tr!(w.ui(), "workshop-export-nowhere").into());
            }
            *overlay = Some(Overlay::Export { selected: 0 });
            none()
        }
        _ => none(),
    }
}
