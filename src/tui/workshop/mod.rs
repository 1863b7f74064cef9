//! An open session being worked on, as the screens see it: the groups,
//! the selected group's notes, the current question, the legend's counts,
//! the suggestion shown. The screens (`screen/`) work through it; it knows
//! none of them. What an edit may do is the core's (`ops`): the workshop
//! asks it for the change and makes it through its `SessionFile`
//! (edit.rs); undo and redo (history.rs); the suggestion shown
//! (suggestion.rs); saving, taking in (saving.rs); where the user was
//! (position.rs). Where the notes list stands is `tui/notes_view.rs`'s.
//! The group's lists and the legend are the core's
//! (`model::GroupLists`), kept step by step.

mod edit;
mod history;
mod position;
mod saving;
mod suggestion;

use std::cell::Cell;

use uuid::Uuid;

use super::notes_view::NotesView;
use crate::live::SessionFile;
use crate::model::{Framework, Group, GroupLists, Lang, Place, Session, ShortLabels};
use crate::ops::suggested::Suggested;
use crate::store::position::Keeper;

pub struct Workshop {
    /// The session, its history and its file (lock, autosave, what is
    /// saved).
    pub(crate) file: SessionFile,
    /// The language asked for (`--lang`, `SPIRAL_LANG`): the screen speaks
    /// it whatever the session's language.
    pub(crate) forced_lang: Option<Lang>,
    pub(crate) group: usize,
    pub(crate) question: usize,
    /// The selected group's notes, every group's size, its uncoded notes,
    /// the legend's counts: kept step by step, so a frame costs the same
    /// at 100 notes and at 100,000.
    pub(crate) lists: GroupLists,
    /// The framework's short labels, in every language.
    shorts: ShortLabels,
    pub(crate) selected: usize,
    /// Where the notes list stands (`tui/notes_view.rs`).
    pub(crate) notes_view: NotesView,
    pub(crate) group_scroll: Cell<usize>,
    /// Counts the rebuilds of what is derived from the session (`refresh`,
    /// a coding, a note added): the screen shown follows when it moves.
    pub(crate) generation: u64,
    /// Whom a finder's ranking thread wakes (the app's event loop).
    pub(crate) wake: Option<crate::wake::Wake>,
    /// The suggestion for the selected note (`ops::suggested`).
    pub(crate) suggested: Suggested,
    /// Who writes the notes made here (`tui/coder.rs`).
    pub(crate) who: crate::tui::who::Who,
    pub(crate) framework: Framework,
    /// Times are stored in UTC and shown in this zone (the system's).
    pub(crate) clock: crate::model::Clock,
    /// Where the group, question and note shown are kept between runs
    /// (none for a session in memory).
    positions: Option<Keeper>,
    /// The session opened where it was left (`came_back_to` says so).
    pub(crate) came_back: bool,
}

use super::done::Done;
pub use super::outcome::Said;
use super::outcome::{Refused, done};

impl Workshop {
    pub fn new(file: SessionFile, framework: Framework) -> Workshop {
        let session = file.session();
        let suggested = Suggested::new(&framework, &session.notes);
        let mut w = Workshop {
            file,
            forced_lang: None,
            group: 0,
            question: 0,
            lists: GroupLists::default(),
            shorts: ShortLabels::of(&framework),
            selected: 0,
            notes_view: NotesView::default(),
            group_scroll: Cell::new(0),
            generation: 0,
            wake: None,
            suggested,
            who: crate::tui::who::Who::of_system(),
            framework,
            clock: crate::model::Clock::system(),
            positions: None,
            came_back: false,
        };
        w.positions = w.file.path().map(Keeper::new);
        w.come_back();
        w.refresh();
        w
    }
    /// The language the screen speaks: the one asked for (`--lang`,
    /// `SPIRAL_LANG`), else the session's.
    /// The clock "now" and "today" come from, said instead (tests: a
    /// report's date is today's).
    pub fn set_clock(&mut self, clock: crate::model::Clock) {
        self.clock = clock;
    }

    pub fn ui(&self) -> Lang {
        self.forced_lang.unwrap_or(self.session().language)
    }

    /// Whether changes are on here; if not, why, in the screen's
    /// language.
    pub fn writable(&self) -> Result<(), Refused> {
        self.file.writable().map_err(Refused::ReadOnly)
    }

    /// The language labels are shown in (families, components, the
    /// method's questions): the screen's (`ui`), so that one screen speaks
    /// one language. A question of the session's own has its own words,
    /// whatever the language. The session's language (`L`, the details
    /// form) is what its summary and exports speak: `session().language`.
    pub fn lang(&self) -> Lang {
        self.ui()
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
        self.lists.notes.get(self.selected).copied()
    }

    /// The selected note's id.
    fn selected_id(&self) -> Option<Uuid> {
        (self.selected_note()).map(|i| self.file.session().notes[i].id)
    }

    /// Goes back to the group and question (by ids) where they still are.
    /// Whether either was found.
    fn go_back_to(&mut self, place: &Place) -> bool {
        let (group, question) = place.find(self.file.session());
        self.group = group.unwrap_or(self.group);
        self.question = question.unwrap_or(self.question);
        group.is_some() || question.is_some()
    }

    /// Rebuilds what is derived from the session after a change or a move:
    /// the selected group's notes, the suggestion, the profile when shown.
    pub fn refresh(&mut self) {
        let session = self.file.session();
        self.group = self.group.min(session.groups.len().saturating_sub(1));
        self.question = (self.question).min(session.questions.len().saturating_sub(1));
        self.lists = GroupLists::of(session, &self.framework, self.group, self.question);
        self.selected = self.selected.min(self.lists.notes.len().saturating_sub(1));
        self.refresh_suggestion();
        self.generation += 1;
    }

    /// The framework's short labels in the screen's language.
    pub fn short_labels(&self) -> &[String] {
        self.shorts.get(self.lang())
    }

    pub fn select(&mut self, selected: usize) {
        self.selected = selected.min(self.lists.notes.len().saturating_sub(1));
        self.refresh_suggestion();
    }

    pub fn select_group(&mut self, group: usize) {
        if group != self.group {
            self.group = group;
            self.selected = 0;
            self.notes_view.reset();
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
        let session = self.file.session();
        let Some(i) = session.note_index(id) else {
            return;
        };
        if let Some(g) = session.group_position(&session.notes[i].group) {
            self.group = g;
        }
        self.refresh();
        if let Some(pos) = self.lists.notes.iter().position(|&n| n == i) {
            self.select(pos);
        }
    }

    fn advance_to_uncoded(&mut self) {
        let below = self
            .lists
            .uncoded_from(self.file.session(), self.selected + 1);
        if let Some(p) = below {
            self.select(p);
        }
    }

    /// `f`: the group's first uncoded note.
    pub fn first_uncoded(&mut self) -> Said {
        let first = (self.lists.uncoded_from(self.file.session(), 0)).ok_or(Refused::AllCoded)?;
        self.select(first);
        done(Done::FirstUncoded(self.lists.uncoded))
    }

    pub fn next_question(&mut self, step: isize) -> Said {
        let n = self.file.session().questions.len() as isize;
        self.question = (self.question as isize + step).rem_euclid(n) as usize;
        let (session, question) = (self.file.session(), self.question);
        (self.lists).recount(session, &self.framework, question);
        let q = &self.file.session().questions[self.question];
        done(Done::Collecting(q.labels.clone()))
    }
}
