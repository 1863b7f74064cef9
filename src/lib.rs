//! `spiral`: a terminal coder for the co-responsibility well-being method
//! (SPIRAL). The core knows no terminal; the TUI (`tui`) and the command
//! line (`cli`) are two faces over it. The modules are listed by layer,
//! bottom up: each imports only from its own layer and those before it
//! here.

// Leaves: text, the place of a field in a file, the rules for reading
// files, how a worker wakes the app's loop, the languages.
pub mod input;
pub mod lang;
pub mod source;
pub mod text;
pub mod wake;

// The messages, in those languages (model's errors are said through them).
pub mod i18n;

// The method's data.
pub mod model;

// Plain files: sessions on disk, whatever holds them open.
pub mod store;

// What is computed and decided over sessions; where an output may go.
pub mod agree;
pub mod intake;
pub mod merge;
pub mod output;
pub mod profile;
pub mod reconcile;
pub mod suggest;

// An open session, and a folder of sessions, live.
pub mod live;
pub mod territory;

// What a user does to files, for both faces; formats in and out; an
// error and its causes said in a language.
pub mod export;
pub mod import;
pub mod ops;
pub mod said;

// The two faces.
pub mod cli;
pub mod tui;

// The fuzz targets' entry points (feature `fuzzing`: the tests and
// `fuzz/` turn it on; the shipped library has none).
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
