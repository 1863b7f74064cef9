//! The workshop's edits of the open session: each asks the core's rule
//! (`ops::notes`, `ops::coding`, `ops::details`) for the change, makes it
//! through the session file (undo, autosave), and moves what is selected
//! after it. Only the words of a refusal are the screen's.

use uuid::Uuid;

use super::Workshop;
use crate::model::{Change, Note};
use crate::ops::{coding, details, notes};
use crate::tr;
use crate::tui::finder::Target;
use crate::tui::outcome::{Problem, Refused, Said, info, nothing};

impl Workshop {
    /// Makes a change: refused when read-only; else applied, recorded for
    /// undo, and marked for autosave. A note's update or removal that
    /// leaves its synthesis criterion empty removes the criterion in the
    /// same step (`ops::notes::as_made`), whichever screen made it.
    pub(crate) fn change(&mut self, change: Change) -> Result<(), Refused> {
        self.writable()?;
        let change = notes::as_made(self.session(), change);
        self.suggester.observe(&change);
        self.file.change(change).map_err(Refused::ReadOnly)
    }

    /// A refusal said in the screen's language, for the status line.
    pub(crate) fn problem(&self, refused: Refused) -> Problem {
        Problem(refused.describe(self.ui()))
    }

    /// Makes the change a rule gave (`None`: the rule found nothing to
    /// change).
    fn make_if(&mut self, change: Option<Change>) -> Result<(), Refused> {
        change.map_or(Ok(()), |c| self.change(c))
    }

    fn selected_or_refused(&self) -> Result<usize, Refused> {
        self.selected_note().ok_or(Refused::NoNoteSelected)
    }

    /// Makes a rule's change to the note at `index`: the note before and
    /// after.
    fn make_on(&mut self, index: usize, change: Option<Change>) -> Result<(Note, Note), Refused> {
        let before = self.session().notes[index].clone();
        self.make_if(change)?;
        Ok((before, self.session().notes[index].clone()))
    }

    /// The selected note edited (the capture line's edit of its words): the
    /// note before and after.
    pub(crate) fn edit_selected(
        &mut self,
        edit: impl FnOnce(&mut Note),
    ) -> Result<(Note, Note), Refused> {
        let index = self.selected_or_refused()?;
        let change = notes::edit_note(self.session(), index, self.clock.now(), edit);
        self.make_on(index, change)
    }

    /// Why a note may not be coded, in the screen's words.
    fn coding_refused(&self, refused: coding::Refusal) -> Problem {
        self.problem(Refused::Coding(refused))
    }

    /// Codes the selected note into the family of `key`, then moves to the
    /// next uncoded note below, if there is one.
    pub fn code(&mut self, key: u8) -> Said {
        let family =
            coding::family_of_key(&self.framework, key).map_err(|e| self.coding_refused(e))?;
        self.code_with(family, None)
    }

    pub(super) fn code_with(&mut self, family: usize, component: Option<usize>) -> Said {
        coding::may_code(self.session(), &self.framework).map_err(|e| self.coding_refused(e))?;
        let index = self.selected_or_refused().map_err(|r| self.problem(r))?;
        let (lang, ui) = (self.lang(), self.ui());
        let f = &self.framework.families[family];
        let label = match component {
            Some(c) => format!(
                "{} › {}",
                f.labels.get(lang),
                f.components[c].labels.get(lang)
            ),
            None => f.labels.get(lang).to_string(),
        };
        let key = f.key;
        let before = self.session().notes[index]
            .family
            .clone()
            .filter(|b| *b != f.id)
            .map(|b| self.family_words(&b));
        let coder = self.coder_for_note().map_err(|r| self.problem(r))?;
        let asked = coding::Coding {
            family,
            component,
            coder: &coder,
            at: self.clock.now(),
        };
        let change = coding::code(self.session(), &self.framework, index, asked)
            .map_err(|e| self.coding_refused(e))?;
        let (was, is) = self.make_on(index, change).map_err(|r| self.problem(r))?;
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

    pub fn uncode(&mut self) -> Said {
        let index = self.selected_or_refused().map_err(|r| self.problem(r))?;
        let change = coding::uncode(self.session(), index, self.clock.now());
        let (was, is) = self.make_on(index, change).map_err(|r| self.problem(r))?;
        self.after_coding(&was, &is);
        info(tr!(self.ui(), "workshop-uncoded-now"))
    }

    // ----- notes -----

    /// A new note of the selected group and question, not yet added.
    pub(crate) fn new_note(&self, text: &str) -> Result<Note, Refused> {
        let group = self.current_group().ok_or(Refused::NoGroup)?;
        let question = &self.session().questions[self.question];
        let at = self.clock.now();
        let coder = self.coder_for_note()?;
        notes::new_note(&group.id, &question.id, text, &coder, at)
            .map_err(|notes::Refusal::Empty| Refused::Empty)
    }

    pub(crate) fn add_note(&mut self, text: &str) -> Result<Uuid, Refused> {
        let note = self.new_note(text)?;
        self.append(note)
    }

    /// Appends a note made for the selected group, and selects it.
    fn append(&mut self, note: Note) -> Result<Uuid, Refused> {
        let id = note.id;
        let index = self.session().notes.len();
        self.change(notes::add_notes(self.session(), vec![note]))?;
        self.after_append(index);
        self.select(self.lists.notes.len().saturating_sub(1));
        Ok(id)
    }

    /// A new note of the selected group and question, already coded in the
    /// family of `key` (one change: one undo, one save): its id, and the
    /// family as the status line says it ("4 Personliga relationer").
    pub(crate) fn add_coded_note(
        &mut self,
        text: &str,
        key: u8,
    ) -> Result<(Uuid, String), Refused> {
        coding::may_code(self.session(), &self.framework).map_err(Refused::Coding)?;
        let family = coding::family_of_key(&self.framework, key).map_err(Refused::Coding)?;
        let family = self.framework.families[family].id.clone();
        let label = self.family_words(&family);
        let mut note = self.new_note(text)?;
        note.set_family(Some(family));
        Ok((self.append(note)?, label))
    }

    pub fn delete(&mut self) -> Said {
        let index = self.selected_or_refused().map_err(|r| self.problem(r))?;
        let change = notes::delete_note(self.session(), index, &self.coder(), self.clock.now());
        self.change(change).map_err(|r| self.problem(r))?;
        self.refresh();
        info(tr!(self.ui(), "workshop-deleted"))
    }

    // ----- groups, language -----

    /// Why a group may not take a name, in the screen's words.
    fn group_name_refused(&self, refused: details::GroupName) -> Problem {
        match refused {
            details::GroupName::Empty => tr!(self.ui(), "workshop-group-needs-name").into(),
            details::GroupName::Taken(name) => {
                tr!(self.ui(), "workshop-group-exists", name = name.as_str()).into()
            }
        }
    }

    pub fn add_group(&mut self, name: &str) -> Said {
        let change =
            details::add_group(self.session(), name).map_err(|e| self.group_name_refused(e))?;
        let index = self.session().groups.len();
        self.change(change).map_err(|r| self.problem(r))?;
        let name = self.session().groups[index].name.clone();
        self.group = index;
        self.selected = 0;
        self.scroll.set(0);
        self.refresh();
        info(tr!(self.ui(), "workshop-group-added", name = name))
    }

    pub fn rename_group(&mut self, name: &str) -> Said {
        self.current_group()
            .ok_or_else(|| tr!(self.ui(), "workshop-no-group-to-rename"))?;
        let (name, change) = details::rename_group(self.session(), self.group, name)
            .map_err(|e| self.group_name_refused(e))?;
        self.make_if(change).map_err(|r| self.problem(r))?;
        info(tr!(self.ui(), "workshop-group-renamed", name = name))
    }

    pub fn set_participants(&mut self, text: &str) -> Said {
        self.current_group()
            .ok_or_else(|| tr!(self.ui(), "workshop-no-group-selected"))?;
        let (participants, change) = details::set_participants(self.session(), self.group, text)
            .map_err(|text| tr!(self.ui(), "workshop-not-participants", text = text.as_str()))?;
        self.make_if(change).map_err(|r| self.problem(r))?;
        Ok(match participants {
            Some(p) => tr!(self.ui(), "workshop-participants", n = p).into(),
            None => tr!(self.ui(), "workshop-participants-cleared").into(),
        })
    }

    pub fn next_language(&mut self) -> Said {
        self.change(details::next_language(self.session()))
            .map_err(|r| self.problem(r))?;
        self.refresh();
        let language = self.session().language.name();
        info(tr!(self.ui(), "workshop-language", language = language))
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
                let index = self.selected_or_refused().map_err(|r| self.problem(r))?;
                let change = notes::move_to_group(self.session(), index, g, self.clock.now());
                self.make_if(change).map_err(|r| self.problem(r))?;
                self.refresh();
                let group = self.session().groups[g].name.clone();
                info(tr!(
                    self.ui(),
                    "workshop-moved-group",
                    group = group.as_str()
                ))
            }
            Target::Question(q) => {
                let index = self.selected_or_refused().map_err(|r| self.problem(r))?;
                let change = notes::move_to_question(self.session(), index, q, self.clock.now());
                self.make_if(change).map_err(|r| self.problem(r))?;
                self.refresh();
                let question = self.session().questions[q]
                    .labels
                    .get(self.lang())
                    .to_string();
                info(tr!(
                    self.ui(),
                    "workshop-moved-question",
                    question = question
                ))
            }
        }
    }
}
