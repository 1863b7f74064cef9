//! Finding and suggesting: search by words over notes and over the framework's
//! families and components, and the family suggested for a note.

mod family;
mod ranker;
mod search;

pub use family::{Suggester, Suggestion, Why};
pub use ranker::Ranker;
pub use search::{PickItem, TERM_SEPARATOR, pick_items, rank};
