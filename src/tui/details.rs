//! The session's details form (`i`): a row per detail, the selected one
//! edited in a line (Enter), each change made by `ops::details` as one
//! `Change` (undone by `u`, autosaved): title, place, date, facilitators,
//! language, each question's wording (and a question of the session's
//! own; `K`/`J` reorder those no note answers), and the selected group's
//! name, description and participants. The group prompts (a new group, a
//! group's name, its participants) and the language key (`L`) make their
//! edits by the same rules, here.

use tui_input::Input;

use super::done::Done;
use super::keymap::Action;
use super::outcome::{Refused, Said, done, info, nothing};
use super::workshop::Workshop;
use crate::model::Change;
use crate::ops::details;
use crate::tr;

/// A row of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Title,
    Place,
    Date,
    Facilitators,
    Language,
    Question(usize),
    AddQuestion,
    GroupName,
    GroupDescription,
    Participants,
}

/// The form: the row selected, and the line it is being edited in.
#[derive(Debug, Default)]
pub struct DetailsForm {
    pub selected: usize,
    pub editing: Option<Input>,
}

/// The rows of the form for the open session.
pub fn rows(w: &Workshop) -> Vec<Row> {
    let mut rows = vec![
        Row::Title,
        Row::Place,
        Row::Date,
        Row::Facilitators,
        Row::Language,
    ];
    rows.extend((0..w.session().questions.len()).map(Row::Question));
    rows.push(Row::AddQuestion);
    if w.current_group().is_some() {
        rows.extend([Row::GroupName, Row::GroupDescription, Row::Participants]);
    }
    rows
}

/// A row's label and its value as shown.
pub fn row_text(w: &Workshop, row: Row) -> (String, String) {
    let s = w.session();
    // A question's wording as the session has it, in its language (what
    // its summary says, what Enter edits), beside the language row.
    let lang = s.language;
    let ui = w.ui();
    let group = w.current_group();
    match row {
        Row::Title => (tr!(ui, "details-title"), s.title.clone()),
        Row::Place => (tr!(ui, "details-place"), s.place.clone()),
        Row::Date => (
            tr!(ui, "details-date"),
            s.date.map(|d| d.to_string()).unwrap_or_default(),
        ),
        Row::Facilitators => (tr!(ui, "details-facilitators"), s.facilitators.join(", ")),
        Row::Language => (
            tr!(ui, "details-language"),
            format!("{} ({})", s.language.name(), s.language.code()),
        ),
        Row::Question(i) => {
            let q = &s.questions[i];
            let used = s.notes.iter().filter(|n| n.question == q.id).count();
            (
                tr!(ui, "details-question", n = i + 1),
                format!(
                    "{} — {} ({})",
                    q.labels.get(lang),
                    q.prompt.get(lang),
                    tr!(ui, "count-notes", n = used)
                ),
            )
        }
        Row::AddQuestion => (
            tr!(ui, "details-add-question"),
            tr!(ui, "details-add-question-where"),
        ),
        Row::GroupName => (
            tr!(ui, "details-group"),
            group.map(|g| g.name.clone()).unwrap_or_default(),
        ),
        Row::GroupDescription => (
            tr!(ui, "details-description"),
            group.map(|g| g.description.clone()).unwrap_or_default(),
        ),
        Row::Participants => (
            tr!(ui, "details-participants"),
            group
                .and_then(|g| g.participants)
                .map(|p| p.to_string())
                .unwrap_or_default(),
        ),
    }
}

/// The value a row's line starts from when it is edited.
fn editable(w: &Workshop, row: Row) -> String {
    let s = w.session();
    match row {
        Row::Question(i) => s.questions[i].prompt.get(s.language).to_string(),
        Row::AddQuestion => String::new(),
        _ => row_text(w, row).1,
    }
}

impl DetailsForm {
    /// A key on the form: whether it stays open, and what it said.
    pub fn update(mut self, w: &mut Workshop, action: Action) -> (Option<DetailsForm>, Said) {
        let rows = rows(w);
        self.selected = self.selected.min(rows.len() - 1);
        let row = rows[self.selected];
        if let Some(input) = self.editing.take() {
            return match action {
                Action::Submit => match apply(w, row, input.value()) {
                    Ok(told) => (Some(self), Ok(told)),
                    Err(e) => {
                        self.editing = Some(input);
                        (Some(self), Err(e.into()))
                    }
                },
                Action::Cancel => (Some(self), nothing()),
                _ => {
                    self.editing = Some(input);
                    (Some(self), nothing())
                }
            };
        }
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(rows.len() - 1),
            Action::Back | Action::Cancel => return (None, nothing()),
            Action::Submit if row == Row::Language => {
                return (Some(self), w.next_language());
            }
            Action::Submit => {
                if let Err(why) = w.writable() {
                    return (Some(self), Err(why.into()));
                }
                self.editing = Some(Input::new(editable(w, row)));
            }
            Action::MoveUp | Action::MoveDown => {
                let Row::Question(i) = row else {
                    return (
                        Some(self),
                        Err(tr!(w.ui(), "details-only-questions").into()),
                    );
                };
                let step = if action == Action::MoveUp { -1 } else { 1 };
                let lang = w.ui();
                let said = details::move_question(w.session(), i, step)
                    .map_err(|m| m.say(lang).into())
                    .and_then(|c| w.make(c));
                if said.is_ok() {
                    self.selected = self.selected.saturating_add_signed(step);
                }
                let reordered = tr!(w.ui(), "details-reordered");
                return (Some(self), said.and_then(|()| info(reordered)));
            }
            _ => {}
        }
        (Some(self), nothing())
    }
}

/// The line typed for a row, made into its change. The refusal is words
/// in the app's language: `ops::details`'s, said here, or the workshop's.
fn apply(w: &mut Workshop, row: Row, value: &str) -> Result<super::outcome::Told, String> {
    let lang = w.ui();
    let say = |m: crate::i18n::Message| m.say(lang);
    let s = w.session();
    let mut d = s.details();
    let change = match row {
        Row::Title | Row::Place | Row::Date | Row::Facilitators => {
            match row {
                Row::Title => d.title = value.to_string(),
                Row::Place => d.place = value.to_string(),
                Row::Date => d.date = details::date_of(value).map_err(say)?,
                _ => d.facilitators = details::facilitators_of(value),
            }
            details::set_details(s, d).map_err(say)?
        }
        Row::Question(i) => Some(details::word_question(s, i, value).map_err(say)?),
        Row::AddQuestion => Some(details::add_question(s, value).map_err(say)?),
        Row::GroupName | Row::GroupDescription | Row::Participants => {
            let mut g = w
                .current_group()
                .ok_or_else(|| tr!(w.ui(), "workshop-no-group-selected"))?
                .clone();
            match row {
                Row::GroupName => g.name = value.to_string(),
                Row::GroupDescription => g.description = value.to_string(),
                _ => {
                    g.participants = details::participants_of(value)
                        .map_err(|n| tr!(w.ui(), "workshop-not-participants", text = n.as_str()))?
                }
            }
            details::set_group(s, w.group, g).map_err(say)?
        }
        Row::Language => None,
    };
    let Some(change) = change else {
        return Ok(super::outcome::Told::Nothing);
    };
    w.make(change).map_err(|e| e.describe(w.ui()))?;
    let (label, value) = row_text(w, row);
    let label = if row == Row::AddQuestion {
        tr!(w.ui(), "details-question", n = w.session().questions.len())
    } else {
        label
    };
    let value = if value.is_empty() {
        tr!(w.ui(), "details-none")
    } else {
        value
    };
    Ok(super::outcome::Told::Info(tr!(
        w.ui(),
        "details-changed",
        label = label,
        value = value
    )))
}

impl Workshop {
    /// A change of the session's details, made and followed (lists,
    /// current question).
    pub fn make(&mut self, change: Change) -> Result<(), super::outcome::Problem> {
        self.change(change)?;
        self.refresh();
        self.generation += 1;
        Ok(())
    }

    // The group prompts' and the language key's edits, made by the same
    // rules as the form's rows (`ops::details`).

    pub fn add_group(&mut self, name: &str) -> Said {
        let change = details::add_group(self.session(), name).map_err(Refused::GroupName)?;
        let index = self.session().groups.len();
        self.change(change)?;
        let name = self.session().groups[index].name.clone();
        self.group = index;
        self.selected = 0;
        self.notes_view.scroll.set(0);
        self.refresh();
        done(Done::GroupAdded(name))
    }

    pub fn rename_group(&mut self, name: &str) -> Said {
        self.current_group().ok_or(Refused::NoGroupToRename)?;
        let (name, change) =
            details::rename_group(self.session(), self.group, name).map_err(Refused::GroupName)?;
        self.make_if(change)?;
        done(Done::GroupRenamed(name))
    }

    pub fn set_participants(&mut self, text: &str) -> Said {
        self.current_group().ok_or(Refused::NoGroupSelected)?;
        let (participants, change) = details::set_participants(self.session(), self.group, text)
            .map_err(Refused::NotParticipants)?;
        self.make_if(change)?;
        done(Done::Participants(participants))
    }

    pub fn next_language(&mut self) -> Said {
        self.change(details::next_language(self.session()))?;
        self.refresh();
        done(Done::Language(self.session().language))
    }
}
