//! An open session being worked on: the groups, the selected group's
//! notes, the current question, the suggestion, and every change the
//! facilitator makes (through the session file: undo, autosave). The
//! screens (`screen/`) work through it; it knows none of them.
//!
//! A little over 600 lines: every edit the screens make to the open session
//! (coding, notes, groups, questions, language, a finder's result) is here,
//! so each screen edits through one place and none repeats another's rules.

use std::cell::Cell;
use std::path::{Path, PathBuf};

use uuid::Uuid;

use super::finder::Target;
use crate::live::{OutsideChange, SaveNews, SessionFile};
use crate::model::{Change, Framework, Group, Lang, Note, Session};
use crate::suggest::{Suggester, Suggestion};
use crate::tr;

pub struct Workshop {
    /// The session, its history and its file (lock, autosave, what is
    /// saved).
    pub file: SessionFile,
    /// The language asked for (`--lang`, `SPIRAL_LANG`): the screen speaks
    /// it whatever the session's language.
    pub forced_lang: Option<Lang>,
    pub group: usize,
    pub question: usize,
    /// Indices (into `session.notes`) of the selected group's notes.
    pub notes: Vec<usize>,
    /// Notes per group, in the session's group order.
    pub group_sizes: Vec<usize>,
    /// Uncoded notes of the selected group.
    pub uncoded: usize,
    /// The selected group's notes of the current question, per family (the
    /// legend's counts): kept with the lists, so a frame costs the same at
    /// 100 notes and at 100,000.
    pub legend: Vec<usize>,
    /// The framework's short labels, per language (`Lang::ALL`'s order).
    shorts: Vec<Vec<String>>,
    pub selected: usize,
    pub scroll: Cell<usize>,
    pub group_scroll: Cell<usize>,
    /// Counts the rebuilds of what is derived from the session (`refresh`,
    /// a coding, a note added): the screen shown follows when it moves.
    pub generation: u64,
    /// Whom a finder's ranking thread wakes (the app's event loop).
    pub wake: Option<crate::wake::Wake>,
    suggester: Suggester,
    /// The suggestion for the selected note: an uncoded one's, or a coded
    /// one's once asked for (`asked`, its id).
    pub suggestion: Option<Suggestion>,
    asked: Option<Uuid>,
    pub coder: String,
    pub framework: Framework,
    /// Times are stored in UTC and shown in this zone (the system's).
    pub clock: crate::model::Clock,
    /// Where the group and question shown are kept between runs (the
    /// user's `positions.ron`; none for a session in memory), and what was
    /// last written there.
    positions: Option<PathBuf>,
    kept: Option<(String, String)>,
    /// The last write of where the user is, under way on its thread
    /// (waited for when the workshop closes).
    position_saved: PositionWrite,
    /// The session opened where it was left (`came_back_words` says so).
    pub came_back: bool,
}

pub use super::outcome::Said;
use super::outcome::{Problem, info, nothing, problem};

impl Workshop {
    pub fn new(file: SessionFile, framework: Framework) -> Workshop {
        let session = file.session();
        let coder = std::env::var("SPIRAL_CODER")
            .ok()
            .filter(|c| !c.trim().is_empty())
            .or_else(|| session.facilitators.first().cloned())
            .or_else(|| std::env::var("USER").ok())
            .unwrap_or_default();
        let suggester = Suggester::new(&framework, &session.notes);
        let mut w = Workshop {
            file,
            forced_lang: None,
            group: 0,
            question: 0,
            notes: Vec::new(),
            group_sizes: Vec::new(),
            uncoded: 0,
            legend: Vec::new(),
            shorts: Lang::ALL
                .iter()
                .map(|l| framework.short_labels(*l))
                .collect(),
            selected: 0,
            scroll: Cell::new(0),
            group_scroll: Cell::new(0),
            generation: 0,
            wake: None,
            suggester,
            suggestion: None,
            asked: None,
            coder,
            framework,
            clock: crate::model::Clock::system(),
            positions: None,
            kept: None,
            position_saved: PositionWrite::default(),
            came_back: false,
        };
        if w.file.path().is_some() {
            w.positions = Some(crate::store::position::positions_file());
            w.come_back();
        }
        w.refresh();
        w
    }

    /// Opens at the group and question where the user left this session,
    /// when they are still there.
    fn come_back(&mut self) {
        let (Some(file), Some(path)) = (&self.positions, self.file.path()) else {
            return;
        };
        let Some(p) = crate::store::position::load(file, path) else {
            return;
        };
        let session = self.file.session();
        let group = session.groups.iter().position(|g| g.id == p.group);
        let question = session.questions.iter().position(|q| q.id == p.question);
        if let Some(g) = group {
            self.group = g;
        }
        if let Some(q) = question {
            self.question = q;
        }
        if group.is_some() || question.is_some() {
            self.kept = Some((p.group, p.question));
            self.came_back = true;
        }
    }

    /// "Back where you were: …", when the session opened where it was
    /// left (in the language the screen speaks, known once it is shown).
    pub fn came_back_words(&self) -> Option<String> {
        if !self.came_back {
            return None;
        }
        let session = self.session();
        let group = session
            .groups
            .get(self.group)
            .map_or("", |g| g.name.as_str());
        let question = session
            .questions
            .get(self.question)
            .map_or("", |q| q.labels.get(self.lang()));
        Some(tr!(
            self.ui(),
            "workshop-came-back",
            group = group,
            at = self.question + 1,
            n = session.questions.len(),
            question = question
        ))
    }

    /// Writes where the user is (group and question) when it changed, so a
    /// restart, even after a crash, comes back here. A write that fails
    /// costs only that.
    pub fn keep_position(&mut self) {
        let (Some(file), Some(path)) = (&self.positions, self.file.path()) else {
            return;
        };
        // The projector view goes where the facilitator was, and moves
        // about without moving them.
        if self.file.read_only() == Some(&crate::live::ReadOnly::View) {
            return;
        }
        let session = self.file.session();
        let (Some(group), Some(question)) = (
            session.groups.get(self.group),
            session.questions.get(self.question),
        ) else {
            return;
        };
        // Every action comes here: nothing is made unless it moved.
        if self
            .kept
            .as_ref()
            .is_some_and(|(g, q)| *g == group.id && *q == question.id)
        {
            return;
        }
        let here = (group.id.clone(), question.id.clone());
        let position = crate::store::position::Position {
            group: here.0.clone(),
            question: here.1.clone(),
            at: self.clock.now(),
        };
        // The one before is dropped (not waited for: it is on its way,
        // and the later one wins).
        self.position_saved.0 =
            crate::store::position::save_later(file.to_path_buf(), path.to_path_buf(), position);
        self.kept = Some(here);
    }

    /// The language the screen speaks: the one asked for (`--lang`,
    /// `SPIRAL_LANG`), else the session's.
    pub fn ui(&self) -> Lang {
        self.forced_lang.unwrap_or(self.session().language)
    }

    /// Whether changes are on here; if not, why, in the screen's
    /// language.
    pub fn writable(&self) -> Result<(), String> {
        self.file
            .writable()
            .map_err(|why| tr!(self.ui(), "app-read-only", why = why.why(self.ui())))
    }

    /// The language of the session's labels (families, components,
    /// questions) and of its exports: the session's own, changed with `L`.
    pub fn lang(&self) -> Lang {
        self.session().language
    }

    /// The open session.
    pub fn session(&self) -> &Session {
        self.file.session()
    }

    pub fn current_group(&self) -> Option<&Group> {
        self.file.session().groups.get(self.group)
    }

    /// Index into `session.notes` of the selected note.
    pub fn selected_note(&self) -> Option<usize> {
        self.notes.get(self.selected).copied()
    }

    /// Rebuilds what is derived from the session after a change or a move:
    /// the selected group's notes, the suggestion, the profile when shown.
    pub fn refresh(&mut self) {
        self.group = self
            .group
            .min(self.file.session().groups.len().saturating_sub(1));
        self.question = self
            .question
            .min(self.file.session().questions.len().saturating_sub(1));
        (self.notes, self.group_sizes) = Workshop::lists_of(self.file.session(), self.group);
        self.selected = self.selected.min(self.notes.len().saturating_sub(1));
        self.after_recode();
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
            .filter(|&&i| !self.file.session().notes[i].is_coded())
            .count();
        self.count_legend();
        self.refresh_suggestion();
        self.generation += 1;
    }

    /// After one note of the group was coded anew (`was` → `is`): the
    /// uncoded count and the legend follow from that note alone, so coding
    /// costs the same at 100 notes and at 100,000.
    fn after_coding(&mut self, was: &Note, is: &Note) {
        if was.is_coded() != is.is_coded() {
            if is.is_coded() {
                self.uncoded = self.uncoded.saturating_sub(1);
            } else {
                self.uncoded += 1;
            }
        }
        if let Some(f) = self.legend_slot(was)
            && let Some(c) = self.legend.get_mut(f)
        {
            *c = c.saturating_sub(1);
        }
        if let Some(f) = self.legend_slot(is)
            && let Some(c) = self.legend.get_mut(f)
        {
            *c += 1;
        }
        self.refresh_suggestion();
        self.generation += 1;
        #[cfg(debug_assertions)]
        self.check_lists();
    }

    /// The legend's counts, from the selected group's notes.
    fn count_legend(&mut self) {
        self.legend = self.legend_of();
    }

    fn legend_of(&self) -> Vec<usize> {
        let mut counts = vec![0; self.framework.families.len()];
        for &i in &self.notes {
            if let Some(f) = self.legend_slot(&self.file.session().notes[i]) {
                counts[f] += 1;
            }
        }
        counts
    }

    /// Where a note of the selected group counts in the legend: its
    /// family, when it answers the current question.
    fn legend_slot(&self, note: &Note) -> Option<usize> {
        let question = self.file.session().questions.get(self.question)?;
        if note.question != question.id {
            return None;
        }
        self.framework.family_index(note.family.as_deref()?)
    }

    /// The framework's short labels in the session's language.
    pub fn short_labels(&self) -> &[String] {
        let at = Lang::ALL
            .iter()
            .position(|l| *l == self.lang())
            .unwrap_or(0);
        &self.shorts[at]
    }

    fn refresh_suggestion(&mut self) {
        let note = self.selected_note().map(|i| &self.file.session().notes[i]);
        if note.map(|n| n.id) != self.asked {
            self.asked = None;
        }
        // A coded note gets none unless asked: its coder decided. (One
        // coded in a family the framework does not know still gets one.)
        let known = |n: &Note| {
            n.family
                .as_deref()
                .is_some_and(|f| self.framework.family(f).is_some())
        };
        self.suggestion = note
            .filter(|n| !known(n) || self.asked == Some(n.id))
            .and_then(|n| self.suggester.suggest(n));
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
        let last = self.file.session().groups.len().saturating_sub(1);
        let group = if forward {
            (self.group + 1).min(last)
        } else {
            self.group.saturating_sub(1)
        };
        self.select_group(group);
    }

    /// Selects a note wherever it is, switching to its group.
    pub fn select_note(&mut self, id: Uuid) {
        let Some(i) = self.file.session().note_index(id) else {
            return;
        };
        let group = self.file.session().notes[i].group.clone();
        if let Some(g) = self
            .file
            .session()
            .groups
            .iter()
            .position(|g| g.id == group)
        {
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
        self.writable()?;
        let change = match &change {
            Change::UpdateNote { index, .. } | Change::RemoveNote { index, .. } => {
                crate::profile::leaving_criterion(self.session(), *index, change)
            }
            _ => change,
        };
        self.suggester.observe(&change);
        self.file.change(change).map_err(|e| e.to_string())
    }

    pub fn undo(&mut self) -> Said {
        let Ok(undone) = self.file.undo() else {
            return Err(tr!(self.ui(), "workshop-read-only-undo").into());
        };
        let Some(change) = undone else {
            let nothing = tr!(self.ui(), "workshop-nothing-to-undo");
            return Err(self.nothing_in_history(&nothing));
        };
        self.suggester.observe(&change.inverse());
        self.after_history(&change);
        info(tr!(
            self.ui(),
            "workshop-undone",
            what = change.describe(self.ui())
        ))
    }

    pub fn redo(&mut self) -> Said {
        let Some(change) = self.file.redo() else {
            let nothing = tr!(self.ui(), "workshop-nothing-to-redo");
            return Err(self.nothing_in_history(&nothing));
        };
        self.suggester.observe(&change);
        self.after_history(&change);
        info(tr!(
            self.ui(),
            "workshop-redone",
            what = change.describe(self.ui())
        ))
    }

    /// Why an undo or redo did nothing.
    fn nothing_in_history(&mut self, nothing: &str) -> super::outcome::Problem {
        if self.file.take_history_cut() {
            tr!(self.ui(), "workshop-history-cut").into()
        } else {
            nothing.into()
        }
    }

    fn after_history(&mut self, change: &Change) {
        match change.note_id() {
            // Selecting the note refreshes, in its group.
            Some(id) if self.file.session().note_index(id).is_some() => self.select_note(id),
            _ => self.refresh(),
        }
    }

    pub(super) fn edit_selected(
        &mut self,
        edit: impl FnOnce(&mut Note),
    ) -> Result<(Note, Note), String> {
        let index = self
            .selected_note()
            .ok_or_else(|| tr!(self.ui(), "workshop-no-note-selected"))?;
        let before = self.file.session().notes[index].clone();
        let mut after = before.clone();
        edit(&mut after);
        if after == before {
            return Ok((before, after));
        }
        after.modified = self.clock.now();
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
            .ok_or_else(|| tr!(self.ui(), "workshop-no-such-key", key = key))?;
        self.code_with(family, None)
    }

    /// Refused when the session was coded with another framework than the
    /// one open: its codes would not mean the same.
    fn may_code(&self) -> Result<(), String> {
        if self.file.session().framework.id != self.framework.id {
            return Err(tr!(
                self.ui(),
                "workshop-other-framework",
                framework = self.file.session().framework.id.as_str()
            ));
        }
        Ok(())
    }

    /// A family as the status line names it: "4 Personliga relationer".
    pub fn family_words(&self, id: &str) -> String {
        match self.framework.family(id) {
            Some(f) => format!("{} {}", f.key, f.labels.get(self.lang())),
            None => tr!(self.ui(), "workshop-unknown-family-short", family = id),
        }
    }

    fn code_with(&mut self, family: usize, component: Option<usize>) -> Said {
        self.may_code()?;
        let lang = self.lang();
        let ui = self.ui();
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
        let before = self
            .selected_note()
            .and_then(|i| self.file.session().notes[i].family.clone())
            .filter(|b| *b != id)
            .map(|b| self.family_words(&b));
        let key = f.key;
        let (was, is) = self.edit_selected(|n| {
            if n.family.as_deref() != Some(id.as_str()) || component_id.is_some() {
                n.component = component_id;
            }
            n.set_family(Some(id));
            n.coder = coder;
        })?;
        self.after_coding(&was, &is);
        self.advance_to_uncoded();
        match before {
            Some(before) => info(tr!(
                ui,
                "workshop-recoded",
                before = before,
                after = format!("{key} {label}")
            )),
            None => info(tr!(ui, "workshop-coded", family = label)),
        }
    }

    fn advance_to_uncoded(&mut self) {
        let below = (self.selected + 1..self.notes.len())
            .find(|&p| !self.file.session().notes[self.notes[p]].is_coded());
        if let Some(p) = below {
            self.select(p);
        }
    }

    pub fn uncode(&mut self) -> Said {
        let (was, is) = self.edit_selected(|n| {
            n.set_family(None);
            n.component = None;
        })?;
        self.after_coding(&was, &is);
        info(tr!(self.ui(), "workshop-uncoded-now"))
    }

    /// `s`: codes the note as suggested. A coded note shows its
    /// suggestion first (asked for), and a second `s` recodes it.
    pub fn accept_suggestion(&mut self) -> Said {
        let i = self
            .selected_note()
            .ok_or_else(|| tr!(self.ui(), "workshop-no-note-selected"))?;
        let note = &self.file.session().notes[i];
        if let Some(family) = note
            .family
            .clone()
            .filter(|f| self.framework.family(f).is_some() && self.asked != Some(note.id))
        {
            self.asked = Some(note.id);
            self.refresh_suggestion();
            let s = self
                .suggestion
                .clone()
                .ok_or_else(|| tr!(self.ui(), "workshop-no-suggestion"))?;
            let coded = self.family_words(&family);
            let suggested = &self.framework.families[s.family].id;
            if *suggested == family {
                return info(tr!(
                    self.ui(),
                    "workshop-coded-as-suggested",
                    family = coded,
                    why = s.reason.describe(self.ui())
                ));
            }
            return info(tr!(
                self.ui(),
                "workshop-coded-suggested-other",
                family = coded,
                suggested = self.family_words(suggested),
                why = s.reason.describe(self.ui())
            ));
        }
        let s = self
            .suggestion
            .clone()
            .ok_or_else(|| tr!(self.ui(), "workshop-no-suggestion"))?;
        self.code_with(s.family, None)
    }

    // ----- notes -----

    pub(super) fn new_note(&self, text: &str) -> Result<Note, String> {
        let group = self
            .current_group()
            .ok_or_else(|| tr!(self.ui(), "workshop-add-group"))?;
        let question = &self.file.session().questions[self.question];
        let mut note = Note::new(&group.id, &question.id, text, &self.coder);
        note.created = self.clock.now();
        note.modified = note.created;
        Ok(note)
    }

    pub(super) fn add_note(&mut self, text: &str) -> Result<Uuid, String> {
        let note = self.new_note(text)?;
        self.append(note)
    }

    /// Appends a note made for the selected group, and selects it.
    fn append(&mut self, note: Note) -> Result<Uuid, String> {
        let id = note.id;
        let index = self.file.session().notes.len();
        self.change(Change::AddNote { index, note })?;
        self.after_append(index);
        self.select(self.notes.len().saturating_sub(1));
        Ok(id)
    }

    /// A new note of the selected group and question, already coded in the
    /// family of `key` (one change: one undo, one save): its id, and the
    /// family as the status line says it ("4 Personliga relationer").
    pub(super) fn add_coded_note(&mut self, text: &str, key: u8) -> Result<(Uuid, String), String> {
        self.may_code()?;
        let family = self
            .framework
            .family_by_key(key)
            .ok_or_else(|| tr!(self.ui(), "workshop-no-such-key", key = key))?
            .id
            .clone();
        let label = self.family_words(&family);
        let mut note = self.new_note(text)?;
        note.set_family(Some(family));
        Ok((self.append(note)?, label))
    }

    /// `f`: the group's first uncoded note.
    pub fn first_uncoded(&mut self) -> Said {
        let first = (0..self.notes.len())
            .find(|&p| !self.file.session().notes[self.notes[p]].is_coded())
            .ok_or_else(|| tr!(self.ui(), "workshop-all-coded"))?;
        self.select(first);
        info(tr!(self.ui(), "workshop-first-uncoded", n = self.uncoded))
    }

    /// After a new note was appended to the selected group: the lists
    /// follow without looking at every note, so adding a note costs the
    /// same at 100 notes and at 100,000.
    fn after_append(&mut self, index: usize) {
        self.notes.push(index);
        if let Some(size) = self.group_sizes.get_mut(self.group) {
            *size += 1;
        }
        let note = &self.file.session().notes[index];
        if !note.is_coded() {
            self.uncoded += 1;
        }
        if let Some(f) = self.legend_slot(note)
            && let Some(count) = self.legend.get_mut(f)
        {
            *count += 1;
        }
        self.generation += 1;
        #[cfg(debug_assertions)]
        self.check_lists();
    }

    /// Debug builds (so the tests): the lists kept up to date step by step
    /// are those `refresh` makes from every note.
    #[cfg(debug_assertions)]
    fn check_lists(&self) {
        let (notes, sizes) = Workshop::lists_of(self.file.session(), self.group);
        let uncoded = notes
            .iter()
            .filter(|&&i| !self.file.session().notes[i].is_coded())
            .count();
        assert_eq!(
            (&self.notes, &self.group_sizes, self.uncoded),
            (&notes, &sizes, uncoded),
            "the workshop's lists went out of step"
        );
        assert_eq!(self.legend, self.legend_of(), "the legend went out of step");
    }

    pub fn delete(&mut self) -> Said {
        let index = self
            .selected_note()
            .ok_or_else(|| tr!(self.ui(), "workshop-no-note-selected"))?;
        let note = self.file.session().notes[index].clone();
        let at = self.clock.now();
        self.change(Change::delete_note(index, note, at, &self.coder))?;
        self.refresh();
        info(tr!(self.ui(), "workshop-deleted"))
    }

    // ----- groups, questions, language -----

    pub fn next_question(&mut self, step: isize) -> Said {
        let n = self.file.session().questions.len() as isize;
        self.question = (self.question as isize + step).rem_euclid(n) as usize;
        self.count_legend();
        let q = &self.file.session().questions[self.question];
        info(tr!(
            self.ui(),
            "workshop-now-collecting",
            question = q.labels.get(self.lang())
        ))
    }

    /// Why a group may not take a name, in the screen's words.
    fn group_name_refused(&self, refused: crate::ops::details::GroupName) -> Problem {
        use crate::ops::details::GroupName;
        match refused {
            GroupName::Empty => tr!(self.ui(), "workshop-group-needs-name").into(),
            GroupName::Taken(name) => {
                tr!(self.ui(), "workshop-group-exists", name = name.as_str()).into()
            }
        }
    }

    pub fn add_group(&mut self, name: &str) -> Said {
        let name = crate::ops::details::group_name(self.file.session(), name, None)
            .map_err(|e| self.group_name_refused(e))?;
        let index = self.file.session().groups.len();
        let group = Group::new(&name);
        self.change(Change::AddGroup { index, group })?;
        self.group = index;
        self.selected = 0;
        self.scroll.set(0);
        self.refresh();
        info(tr!(self.ui(), "workshop-group-added", name = name))
    }

    /// Changes the selected group, as one undoable change.
    fn update_group(&mut self, edit: impl FnOnce(&mut Group)) -> Result<(), String> {
        let before = self
            .current_group()
            .ok_or_else(|| tr!(self.ui(), "workshop-no-group-selected"))?
            .clone();
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
            .ok_or_else(|| tr!(self.ui(), "workshop-no-group-to-rename"))?
            .id
            .clone();
        let name = crate::ops::details::group_name(self.file.session(), name, Some(&id))
            .map_err(|e| self.group_name_refused(e))?;
        let new_name = name.clone();
        self.update_group(|g| g.name = new_name)?;
        info(tr!(self.ui(), "workshop-group-renamed", name = name))
    }

    pub fn set_participants(&mut self, text: &str) -> Said {
        self.current_group()
            .ok_or_else(|| tr!(self.ui(), "workshop-no-group-selected"))?;
        let text = text.trim();
        let participants = if text.is_empty() {
            None
        } else {
            Some(
                text.parse::<u32>()
                    .map_err(|_| tr!(self.ui(), "workshop-not-participants", text = text))?,
            )
        };
        self.update_group(|g| g.participants = participants)?;
        Ok(match participants {
            Some(p) => tr!(self.ui(), "workshop-participants", n = p).into(),
            None => tr!(self.ui(), "workshop-participants-cleared").into(),
        })
    }

    pub fn next_language(&mut self) -> Said {
        let before = self.file.session().language;
        let after = before.next();
        self.change(Change::SetLanguage { before, after })?;
        self.refresh();
        info(tr!(self.ui(), "workshop-language", language = after.name()))
    }

    /// Takes a finder's result.
    pub fn take(&mut self, target: Target) -> Said {
        match target {
            Target::Note(id) => {
                self.select_note(id);
                nothing()
            }
            Target::Code { family, component } => self.code_with(family, component),
            Target::Group(g) => {
                let group = self.file.session().groups[g].clone();
                self.edit_selected(|n| n.group = group.id.clone())?;
                self.refresh();
                info(tr!(
                    self.ui(),
                    "workshop-moved-group",
                    group = group.name.as_str()
                ))
            }
            Target::Question(q) => {
                let question = self.file.session().questions[q].clone();
                self.edit_selected(|n| n.question = question.id.clone())?;
                self.refresh();
                info(tr!(
                    self.ui(),
                    "workshop-moved-question",
                    question = question.labels.get(self.lang())
                ))
            }
        }
    }

    // ----- exports -----

    /// The file an export goes to: beside the session, named after it
    /// (`alby-2011.summary.html`).
    pub fn export_path(&self, format: crate::export::Format) -> Option<PathBuf> {
        let path = self.file.path()?;
        let stem = path.file_stem()?.to_string_lossy();
        Some(path.with_file_name(format!("{stem}.{}", format.suffix())))
    }

    /// Exports the session (as it is now) beside its file, in its
    /// language, and says where.
    pub fn export(&self, format: crate::export::Format, framework: &Framework) -> Said {
        let out = self
            .export_path(format)
            .ok_or_else(|| tr!(self.ui(), "workshop-not-a-file"))?;
        let inputs: Vec<PathBuf> = self
            .file
            .path()
            .map(Path::to_path_buf)
            .into_iter()
            .collect();
        let file = self.file.path().map(|p| p.display().to_string());
        let sessions = [(file.unwrap_or_default(), self.file.session().clone())];
        let options = crate::export::Options {
            // In the session's language, whatever the screen speaks.
            lang: self.session().language,
            excel: false,
        };
        use crate::export::WriteError;
        let (target, written) =
            crate::export::write_to(&sessions, &inputs, framework, format, &options, &out)
                .map_err(|e| match e {
                    WriteError::Output(crate::output::OutputError::Refused(reason)) => reason,
                    WriteError::Output(e) => {
                        tr!(
                            self.ui(),
                            "workshop-not-exported",
                            why = crate::text::with_causes(&e)
                        )
                    }
                    WriteError::Export(e) => crate::text::with_causes(&e),
                })?;
        info(tr!(
            self.ui(),
            "workshop-exported",
            format = format.name(),
            file = target.describe(),
            kb = written.div_ceil(1024)
        ))
    }

    // ----- saving (the session file does it; these say it) -----

    /// Saves, and waits for it: the app is ending (the screen has
    /// committed what its capture line held).
    pub fn flush(&mut self) -> Option<Said> {
        let said = self.save_if_dirty();
        #[cfg(debug_assertions)]
        self.file.check_writer_copy();
        said
    }

    /// Saves when something changed since the last save, and waits for it.
    pub fn save_if_dirty(&mut self) -> Option<Said> {
        let news = self.file.save_if_dirty();
        if let Some(SaveNews::Refused {
            refusal: crate::live::Refusal::Changed,
            ..
        }) = &news
            && let Some(said) = self.take_in(true)
        {
            if said.is_err() {
                return Some(said);
            }
            // The merge, saved (waited for, as this save was).
            return match self.file.save_if_dirty() {
                Some(news) if news.is_refusal() => Some(said_of(news, self.ui())),
                _ => Some(said),
            };
        }
        news.map(|n| said_of(n, self.ui()))
    }

    /// Autosave, off the input path (see `SessionFile::autosave`).
    pub fn autosave(&mut self) {
        self.file.autosave();
    }

    /// Takes the reports of finished saves: whether any came, and what to
    /// say about them (an error, or "saved" after one).
    pub fn saves_finished(&mut self) -> (bool, Option<Said>) {
        if self.follow_file() {
            return (true, None);
        }
        if self.file.take_lock_freed() {
            return (true, Some(info(tr!(self.ui(), "workshop-lock-freed"))));
        }
        let (any, news) = self.file.saves_finished();
        // A save refused because another program changed the file: that
        // version is taken in (merged), and the merge saved.
        if let Some(SaveNews::Refused {
            refusal: crate::live::Refusal::Changed,
            ..
        }) = &news
            && let Some(said) = self.take_in(true)
        {
            return (true, Some(said));
        }
        // The file changed on disk (after the reports are taken, so a
        // change that is this window's own save is known as such).
        if let Some(said) = self.take_in(false) {
            // What came in is said, unless a save was refused.
            let said = match news {
                Some(n) if n.is_refusal() => said_of(n, self.ui()),
                _ => said,
            };
            return (true, Some(said));
        }
        (any, news.map(|n| said_of(n, self.ui())))
    }

    /// What another program wrote to the session's file, and the conflict
    /// copies a sync engine left of it, merged in by id; what to say of it
    /// (`None`: nothing came).
    fn take_in(&mut self, force: bool) -> Option<Said> {
        let mut said: Vec<String> = Vec::new();
        let mut failed: Option<String> = None;
        let mut took = false;
        match self.file.take_in_outside(force) {
            Ok(Some(t)) => {
                took = true;
                if !t.intake.is_empty() {
                    said.push(tr!(
                        self.ui(),
                        "workshop-came-in",
                        what = t.intake.describe(self.ui())
                    ));
                }
            }
            Ok(None) => {}
            Err(why) => failed = Some(why),
        }
        for r in self.file.take_in_copies() {
            match r {
                Ok(t) => said.push(tr!(
                    self.ui(),
                    "workshop-merged-copy",
                    file = t
                        .from
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    what = t.intake.describe(self.ui())
                )),
                Err(why) => failed = Some(why),
            }
        }
        if said.is_empty() {
            if took && failed.is_none() {
                // Taken in, nothing new to show: the merge is saved.
                self.file.autosave();
                return Some(nothing());
            }
            return failed.map(problem);
        }
        let note = self
            .selected_note()
            .map(|i| self.file.session().notes[i].id);
        self.suggester = Suggester::new(&self.framework, &self.file.session().notes);
        self.refresh();
        if let Some(id) = note {
            self.select_note(id);
        }
        self.generation += 1;
        self.file.autosave();
        Some(info(said.join(" ")))
    }

    /// Ctrl-s: saves now, writing over a change another program made (the
    /// user asked for it).
    pub fn save_now(&mut self) -> Said {
        if self.file.read_only().is_some() {
            return self.take_over();
        }
        if self.file.path().is_none() {
            return Err(tr!(self.ui(), "workshop-not-a-file").into());
        }
        // What the file is, once the autosave under way (if any) is done.
        self.file.settle_saves();
        match self.file.outside_change() {
            // Deleted by another program: written there again.
            Some(OutsideChange::Deleted) => self.file.mark_deleted_as_unsaved(),
            // Changed by another program: its version is merged in first,
            // never written over.
            Some(OutsideChange::Changed) => {
                if let Some(said) = self.take_in(true) {
                    self.file.settle_saves();
                    return said;
                }
                if self.file.outside_change() == Some(OutsideChange::Changed) {
                    return Err(tr!(self.ui(), "workshop-changed-unreadable").into());
                }
            }
            None => {}
        }
        if !self.file.is_dirty() {
            // Writing the same bytes again would only push the previous
            // version out of FILE.bak.
            return info(tr!(self.ui(), "workshop-already-saved"));
        }
        let ui = self.ui();
        let saved = tr!(ui, "workshop-saved-now");
        self.file
            .save_now()
            .map(|n| said_of(n, ui))
            .unwrap_or_else(|| info(saved))
    }

    /// A read-only window: what the writing window saved is taken in, the
    /// group, question and note shown kept (by id). Whether it changed.
    fn follow_file(&mut self) -> bool {
        if self.file.read_only().is_none() {
            return false;
        }
        let session = self.file.session();
        let group = session.groups.get(self.group).map(|g| g.id.clone());
        let question = session.questions.get(self.question).map(|q| q.id.clone());
        let note = self.selected_note().map(|i| session.notes[i].id);
        if !self.file.follow_file() {
            return false;
        }
        let session = self.file.session();
        if let Some(g) = group.and_then(|id| session.groups.iter().position(|g| g.id == id)) {
            self.group = g;
        }
        if let Some(q) = question.and_then(|id| session.questions.iter().position(|q| q.id == id)) {
            self.question = q;
        }
        self.suggester = Suggester::new(&self.framework, &self.file.session().notes);
        self.refresh();
        if let Some(id) = note {
            self.select_note(id);
        }
        self.generation += 1;
        true
    }

    /// Ctrl-s in a read-only window: writes here from now on, when the
    /// spiral that held the session let it go (read again from its file).
    fn take_over(&mut self) -> Said {
        use crate::live::TakeOverError;
        match self.file.take_over() {
            Ok(()) => {
                self.suggester = Suggester::new(&self.framework, &self.file.session().notes);
                self.refresh();
                self.generation += 1;
                info(tr!(self.ui(), "workshop-writable-now"))
            }
            Err(TakeOverError::Held(why)) => problem(tr!(
                self.ui(),
                "workshop-still-held",
                why = why.why(self.ui())
            )),
            Err(e) => problem(e.to_string()),
        }
    }

    /// `W`: the session written to a new file, which it then lives in.
    pub fn save_as(&mut self, target: &str) -> Said {
        let path = self.file.save_as(target).map_err(|e| e.to_string())?;
        info(tr!(
            self.ui(),
            "workshop-saved-to",
            file = path.display().to_string()
        ))
    }
}

/// What a save the user did not wait for says on the status line.
fn said_of(news: SaveNews, lang: Lang) -> Said {
    if news.is_refusal() {
        problem(news.describe(lang))
    } else {
        info(news.describe(lang))
    }
}

/// The last write of where the user is, under way on its thread: waited
/// for when it is replaced and when the workshop goes, so where the user
/// was is on disk before the window closes.
#[derive(Default)]
struct PositionWrite(Option<std::thread::JoinHandle<()>>);

impl Drop for PositionWrite {
    fn drop(&mut self) {
        if let Some(saving) = self.0.take() {
            let _ = saving.join();
        }
    }
}
