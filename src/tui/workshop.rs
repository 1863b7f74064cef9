//! An open session: the groups, the selected group's notes, the current
//! question, and every change the facilitator makes (recorded for undo and
//! marked for autosave).

use std::cell::Cell;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use tui_input::Input;
use uuid::Uuid;

use super::finder::{Finder, FinderItem, FinderKind, Target, insert_text};
use crate::model::{Change, Framework, Group, History, Lang, Note, Session, now};
use crate::profile::{SessionProfile, profile_session};
use crate::store::{self, Lock, Refusal, Report, Saver, Stamp, stamp};
use crate::suggest::{Suggester, Suggestion};
use crate::text::{clean, fold};

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

pub struct Workshop {
    /// The autosave writer (a thread with its own copy of the session),
    /// for a session with a file; `None` in memory, read-only, or when the
    /// writer is gone, and then saves are made here.
    /// Declared first, so it is dropped first: its last save ends before
    /// the lock is let go.
    saver: Option<Saver>,
    pub session: Session,
    /// Where autosave writes; `None` for a session only in memory (tests).
    pub path: Option<PathBuf>,
    _lock: Option<Lock>,
    /// Why the session is read-only (another spiral holds it), if it is.
    pub read_only: Option<String>,
    history: History,
    pub dirty: bool,
    pub save_error: Option<String>,
    /// What a save made by `autosave` itself said, for the status line.
    said_by_save: Option<Said>,
    /// The session file as spiral last read or wrote it (size, time): a
    /// file that differs was changed by another program.
    disk: Option<Stamp>,
    /// The user said (Ctrl-s) to write over a change spiral did not make.
    overwrite: bool,
    pub group: usize,
    pub question: usize,
    /// Indices (into `session.notes`) of the selected group's notes.
    pub notes: Vec<usize>,
    /// Notes per group, in the session's group order.
    pub group_sizes: Vec<usize>,
    /// Uncoded notes of the selected group.
    pub uncoded: usize,
    pub selected: usize,
    pub scroll: Cell<usize>,
    pub group_scroll: Cell<usize>,
    pub capture: Option<Capture>,
    /// The profile screen is shown, with bars for this question (`None`:
    /// all questions).
    pub profile_view: Option<Option<usize>>,
    pub profile: Option<SessionProfile>,
    /// The synthesis screen, when shown.
    pub synthesis: Option<super::synthesis::SynthesisView>,
    /// The reconcile screen, when shown.
    pub reconcile: Option<super::reconcile::ReconcileView>,
    suggester: Suggester,
    pub suggestion: Option<Suggestion>,
    pub coder: String,
    pub framework: Framework,
    /// Times are stored in UTC and shown in this zone (the system's).
    pub time_zone: jiff::tz::TimeZone,
}

/// What an action left to say on the status line.
pub type Said = Result<String, String>;

impl Workshop {
    pub fn new(
        session: Session,
        framework: Framework,
        path: Option<PathBuf>,
        lock: Option<Lock>,
        read_only: Option<String>,
    ) -> Workshop {
        let coder = std::env::var("SPIRAL_CODER")
            .ok()
            .filter(|c| !c.trim().is_empty())
            .or_else(|| session.facilitators.first().cloned())
            .or_else(|| std::env::var("USER").ok())
            .unwrap_or_default();
        let suggester = Suggester::new(&framework, &session.notes);
        let disk = path.as_deref().and_then(stamp);
        let saver = match (&path, &read_only) {
            (Some(path), None) => Saver::start(session.clone(), path.clone(), disk).ok(),
            _ => None,
        };
        let mut w = Workshop {
            disk,
            saver,
            overwrite: false,
            session,
            path,
            _lock: lock,
            read_only,
            history: History::default(),
            dirty: false,
            save_error: None,
            said_by_save: None,
            group: 0,
            question: 0,
            notes: Vec::new(),
            group_sizes: Vec::new(),
            uncoded: 0,
            selected: 0,
            scroll: Cell::new(0),
            group_scroll: Cell::new(0),
            capture: None,
            profile_view: None,
            profile: None,
            synthesis: None,
            reconcile: None,
            suggester,
            suggestion: None,
            coder,
            framework,
            time_zone: jiff::tz::TimeZone::system(),
        };
        w.refresh();
        w
    }

    pub fn lang(&self) -> Lang {
        self.session.language
    }

    pub fn current_group(&self) -> Option<&Group> {
        self.session.groups.get(self.group)
    }

    /// Index into `session.notes` of the selected note.
    pub fn selected_note(&self) -> Option<usize> {
        self.notes.get(self.selected).copied()
    }

    /// Rebuilds what is derived from the session after a change or a move:
    /// the selected group's notes, the suggestion, the profile when shown.
    pub fn refresh(&mut self) {
        self.group = self.group.min(self.session.groups.len().saturating_sub(1));
        self.question = self
            .question
            .min(self.session.questions.len().saturating_sub(1));
        (self.notes, self.group_sizes) = Workshop::lists_of(&self.session, self.group);
        self.selected = self.selected.min(self.notes.len().saturating_sub(1));
        self.after_recode();
        self.refresh_synthesis();
        self.refresh_reconcile();
    }

    /// The selected group's notes (indices) and every group's size, from
    /// every note.
    fn lists_of(session: &Session, group: usize) -> (Vec<usize>, Vec<usize>) {
        let notes = match session.groups.get(group) {
            Some(g) => {
                let id = g.id.as_str();
                session
                    .notes
                    .iter()
                    .enumerate()
                    .filter(|(_, n)| n.group == id)
                    .map(|(i, _)| i)
                    .collect()
            }
            None => Vec::new(),
        };
        let mut sizes = vec![0; session.groups.len()];
        let index = session.group_index();
        for note in &session.notes {
            if let Some(&g) = index.get(note.group.as_str()) {
                sizes[g] += 1;
            }
        }
        (notes, sizes)
    }

    /// After a change that leaves every note in its group (a coding): only
    /// the suggestion and the shown profile follow, so coding costs the same
    /// at 100 notes and at 100,000.
    fn after_recode(&mut self) {
        self.uncoded = self
            .notes
            .iter()
            .filter(|&&i| !self.session.notes[i].is_coded())
            .count();
        self.refresh_suggestion();
        if self.profile_view.is_some() {
            self.profile = Some(profile_session(&self.session, &self.framework));
        }
    }

    fn refresh_suggestion(&mut self) {
        self.suggestion = self
            .selected_note()
            .and_then(|i| self.suggester.suggest(&self.session.notes[i]));
    }

    pub fn select(&mut self, selected: usize) {
        self.selected = selected.min(self.notes.len().saturating_sub(1));
        self.refresh_suggestion();
    }

    pub fn select_group(&mut self, group: usize) {
        if group != self.group {
            self.group = group;
            self.selected = 0;
            self.scroll.set(0);
            self.refresh();
        }
    }

    /// Selects the next (or previous) group, stopping at the ends.
    pub fn step_group(&mut self, forward: bool) {
        let last = self.session.groups.len().saturating_sub(1);
        let group = if forward {
            (self.group + 1).min(last)
        } else {
            self.group.saturating_sub(1)
        };
        self.select_group(group);
    }

    /// Selects a note wherever it is, switching to its group.
    pub fn select_note(&mut self, id: Uuid) {
        let Some(i) = self.session.note_index(id) else {
            return;
        };
        let group = self.session.notes[i].group.clone();
        if let Some(g) = self.session.groups.iter().position(|g| g.id == group) {
            self.group = g;
        }
        self.refresh();
        if let Some(pos) = self.notes.iter().position(|&n| n == i) {
            self.select(pos);
        }
    }

    /// Makes a change: refused when read-only; else applied, recorded for
    /// undo, and marked for autosave. A note's update or removal that
    /// leaves its synthesis criterion empty removes the criterion in the
    /// same step, whichever screen made it.
    pub(super) fn change(&mut self, change: Change) -> Result<(), String> {
        if let Some(who) = &self.read_only {
            return Err(format!(
                "Read-only: this session is open in another spiral ({who})."
            ));
        }
        let change = match &change {
            Change::UpdateNote { index, .. } | Change::RemoveNote { index, .. } => {
                crate::profile::leaving_criterion(&self.session, *index, change)
            }
            _ => change,
        };
        self.suggester.observe(&change);
        let copy = self.saver.is_some().then(|| change.clone());
        self.history.apply(&mut self.session, change);
        self.dirty = true;
        if let Some(copy) = copy {
            self.mirror(copy);
        }
        Ok(())
    }

    /// Keeps the autosave writer's copy in step with a change just applied.
    fn mirror(&mut self, change: Change) {
        if let Some(saver) = &mut self.saver
            && !saver.apply(change)
        {
            // The writer is gone (a bug): saves are made here from now on,
            // from the open session, which is whole.
            self.saver = None;
        }
    }

    pub fn undo(&mut self) -> Said {
        if self.read_only.is_some() {
            return Err("Read-only: nothing to undo.".into());
        }
        let Some(change) = self.history.undo(&mut self.session).cloned() else {
            return Err("Nothing to undo.".into());
        };
        self.suggester.observe(&change.inverse());
        self.dirty = true;
        self.mirror(change.inverse());
        self.after_history(&change);
        Ok(format!("Undone: {}.", change.describe()))
    }

    pub fn redo(&mut self) -> Said {
        let Some(change) = self.history.redo(&mut self.session).cloned() else {
            return Err("Nothing to redo.".into());
        };
        self.suggester.observe(&change);
        self.dirty = true;
        self.mirror(change.clone());
        self.after_history(&change);
        Ok(format!("Redone: {}.", change.describe()))
    }

    fn after_history(&mut self, change: &Change) {
        match change.note_id() {
            // Selecting the note refreshes, in its group.
            Some(id) if self.session.note_index(id).is_some() => self.select_note(id),
            _ => self.refresh(),
        }
    }

    fn edit_selected(&mut self, edit: impl FnOnce(&mut Note)) -> Result<(Note, Note), String> {
        let index = self.selected_note().ok_or("No note selected.")?;
        let before = self.session.notes[index].clone();
        let mut after = before.clone();
        edit(&mut after);
        if after == before {
            return Ok((before, after));
        }
        after.modified = now();
        let change = Change::UpdateNote {
            index,
            before: Box::new(before.clone()),
            after: Box::new(after.clone()),
        };
        self.change(change)?;
        Ok((before, after))
    }

    /// Codes the selected note into the family of `key`, then moves to the
    /// next uncoded note below, if there is one.
    pub fn code(&mut self, key: u8) -> Said {
        let family = self
            .framework
            .families
            .iter()
            .position(|f| f.key == key)
            .ok_or_else(|| format!("No family has key {key}."))?;
        self.code_with(family, None)
    }

    fn code_with(&mut self, family: usize, component: Option<usize>) -> Said {
        if self.session.framework.id != self.framework.id {
            return Err(format!(
                "This session is coded with framework `{}`: open it with that framework (--framework FILE) to code.",
                self.session.framework.id
            ));
        }
        let lang = self.lang();
        let f = &self.framework.families[family];
        let id = f.id.clone();
        let component_id = component.map(|c| f.components[c].id.clone());
        let label = match component {
            Some(c) => format!(
                "{} › {}",
                f.labels.get(lang),
                f.components[c].labels.get(lang)
            ),
            None => f.labels.get(lang).to_string(),
        };
        let coder = self.coder.clone();
        self.edit_selected(|n| {
            if n.family.as_deref() != Some(id.as_str()) || component_id.is_some() {
                n.component = component_id;
            }
            n.set_family(Some(id));
            n.coder = coder;
        })?;
        self.after_recode();
        self.advance_to_uncoded();
        Ok(format!("Coded {label}."))
    }

    fn advance_to_uncoded(&mut self) {
        let below = (self.selected + 1..self.notes.len())
            .find(|&p| !self.session.notes[self.notes[p]].is_coded());
        if let Some(p) = below {
            self.select(p);
        }
    }

    pub fn uncode(&mut self) -> Said {
        self.edit_selected(|n| {
            n.set_family(None);
            n.component = None;
        })?;
        self.after_recode();
        Ok("Uncoded.".into())
    }

    pub fn accept_suggestion(&mut self) -> Said {
        let s = self
            .suggestion
            .clone()
            .ok_or("No suggestion for this note.")?;
        self.code_with(s.family, None)
    }

    // ----- capture -----

    pub fn open_capture(&mut self) -> Said {
        if self.read_only.is_some() {
            return Err("Read-only: notes cannot be added here.".into());
        }
        if self.session.groups.is_empty() {
            return Err("Add a group first (g).".into());
        }
        self.capture = Some(Capture::default());
        Ok(String::new())
    }

    /// Adds the capture line's text as a note of the selected group, for the
    /// current question. An empty line adds nothing.
    pub fn add_from_capture(&mut self) -> Said {
        let Some(capture) = self.capture.as_mut() else {
            return Ok(String::new());
        };
        let text = clean(capture.input.value());
        if let Some(id) = capture.editing {
            if text.is_empty() {
                return Err("A note cannot be empty (d deletes it).".into());
            }
            self.capture = None;
            self.select_note(id);
            self.edit_selected(|n| n.text = text)?;
            self.refresh();
            return Ok("Note edited.".into());
        }
        if text.is_empty() {
            return Err("Empty note: nothing added.".into());
        }
        capture.input.reset();
        let id = self.add_note(&text)?;
        if let Some(c) = self.capture.as_mut() {
            c.last_added = Some(id);
        }
        Ok(String::new())
    }

    fn new_note(&self, text: &str) -> Result<Note, String> {
        let group = self.current_group().ok_or("Add a group first (g).")?;
        let question = &self.session.questions[self.question];
        Ok(Note::new(&group.id, &question.id, text, &self.coder))
    }

    fn add_note(&mut self, text: &str) -> Result<Uuid, String> {
        let note = self.new_note(text)?;
        let id = note.id;
        let index = self.session.notes.len();
        self.change(Change::AddNote { index, note })?;
        self.after_append(index);
        self.select(self.notes.len().saturating_sub(1));
        Ok(id)
    }

    /// After a new note was appended to the selected group: the lists
    /// follow without looking at every note, so adding a note costs the
    /// same at 100 notes and at 100,000.
    fn after_append(&mut self, index: usize) {
        self.notes.push(index);
        if let Some(size) = self.group_sizes.get_mut(self.group) {
            *size += 1;
        }
        if !self.session.notes[index].is_coded() {
            self.uncoded += 1;
        }
        if self.profile_view.is_some() {
            self.profile = Some(profile_session(&self.session, &self.framework));
        }
        self.refresh_synthesis();
        self.refresh_reconcile();
        #[cfg(debug_assertions)]
        self.check_lists();
    }

    /// Debug builds (so the tests): the lists kept up to date step by step
    /// are those `refresh` makes from every note.
    #[cfg(debug_assertions)]
    fn check_lists(&self) {
        let (notes, sizes) = Workshop::lists_of(&self.session, self.group);
        let uncoded = notes
            .iter()
            .filter(|&&i| !self.session.notes[i].is_coded())
            .count();
        assert_eq!(
            (&self.notes, &self.group_sizes, self.uncoded),
            (&notes, &sizes, uncoded),
            "the workshop's lists went out of step"
        );
    }

    /// Closes the capture line and selects the last note added.
    pub fn close_capture(&mut self) {
        if let Some(c) = self.capture.take()
            && let Some(id) = c.last_added.or(c.editing)
        {
            self.select_note(id);
        }
    }

    /// Pasted text: a single line goes into the capture line; several lines
    /// wait for a choice (one note per line, or joined), so a paste never
    /// commits half a note.
    pub fn paste(&mut self, text: &str) -> Said {
        if self.capture.is_none() {
            self.open_capture()?;
        }
        let capture = self.capture.as_mut().expect("just opened");
        // Terminals send a pasted line break as `\r` (some as `\n` or
        // `\r\n`): each is a line break here.
        let lines: Vec<String> = text
            .split(['\n', '\r'])
            .map(clean)
            .filter(|l| !l.is_empty())
            .collect();
        if lines.len() > 1 && capture.editing.is_none() {
            let n = lines.len();
            capture.pending_paste = Some(lines);
            return Ok(format!(
                "Pasted {n} lines: Enter adds {n} notes, Ctrl-j joins them into the line, Esc drops the paste."
            ));
        }
        insert_text(&mut capture.input, &lines.join(" "));
        Ok(String::new())
    }

    /// Adds the pending pasted lines as notes, in one undo step.
    pub fn paste_as_notes(&mut self) -> Said {
        let lines = self
            .capture
            .as_mut()
            .and_then(|c| c.pending_paste.take())
            .unwrap_or_default();
        let mut changes = Vec::new();
        let mut last = None;
        for (index, line) in (self.session.notes.len()..).zip(&lines) {
            let note = self.new_note(line)?;
            last = Some(note.id);
            changes.push(Change::AddNote { index, note });
        }
        let n = changes.len();
        self.change(Change::Batch(changes))?;
        if let (Some(c), Some(id)) = (self.capture.as_mut(), last) {
            c.last_added = Some(id);
        }
        self.refresh();
        self.select(self.notes.len().saturating_sub(1));
        Ok(format!(
            "Added {n} notes from the paste (u undoes them at once)."
        ))
    }

    pub fn join_paste(&mut self) {
        if let Some(c) = self.capture.as_mut()
            && let Some(lines) = c.pending_paste.take()
        {
            insert_text(&mut c.input, &lines.join(" "));
        }
    }

    pub fn start_edit(&mut self) -> Said {
        if self.read_only.is_some() {
            return Err("Read-only: notes cannot be edited here.".into());
        }
        let i = self.selected_note().ok_or("No note selected.")?;
        let note = &self.session.notes[i];
        self.capture = Some(Capture {
            input: Input::new(note.text.clone()),
            editing: Some(note.id),
            ..Capture::default()
        });
        Ok(String::new())
    }

    pub fn delete(&mut self) -> Said {
        let index = self.selected_note().ok_or("No note selected.")?;
        let note = self.session.notes[index].clone();
        self.change(Change::RemoveNote { index, note })?;
        self.refresh();
        Ok("Note deleted (u brings it back).".into())
    }

    // ----- groups, questions, language -----

    pub fn next_question(&mut self, step: isize) -> Said {
        let n = self.session.questions.len() as isize;
        self.question = (self.question as isize + step).rem_euclid(n) as usize;
        let q = &self.session.questions[self.question];
        Ok(format!("Now collecting: {}.", q.labels.get(self.lang())))
    }

    pub fn add_group(&mut self, name: &str) -> Said {
        let group = Group::new(name);
        if group.name.is_empty() {
            return Err("A group needs a name.".into());
        }
        if self.session.group_by_name(&group.name).is_some() {
            return Err(format!("There is a group named {} already.", group.name));
        }
        let index = self.session.groups.len();
        let name = group.name.clone();
        self.change(Change::AddGroup { index, group })?;
        self.group = index;
        self.selected = 0;
        self.scroll.set(0);
        self.refresh();
        Ok(format!("Added group {name}."))
    }

    /// Changes the selected group, as one undoable change.
    fn update_group(&mut self, edit: impl FnOnce(&mut Group)) -> Result<(), String> {
        let before = self.current_group().ok_or("No group selected.")?.clone();
        let mut after = before.clone();
        edit(&mut after);
        if after == before {
            return Ok(());
        }
        self.change(Change::UpdateGroup {
            index: self.group,
            before,
            after,
        })
    }

    pub fn rename_group(&mut self, name: &str) -> Said {
        let id = self
            .current_group()
            .ok_or("No group to rename.")?
            .id
            .clone();
        let name = clean(name);
        if name.is_empty() {
            return Err("A group needs a name.".into());
        }
        if let Some(other) = self.session.group_by_name(&name)
            && other.id != id
        {
            return Err(format!("There is a group named {name} already."));
        }
        let new_name = name.clone();
        self.update_group(|g| g.name = new_name)?;
        Ok(format!("Renamed the group {name}."))
    }

    pub fn set_participants(&mut self, text: &str) -> Said {
        self.current_group().ok_or("No group selected.")?;
        let text = text.trim();
        let participants = if text.is_empty() {
            None
        } else {
            Some(
                text.parse::<u32>()
                    .map_err(|_| format!("`{text}` is not a number of participants."))?,
            )
        };
        self.update_group(|g| g.participants = participants)?;
        Ok(match participants {
            Some(p) => format!("{p} participants."),
            None => "Number of participants cleared.".into(),
        })
    }

    pub fn next_language(&mut self) -> Said {
        let before = self.session.language;
        let after = before.next();
        self.change(Change::SetLanguage { before, after })?;
        self.refresh();
        Ok(format!("Labels in {}.", after.name()))
    }

    // ----- finders -----

    pub fn search_finder(&self) -> Finder {
        let lang = self.lang();
        // One detail ("group · question") per pair, shared by its notes:
        // opening the search of 100,000 notes makes a few, not 100,000.
        let mut details: HashMap<(&str, &str), Arc<str>> = HashMap::new();
        let (items, texts) = self
            .session
            .notes
            .iter()
            .map(|n| {
                let detail = details
                    .entry((n.group.as_str(), n.question.as_str()))
                    .or_insert_with(|| {
                        let group = self
                            .session
                            .group(&n.group)
                            .map_or("?", |g| g.name.as_str());
                        let question = self
                            .session
                            .question(&n.question)
                            .map_or("?", |q| q.labels.get(lang));
                        Arc::from(format!("{group} · {question}"))
                    });
                let item = FinderItem {
                    label: n.text.clone(),
                    detail: Arc::clone(detail),
                    target: Target::Note(n.id),
                };
                (item, n.text.clone())
            })
            .unzip();
        Finder::unfolded(FinderKind::Search, items, texts)
    }

    pub fn pick_finder(&self) -> Result<Finder, String> {
        self.selected_note().ok_or("No note selected.")?;
        let (items, haystacks) = crate::suggest::pick_items(&self.framework, self.lang())
            .into_iter()
            .map(|p| {
                let item = FinderItem {
                    label: p.label,
                    detail: Arc::from(""),
                    target: Target::Code {
                        family: p.family,
                        component: p.component,
                    },
                };
                (item, p.haystack)
            })
            .unzip();
        Ok(Finder::new(FinderKind::Pick, items, haystacks))
    }

    pub fn move_finder(&self) -> Result<Finder, String> {
        let i = self.selected_note().ok_or("No note selected.")?;
        let note = &self.session.notes[i];
        let lang = self.lang();
        let mut items = Vec::new();
        let mut haystacks = Vec::new();
        for (gi, g) in self.session.groups.iter().enumerate() {
            if g.id != note.group {
                items.push(FinderItem {
                    label: format!("group: {}", g.name),
                    detail: Arc::from(""),
                    target: Target::Group(gi),
                });
                haystacks.push(fold(&format!("group {}", g.name)));
            }
        }
        for (qi, q) in self.session.questions.iter().enumerate() {
            if q.id != note.question {
                items.push(FinderItem {
                    label: format!("question: {}", q.labels.get(lang)),
                    detail: Arc::from(""),
                    target: Target::Question(qi),
                });
                haystacks.push(fold(&format!(
                    "question {} {}",
                    q.id,
                    q.labels.all().collect::<Vec<_>>().join(" ")
                )));
            }
        }
        Ok(Finder::new(FinderKind::Move, items, haystacks))
    }

    /// Takes a finder's result.
    pub fn take(&mut self, target: Target) -> Said {
        match target {
            Target::Note(id) => {
                self.select_note(id);
                Ok(String::new())
            }
            Target::Code { family, component } => self.code_with(family, component),
            Target::Group(g) => {
                let group = self.session.groups[g].clone();
                self.edit_selected(|n| n.group = group.id.clone())?;
                self.refresh();
                Ok(format!("Moved to group {}.", group.name))
            }
            Target::Question(q) => {
                let question = self.session.questions[q].clone();
                self.edit_selected(|n| n.question = question.id.clone())?;
                self.refresh();
                Ok(format!(
                    "Moved to question {}.",
                    question.labels.get(self.lang())
                ))
            }
        }
    }

    // ----- profile -----

    pub fn toggle_profile(&mut self) {
        if self.profile_view.is_some() {
            self.profile_view = None;
            self.profile = None;
        } else {
            self.profile_view = Some(None);
            self.refresh();
        }
    }

    pub fn next_profile_question(&mut self) {
        let n = self.session.questions.len();
        if let Some(q) = self.profile_view.as_mut() {
            *q = match *q {
                None if n > 0 => Some(0),
                Some(i) if i + 1 < n => Some(i + 1),
                _ => None,
            };
        }
    }

    // ----- exports -----

    /// The file an export goes to: beside the session, named after it
    /// (`alby-2011.summary.html`).
    pub fn export_path(&self, format: crate::export::Format) -> Option<PathBuf> {
        let path = self.path.as_ref()?;
        let stem = path.file_stem()?.to_string_lossy();
        Some(path.with_file_name(format!("{stem}.{}", format.suffix())))
    }

    /// Exports the session (as it is now) beside its file, in its
    /// language, and says where.
    pub fn export(&self, format: crate::export::Format, framework: &Framework) -> Said {
        let out = self
            .export_path(format)
            .ok_or("This session is not saved to a file.")?;
        let inputs: Vec<PathBuf> = self.path.iter().cloned().collect();
        let file = self.path.as_ref().map(|p| p.display().to_string());
        let sessions = [(file.unwrap_or_default(), self.session.clone())];
        let options = crate::export::Options {
            lang: self.lang(),
            excel: false,
        };
        use crate::export::WriteError;
        let written =
            crate::export::write_to(&sessions, &inputs, framework, format, &options, &out)
                .map_err(|e| match e {
                    WriteError::Target(reason) => reason,
                    WriteError::Export(e) => e.to_string(),
                    WriteError::Write(e) => format!("Not exported: {}: {e}", out.display()),
                })?;
        Ok(format!(
            "Exported {}: {} ({} kB).",
            format.name(),
            out.display(),
            written.div_ceil(1024)
        ))
    }

    // ----- saving -----

    /// Commits what the capture line holds, as a facilitator who pressed
    /// Enter would (a new note, an edit, a waiting paste), closes it, and
    /// saves. Used when the app ends, so quitting mid-note loses nothing.
    pub fn flush(&mut self) -> Option<Said> {
        if let Some(c) = &self.capture {
            let has_text = !clean(c.input.value()).is_empty();
            let _ = if c.pending_paste.is_some() {
                self.paste_as_notes()
            } else if has_text {
                self.add_from_capture()
            } else {
                Ok(String::new())
            };
            self.capture = None;
        }
        let said = self.save_if_dirty();
        #[cfg(debug_assertions)]
        self.check_writer_copy();
        said
    }

    /// Debug builds (so every test that quits the app): the file the
    /// writer's copy produced is the open session, byte for byte. The copy
    /// follows the session by replaying its changes; this catches a change
    /// that bypassed them.
    #[cfg(debug_assertions)]
    fn check_writer_copy(&self) {
        if let (false, Some(_), Some(path)) = (self.dirty, &self.saver, &self.path)
            && self.disk.is_some()
            && stamp(path) == self.disk
            && let Ok(on_disk) = std::fs::read_to_string(path)
        {
            assert!(
                on_disk == store::session_to_ron(&self.session),
                "the autosave writer's copy of {} differs from the open session",
                path.display()
            );
        }
    }

    /// Saves when something changed since the last save, and waits for
    /// it. A failed save keeps everything in memory, says why, and is tried
    /// again at the next change. A file another program changed or deleted
    /// is not written over until the user says so (Ctrl-s) or saves
    /// elsewhere (W).
    pub fn save_if_dirty(&mut self) -> Option<Said> {
        if !self.dirty || self.read_only.is_some() {
            return None;
        }
        let path = self.path.clone()?;
        let overwrite = self.overwrite;
        if let Some(saver) = &mut self.saver {
            if saver.request(overwrite) {
                let reports = saver.wait();
                let alive = saver.alive();
                let said = self.take_reports(reports).1;
                if alive || !self.dirty {
                    return said;
                }
                // The writer died during the save (a bug): saved here.
            }
            self.saver = None;
        }
        self.save_here(&path)
    }

    /// Autosave, off the input path: asks the writer to save the changes
    /// made since the last request, and returns at once. Without a writer
    /// the save is made here.
    pub fn autosave(&mut self) {
        if !self.dirty || self.read_only.is_some() || self.path.is_none() {
            return;
        }
        match &mut self.saver {
            Some(saver) if saver.unrequested() => {
                if !saver.request(false) {
                    self.saver = None;
                }
            }
            Some(_) => {}
            None => {
                if let Some(said) = self.save_if_dirty() {
                    self.said_by_save = Some(said);
                }
            }
        }
    }

    /// Waits for the autosave under way, if any, and takes its report (what
    /// it said is kept for the status line).
    pub fn settle_saves(&mut self) {
        if let Some(saver) = &mut self.saver {
            let reports = saver.wait();
            if let Some(said) = self.take_reports(reports).1 {
                self.said_by_save = Some(said);
            }
        }
    }

    /// Whether an autosave is under way.
    pub fn saving(&self) -> bool {
        self.saver.as_ref().is_some_and(Saver::busy)
    }

    /// Takes the reports of finished saves: whether any came, and what to
    /// say about them (an error, or "saved" after one).
    pub fn saves_finished(&mut self) -> (bool, Option<Said>) {
        let Some(saver) = &mut self.saver else {
            return (false, self.said_by_save.take());
        };
        let reports = saver.finished();
        if !saver.alive() {
            self.saver = None;
        }
        let (any, said) = self.take_reports(reports);
        (any, said.or_else(|| self.said_by_save.take()))
    }

    fn take_reports(&mut self, reports: Vec<Report>) -> (bool, Option<Said>) {
        let any = !reports.is_empty();
        let mut said = None;
        for report in reports {
            said = self.take_report(report).or(said);
        }
        (any, said)
    }

    fn take_report(&mut self, report: Report) -> Option<Said> {
        // Reports come in order: the last one says whether the file holds
        // everything (a refusal after this one sets it back).
        let all = self.saver.as_ref().is_some_and(|s| s.sent() == report.upto);
        self.saved(&report.path, report.outcome, all)
    }

    /// A save made on this thread: without a writer (in memory, or after
    /// the writer failed).
    fn save_here(&mut self, path: &std::path::Path) -> Option<Said> {
        let mut disk = self.disk;
        let outcome = store::save_checked(path, &self.session, &mut disk, self.overwrite);
        self.saved(path, outcome, true)
    }

    /// What a save did (`all`: it covered every change made), for the
    /// header and the status line: an error, or "saved" after one.
    fn saved(
        &mut self,
        path: &std::path::Path,
        outcome: Result<Option<Stamp>, Refusal>,
        all: bool,
    ) -> Option<Said> {
        match outcome {
            Ok(disk) => {
                if self.path.as_deref() == Some(path) {
                    self.disk = disk;
                }
                self.dirty = !all;
                self.overwrite = false;
                let was_failing = self.save_error.take().is_some();
                was_failing.then(|| Ok(format!("Saved {}.", path.display())))
            }
            Err(refusal) => {
                let reason = refusal_reason(path, &refusal);
                self.dirty = true;
                self.save_error = Some(reason.clone());
                Some(Err(reason))
            }
        }
    }

    /// Whether another program deleted (`Some(true)`) or changed
    /// (`Some(false)`) the session file since spiral last read or wrote it.
    pub fn outside_change(&self) -> Option<bool> {
        let path = self.path.as_ref()?;
        let was = self.disk.as_ref()?;
        match stamp(path) {
            None => Some(true),
            Some(is) if is != *was => Some(false),
            Some(_) => None,
        }
    }

    /// A session whose file another program deleted holds work found
    /// nowhere else: it counts as unsaved (so quitting rescues it).
    pub fn mark_deleted_as_unsaved(&mut self) {
        if self.read_only.is_none() && self.outside_change() == Some(true) {
            self.dirty = true;
        }
    }

    /// Ctrl-s: saves now, writing over a change another program made (the
    /// user asked for it).
    pub fn save_now(&mut self) -> Option<Said> {
        self.overwrite = true;
        let said = self.save_if_dirty();
        self.overwrite = false;
        said
    }

    /// `W`: the session written to a new file, which it then lives in
    /// (locked, autosaved). Never over a file that is there.
    pub fn save_as(&mut self, target: &str) -> Said {
        let target = PathBuf::from(target.trim());
        if target.as_os_str().is_empty() {
            return Err("Give a file name.".into());
        }
        if target.exists() {
            return Err(format!(
                "{} already exists; choose another name.",
                target.display()
            ));
        }
        let lock = match Lock::acquire(&target) {
            Ok(store::LockState::Held(lock)) => lock,
            Ok(store::LockState::Busy(who)) => {
                return Err(format!(
                    "{} is open in another spiral ({who}).",
                    target.display()
                ));
            }
            Err(e) => return Err(format!("Not saved: {}: {e}", target.display())),
        };
        // The writer finishes what it was doing before the session moves.
        if let Some(saver) = &mut self.saver {
            let reports = saver.wait();
            self.take_reports(reports);
        }
        store::save_new_session(&target, &self.session).map_err(|e| {
            format!(
                "Not saved: {}: {e}. Your notes are kept here.",
                target.display()
            )
        })?;
        self._lock = Some(lock);
        self.disk = stamp(&target);
        if let Some(saver) = &mut self.saver
            && !saver.moved(target.clone(), self.disk)
        {
            self.saver = None;
        }
        self.path = Some(target.clone());
        self.dirty = false;
        self.overwrite = false;
        self.save_error = None;
        Ok(format!(
            "Saved to {}; the session now lives there.",
            target.display()
        ))
    }

    /// Where `W` proposes to save: beside the session, `-copy` added (in
    /// the data folder when the session's folder is gone).
    pub fn save_as_default(&self) -> String {
        let Some(path) = &self.path else {
            return "session-copy.ron".into();
        };
        let beside = path
            .parent()
            .is_some_and(|d| d.as_os_str().is_empty() || d.is_dir());
        let path = if beside {
            path.clone()
        } else {
            store::data_dir().join(path.file_name().unwrap_or_default())
        };
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "session".into());
        let mut n = 1;
        loop {
            let name = if n == 1 {
                format!("{stem}-copy.ron")
            } else {
                format!("{stem}-copy-{n}.ron")
            };
            let candidate = path.with_file_name(name);
            if !candidate.exists() {
                return candidate.display().to_string();
            }
            n += 1;
        }
    }

    /// When the app ends with work it could not save where it belongs: a
    /// copy beside it (or in the data folder, or the temporary folder), so
    /// nothing is lost.
    pub fn rescue(&self) -> Option<PathBuf> {
        if !self.dirty || self.read_only.is_some() {
            return None;
        }
        let stem = self
            .path
            .as_ref()
            .and_then(|p| p.file_stem())
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "session".into());
        let time = now().strftime("%Y%m%d-%H%M%S").to_string();
        let name = format!("{stem}.rescued-{time}.ron");
        let beside = self
            .path
            .as_ref()
            .map(|p| p.with_file_name(&name))
            .into_iter();
        let folder = std::iter::once(store::data_dir().join(&name));
        let temp = std::iter::once(std::env::temp_dir().join(&name));
        beside.chain(folder).chain(temp).find(|candidate| {
            candidate
                .parent()
                .is_none_or(|d| std::fs::create_dir_all(d).is_ok())
                && store::save_new_session(candidate, &self.session).is_ok()
        })
    }
}

/// What the status line says when a save did not write.
fn refusal_reason(path: &std::path::Path, refusal: &Refusal) -> String {
    match refusal {
        Refusal::Deleted => format!(
            "{} was deleted by another program; your work is kept here. Ctrl-s writes it there again, W saves it elsewhere.",
            path.display()
        ),
        Refusal::Changed => format!(
            "{} was changed by another program since spiral saved it; it is not written over. Ctrl-s writes over it with what you see here, W saves elsewhere.",
            path.display()
        ),
        Refusal::Failed(e) => format!(
            "Not saved: {}: {e}. Your notes are kept here; Ctrl-s tries again, W saves elsewhere.",
            path.display()
        ),
    }
}
