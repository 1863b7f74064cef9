//! The method's data: frameworks (families and components), sessions (groups,
//! questions, notes), and the changes made to them. Plain data and serde; no
//! I/O, no terminal.

mod change;
mod clock;
mod framework;
mod lang;
mod questions;
mod session;

pub use change::{Change, History};
pub use clock::Clock;
pub use framework::{
    Component, DEFAULT_FRAMEWORK, Family, Framework, FrameworkError, SHORT_LABEL_WIDTH,
};
pub(crate) use lang::for_each_language;
pub use lang::{Labels, Lang};
pub use questions::Questions;
pub use session::{
    Coding, Criterion, Details, FORMAT_VERSION, FrameworkRef, Group, Note, Question,
    Reconciliation, Session, SessionProblem, Tombstone, now,
};
