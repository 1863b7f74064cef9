//! An open session's page: the workshop (the session being worked on) and
//! the one screen shown over it. Each screen is a file of its own in this
//! folder (`notes.rs`, `capture.rs`, `profile.rs`, `synthesis/`,
//! `reconcile.rs`, `projector.rs`, `actions/`): its state, its update, its draw and its
//! keys' context, behind the `Screen` trait (`shape.rs`). This file gives
//! the keys to the screen shown, goes where it says, and keeps it in step
//! with the session. A new screen is one file, listed here (its `mod`, and
//! the key that opens it in `OPENED_BY`).

mod actions;
mod capture;
mod finders;
mod notes;
mod profile;
mod projector;
mod reconcile;
mod shape;
mod synthesis;

pub use actions::ActionsView;
pub use capture::Capture;
pub use shape::{Go, Open, Opened, Refused, Screen};
pub use synthesis::{Pane, SynthesisView};

use projector::ProjectorView;

/// The screens a key opens (on the notes), by its action. A new screen is
/// its file, its `mod` line above and its line here.
const OPENED_BY: [(Action, Open); 6] = [
    (Action::Capture, capture::open),
    (Action::Edit, capture::edit),
    (Action::Profile, profile::open),
    (Action::Synthesis, synthesis::open),
    (Action::Reconcile, reconcile::open),
    (Action::Actions, actions::open),
];

use std::any::Any;

use ratatui::Frame;
use ratatui::layout::Rect;
use tui_input::InputRequest;

use super::keymap::{Action, Context};
use super::outcome::{Said, info, nothing, problem};
use super::overlay::{Overlay, PromptKind};
use super::workshop::Workshop;

pub struct SessionPage {
    pub workshop: Workshop,
    /// The screen shown: one at a time.
    screen: Box<dyn Screen>,
    /// The workshop's `generation` the screen last followed.
    seen: u64,
    /// What was refused for want of a coder, done again once the prompt
    /// names one (`tui/coder.rs`).
    waiting: Option<Waiting>,
}

/// What waits for a coder to be named.
#[derive(Debug, Clone, Copy)]
enum Waiting {
    /// An action of the key table.
    Action(Action),
    /// A finder's result (a family picked for the note).
    Take(super::finder::Target),
}

impl SessionPage {
    /// The projector view of a session (`spiral FILE --view`), following
    /// where the facilitator is as `positions` (the positions file) says;
    /// `follow` is the key that follows again.
    pub fn projector(
        mut workshop: Workshop,
        positions: &std::path::Path,
        follow: String,
    ) -> SessionPage {
        let mut view = ProjectorView::new(&mut workshop, positions);
        view.follow_key = follow;
        let screen = Box::new(view);
        let mut page = SessionPage::new(workshop);
        page.screen = screen;
        page
    }

    pub fn new(workshop: Workshop) -> SessionPage {
        let seen = workshop.generation;
        SessionPage {
            workshop,
            screen: Box::new(notes::Notes),
            seen,
            waiting: None,
        }
    }

    /// Where keys go on this page (no overlay open).
    pub fn context(&self) -> Context {
        self.screen.context()
    }

    /// The screen shown, if it is a `T`.
    pub fn screen<T: Screen>(&self) -> Option<&T> {
        let screen: &dyn Any = self.screen.as_ref();
        screen.downcast_ref::<T>()
    }

    /// Draws the screen shown.
    pub fn draw(&self, frame: &mut Frame, area: Rect) {
        self.screen.draw(&self.workshop, frame, area);
    }

    /// An action of the key table, for the screen shown.
    pub fn update(&mut self, action: Action, overlay: &mut Option<Overlay>) -> Said {
        let (said, go) = self.screen.update(&mut self.workshop, action, overlay);
        self.ask_coder(Waiting::Action(action), overlay);
        let said = match self.go(go) {
            Ok(Some(opened)) => info(opened),
            Ok(None) => said,
            Err(e) => problem(e),
        };
        self.follow();
        said
    }

    /// Goes to another screen; what opening it says, if anything, or why
    /// it did not open, in the language the app speaks.
    fn go(&mut self, go: Go) -> Result<Option<String>, String> {
        self.go_to(go)
            .map_err(|why| why.describe(self.workshop.ui()))
    }

    /// Goes to another screen; what opening it says, if anything.
    fn go_to(&mut self, go: Go) -> Result<Option<String>, Refused> {
        let said = match go {
            Go::Stay => return Ok(None),
            Go::Notes => {
                self.workshop.refresh();
                self.screen = Box::new(notes::Notes);
                None
            }
            Go::To(open) => {
                let (screen, said) = open(&mut self.workshop)?;
                self.screen = screen;
                said
            }
            Go::Opens(action) => match OPENED_BY.iter().find(|(a, _)| *a == action) {
                Some((_, open)) => return self.go_to(Go::To(*open)),
                None => return Ok(None),
            },
        };
        // The screen was just made from the workshop as it is now.
        self.seen = self.workshop.generation;
        Ok(said)
    }

    /// Opens the reconcile screen (a file just made to reconcile in):
    /// how far the decisions are, or why there is nothing to reconcile.
    pub fn open_reconcile(&mut self) -> Said {
        let said = match self.go(Go::To(reconcile::open)) {
            Ok(opened) => info(opened.unwrap_or_default()),
            Err(e) => problem(e),
        };
        self.follow();
        said
    }

    /// The news of what the screen shown watches besides the session:
    /// whether it must be drawn again.
    pub fn screen_news(&mut self) -> bool {
        let moved = self.screen.news(&mut self.workshop);
        self.follow();
        moved
    }

    /// The screen shown follows the session when what is derived from it
    /// was rebuilt (a change, an undo, another group or language).
    pub fn follow(&mut self) {
        if self.workshop.generation == self.seen {
            return;
        }
        self.seen = self.workshop.generation;
        self.screen.refresh(&self.workshop);
    }

    /// A line typed into a prompt this page asked for.
    pub fn submit_prompt(&mut self, kind: PromptKind, value: &str) -> Said {
        if kind == PromptKind::Coder {
            let named = self.workshop.answer_coder(value);
            let waiting = self.waiting.take();
            return super::coder::answered(named, || match waiting {
                Some(Waiting::Action(action)) => self.update(action, &mut None),
                Some(Waiting::Take(target)) => self.take(target, &mut None),
                None => nothing(),
            });
        }
        let w = &mut self.workshop;
        let said = match kind {
            PromptKind::NewGroup => w.add_group(value),
            PromptKind::RenameGroup => w.rename_group(value),
            PromptKind::Participants => w.set_participants(value),
            PromptKind::SaveAs => w.save_as(value),
            _ => self.screen.submit(w, kind, value).unwrap_or_else(nothing),
        };
        self.follow();
        said
    }

    /// A finder's result taken (the search, the picker, the move).
    pub fn take(&mut self, target: super::finder::Target, overlay: &mut Option<Overlay>) -> Said {
        let said = finders::take(&mut self.workshop, target);
        self.ask_coder(Waiting::Take(target), overlay);
        self.follow();
        said
    }

    /// When what was just done was refused for want of a coder: the
    /// prompt that asks, and what waits for the answer.
    fn ask_coder(&mut self, waiting: Waiting, overlay: &mut Option<Overlay>) {
        if self.workshop.coder_asked() {
            *overlay = Some(super::coder::prompt());
            self.waiting = Some(waiting);
        }
    }

    /// Pasted text, to the screen shown; or to the screen it opens for it
    /// (the notes open the capture line).
    pub fn paste(&mut self, text: &str) -> Said {
        let (said, go) = self.screen.paste(&self.workshop, text);
        if matches!(go, Go::Stay) {
            return said;
        }
        self.go(go)?;
        self.screen.paste(&self.workshop, text).0
    }

    /// An edit of the line of text the screen holds (the capture line).
    pub fn edit_text(&mut self, request: InputRequest) {
        self.screen.edit_text(request);
    }

    /// The app is ending: what the screen holds is committed (the capture
    /// line's note, then the line closed), then everything saved (what the
    /// save said, when it did not write). Any other screen stays as it is:
    /// a quit refused because the save failed leaves the user where they
    /// were.
    pub fn flush(&mut self) -> Option<Said> {
        if self.screen.commit(&mut self.workshop) {
            self.screen = Box::new(notes::Notes);
        }
        // No one to ask now: a note of no coder known is not saved.
        self.workshop.coder_asked();
        self.workshop.flush()
    }
}
