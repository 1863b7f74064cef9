//! The terminal app, in the Elm architecture: keys become messages
//! (`keymap`), `app::State::update` does everything, `view` draws the state.

pub mod app;
pub mod finder;
pub mod keymap;
mod terminal;
pub mod view;
pub mod workshop;

use std::path::PathBuf;
use std::time::Duration;

use ratatui::crossterm::event;

use crate::model::Framework;
pub use app::{Msg, State};

/// Runs the app: on a session file, or on the session list of the data
/// folder. The terminal is restored however it ends.
pub fn run(file: Option<PathBuf>, framework: Framework) -> anyhow::Result<()> {
    let mut state = match &file {
        Some(path) => State::open(framework, path),
        None => State::list(framework, &crate::store::data_dir()),
    };
    let mut terminal = terminal::init()?;
    let result = (|| -> anyhow::Result<()> {
        while !state.quit {
            terminal.draw(|frame| view::draw(&state, frame))?;
            // Autosave after the screen shows the change: the user sees it
            // at once, and the file follows.
            state.save_if_dirty();
            let first = event::read()?;
            state.handle_event(&first);
            // Take every event already waiting before drawing again, so a
            // burst of keys (or a paste without bracketed paste) costs one
            // frame and one save.
            while !state.quit && event::poll(Duration::ZERO)? {
                state.handle_event(&event::read()?);
            }
        }
        Ok(())
    })();
    // Whether the loop ended by `q` or by an error reading the terminal,
    // the capture line is kept and everything saved.
    state.flush();
    terminal::restore();
    result
}
