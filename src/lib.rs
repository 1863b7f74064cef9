//! `spiral`: a terminal coder for the co-responsibility well-being method
//! (SPIRAL). The core (`model`, `store`, `profile`, `suggest`, `text`) knows no
//! terminal; the TUI (`tui`) and the command line (`cli`) are two faces over it.

pub mod agree;
pub mod cli;
pub mod export;
pub mod fuzzing;
pub mod i18n;
pub mod import;
pub mod input;
pub mod intake;
pub mod live;
pub mod merge;
pub mod model;
pub mod ops;
pub mod output;
pub mod profile;
pub mod reconcile;
pub mod source;
pub mod store;
pub mod suggest;
pub mod territory;
pub mod text;
pub mod tui;
pub mod wake;
