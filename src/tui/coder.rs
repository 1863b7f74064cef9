//! Who writes the notes made in the app: decided when a note is made
//! (`ops::coder::decide`: `SPIRAL_CODER`, the session's first facilitator
//! as it is now, the user's name, else the name asked once), and the
//! small prompt that asks for a name when none is known. An action that
//! makes a note with no coder known is refused, the prompt opens, and the
//! answer (kept for the open session) lets the same action run again.

use tui_input::Input;

use super::outcome::{Refused, Said, info, problem};
use super::overlay::{Overlay, PromptKind};
use super::workshop::Workshop;
use crate::ops::coder::{self, Sources};
use crate::tr;

impl Workshop {
    /// Who writes a note made now ("" when no one is known yet).
    pub fn coder(&self) -> String {
        self.coder_known().unwrap_or_default()
    }

    fn coder_known(&self) -> Option<String> {
        coder::decide(
            None,
            &self.who.sources,
            self.session(),
            self.who.asked.as_deref(),
        )
    }

    /// Who writes the note about to be made; refused when no one is known,
    /// marking that the app is to ask (`coder_asked`).
    pub(crate) fn coder_for_note(&self) -> Result<String, Refused> {
        self.coder_known().ok_or_else(|| {
            self.who.wanted.set(true);
            Refused::NoCoder
        })
    }

    /// What the computer says of who is at it, said instead (tests; the
    /// app reads the system's when the session opens).
    pub fn set_coder_sources(&mut self, sources: Sources) {
        self.who.sources = sources;
    }

    /// Whether an action was just refused for want of a coder (once).
    pub(crate) fn coder_asked(&self) -> bool {
        self.who.wanted.replace(false)
    }

    /// The name typed at the prompt, kept for the open session: whether
    /// it named someone, and what to say.
    pub(crate) fn answer_coder(&mut self, name: &str) -> Result<String, String> {
        let ui = self.ui();
        match coder::named(name) {
            Some(name) => {
                let said = tr!(ui, "coder-set", name = name.as_str());
                self.who.asked = Some(name);
                Ok(said)
            }
            None => Err(tr!(ui, "coder-needed")),
        }
    }
}

/// The prompt asking who writes the notes.
pub fn prompt() -> Overlay {
    Overlay::Prompt {
        kind: PromptKind::Coder,
        input: Input::default(),
    }
}

/// What the page says once the name was typed and the waiting action ran
/// again (`then`): the action's own words, else who writes the notes.
pub fn answered(named: Result<String, String>, then: impl FnOnce() -> Said) -> Said {
    let set = match named {
        Ok(set) => set,
        Err(why) => return problem(why),
    };
    match then() {
        Ok(super::outcome::Told::Nothing) => info(set),
        said => said,
    }
}
