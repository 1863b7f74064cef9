//! The capture line: notes typed as they are read out (Enter adds one and
//! keeps the line open), a note edited, or a multi-line paste waiting for a
//! choice. Its state and its keys, over the workshop.

use tui_input::Input;
use uuid::Uuid;

use crate::model::Change;
use crate::text::clean;
use crate::tr;
use crate::tui::finder::insert_text;
use crate::tui::keymap::Action;
use crate::tui::outcome::{Go, Said, info, nothing};
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

impl Capture {
    /// The line for new notes of the selected group and question.
    pub fn open(w: &Workshop) -> Result<Capture, String> {
        if w.file.read_only().is_some() {
            return Err(tr!(w.ui(), "capture-read-only-add"));
        }
        if w.session().groups.is_empty() {
            return Err(tr!(w.ui(), "workshop-add-group"));
        }
        Ok(Capture::default())
    }

    /// The line holding the selected note, to edit it.
    pub fn edit(w: &Workshop) -> Result<Capture, String> {
        if w.file.read_only().is_some() {
            return Err(tr!(w.ui(), "capture-read-only-edit"));
        }
        let i = w
            .selected_note()
            .ok_or_else(|| tr!(w.ui(), "workshop-no-note-selected"))?;
        let note = &w.session().notes[i];
        Ok(Capture {
            input: Input::new(note.text.clone()),
            editing: Some(note.id),
            ..Capture::default()
        })
    }

    /// A key on the capture line.
    pub fn update(&mut self, w: &mut Workshop, action: Action) -> (Said, Go) {
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
            if let Err(e) = w.edit_selected(|n| n.text = text) {
                return (Err(e.into()), Go::Notes);
            }
            w.refresh();
            return (info(tr!(w.ui(), "capture-edited")), Go::Notes);
        }
        if text.is_empty() {
            return (Err(tr!(w.ui(), "capture-empty").into()), Go::Stay);
        }
        self.input.reset();
        match w.add_note(&text) {
            Ok(id) => {
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
            let family = w.framework.family_by_key(key).map(|f| f.id.clone());
            let label = family.map_or(String::new(), |f| w.family_words(&f));
            return info(tr!(w.ui(), "capture-coded-last", family = label));
        }
        let (id, label) = w.add_coded_note(&text, key)?;
        self.input.reset();
        self.last_added = Some(id);
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
    pub fn paste(&mut self, text: &str, lang: crate::model::Lang) -> Said {
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
            let note = w.new_note(line)?;
            last = Some(note.id);
            changes.push(Change::AddNote { index, note });
        }
        let n = changes.len();
        w.change(Change::Batch(changes))?;
        if let Some(id) = last {
            self.last_added = Some(id);
        }
        w.refresh();
        w.select(w.notes.len().saturating_sub(1));
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
    pub fn commit(mut self, w: &mut Workshop) {
        if self.pending_paste.is_some() {
            let _ = self.paste_as_notes(w);
        } else if !clean(self.input.value()).is_empty() {
            let _ = self.submit(w);
        }
    }
}
