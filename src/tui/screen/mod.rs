//! An open session's page: the workshop (the session being worked on) and
//! the one screen shown over it. Each screen's state and keys live in a
//! file of its own in this folder (`notes.rs`, `capture.rs`, `profile.rs`,
//! `synthesis.rs`, `reconcile.rs`); this file decides which screen has the keys, what
//! comes next, and keeps the screen shown in step with the session. A new
//! screen is one file and one `Mode` variant.

mod capture;
mod finders;
mod notes;
mod profile;
mod projector;
mod reconcile;
mod synthesis;

pub use capture::Capture;
pub use profile::ProfileView;
pub use projector::ProjectorView;
pub use reconcile::ReconcileView;
pub use synthesis::{Pane, SynthesisView};

use tui_input::InputRequest;

use super::keymap::{Action, Context};
use super::outcome::{Go, Said, info, nothing, problem};
use super::overlay::{Overlay, PromptKind};
use super::workshop::Workshop;

/// The screen shown: one at a time.
pub enum Mode {
    /// The groups and notes.
    Notes,
    /// The notes with the capture line open (adding, or editing a note).
    Capture(Capture),
    Profile(ProfileView),
    Synthesis(SynthesisView),
    Reconcile(ReconcileView),
    /// The projector view: the group's notes by family, for the wall.
    Projector(ProjectorView),
}

pub struct SessionPage {
    pub workshop: Workshop,
    pub mode: Mode,
    /// The workshop's `generation` the screen last followed.
    seen: u64,
}

impl SessionPage {
    /// The projector view of a session (`spiral FILE --view`).
    pub fn projector(workshop: Workshop) -> SessionPage {
        let mode = Mode::Projector(ProjectorView::new(&workshop));
        let mut page = SessionPage::new(workshop);
        page.mode = mode;
        page
    }

    pub fn new(workshop: Workshop) -> SessionPage {
        let seen = workshop.generation;
        SessionPage {
            workshop,
            mode: Mode::Notes,
            seen,
        }
    }

    /// Where keys go on this page (no overlay open).
    pub fn context(&self) -> Context {
        match &self.mode {
            Mode::Notes => Context::Workshop,
            Mode::Capture(_) => Context::Capture,
            Mode::Profile(_) => Context::Profile,
            Mode::Synthesis(_) => Context::Synthesis,
            Mode::Reconcile(_) => Context::Reconcile,
            Mode::Projector(_) => Context::Projector,
        }
    }

    /// An action of the key table, for the screen shown.
    pub fn update(&mut self, action: Action, overlay: &mut Option<Overlay>) -> Said {
        let w = &mut self.workshop;
        let (said, go) = match &mut self.mode {
            Mode::Notes => notes::update(w, action, overlay),
            Mode::Capture(c) => c.update(w, action),
            Mode::Profile(p) => p.update(w, action),
            Mode::Synthesis(v) => v.update(w, action, overlay),
            Mode::Reconcile(v) => v.update(w, action),
            Mode::Projector(v) => v.update(w, action),
        };
        let said = match self.go(go) {
            Ok(Some(opened)) => info(opened),
            Ok(None) => said,
            Err(e) => problem(e),
        };
        self.follow();
        said
    }

    /// Goes to another screen; what opening it says, if anything.
    fn go(&mut self, go: Go) -> Result<Option<String>, String> {
        let w = &mut self.workshop;
        self.mode = match go {
            Go::Stay => return Ok(None),
            Go::Notes => {
                w.refresh();
                Mode::Notes
            }
            Go::Capture => Mode::Capture(Capture::open(w)?),
            Go::Edit => Mode::Capture(Capture::edit(w)?),
            Go::Profile => {
                w.refresh();
                Mode::Profile(ProfileView::new(w))
            }
            Go::Synthesis => Mode::Synthesis(SynthesisView::open(w)),
            Go::Reconcile => {
                let (v, progress) = ReconcileView::open(w)?;
                self.mode = Mode::Reconcile(v);
                self.seen = self.workshop.generation;
                return Ok(Some(progress));
            }
        };
        // The screen was just made from the workshop as it is now.
        self.seen = self.workshop.generation;
        Ok(None)
    }

    /// Opens the reconcile screen (a file just made to reconcile in):
    /// how far the decisions are, or why there is nothing to reconcile.
    pub fn open_reconcile(&mut self) -> Said {
        let said = match self.go(Go::Reconcile) {
            Ok(opened) => info(opened.unwrap_or_default()),
            Err(e) => problem(e),
        };
        self.follow();
        said
    }

    /// The screen shown follows the session when what is derived from it
    /// was rebuilt (a change, an undo, another group or language).
    pub fn follow(&mut self) {
        if self.workshop.generation == self.seen {
            return;
        }
        self.seen = self.workshop.generation;
        let w = &self.workshop;
        match &mut self.mode {
            Mode::Notes | Mode::Capture(_) | Mode::Projector(_) => {}
            Mode::Profile(p) => p.refresh(w),
            Mode::Synthesis(v) => v.refresh(w),
            Mode::Reconcile(v) => v.refresh(w),
        }
    }

    /// A line typed into a prompt this page asked for.
    pub fn submit_prompt(&mut self, kind: PromptKind, value: &str) -> Said {
        let w = &mut self.workshop;
        let said = match (kind, &mut self.mode) {
            (PromptKind::NewGroup, _) => w.add_group(value),
            (PromptKind::RenameGroup, _) => w.rename_group(value),
            (PromptKind::Participants, _) => w.set_participants(value),
            (PromptKind::SaveAs, _) => w.save_as(value),
            (PromptKind::NewCriterion, Mode::Synthesis(v)) => v.merge(w, value),
            (PromptKind::RewordCriterion, Mode::Synthesis(v)) => v.reword(w, value),
            _ => nothing(),
        };
        self.follow();
        said
    }

    /// A finder's result taken (the search, the picker, the move).
    pub fn take(&mut self, target: super::finder::Target) -> Said {
        let said = self.workshop.take(target);
        self.follow();
        said
    }

    /// Pasted text: into the capture line (opened for it) on the notes;
    /// nowhere on the other screens.
    pub fn paste(&mut self, text: &str) -> Said {
        if matches!(self.mode, Mode::Notes) {
            self.mode = Mode::Capture(Capture::open(&self.workshop)?);
        }
        match &mut self.mode {
            Mode::Capture(c) => c.paste(text, self.workshop.ui()),
            _ => nothing(),
        }
    }

    /// An edit of the capture line.
    pub fn edit_text(&mut self, request: InputRequest) {
        if let Mode::Capture(c) = &mut self.mode {
            c.input.handle(request);
        }
    }

    /// The app is ending: what the capture line holds is committed (and
    /// the line closed), then everything saved (what the save said, when
    /// it did not write). Any other screen stays as it is: a quit refused
    /// because the save failed leaves the user where they were.
    pub fn flush(&mut self) -> Option<Said> {
        if matches!(self.mode, Mode::Capture(_))
            && let Mode::Capture(c) = std::mem::replace(&mut self.mode, Mode::Notes)
        {
            c.commit(&mut self.workshop);
        }
        self.workshop.flush()
    }
}
