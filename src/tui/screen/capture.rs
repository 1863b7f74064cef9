//! The capture line: notes typed as they are read out (Enter adds one and
//! keeps the line open), a note edited, or a multi-line paste waiting for a
//! choice. Its state, its keys, its line (drawn under the workshop), and
//! the notes it makes and edits (by `ops::notes`' rules, made through the
//! workshop: `Workshop::append`, `Workshop::make_if`).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};
use tui_input::{Input, InputRequest};
use uuid::Uuid;

use super::shape::{Go, Opened, Refused, Screen};
use crate::model::{Change, Note};
use crate::ops::{coding, notes};
use crate::text::clean;
use crate::tr;
use crate::tui::done::FamilyName;
use crate::tui::finder::insert_text;
use crate::tui::keymap::Action;
use crate::tui::keymap::Context;
use crate::tui::outcome::{Said, info, nothing};
use crate::tui::overlay::Overlay;
use crate::tui::view::workshop;
use crate::tui::workshop::Workshop;

/// The capture line: open while notes are being typed, or a note edited.
#[derive(Debug, Default)]
pub struct Capture {
    pub input: Input,
    /// The note being edited, when editing rather than adding.
    pub editing: Option<Uuid>,
    /// The last note added since the line opened (selected on close).
    pub last_added: Option<Uuid>,
    /// A multi-line paste waiting for the facilitator's choice: one note per
    /// line, or joined into the line. Nothing is added until then.
    pub pending_paste: Option<Vec<String>>,
}

/// Opens the line for new notes.
pub fn open(w: &mut Workshop) -> Result<Opened, Refused> {
    Ok((Box::new(Capture::open(w)?), None))
}

/// Opens the line holding the selected note, to edit it.
pub fn edit(w: &mut Workshop) -> Result<Opened, Refused> {
    Ok((Box::new(Capture::edit(w)?), None))
}

impl Screen for Capture {
    fn context(&self) -> Context {
        Context::Capture
    }

    fn update(
        &mut self,
        w: &mut Workshop,
        action: Action,
        _overlay: &mut Option<Overlay>,
    ) -> (Said, Go) {
        self.keys(w, action)
    }

    /// The notes, with the line under them.
    fn draw(&self, w: &Workshop, frame: &mut Frame, area: Rect) {
        let (title, above, said) = self.words(w, area.width.saturating_sub(2) as usize);
        let rows = 2 + above.len() + said.len().max(1);
        let line = workshop::draw(w, rows as u16, frame, area);
        self.draw_line((title, above, said), frame, line);
    }

    fn paste(&mut self, w: &Workshop, text: &str) -> (Said, Go) {
        (self.paste_text(text, w.ui()), Go::Stay)
    }

    fn edit_text(&mut self, request: InputRequest) {
        self.input.handle(request);
    }

    fn commit(&mut self, w: &mut Workshop) -> bool {
        std::mem::take(self).commit_line(w);
        true
    }
}

impl Capture {
    /// The line for new notes of the selected group and question.
    pub fn open(w: &Workshop) -> Result<Capture, Refused> {
        if w.file.read_only().is_some() {
            return Err(Refused::ReadOnlyAdd);
        }
        if w.session().groups.is_empty() {
            return Err(Refused::NoGroup);
        }
        Ok(Capture::default())
    }

    /// The line holding the selected note, to edit it.
    pub fn edit(w: &Workshop) -> Result<Capture, Refused> {
        if w.file.read_only().is_some() {
            return Err(Refused::ReadOnlyEdit);
        }
        let i = w.selected_note().ok_or(Refused::NoNoteSelected)?;
        let note = &w.session().notes[i];
        Ok(Capture {
            input: Input::new(note.text.clone()),
            editing: Some(note.id),
            ..Capture::default()
        })
    }

    /// A key on the capture line.
    fn keys(&mut self, w: &mut Workshop, action: Action) -> (Said, Go) {
        match action {
            Action::Submit => {
                if self.pending_paste.is_some() {
                    (self.paste_as_notes(w), Go::Stay)
                } else {
                    self.submit(w)
                }
            }
            Action::Cancel => {
                if self.pending_paste.take().is_some() {
                    return (info(tr!(w.ui(), "capture-paste-dropped")), Go::Stay);
                }
                self.close(w);
                (nothing(), Go::Notes)
            }
            Action::JoinPaste => {
                self.join_paste();
                (nothing(), Go::Stay)
            }
            Action::AddAndCode(key) if self.editing.is_none() && self.pending_paste.is_none() => {
                (self.add_and_code(w, key), Go::Stay)
            }
            Action::NextQuestion if self.editing.is_none() => (w.next_question(1), Go::Stay),
            Action::PrevQuestion if self.editing.is_none() => (w.next_question(-1), Go::Stay),
            _ => (nothing(), Go::Stay),
        }
    }

    /// Enter: adds the line's text as a note of the selected group, for
    /// the current question (an empty line adds nothing), or saves the
    /// edit (and closes the line).
    fn submit(&mut self, w: &mut Workshop) -> (Said, Go) {
        let text = clean(self.input.value());
        if let Some(id) = self.editing {
            if text.is_empty() {
                return (Err(tr!(w.ui(), "capture-empty-edit").into()), Go::Stay);
            }
            w.select_note(id);
            if let Err(e) = edit_selected(w, text) {
                return (Err(e.into()), Go::Notes);
            }
            w.refresh();
            return (info(tr!(w.ui(), "capture-edited")), Go::Notes);
        }
        if text.is_empty() {
            return (Err(tr!(w.ui(), "capture-empty").into()), Go::Stay);
        }
        match add_note(w, &text) {
            Ok(id) => {
                self.input.reset();
                self.last_added = Some(id);
                (nothing(), Go::Stay)
            }
            Err(e) => (Err(e.into()), Go::Stay),
        }
    }

    /// Alt-digit (or F1–F8): the line's text added as a note already coded
    /// in the family of `key`, in one change; on an empty line, the note
    /// just added is coded. The line stays open.
    fn add_and_code(&mut self, w: &mut Workshop, key: u8) -> Said {
        let text = clean(self.input.value());
        if text.is_empty() {
            let id = self
                .last_added
                .ok_or_else(|| tr!(w.ui(), "capture-type-first"))?;
            w.select_note(id);
            w.code(key)?;
            w.select_note(id);
            let label = family_of_key(w, key);
            return info(tr!(w.ui(), "capture-coded-last", family = label));
        }
        let id = add_coded_note(w, &text, key)?;
        self.input.reset();
        self.last_added = Some(id);
        let label = family_of_key(w, key);
        info(tr!(w.ui(), "capture-added-coded", family = label))
    }

    /// Esc: selects the last note added (or the one edited).
    pub fn close(&self, w: &mut Workshop) {
        if let Some(id) = self.last_added.or(self.editing) {
            w.select_note(id);
        }
    }

    /// Pasted text: a single line goes into the line; several lines wait
    /// for a choice (one note per line, or joined), so a paste never
    /// commits half a note.
    fn paste_text(&mut self, text: &str, lang: crate::model::Lang) -> Said {
        // Terminals send a pasted line break as `\r` (some as `\n` or
        // `\r\n`): each is a line break here.
        let lines: Vec<String> = text
            .split(['\n', '\r'])
            .map(clean)
            .filter(|l| !l.is_empty())
            .collect();
        if lines.len() > 1 && self.editing.is_none() {
            let n = lines.len();
            self.pending_paste = Some(lines);
            return info(tr!(lang, "capture-pasted-status", n = n));
        }
        insert_text(&mut self.input, &lines.join(" "));
        nothing()
    }

    /// Adds the pending pasted lines as notes, in one undo step.
    fn paste_as_notes(&mut self, w: &mut Workshop) -> Said {
        let lines = self.pending_paste.take().unwrap_or_default();
        let mut changes = Vec::new();
        let mut last = None;
        for (index, line) in (w.session().notes.len()..).zip(&lines) {
            // Refused (no coder known yet): the lines wait for the answer.
            let note = match new_note(w, line) {
                Ok(note) => note,
                Err(r) => {
                    self.pending_paste = Some(lines);
                    return Err(r.into());
                }
            };
            last = Some(note.id);
            changes.push(Change::AddNote { index, note });
        }
        let n = changes.len();
        w.change(Change::Batch(changes))?;
        if let Some(id) = last {
            self.last_added = Some(id);
        }
        w.refresh();
        w.select(w.lists.notes.len().saturating_sub(1));
        info(tr!(w.ui(), "capture-added-paste", n = n))
    }

    fn join_paste(&mut self) {
        if let Some(lines) = self.pending_paste.take() {
            insert_text(&mut self.input, &lines.join(" "));
        }
    }

    /// What the line holds, committed as a facilitator who pressed Enter
    /// would (a new note, an edit, a waiting paste): the app is ending, so
    /// quitting mid-note loses nothing.
    fn commit_line(mut self, w: &mut Workshop) {
        if self.pending_paste.is_some() {
            let _ = self.paste_as_notes(w);
        } else if !clean(self.input.value()).is_empty() {
            let _ = self.submit(w);
        }
    }

    /// What the line says at `cols` inside its border: its title (adding
    /// to which group and question, or editing) on the border when it
    /// fits there whole, else wrapped over the lines above; and a paste's
    /// choice, wrapped (nothing: what is typed). Never cut.
    fn words(&self, w: &Workshop, cols: usize) -> (String, Vec<String>, Vec<String>) {
        let ui = w.ui();
        let title = if self.editing.is_some() {
            tr!(ui, "capture-edit")
        } else {
            let group = w.current_group().map_or("", |g| g.name.as_str());
            let q = w
                .session()
                .questions
                .get(w.question)
                .map_or("", |q| q.labels.get(w.lang()));
            tr!(ui, "capture-new", group = group, question = q)
        };
        let wrap = |text: &str| -> Vec<String> {
            textwrap::wrap(text, crate::tui::view::wrap::unhyphenated(cols.max(1)))
                .into_iter()
                .map(|l| l.into_owned())
                .collect()
        };
        let said = match &self.pending_paste {
            Some(lines) => wrap(&tr!(ui, "capture-pasted", n = lines.len())),
            None => Vec::new(),
        };
        if crate::text::width(&title) + 2 <= cols {
            (format!(" {title} "), Vec::new(), said)
        } else {
            (String::new(), wrap(&title), said)
        }
    }

    /// The line: its title, then what is typed, or the paste waiting for
    /// a choice.
    fn draw_line(
        &self,
        (title, above, said): (String, Vec<String>, Vec<String>),
        frame: &mut Frame,
        area: Rect,
    ) {
        let block = Block::bordered()
            .title(title)
            .border_style(Style::new().fg(Color::Yellow));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let [words, line] =
            Layout::vertical([Constraint::Length(above.len() as u16), Constraint::Min(1)])
                .areas(inner);
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let above: Vec<Line> = above.into_iter().map(|l| Line::styled(l, bold)).collect();
        frame.render_widget(Paragraph::new(above), words);
        if !said.is_empty() {
            let said: Vec<Line> = said.into_iter().map(Line::raw).collect();
            frame.render_widget(
                Paragraph::new(said).style(Style::new().fg(Color::Cyan)),
                line,
            );
            return;
        }
        let scroll = self.input.visual_scroll(line.width as usize);
        frame.render_widget(
            Paragraph::new(self.input.value()).scroll((0, scroll as u16)),
            line,
        );
        frame.set_cursor_position((
            line.x + (self.input.visual_cursor().saturating_sub(scroll)) as u16,
            line.y,
        ));
    }
}

/// The family of `key` as the status line names it ("4 Personliga
/// relationer"; "" when no family has the key).
fn family_of_key(w: &Workshop, key: u8) -> String {
    let family = w.framework.family_by_key(key);
    family.map_or(String::new(), |f| {
        FamilyName::of(&w.framework, &f.id).say(w.ui())
    })
}

// ----- the notes the line makes and edits (by `ops::notes`' rules) -----

/// A new note of the selected group and question, not yet added.
fn new_note(w: &Workshop, text: &str) -> Result<Note, Refused> {
    let group = w.current_group().ok_or(Refused::NoGroup)?;
    let question = &w.session().questions[w.question];
    let at = w.clock.now();
    let coder = w.coder_for_note()?;
    notes::new_note(&group.id, &question.id, text, &coder, at)
        .map_err(|notes::Refusal::Empty| Refused::Empty)
}

/// A new note of the selected group and question added, and selected: its
/// id.
fn add_note(w: &mut Workshop, text: &str) -> Result<Uuid, Refused> {
    let note = new_note(w, text)?;
    w.append(note)
}

/// A new note of the selected group and question, already coded in the
/// family of `key` (`ops::coding::new_coded_note`; one change: one undo,
/// one save): its id.
fn add_coded_note(w: &mut Workshop, text: &str, key: u8) -> Result<Uuid, Refused> {
    let (session, framework) = (w.session(), &w.framework);
    let note = coding::new_coded_note(session, framework, key, || new_note(w, text))?;
    w.append(note)
}

/// The selected note's words edited.
fn edit_selected(w: &mut Workshop, text: String) -> Result<(), Refused> {
    let index = w.selected_note().ok_or(Refused::NoNoteSelected)?;
    let edit = |n: &mut Note| n.text = text;
    w.make_if(notes::edit_note(w.session(), index, w.clock.now(), edit))
}
