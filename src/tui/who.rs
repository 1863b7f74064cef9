//! Who writes the notes made in the open session, as the app keeps it:
//! a leaf the workshop holds and `tui/coder.rs` (the prompt) reads.

use crate::ops::coder::Sources;

/// Who writes the notes made in the open session: what the computer says
/// of who is at it (`SPIRAL_CODER`, the user's name), the name asked for
/// when none was known, and whether an action was just refused for want
/// of one (the page asks).
#[derive(Debug, Default)]
pub struct Who {
    pub(crate) sources: Sources,
    pub(crate) asked: Option<String>,
    pub(crate) wanted: std::cell::Cell<bool>,
}

impl Who {
    /// What this computer says now.
    pub fn of_system() -> Who {
        Who {
            sources: Sources::of_system(),
            ..Who::default()
        }
    }
}
