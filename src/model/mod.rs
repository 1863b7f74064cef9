//! The method's data: frameworks (families and components), sessions (groups,
//! questions, notes, co-responsibility actions), and the changes made to
//! them. Plain data and serde; no I/O, no terminal.

mod action;
mod change;
mod clock;
mod framework;
mod questions;
mod session;

pub use crate::lang::{Labels, Lang};
pub use action::{Action, Actor, ActorKind, Report, Started, Status};
pub use change::{ActionChange, Change, History, unlinked_by};
pub use clock::Clock;
pub use framework::{
    Component, DEFAULT_FRAMEWORK, Family, Framework, FrameworkError, SHORT_LABEL_WIDTH, ShortLabels,
};
pub use questions::{Questions, question_name};
pub use session::{
    Coding, Criterion, Details, FORMAT_VERSION, FrameworkRef, Group, GroupLists, Note, Place,
    Question, Reconciliation, Session, SessionProblem, Tombstone, now,
};

/// The RON reader used for every file: options are written bare
/// (`family: "personal_relations"` rather than `Some(...)`), and files
/// written with or without the extension header both read.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}
