//! The method's data: frameworks (families and components), sessions (groups,
//! questions, notes), and the changes made to them. Plain data and serde; no
//! I/O, no terminal.

mod change;
mod framework;
mod lang;
mod session;

pub use change::{Change, History};
pub use framework::{DEFAULT_FRAMEWORK, Component, Family, Framework, FrameworkError};
pub use lang::{Labels, Lang};
pub use session::{FORMAT_VERSION, now, FrameworkRef, Group, Note, Question, Session, SessionProblem};
