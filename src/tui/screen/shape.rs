//! The shape every screen of an open session has (the `Screen` trait, after
//! gitui's `Component`): its keys' context, its update (an action in, what
//! it says and where it goes out), its draw, and how it follows the
//! session; and `Go`, where the screen goes after an action.

use std::any::Any;

use ratatui::Frame;
use ratatui::layout::Rect;
use tui_input::InputRequest;

use crate::tui::keymap::{Action, Context};
use crate::tui::outcome::{Said, nothing};
use crate::tui::overlay::{Overlay, PromptKind};
use crate::tui::workshop::Workshop;

/// A screen of an open session, over the workshop: its state is the type
/// that implements it.
pub trait Screen: Any {
    /// Where its keys are looked up (and its hint line drawn from).
    fn context(&self) -> Context;

    /// An action of the key table: what it says, and where the screen
    /// goes. A screen may open an overlay (a prompt, a finder).
    fn update(
        &mut self,
        w: &mut Workshop,
        action: Action,
        overlay: &mut Option<Overlay>,
    ) -> (Said, Go);

    /// Draws the screen: a pure function of it and the workshop.
    fn draw(&self, w: &Workshop, frame: &mut Frame, area: Rect);

    /// Follows the session when what is derived from it was rebuilt (a
    /// change, an undo, another group or language).
    fn refresh(&mut self, _w: &Workshop) {}

    /// Takes the news of what the screen watches besides the session (the
    /// projector: where the facilitator is), after the session's own:
    /// whether the screen must be drawn again.
    fn news(&mut self, _w: &mut Workshop) -> bool {
        false
    }

    /// A line typed into a prompt this screen asked for (`None`: not one
    /// of its prompts).
    fn submit(&mut self, _w: &mut Workshop, _kind: PromptKind, _value: &str) -> Option<Said> {
        None
    }

    /// Pasted text: what it says, or the screen that takes it instead.
    fn paste(&mut self, _w: &Workshop, _text: &str) -> (Said, Go) {
        (nothing(), Go::Stay)
    }

    /// An edit of a line of text the screen holds.
    fn edit_text(&mut self, _request: InputRequest) {}

    /// The app is ending: what the screen holds unsaved is committed.
    /// Whether the screen closed (the notes are shown instead).
    fn commit(&mut self, _w: &mut Workshop) -> bool {
        false
    }
}

/// Where the open session's screen goes after an action.
#[derive(Debug, Clone, Copy)]
pub enum Go {
    /// The same screen.
    Stay,
    /// The notes (the workshop screen without the capture line).
    Notes,
    /// Another screen, opened by this function.
    To(Open),
    /// The screen this key opens, if one does (`screen/mod.rs` lists
    /// them).
    Opens(Action),
}

/// How a screen is opened over the workshop: the screen, and what opening
/// it says (if anything); or why it cannot open.
pub type Open = fn(&mut Workshop) -> Result<Opened, Refused>;

pub use crate::tui::outcome::Refused;

/// A screen just opened, and what opening it says.
pub type Opened = (Box<dyn Screen>, Option<String>);
