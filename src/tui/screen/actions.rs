//! The actions screen (`A`, from the workshop and the profile): the
//! session's co-responsibility actions, each with its status, title, since
//! when and its latest report; the selected one's details below (who, what
//! and why, the families, criteria and citizens' notes it answers, its
//! potential to generalise, its reports and open questions); above them,
//! the families the groups named most that no action answers yet
//! (`ops::actions::unanswered_families`, as the summary says them). `n` adds an action, `Enter` opens its
//! form (`actions/form.rs`: a line per field, each edit one change through
//! the session file, undone by `u`), `r` adds a dated progress report, `d`
//! removes the action (its tombstone kept, `u` brings it back).
//! Every edit is the core's rule (`ops::actions`); a refusal is said on the
//! status line in the screen's language and nothing is written. Its
//! drawing is `actions/draw.rs`.

mod draw;
mod form;

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::Rect;
use tui_input::{Input, InputRequest};

use super::shape::{Go, Opened, Refused, Screen};
use crate::ops::actions::{self as rules, NewAction};
use crate::tr;
use crate::tui::finder::insert_text;
use crate::tui::keymap::{Action, Context};
use crate::tui::outcome::{Said, info, nothing};
use crate::tui::overlay::Overlay;
use crate::tui::workshop::Workshop;

pub use form::Row;

/// What the line open at the bottom of the screen is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// The title of a new action.
    New,
    /// A progress report on the selected action.
    Report,
    /// A line of the selected action's form.
    Row(Row),
}

/// The actions screen's state.
#[derive(Debug, Default)]
pub struct ActionsView {
    /// The selected action (index into the session's actions).
    pub selected: usize,
    /// The first action shown in the list (as last drawn).
    pub list_top: Cell<usize>,
    /// The first line of the details shown.
    pub detail_top: usize,
    /// The last first line the details can start from (as last drawn).
    pub detail_last: Cell<usize>,
    /// The form of the selected action, when open: its selected line.
    pub form: Option<usize>,
    /// A line being typed, and what for.
    pub line: Option<(Purpose, Input)>,
    /// The families the groups named most that no action answers yet
    /// (their ids), none while no note is coded: made when the session
    /// changes, not at each frame.
    pub unanswered: Option<Vec<String>>,
}

/// Opens the actions of the session as it is now.
pub fn open(w: &mut Workshop) -> Result<Opened, Refused> {
    let mut view = ActionsView::default();
    view.follow(w);
    Ok((Box::new(view), None))
}

impl Screen for ActionsView {
    fn context(&self) -> Context {
        match (&self.line, self.form) {
            (Some(_), _) => Context::TextLine,
            (None, Some(_)) => Context::ActionForm,
            (None, None) => Context::Actions,
        }
    }

    fn update(
        &mut self,
        w: &mut Workshop,
        action: Action,
        _overlay: &mut Option<Overlay>,
    ) -> (Said, Go) {
        if self.line.is_some() {
            return (self.line_keys(w, action), Go::Stay);
        }
        if let Some(row) = self.form {
            return (self.form_keys(w, row, action), Go::Stay);
        }
        self.keys(w, action)
    }

    fn draw(&self, w: &Workshop, frame: &mut Frame, area: Rect) {
        draw::draw(w, self, frame, area);
    }

    fn refresh(&mut self, w: &Workshop) {
        self.follow(w);
    }

    fn paste(&mut self, _w: &Workshop, text: &str) -> (Said, Go) {
        if let Some((_, input)) = &mut self.line {
            insert_text(input, &text.replace(['\r', '\n'], " "));
        }
        (nothing(), Go::Stay)
    }

    fn edit_text(&mut self, request: InputRequest) {
        if let Some((_, input)) = &mut self.line {
            input.handle(request);
        }
    }
}

impl ActionsView {
    /// After the session changed: the selection kept in bounds, the
    /// families named most and not answered made again.
    fn follow(&mut self, w: &Workshop) {
        let n = w.session().actions.len();
        self.selected = self.selected.min(n.saturating_sub(1));
        if n == 0 {
            self.form = None;
        }
        let (session, framework) = (w.session(), &w.framework);
        let coded = (session.notes.iter())
            .any(|n| (n.family.as_deref()).is_some_and(|f| framework.family(f).is_some()));
        self.unanswered = coded.then(|| {
            rules::unanswered_families(session, framework, rules::NAMED_MOST)
                .into_iter()
                .map(|(family, _)| family)
                .collect()
        });
    }

    /// The selected action's index, or why there is none.
    fn chosen(&self, w: &Workshop) -> Result<usize, String> {
        if self.selected < w.session().actions.len() {
            Ok(self.selected)
        } else {
            Err(tr!(w.ui(), "actions-no-action"))
        }
    }

    /// A key on the list.
    fn keys(&mut self, w: &mut Workshop, action: Action) -> (Said, Go) {
        match action {
            Action::Back | Action::Actions => (nothing(), Go::Notes),
            _ => (self.list_keys(w, action), Go::Stay),
        }
    }

    /// A key on the list that stays on the screen.
    fn list_keys(&mut self, w: &mut Workshop, action: Action) -> Said {
        let n = w.session().actions.len();
        match action {
            Action::Up | Action::Down => {
                self.selected = match action {
                    Action::Up => self.selected.saturating_sub(1),
                    _ => (self.selected + 1).min(n.saturating_sub(1)),
                };
                self.detail_top = 0;
                nothing()
            }
            Action::PageUp => {
                self.detail_top = self.detail_top.saturating_sub(5);
                nothing()
            }
            Action::PageDown => {
                self.detail_top = (self.detail_top + 5).min(self.detail_last.get());
                nothing()
            }
            Action::Edit => {
                self.chosen(w)?;
                self.form = Some(0);
                nothing()
            }
            Action::NewAction => {
                w.writable()?;
                self.line = Some((Purpose::New, Input::default()));
                nothing()
            }
            Action::AddReport => {
                self.chosen(w)?;
                w.writable()?;
                w.coder_for_note()?;
                self.line = Some((Purpose::Report, Input::default()));
                nothing()
            }
            Action::Delete => {
                let index = self.chosen(w)?;
                let title = crate::text::printable(&w.session().actions[index].title).into_owned();
                let change = rules::remove(w.session(), index, &w.coder(), w.clock.now());
                w.make(change)?;
                info(tr!(w.ui(), "actions-removed", title = title))
            }
            Action::Undo => w.undo(),
            Action::Redo => w.redo(),
            Action::Language => w.next_language(),
            _ => nothing(),
        }
    }

    /// A key on the open line: Enter makes what it is for, Esc closes it.
    fn line_keys(&mut self, w: &mut Workshop, action: Action) -> Said {
        let Some((purpose, input)) = self.line.take() else {
            return nothing();
        };
        match action {
            Action::Submit => {
                let said = self.submit_line(w, purpose, input.value());
                if said.is_err() {
                    // Refused: the line stays as typed, nothing written.
                    self.line = Some((purpose, input));
                }
                said
            }
            Action::Cancel => nothing(),
            _ => {
                self.line = Some((purpose, input));
                nothing()
            }
        }
    }

    /// The line typed, made into its change.
    fn submit_line(&mut self, w: &mut Workshop, purpose: Purpose, value: &str) -> Said {
        let ui = w.ui();
        match purpose {
            Purpose::New => {
                let new = NewAction {
                    title: value.to_string(),
                    ..NewAction::default()
                };
                let change = rules::add(w.session(), &w.framework, new, w.clock.now())
                    .map_err(|r| r.message().say(ui))?;
                w.make(change)?;
                self.selected = w.session().actions.len() - 1;
                self.detail_top = 0;
                self.form = Some(0);
                let title =
                    crate::text::printable(&w.session().actions[self.selected].title).into_owned();
                info(tr!(ui, "actions-added", title = title))
            }
            Purpose::Report => {
                let index = self.chosen(w)?;
                let by = w.coder_for_note()?;
                let (date, at) = (w.clock.today(), w.clock.now());
                let change = rules::report(w.session(), index, date, &by, value, at)
                    .map_err(|r| r.message().say(ui))?;
                w.make(change)?;
                let title = crate::text::printable(&w.session().actions[index].title).into_owned();
                info(tr!(ui, "actions-reported", title = title))
            }
            Purpose::Row(row) => {
                let index = self.chosen(w)?;
                form::submit(w, index, row, value)
            }
        }
    }

    /// A key on the form of the selected action.
    fn form_keys(&mut self, w: &mut Workshop, at: usize, action: Action) -> Said {
        let Ok(index) = self.chosen(w) else {
            self.form = None;
            return nothing();
        };
        let rows = form::rows(&w.session().actions[index]);
        let at = at.min(rows.len() - 1);
        let row = rows[at];
        match action {
            Action::Up => self.form = Some(at.saturating_sub(1)),
            Action::Down => self.form = Some((at + 1).min(rows.len() - 1)),
            Action::Back => self.form = None,
            Action::Undo => return w.undo(),
            Action::Redo => return w.redo(),
            Action::Delete => return form::take_out(w, index, row),
            Action::Submit if row == Row::Status => return form::next_status(w, index),
            Action::Submit => {
                w.writable()?;
                let Some(start) = form::editable(w, index, row) else {
                    return nothing();
                };
                self.line = Some((Purpose::Row(row), Input::new(start)));
            }
            _ => {}
        }
        nothing()
    }
}

/// The title of the line open for `purpose`, in the screen's language.
pub fn line_title(w: &Workshop, purpose: Purpose) -> String {
    let ui = w.ui();
    match purpose {
        Purpose::New => tr!(ui, "actions-line-new"),
        Purpose::Report => tr!(
            ui,
            "actions-line-report",
            date = w.clock.today().to_string(),
            by = w.coder()
        ),
        Purpose::Row(row) => form::line_title(w, row),
    }
}
