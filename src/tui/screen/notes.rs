//! The notes screen (the workshop without a capture line): its keys move among
//! notes and groups, code, delete, undo, open the finders (and the picker
//! of actions the selected note is linked to), the prompts, the
//! export menu and the other screens of the session.

use ratatui::Frame;
use ratatui::layout::Rect;
use tui_input::Input;

use super::finders;
use super::shape::{Go, Screen};
use crate::i18n::Describe;
use crate::tr;
use crate::tui::keymap::Action;
use crate::tui::keymap::Context;
use crate::tui::outcome::{Problem, Said, nothing};
use crate::tui::overlay::{Overlay, PromptKind};
use crate::tui::view::workshop;
use crate::tui::workshop::Workshop;

/// The notes: the groups and their notes, no capture line open.
pub struct Notes;

impl Screen for Notes {
    fn context(&self) -> Context {
        Context::Workshop
    }

    /// A key on the notes; the screen to go to, if another.
    fn update(
        &mut self,
        w: &mut Workshop,
        action: Action,
        overlay: &mut Option<Overlay>,
    ) -> (Said, Go) {
        let mut go = Go::Stay;
        let said = act(w, action, overlay, &mut go);
        (said, go)
    }

    fn draw(&self, w: &Workshop, frame: &mut Frame, area: Rect) {
        workshop::draw(w, 0, frame, area);
    }

    /// Pasted text goes into the capture line, opened for it.
    fn paste(&mut self, _w: &Workshop, _text: &str) -> (Said, Go) {
        (nothing(), Go::Opens(Action::Capture))
    }
}

fn act(w: &mut Workshop, action: Action, overlay: &mut Option<Overlay>, go: &mut Go) -> Said {
    if let Some(to) = moved(w, action) {
        w.select(to);
        return nothing();
    }
    match action {
        Action::PrevGroup | Action::NextGroup => {
            w.step_group(action == Action::NextGroup);
            nothing()
        }
        Action::Code(key) => w.code(key),
        Action::FirstUncoded => w.first_uncoded(),
        Action::Uncode => w.uncode(),
        Action::AcceptSuggestion => w.accept_suggestion(),
        Action::Delete => w.delete(),
        Action::NextQuestion => w.next_question(1),
        Action::PrevQuestion => w.next_question(-1),
        Action::Language => w.next_language(),
        Action::Undo => w.undo(),
        Action::Redo => w.redo(),
        Action::Save => w.save_now(),
        _ => {
            match open(w, action)? {
                Some(opened) => *overlay = Some(opened),
                // Any other key may open a screen (`screen/mod.rs` lists
                // them).
                None => *go = Go::Opens(action),
            }
            nothing()
        }
    }
}

/// The note a moving key selects (`usize::MAX`: the last), if it moves.
fn moved(w: &Workshop, action: Action) -> Option<usize> {
    let page = 10;
    Some(match action {
        Action::Up => w.selected.saturating_sub(1),
        Action::Down => w.selected + 1,
        Action::PageUp => w.selected.saturating_sub(page),
        Action::PageDown => w.selected + page,
        Action::Top => 0,
        Action::Bottom => usize::MAX,
        _ => return None,
    })
}

/// The overlay a key opens over the notes (a finder, a prompt, the
/// details, the export menu), if any; or why it may not.
fn open(w: &mut Workshop, action: Action) -> Result<Option<Overlay>, Problem> {
    Ok(Some(match action {
        Action::Details => Overlay::Details(crate::tui::details::DetailsForm::default()),
        Action::PickComponent => {
            Overlay::Finder(finders::pick(w).map_err(|why| why.describe(w.ui()))?)
        }
        Action::Move => Overlay::Finder(finders::move_to(w).map_err(|why| why.describe(w.ui()))?),
        Action::Search => Overlay::Finder(finders::search(w)),
        Action::LinkToAction => {
            Overlay::Finder(finders::actions(w).map_err(|why| why.describe(w.ui()))?)
        }
        Action::NewGroup | Action::RenameGroup | Action::Participants => prompt(w, action)?,
        Action::SaveAs => {
            if let Some(why) = w.file.read_only() {
                let why = why.why(w.ui());
                return Err(tr!(w.ui(), "workshop-save-as-read-only", why = why).into());
            }
            Overlay::Prompt {
                kind: PromptKind::SaveAs,
                input: Input::new(w.file.save_as_default()),
            }
        }
        Action::Export => {
            if w.file.path().is_none() {
                return Err(tr!(w.ui(), "workshop-export-nowhere").into());
            }
            Overlay::Export { selected: 0 }
        }
        _ => return Ok(None),
    }))
}

/// The prompt for a new group, a group's new name or its participants,
/// filled with what the group has now.
fn prompt(w: &Workshop, action: Action) -> Result<Overlay, Problem> {
    if let Some(why) = w.file.read_only() {
        return Err(why.describe(w.ui()).into());
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
    Ok(Overlay::Prompt {
        kind,
        input: Input::new(value),
    })
}
