//! The app's state and every behaviour: `Msg` in, new `State` out. Nothing
//! here draws; `view` draws the state. This file: the state, how it starts,
//! where keys go (`context`), and an action given to the overlay or the
//! page; `app/input.rs`: what a terminal event means, and where typed or
//! pasted text lands; `app/pages.rs`: the session list's, the territory's
//! and the comparison's keys, and going from page to page;
//! `app/ending.rs`: a quit, the app's end, autosave; `app/news.rs`: the
//! workers' news, taken when one wakes the loop.

mod ending;
mod input;
mod news;
mod pages;

use std::path::{Path, PathBuf};

use tui_input::InputRequest;

use super::compare::{Back, CompareScreen};
use super::keymap::{Action, Context, Keymap};
pub use super::list::{ListGo, SessionList};
use super::outcome::{Said, Told, nothing, problem, words};
use super::overlay::{Overlay, PromptKind, Step};
use super::screen::SessionPage;
use super::theme::Theme;
use super::workshop::Workshop;
use crate::i18n::Tongue;
use crate::model::{Framework, Lang, Session};
use crate::tr;

/// What the app is told: an action from the key table, an edit of the text
/// line, pasted text, or a new terminal size.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Action(Action),
    Input(InputRequest),
    Paste(String),
    Resize,
}

pub enum Page {
    List(SessionList),
    Workshop(Box<SessionPage>),
    Compare(Box<CompareScreen>),
    /// A territory folder: its sessions, the feed, live.
    Territory(Box<super::territory::TerritoryScreen>),
    /// A session that failed to load: shown, never written.
    Failed {
        path: PathBuf,
        error: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

/// What the app is started with: the framework to code with, the language
/// asked for, the theme and the keys. A bare `Framework` makes the prefs
/// of tests and benchmarks: the screen in English whatever the session's
/// language (its labels too), default colours and keys; the
/// binary always gives its own (`main.rs`: `--lang`, the environment, the
/// config folder).
#[derive(Debug, Clone)]
pub struct Prefs {
    pub framework: Framework,
    pub tongue: Tongue,
    pub theme: Theme,
    /// The keys: the shipped ones, patched by the user's keymap file.
    pub keys: Keymap,
    /// Why a settings file was refused (path:line:col): said on screen
    /// as the app starts, with the defaults in its place.
    pub refused: Option<String>,
}

impl From<Framework> for Prefs {
    fn from(framework: Framework) -> Prefs {
        Prefs {
            framework,
            tongue: Tongue::forced(Lang::En),
            theme: Theme::Default,
            keys: Keymap::default(),
            refused: None,
        }
    }
}

impl From<&Framework> for Prefs {
    fn from(framework: &Framework) -> Prefs {
        Prefs::from(framework.clone())
    }
}

pub struct State {
    pub framework: Framework,
    /// The language asked for, and the system's.
    pub tongue: Tongue,
    /// How the screen is coloured.
    pub theme: Theme,
    /// The keys in use.
    pub keys: Keymap,
    pub page: Page,
    pub overlay: Option<Overlay>,
    pub status: Option<Status>,
    pub quit: bool,
    /// Where unsaved work was written when the app ended without saving it
    /// where it belongs.
    pub rescued: Option<PathBuf>,
    /// Why work could be saved nowhere when the app ended (said on exit).
    pub unsaved: Option<String>,
    /// A quit was asked while the last save failed; a second one quits.
    quit_asked: bool,
    /// Whom the workers (autosave, search) wake when they finish something:
    /// the event loop.
    wake: Option<crate::wake::Wake>,
    /// The territory a session was opened from (`Enter` there): `q` closes
    /// the session and comes back to it, still watching.
    territory_behind: Option<Box<super::territory::TerritoryScreen>>,
    /// The session list a session was opened from (`Enter`, a new one, a
    /// merge or a reconcile there): `q` closes the session and comes back
    /// to it, read anew.
    list_behind: Option<Box<SessionList>>,
}

impl State {
    /// The session list of a folder.
    pub fn list(prefs: impl Into<Prefs>, dir: &Path) -> State {
        State::with_page(prefs.into(), Page::List(SessionList::load(dir)))
    }

    /// A session in memory, saved nowhere, times shown in UTC (for tests and
    /// benchmarks: the same screen on every machine).
    pub fn in_memory(prefs: impl Into<Prefs>, session: Session) -> State {
        let prefs = prefs.into();
        let framework = prefs.framework.clone();
        let mut w = Workshop::new(
            crate::live::SessionFile::in_memory(session),
            framework.clone(),
        );
        w.clock = crate::model::Clock::utc();
        State::with_page(prefs, Page::Workshop(Box::new(SessionPage::new(w))))
    }

    /// The comparison of several session files (Esc goes to the session
    /// list of `dir`); refused, naming them, when some do not read (words:
    /// the sessions' own errors, said where they were read).
    pub fn compare(
        prefs: impl Into<Prefs>,
        dir: &Path,
        files: Vec<PathBuf>,
    ) -> Result<State, String> {
        let prefs = prefs.into();
        let list = Box::new(SessionList::load(dir));
        let screen = CompareScreen::of_files(files, list, &prefs.framework, prefs.tongue)
            .map_err(|(_, why)| why)?;
        Ok(State::with_page(prefs, Page::Compare(Box::new(screen))))
    }

    /// A territory folder (`spiral FOLDER`): every session in it and
    /// below, the feed of notes arriving, live.
    pub fn territory(prefs: impl Into<Prefs>, root: &Path) -> State {
        let prefs = prefs.into();
        let screen = super::territory::TerritoryScreen::open(
            root,
            prefs.framework.clone(),
            prefs.tongue.alone(),
        );
        State::with_page(prefs, Page::Territory(Box::new(screen)))
    }

    /// Opens a session file: locks it (or opens it read-only when another
    /// spiral has it), loads it, or shows why it does not load.
    pub fn open(prefs: impl Into<Prefs>, path: &Path) -> State {
        let prefs = prefs.into();
        let page = pages::open_page(&prefs.framework, path, prefs.tongue.alone());
        let mut state = State::with_page(prefs, page);
        // A settings file refused is said first.
        if state.status.is_none() {
            state.status = state.opening_status();
        }
        state
    }

    /// The projector view of a session: read-only, live, never locked;
    /// it follows where the facilitator is (the user's positions file).
    pub fn view(prefs: impl Into<Prefs>, path: &Path) -> State {
        State::view_following(prefs, path, &crate::store::position::positions_file())
    }

    /// The projector view, following where the facilitator is as the
    /// positions file `positions` says.
    pub fn view_following(prefs: impl Into<Prefs>, path: &Path, positions: &Path) -> State {
        let prefs = prefs.into();
        let framework = prefs.framework.clone();
        // The key that follows again, as the header names it.
        let follow = prefs.keys.hint(Context::Projector, Action::Follow);
        let page = match crate::live::SessionFile::open_view(path) {
            Ok(file) => Page::Workshop(Box::new(SessionPage::projector(
                Workshop::new(file, framework.clone()),
                positions,
                follow,
            ))),
            Err(e) => Page::Failed {
                path: e.path().to_path_buf(),
                error: crate::said::with_causes(&e, prefs.tongue.alone()),
            },
        };
        State::with_page(prefs, page)
    }

    fn with_page(prefs: Prefs, page: Page) -> State {
        let mut state = State {
            framework: prefs.framework,
            tongue: prefs.tongue,
            theme: prefs.theme,
            keys: prefs.keys,
            page,
            overlay: None,
            status: prefs.refused.map(|text| Status { text, error: true }),
            quit: false,
            rescued: None,
            unsaved: None,
            quit_asked: false,
            wake: None,
            territory_behind: None,
            list_behind: None,
        };
        state.share_tongue();
        state
    }

    /// The language the screen speaks now: the open session's (unless
    /// `--lang` or `SPIRAL_LANG` said otherwise), else the system's.
    pub fn lang(&self) -> Lang {
        match &self.page {
            Page::Workshop(p) => p.workshop.ui(),
            Page::Compare(screen) => screen.ui(),
            _ => self.tongue.alone(),
        }
    }

    /// The workshop open now speaks the language asked for.
    fn share_tongue(&mut self) {
        let forced = self.tongue.forced;
        if let Some(p) = self.page_mut() {
            p.workshop.forced_lang = forced;
        }
    }

    /// The workers of the session open now and of every one opened later
    /// wake `wake` when they finish something (a save reported, a search
    /// ranked), so the event loop never polls.
    pub fn wake_with(&mut self, wake: crate::wake::Wake) {
        self.wake = Some(wake);
        self.share_wake();
    }

    fn share_wake(&mut self) {
        let Some(wake) = self.wake.clone() else {
            return;
        };
        if let Page::Territory(t) = &self.page {
            t.wake_with(wake.clone());
        }
        if let Some(p) = self.page_mut() {
            p.workshop.file.wake_with(wake.clone());
            p.workshop.wake = Some(wake);
        }
    }

    /// Shows a page just opened, its workers waking the loop.
    fn show(&mut self, page: Page) {
        self.page = page;
        self.share_tongue();
        self.share_wake();
    }

    fn opening_status(&self) -> Option<Status> {
        let Page::Workshop(p) = &self.page else {
            return None;
        };
        let w = &p.workshop;
        if let Some(why) = w.file.read_only() {
            return Some(Status {
                text: tr!(w.ui(), "app-read-only", why = why.why(w.ui())),
                error: true,
            });
        }
        if w.session().framework.id != self.framework.id {
            return Some(Status {
                text: tr!(
                    w.ui(),
                    "app-other-framework",
                    session = w.session().framework.id.as_str(),
                    framework = self.framework.id.as_str()
                ),
                error: true,
            });
        }
        w.came_back_to().map(|done| Status {
            text: done.describe(w.ui()),
            error: false,
        })
    }

    /// The open workshop, wherever it is (on its page, or behind the
    /// comparison of its groups).
    pub fn workshop(&self) -> Option<&Workshop> {
        self.session_page().map(|p| &p.workshop)
    }

    /// The rows of the details form, when it is open ("Place: Alby").
    pub fn details_rows(&self) -> Vec<String> {
        let (Some(w), Some(Overlay::Details(_))) = (self.workshop(), &self.overlay) else {
            return Vec::new();
        };
        super::details::rows(w)
            .into_iter()
            .map(|r| {
                let (label, value) = super::details::row_text(w, r);
                format!("{label}: {value}")
            })
            .collect()
    }

    /// The row selected in the details form, when it is open.
    pub fn details_selected(&self) -> Option<usize> {
        match &self.overlay {
            Some(Overlay::Details(f)) => Some(f.selected),
            _ => None,
        }
    }

    /// The capture line, when it is open.
    pub fn capture(&self) -> Option<&super::screen::Capture> {
        self.session_page()?.screen()
    }

    /// The synthesis screen, when it is shown.
    pub fn synthesis(&self) -> Option<&super::screen::SynthesisView> {
        self.session_page()?.screen()
    }

    /// The open session's page, wherever it is (shown, or behind the
    /// comparison of its groups).
    pub fn session_page(&self) -> Option<&SessionPage> {
        match &self.page {
            Page::Workshop(p) => Some(p),
            Page::Compare(screen) => match &screen.back {
                Back::Workshop(p) => Some(p),
                Back::List(_) | Back::Territory(_) => None,
            },
            _ => None,
        }
    }

    /// Where keys go now.
    pub fn context(&self) -> Context {
        match &self.overlay {
            Some(Overlay::Help { .. }) => return Context::Help,
            Some(Overlay::Prompt { .. }) => return Context::TextLine,
            Some(Overlay::Details(f)) if f.editing.is_some() => return Context::TextLine,
            Some(Overlay::Details(_)) => return Context::Details,
            Some(Overlay::Finder(_)) => return Context::Finder,
            Some(Overlay::Export { .. }) => return Context::Menu,
            None => {}
        }
        match &self.page {
            Page::List(l) if l.filtering => Context::Finder,
            Page::List(_) | Page::Failed { .. } => Context::List,
            Page::Compare(_) => Context::Compare,
            Page::Territory(_) => Context::Territory,
            Page::Workshop(p) => p.context(),
        }
    }

    /// All behaviour: one message at a time.
    pub fn update(&mut self, msg: Msg) {
        let said = match msg {
            Msg::Resize => return,
            Msg::Paste(text) => self.paste(&text),
            Msg::Input(request) => {
                self.edit_text(request);
                return;
            }
            Msg::Action(action) => {
                if action != Action::Quit {
                    self.quit_asked = false;
                }
                // A message lasts until the next action.
                self.status = None;
                let said = self.act(action);
                if let Some(w) = self.workshop_mut() {
                    w.keep_position();
                }
                said
            }
        };
        self.say(said);
    }

    /// What an action said, on the status line (nothing leaves it as it
    /// is: an action has cleared it already).
    fn say(&mut self, said: Said) {
        let lang = self.lang();
        self.say_in(said, lang);
    }

    /// What an action said, in `lang`, on the status line.
    fn say_in(&mut self, said: Said, lang: Lang) {
        if let Ok(Told::Nothing) = said {
            return;
        }
        let (text, error) = words(&said, lang);
        self.status = Some(Status { text, error });
    }

    fn act(&mut self, action: Action) -> Said {
        if action == Action::Quit {
            return self.ask_quit();
        }
        if action == Action::Help && self.overlay.is_none() {
            self.overlay = Some(Overlay::Help {
                scroll: Default::default(),
            });
            return nothing();
        }
        match self.overlay.take() {
            Some(overlay) => self.act_overlay(overlay, action),
            None => self.act_page(action),
        }
    }

    fn act_overlay(&mut self, overlay: Overlay, action: Action) -> Said {
        match overlay.update(action, self.lang()) {
            Step::Keep(overlay) => {
                self.overlay = Some(overlay);
                nothing()
            }
            Step::Close => nothing(),
            Step::Refused(overlay, why) => {
                self.overlay = Some(overlay);
                problem(why)
            }
            Step::Export(format) => match &self.page {
                Page::Workshop(p) => super::overlay::export(&p.workshop, format, &self.framework),
                _ => nothing(),
            },
            Step::Prompted(kind, value) => self.submit_prompt(kind, &value),
            Step::Take(target) => match &mut self.page {
                Page::Workshop(p) => p.take(target, &mut self.overlay),
                _ => nothing(),
            },
            Step::Details(form, action) => match &mut self.page {
                Page::Workshop(p) => {
                    let (form, said) = form.update(&mut p.workshop, action);
                    self.overlay = form.map(Overlay::Details);
                    said
                }
                _ => nothing(),
            },
        }
    }

    fn submit_prompt(&mut self, kind: PromptKind, value: &str) -> Said {
        match (&mut self.page, kind) {
            (Page::Workshop(p), kind) => p.submit_prompt(kind, value),
            (Page::List(l), PromptKind::NewSession) => {
                let dir = l.dir.clone();
                self.create_session(&dir, value)
            }
            _ => nothing(),
        }
    }

    /// The open workshop, wherever it is (on its page, or behind the
    /// comparison of its groups).
    fn page_mut(&mut self) -> Option<&mut SessionPage> {
        match &mut self.page {
            Page::Workshop(p) => Some(p),
            Page::Compare(screen) => match &mut screen.back {
                Back::Workshop(p) => Some(p),
                Back::List(_) | Back::Territory(_) => None,
            },
            _ => None,
        }
    }

    pub fn workshop_mut(&mut self) -> Option<&mut Workshop> {
        self.page_mut().map(|p| &mut p.workshop)
    }
}
