//! The terminal app, in the Elm architecture: keys become messages
//! (`keymap`), `app::State::update` does everything, `view` draws the state.

pub mod app;
pub mod coder;
pub mod compare;
pub mod config;
pub mod details;
pub mod done;
pub mod finder;
pub mod keycard;
pub mod keymap;
pub mod keys_file;
pub mod list;
pub mod notes_view;
pub mod outcome;
pub mod overlay;
pub mod screen;
mod terminal;
pub mod territory;
pub mod theme;
pub mod view;
pub mod who;
pub mod workshop;

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender};

use ratatui::crossterm::event;

pub use app::{Msg, Prefs, State};
pub use view::family_symbol;

/// What the loop waits for, all on one channel.
enum Happened {
    /// A terminal event (a key, a paste, a resize), or why reading failed.
    Terminal(std::io::Result<event::Event>),
    /// A worker finished something (a save, a search), saying what: take
    /// that worker's news.
    Woken(crate::wake::Woke),
    /// The terminal window closed (SIGHUP) or the system shuts down
    /// (SIGTERM). Unix only: Windows has no such signals.
    #[cfg_attr(not(unix), allow(dead_code))]
    HangUp,
}

/// Terminal events, read on a thread of their own: when the terminal goes
/// away, crossterm's read can spin without returning (it retries a read
/// that fails for good), and the app must still see the hang-up signal,
/// keep the capture line and save.
fn read_events(sender: Sender<Happened>) {
    std::thread::spawn(move || {
        loop {
            let event = event::read();
            let failed = event.is_err();
            if sender.send(Happened::Terminal(event)).is_err() || failed {
                break;
            }
        }
    });
}

/// SIGHUP and SIGTERM, as events: they end the app like `q` does, keeping
/// what the capture line holds, instead of killing it mid-note.
#[cfg(unix)]
fn read_signals(sender: Sender<Happened>) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGHUP, SIGTERM])?;
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            let _ = sender.send(Happened::HangUp);
        }
    });
    Ok(())
}

#[cfg(not(unix))]
fn read_signals(_sender: Sender<Happened>) -> std::io::Result<()> {
    Ok(())
}

/// Runs the app: on a session file, on the comparison of several, or on
/// the session list of the data folder. The terminal is restored however it
/// ends.
pub fn run(files: Vec<PathBuf>, prefs: Prefs, view: bool) -> anyhow::Result<()> {
    let mut state = match files.as_slice() {
        [path] if view => State::view(prefs, path),
        _ if view => anyhow::bail!("--view shows one session: give its file"),
        [] => State::list(prefs, &crate::store::data_dir()),
        [path] if path.is_dir() => State::territory(prefs, path),
        [path] => State::open(prefs, path),
        _ => State::compare(prefs, &crate::store::data_dir(), files)
            .map_err(|reason| anyhow::anyhow!(reason))?,
    };
    let (sender, events): (Sender<Happened>, Receiver<Happened>) = std::sync::mpsc::channel();
    let waker = std::sync::Mutex::new(sender.clone());
    state.wake_with(std::sync::Arc::new(move |woke| {
        if let Ok(sender) = waker.lock() {
            let _ = sender.send(Happened::Woken(woke));
        }
    }));
    read_signals(sender.clone())?;
    let mut terminal = terminal::init()?;
    read_events(sender);
    // A panic (a bug) unwinds to here: the hook has restored the terminal
    // and said what happened; the work is then saved, or rescued, before
    // the panic goes on.
    let looped = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        run_loop(&mut state, &mut terminal, &events)
    }));
    let result = match looped {
        Ok(result) => result,
        Err(panic) => {
            state.flush();
            terminal::restore();
            say_what_was_rescued(&state);
            std::panic::resume_unwind(panic);
        }
    };
    // Whether the loop ended by `q` or by an error reading the terminal,
    // the capture line is kept and everything saved.
    state.flush();
    terminal::restore();
    say_what_was_rescued(&state);
    result
}

/// What the loop takes before it draws again: everyone's news at the start
/// and after a terminal event (`State::tick`), else only the news of the
/// workers that woke it (`State::woken`), each once.
struct News {
    everyone: bool,
    woke: Vec<crate::wake::Woke>,
}

impl News {
    fn take(&mut self, state: &mut State) {
        if std::mem::take(&mut self.everyone) {
            state.tick();
        } else {
            for woke in &self.woke {
                state.woken(*woke);
            }
        }
        self.woke.clear();
    }

    fn woke(&mut self, woke: crate::wake::Woke) {
        if !self.woke.contains(&woke) {
            self.woke.push(woke);
        }
    }
}

/// Draws, autosaves and waits for what happens next, until a quit or a
/// hang-up.
fn run_loop(
    state: &mut State,
    terminal: &mut terminal::Tui,
    events: &Receiver<Happened>,
) -> anyhow::Result<()> {
    let mut news = News {
        everyone: true,
        woke: Vec::new(),
    };
    while !state.quit {
        news.take(state);
        terminal.draw(|frame| view::draw(state, frame))?;
        // Autosave after the screen shows the change: the user sees it
        // at once, and the writer thread saves it meanwhile; when it
        // is done it wakes this loop (`Woke::Saved`) and the screen says
        // "saved". Typing never waits for it.
        state.autosave();
        // Wait for what happens next: a key, a worker done, a signal.
        // Every event already waiting is taken before drawing again,
        // so a burst of keys (or a paste without bracketed paste)
        // costs one frame and one save.
        let Ok(first) = events.recv() else {
            return Ok(());
        };
        let mut next = Some(first);
        while let Some(happened) = next.take() {
            match happened {
                Happened::HangUp => return Ok(()),
                Happened::Woken(woke) => news.woke(woke),
                Happened::Terminal(event) => {
                    let event = event?;
                    fault_injection(&event);
                    state.handle_event(&event);
                    news.everyone = true;
                }
            }
            if state.quit {
                break;
            }
            next = events.try_recv().ok();
        }
    }
    Ok(())
}

/// On exit: where unsaved work went, or why it went nowhere. (The terminal
/// may be gone: a failed write is not an error here.)
fn say_what_was_rescued(state: &State) {
    use std::io::Write;
    let mut err = std::io::stderr();
    if let Some(path) = &state.rescued {
        let _ = writeln!(
            err,
            "spiral: your work could not be saved where it belongs; it is in {}",
            path.display()
        );
    }
    if let Some(why) = &state.unsaved {
        let _ = writeln!(err, "spiral: your work could not be saved anywhere: {why}");
    }
}

/// Debug builds only, for the test of a panic inside the app: with
/// `SPIRAL_TEST_PANIC_ON=KEY`, pressing KEY panics, as a bug in a screen
/// would. Release builds have no such hook.
#[cfg(debug_assertions)]
fn fault_injection(event: &event::Event) {
    if let (Some(key), event::Event::Key(k)) = (std::env::var_os("SPIRAL_TEST_PANIC_ON"), event)
        && let event::KeyCode::Char(c) = k.code
        && key.to_string_lossy() == c.to_string()
    {
        panic!("a test asked for a panic (SPIRAL_TEST_PANIC_ON)");
    }
}

#[cfg(not(debug_assertions))]
fn fault_injection(_event: &event::Event) {}
