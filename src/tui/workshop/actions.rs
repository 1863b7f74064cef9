//! The selected note linked to a co-responsibility action (`t`, then the
//! action picked): the core's rule (`ops::actions::edit`, a note link) made
//! as one change, undone by `u`; and the clock a test sets.

use uuid::Uuid;

use super::Workshop;
use crate::ops::actions::{self as rules, Edit, Link};
use crate::tr;
use crate::tui::outcome::{Refused, Said, info};

impl Workshop {
    /// The clock "now" and "today" come from, said instead (tests: a
    /// report's date is today's).
    pub fn set_clock(&mut self, clock: crate::model::Clock) {
        self.clock = clock;
    }

    /// Links the selected note to the action `id`: what the status line
    /// says ("linked to «title»"), or why not.
    pub fn link_to_action(&mut self, id: Uuid) -> Said {
        let note = self.selected_note().ok_or(Refused::NoNoteSelected)?;
        let note = self.session().notes[note].id;
        let index = self.session().action_index(id).ok_or(Refused::NoActions)?;
        let ui = self.ui();
        let title = crate::text::printable(&self.session().actions[index].title).into_owned();
        let edit = Edit::Link(Link::Note(note));
        let change = rules::edit(
            self.session(),
            &self.framework,
            index,
            edit,
            self.clock.now(),
        )
        .map_err(|r| r.message().say(ui))?;
        match change {
            Some(change) => {
                self.change(change)?;
                info(tr!(ui, "actions-linked", title = title))
            }
            None => info(tr!(ui, "actions-already-linked", title = title)),
        }
    }
}
